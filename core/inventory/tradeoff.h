// The cost–service trade-off curve: inventory investment against fill rate for a sweep of
// service targets, per ABC segment and overall, in closed form; scenarios as points beside it.
#pragma once

#include "inventory/policy_run.h"

#include <span>
#include <string>
#include <vector>

namespace stocktower::inventory {

struct TradeoffPoint {
    double serviceTarget = 0.0; // the uniform target applied to every item-site of the segment
    double inventoryInvestment = 0.0; // safety + cycle stock value
    double safetyStockValue = 0.0;
    double expectedFillRate = kNaN; // demand-weighted
    double expectedCsl = kNaN;      // demand-weighted
    double totalCost = 0.0;         // holding + ordering per year
};

struct TradeoffCurve {
    std::string segment; // "all", "A", "B", "C"
    std::vector<TradeoffPoint> points; // by ascending target
};

// A scenario (or the base) as a point beside the curves: its totals overall.
struct TradeoffMark {
    std::string name;
    double inventoryInvestment = 0.0;
    double expectedFillRate = kNaN;
    double expectedCsl = kNaN;
};

struct TradeoffResult {
    ServiceType serviceType = ServiceType::CycleServiceLevel; // the type the targets mean
    std::vector<TradeoffCurve> curves; // "all" first, then A, B, C (segments with rows only)
    std::vector<TradeoffMark> marks;
    double seconds = 0.0;
};

// 0.80 … 0.999: 20 targets, denser towards the top where investment rises steeply.
std::vector<double> defaultTradeoffTargets();

// For each target: every item-site computed with `changes` followed by "service=target" (and
// the service type when given), so all other parameters stay as in the run. The segment curves
// are the per-class sums of the same rows, so "all" is their sum. Parallel over item-sites;
// identical for any thread count. Throws util::Cancelled on cancel.
TradeoffResult computeTradeoff(const PolicyInputSet& inputs, const PolicyDefaults& defaults,
                               std::span<const ParameterChange> changes,
                               std::span<const double> targets,
                               std::optional<ServiceType> serviceType, int threads,
                               util::Progress& progress);

// The base's curve plus every computed scenario as a mark (from stored totals).
TradeoffResult workspaceTradeoff(store::Connection& db, const PolicyRunOptions& options,
                                 std::optional<ServiceType> serviceType, util::Progress& progress);

} // namespace stocktower::inventory
