// KPI benchmarks (Google Benchmark) on a large workspace given by STOCKTOWER_KPI_BENCH_WORKSPACE,
// e.g. `stocktower-cli demo --items 100000` (5 M order lines), whose weeks were stored first with
// `stocktower-cli kpi snapshot`. The targets: the scorecard of one site and week < 2 s,
// the 13-week trend from stored snapshots < 200 ms.
//   STOCKTOWER_KPI_BENCH_SITE (default DC-NORTH), _WEEK (2026-W47), _TODAY (2026-11-30)
#include "domain/date.h"
#include "kpi/exceptions.h"
#include "kpi/kpi_engine.h"
#include "kpi/scorecard.h"
#include "store/kpi_snapshot_store.h"
#include "store/workspace.h"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>

using namespace stocktower;

namespace {

std::string env(const char* name, const char* fallback) {
    const char* value = std::getenv(name);
    return value && *value ? value : fallback;
}

struct Setup {
    std::unique_ptr<store::Workspace> workspace;
    std::string site = env("STOCKTOWER_KPI_BENCH_SITE", "DC-NORTH");
    domain::IsoWeek week = domain::parseIsoWeek(env("STOCKTOWER_KPI_BENCH_WEEK", "2026-W47")).value_or(domain::IsoWeek{2026, 47});
    std::int64_t nowUtc = 0;

    // nullptr (and the benchmark skipped) without a workspace.
    static Setup* get() {
        static std::unique_ptr<Setup> setup = [] {
            const std::string path = env("STOCKTOWER_KPI_BENCH_WORKSPACE", "");
            if (path.empty()) return std::unique_ptr<Setup>();
            auto s = std::make_unique<Setup>();
            s->workspace = store::Workspace::open(path, store::Workspace::Access::ReadOnly);
            const auto today = domain::parseIsoDate(env("STOCKTOWER_KPI_BENCH_TODAY", "2026-11-30")).value_or(0);
            s->nowUtc = std::int64_t{today} * 86400;
            return s;
        }();
        return setup.get();
    }
};

void BM_KpiComputeWeek(benchmark::State& state) {
    auto* s = Setup::get();
    if (!s) return state.SkipWithError("set STOCKTOWER_KPI_BENCH_WORKSPACE");
    const auto context = kpi::loadKpiContext(s->workspace->db(), s->site);
    for (auto _ : state) benchmark::DoNotOptimize(kpi::computeWeek(s->workspace->db(), context, s->week, s->nowUtc));
}
BENCHMARK(BM_KpiComputeWeek)->Unit(benchmark::kMillisecond)->Iterations(3);

// The scorecard when its 13 weeks are stored (ReadOnly: a missing week would be computed in memory).
void BM_KpiScorecardFromSnapshots(benchmark::State& state) {
    auto* s = Setup::get();
    if (!s) return state.SkipWithError("set STOCKTOWER_KPI_BENCH_WORKSPACE");
    kpi::ScorecardRequest request;
    request.siteCode = s->site;
    request.week = s->week;
    request.nowUtc = s->nowUtc;
    request.policy = kpi::SnapshotPolicy{false, false};
    util::NullProgress progress;
    int computed = 0;
    for (auto _ : state) computed = kpi::buildScorecard(s->workspace->db(), request, progress).weeksComputed;
    state.counters["weeks_computed"] = computed;
}
BENCHMARK(BM_KpiScorecardFromSnapshots)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_KpiTrend13WeeksFromSnapshots(benchmark::State& state) {
    auto* s = Setup::get();
    if (!s) return state.SkipWithError("set STOCKTOWER_KPI_BENCH_WORKSPACE");
    const auto context = kpi::loadKpiContext(s->workspace->db(), s->site);
    const auto first = domain::formatIsoWeek(domain::addWeeks(s->week, -12));
    const auto last = domain::formatIsoWeek(s->week);
    std::size_t weeks = 0;
    for (auto _ : state) weeks = store::loadKpiWeeks(s->workspace->db(), context.site.id, first, last).size();
    state.counters["weeks"] = static_cast<double>(weeks);
}
BENCHMARK(BM_KpiTrend13WeeksFromSnapshots)->Unit(benchmark::kMillisecond);

void BM_KpiExceptions(benchmark::State& state) {
    auto* s = Setup::get();
    if (!s) return state.SkipWithError("set STOCKTOWER_KPI_BENCH_WORKSPACE");
    kpi::ExceptionRequest request;
    request.siteCode = s->site;
    request.nowUtc = s->nowUtc;
    for (auto _ : state) benchmark::DoNotOptimize(kpi::findExceptions(s->workspace->db(), request));
}
BENCHMARK(BM_KpiExceptions)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

BENCHMARK_MAIN();
