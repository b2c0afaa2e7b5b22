// Policy run and trade-off timings on 100,000 item-sites generated in memory (compute only),
// and the write of a scenario's results to a workspace (store only). Targets: compute < 1 s,
// trade-off 20 points < 5 s (Release build; see scripts/bench).
#include "inventory/policy_run.h"
#include "inventory/scenario.h"
#include "inventory/tradeoff.h"
#include "store/workspace.h"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <random>

using namespace stocktower;
using namespace stocktower::inventory;

namespace {

// A mix like a real assortment: a third each of A, B, C; one in five periodic review; one in
// four intermittent; costs from 1 to 200; lead times 3 to 60 days.
PolicyInputSet makeInputs(std::size_t n) {
    PolicyInputSet set;
    set.today = "2026-11-30";
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    set.inputs.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        PolicyInput in;
        in.itemId = static_cast<std::int64_t>(i / 2 + 1);
        in.siteId = static_cast<std::int64_t>(i % 2 + 1);
        in.sku = "SKU-" + std::to_string(in.itemId);
        in.siteCode = in.siteId == 1 ? "S1" : "S2";
        in.abc = "ABC"[i % 3];
        in.xyz = "XYZ"[(i / 3) % 3];
        const bool intermittent = i % 4 == 3;
        in.demandClass = intermittent ? forecast::DemandClass::Intermittent : forecast::DemandClass::Smooth;
        const double mean = intermittent ? 0.5 + 3.0 * unit(random) : 5.0 + 500.0 * unit(random);
        in.demandMean = SourcedValue{mean, {util::verbatim("bench")}};
        in.demandSd = SourcedValue{mean * (0.2 + 0.8 * unit(random)), {util::verbatim("bench")}};
        in.leadTimeDays = SourcedValue{3.0 + 57.0 * unit(random), {util::verbatim("bench")}};
        in.leadTimeSdDays = SourcedValue{2.0 * unit(random), {util::verbatim("bench")}};
        if (i % 5 == 0) in.reviewPeriodDays = SourcedValue{7.0, {util::verbatim("bench")}};
        in.unitCost = 1.0 + 199.0 * unit(random);
        in.orderMultiple = i % 2 == 0 ? 6.0 : 0.0;
        in.onHand = mean * 3.0 * unit(random);
        in.openReceipts = {{5, mean}, {40, mean * 2.0}};
        set.inputs.push_back(std::move(in));
    }
    return set;
}

const PolicyInputSet& inputs100k() {
    static const PolicyInputSet set = makeInputs(100'000);
    return set;
}

void BM_PolicyCompute100k(benchmark::State& state) {
    const auto& set = inputs100k();
    const std::vector<ParameterChange> changes = {parseParameterChange("scope=abc:A,service=0.99,service-type=fill-rate"),
                                                  parseParameterChange("scope=all,lead-time-factor=1.2")};
    PolicyRunOptions options;
    options.threads = static_cast<int>(state.range(0));
    util::NullProgress progress;
    for (auto _ : state) {
        auto run = computePolicies(set, PolicyDefaults{}, changes, options, progress);
        benchmark::DoNotOptimize(run.totals.inventoryInvestment);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(set.inputs.size()));
}
BENCHMARK(BM_PolicyCompute100k)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Tradeoff20x100k(benchmark::State& state) {
    const auto& set = inputs100k();
    const auto targets = defaultTradeoffTargets();
    util::NullProgress progress;
    for (auto _ : state) {
        auto curve = computeTradeoff(set, PolicyDefaults{}, {}, targets, std::nullopt, 0, progress);
        benchmark::DoNotOptimize(curve.curves.front().points.back().inventoryInvestment);
    }
}
BENCHMARK(BM_Tradeoff20x100k)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

// The store part of a recompute: 100,000 result rows and the totals in one transaction.
void BM_ScenarioWrite100k(benchmark::State& state) {
    const auto& set = inputs100k();
    util::NullProgress progress;
    const auto run = computePolicies(set, PolicyDefaults{}, {}, PolicyRunOptions{}, progress);
    const auto path = std::filesystem::temp_directory_path() / "stocktower_bench_policy.stdb";
    std::filesystem::remove(path);
    auto workspace = store::Workspace::create(path.string());
    auto& db = workspace->db();
    {
        store::Transaction transaction(db);
        db.exec("INSERT INTO site(site_id, code) VALUES (1, 'S1'), (2, 'S2')");
        auto insert = db.prepare("INSERT INTO item(item_id, sku) VALUES (?, ?)");
        for (std::int64_t id = 1; id <= 50'000; ++id) insert.bind(1, id).bind(2, "SKU-" + std::to_string(id)).run();
        transaction.commit();
    }
    const auto scenarioId = createScenarioFromText(db, "bench", "", {"service=0.97"});
    for (auto _ : state) storeScenarioResults(db, scenarioId, run);
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(run.rows.size()));
    workspace.reset();
    std::filesystem::remove(path);
    std::filesystem::remove(path.string() + "-wal");
    std::filesystem::remove(path.string() + "-shm");
}
BENCHMARK(BM_ScenarioWrite100k)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);

} // namespace

BENCHMARK_MAIN();
