#include "inventory/tradeoff.h"

#include "inventory/scenario.h"
#include "store/scenario_store.h"

#include <fmt/format.h>

#include <chrono>

namespace stocktower::inventory {

std::vector<double> defaultTradeoffTargets() {
    return {0.80, 0.82, 0.84, 0.86, 0.88, 0.90, 0.91, 0.92, 0.93, 0.94,
            0.95, 0.96, 0.97, 0.975, 0.98, 0.985, 0.99, 0.995, 0.998, 0.999};
}

TradeoffResult computeTradeoff(const PolicyInputSet& inputs, const PolicyDefaults& defaults,
                               std::span<const ParameterChange> changes, std::span<const double> targets,
                               std::optional<ServiceType> serviceType, int threads,
                               util::Progress& progress) {
    const auto start = std::chrono::steady_clock::now();
    TradeoffResult result;
    result.serviceType = serviceType.value_or(defaults.serviceType);
    bool hasClass[3] = {false, false, false};
    for (const auto& in : inputs.inputs) hasClass[in.abc == 'A' ? 0 : in.abc == 'B' ? 1 : 2] = true;
    result.curves.push_back({"all", {}});
    for (int c = 0; c < 3; ++c)
        if (hasClass[c]) result.curves.push_back({std::string(1, static_cast<char>('A' + c)), {}});

    std::vector<ParameterChange> sweep(changes.begin(), changes.end());
    sweep.emplace_back();
    PolicyRunOptions options;
    options.threads = threads;
    for (const double target : targets) {
        // Appended last, so it wins over every class default, item_site target and change.
        auto& point = sweep.back();
        point = ParameterChange{};
        point.serviceTarget = target;
        point.serviceType = serviceType;
        progress.setStage(fmt::format("trade-off: service {:g}", target));
        const auto run = computePolicies(inputs, defaults, sweep, options, progress);
        for (auto& curve : result.curves) {
            const auto t = totalsOf(run.rows, curve.segment == "all" ? 0 : curve.segment[0]);
            curve.points.push_back({target, t.inventoryInvestment, t.safetyStockValue, t.expectedFillRate,
                                    t.expectedCsl, t.totalCost});
        }
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

TradeoffResult workspaceTradeoff(store::Connection& db, const PolicyRunOptions& options,
                                 std::optional<ServiceType> serviceType, util::Progress& progress) {
    const auto defaults = loadPolicyDefaults(db);
    const auto changes = baseChanges(db);
    const auto inputs = gatherPolicyInputs(db, defaults, options, progress);
    const auto targets = defaultTradeoffTargets();
    auto result = computeTradeoff(inputs, defaults, changes, targets, serviceType, options.threads, progress);
    for (const auto& scenario : store::listScenarios(db)) {
        const auto totals = store::loadScenarioTotals(db, scenario.scenarioId);
        if (!totals) continue;
        result.marks.push_back({scenario.name, totals->inventoryInvestment,
                                totals->expectedFillRate.value_or(kNaN), totals->expectedCsl.value_or(kNaN)});
    }
    return result;
}

} // namespace stocktower::inventory
