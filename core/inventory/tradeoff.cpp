#include "inventory/tradeoff.h"

#include "inventory/scenario.h"
#include "store/scenario_store.h"
#include "util/parallel_blocks.h"

#include <fmt/format.h>

#include <chrono>

namespace stocktower::inventory {

std::vector<double> defaultTradeoffTargets() {
    return {0.80, 0.82, 0.84, 0.86, 0.88, 0.90, 0.91, 0.92, 0.93, 0.94,
            0.95, 0.96, 0.97, 0.975, 0.98, 0.985, 0.99, 0.995, 0.998, 0.999};
}

namespace {

// Curve index of a row's ABC class in TradeoffResult::curves order before empty classes are
// dropped: 0 "all", 1 A, 2 B, 3 C; −1 for a row outside A, B and C (it counts in "all" only).
int classCurve(char abc) {
    return abc == 'A' ? 1 : abc == 'B' ? 2 : abc == 'C' ? 3 : -1;
}

} // namespace

TradeoffResult computeTradeoff(const PolicyInputSet& inputs, const PolicyDefaults& defaults,
                               std::span<const ParameterChange> changes, std::span<const double> targets,
                               std::optional<ServiceType> serviceType, int threads,
                               util::Progress& progress) {
    const auto start = std::chrono::steady_clock::now();
    TradeoffResult result;
    result.serviceType = serviceType.value_or(defaults.serviceType);

    // One list of changes per target: the run's changes, then "service=target" (and the type),
    // appended last so that it wins over every class default, item_site target and change.
    std::vector<std::vector<ParameterChange>> sweeps(targets.size());
    for (std::size_t t = 0; t < targets.size(); ++t) {
        sweeps[t].assign(changes.begin(), changes.end());
        auto& point = sweeps[t].emplace_back();
        point.serviceTarget = targets[t];
        point.serviceType = serviceType;
    }

    // Item-major: each item-site at every target in turn, keeping sums only (20 × 100,000 rows
    // would not fit in memory comfortably). Each block of item-sites sums on its own and the
    // block sums are added in block order, so the curve is identical for any thread count.
    constexpr std::size_t kBlock = 256;
    constexpr int kCurves = 4;
    const std::size_t n = inputs.inputs.size();
    const std::size_t blocks = (n + kBlock - 1) / kBlock;
    std::vector<TotalsAccumulator> blockSums(blocks * targets.size() * kCurves);
    progress.setStage(fmt::format("trade-off: {} service levels", targets.size()));
    util::parallelBlocks(n, kBlock, threads, progress, [&](std::size_t begin, std::size_t end) {
        const ExplanationsOff numbersOnly;
        TotalsAccumulator* sums = &blockSums[begin / kBlock * targets.size() * kCurves];
        for (std::size_t i = begin; i < end; ++i) {
            const auto& input = inputs.inputs[i];
            const int segment = classCurve(input.abc);
            for (std::size_t t = 0; t < targets.size(); ++t) {
                const auto row = computePolicyRow(input, inputs.period, inputs.today, defaults, sweeps[t], false);
                sums[t * kCurves].add(row);
                if (segment > 0) sums[t * kCurves + static_cast<std::size_t>(segment)].add(row);
            }
        }
    });

    for (int c = 0; c < kCurves; ++c) {
        std::vector<TotalsAccumulator> curve(targets.size());
        for (std::size_t b = 0; b < blocks; ++b)
            for (std::size_t t = 0; t < targets.size(); ++t)
                curve[t].merge(blockSums[(b * targets.size() + t) * kCurves + static_cast<std::size_t>(c)]);
        // A class without item-sites has no curve.
        if (c > 0 && (targets.empty() || curve.front().totals().itemSites == 0)) continue;
        auto& out = result.curves.emplace_back();
        out.segment = c == 0 ? "all" : std::string(1, static_cast<char>('A' + c - 1));
        for (std::size_t t = 0; t < targets.size(); ++t) {
            const auto totals = curve[t].totals();
            out.points.push_back({targets[t], totals.inventoryInvestment, totals.safetyStockValue,
                                  totals.expectedFillRate, totals.expectedCsl, totals.totalCost});
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
