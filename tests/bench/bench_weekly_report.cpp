// Weekly KPI report benchmarks (Google Benchmark) on a large workspace given by
// STOCKTOWER_KPI_BENCH_WORKSPACE (as bench_kpi.cpp: e.g. `stocktower-cli demo --items 100000`, 5 M
// order lines, its weeks stored with `stocktower-cli kpi snapshot`). The target: the weekly
// PDF report of one site and week, headless, < 3 s.
//   STOCKTOWER_KPI_BENCH_SITE (default DC-NORTH), _WEEK (2026-W47), _TODAY (2026-11-30)
// The workspace is opened read-only: weeks without a current snapshot are computed in memory.
// Runs offscreen (QT_QPA_PLATFORM=offscreen unless set): no display is needed.
#include "domain/date.h"
#include "kpi/kpi_engine.h"
#include "print/weekly_report_print.h"
#include "report/weekly_report_source.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPageSize>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>
#include <optional>

using namespace stocktower;

namespace {

std::string env(const char* name, const char* fallback) {
    const char* value = std::getenv(name);
    return value && *value ? value : fallback;
}

struct Setup {
    std::unique_ptr<store::Workspace> workspace;
    report::WeeklyReportRequest request;

    // nullptr (and the benchmark skipped) without a workspace.
    static Setup* get() {
        static std::unique_ptr<Setup> setup = [] {
            const std::string path = env("STOCKTOWER_KPI_BENCH_WORKSPACE", "");
            if (path.empty()) return std::unique_ptr<Setup>();
            auto s = std::make_unique<Setup>();
            s->workspace = store::Workspace::open(path, store::Workspace::Access::ReadOnly);
            s->request.siteCode = env("STOCKTOWER_KPI_BENCH_SITE", "DC-NORTH");
            s->request.week =
                domain::parseIsoWeek(env("STOCKTOWER_KPI_BENCH_WEEK", "2026-W47")).value_or(domain::IsoWeek{2026, 47});
            // As the CLI takes --today: the end of that local day at the site.
            const auto today = domain::parseIsoDate(env("STOCKTOWER_KPI_BENCH_TODAY", "2026-11-30")).value_or(0);
            const auto context = kpi::loadKpiContext(s->workspace->db(), s->request.siteCode);
            s->request.nowUtc = context.zone.startOfLocalDay(today + 1) - 1;
            s->request.policy = kpi::SnapshotPolicy{false, false};
            return s;
        }();
        return setup.get();
    }
};

report::WeeklyReport content(Setup& s) {
    util::NullProgress progress;
    return report::loadWeeklyReport(s.workspace->db(), s.request, progress);
}

// The content alone: scorecard from the stored weeks and the exception queues.
void BM_WeeklyReportContent(benchmark::State& state) {
    auto* s = Setup::get();
    if (!s) return state.SkipWithError("set STOCKTOWER_KPI_BENCH_WORKSPACE");
    std::size_t rows = 0;
    for (auto _ : state) rows = content(*s).rowCount();
    state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_WeeklyReportContent)->Unit(benchmark::kMillisecond)->Iterations(3);

// Drawing the page into a PDF in memory, from content built once.
void BM_WeeklyReportRenderPdf(benchmark::State& state) {
    auto* s = Setup::get();
    if (!s) return state.SkipWithError("set STOCKTOWER_KPI_BENCH_WORKSPACE");
    const auto report = content(*s);
    qsizetype bytes = 0;
    for (auto _ : state) bytes = ui::weeklyReportPdf(report, QPageSize(QPageSize::A4)).size();
    state.counters["pdf_bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_WeeklyReportRenderPdf)->Unit(benchmark::kMillisecond)->Iterations(5);

// The figure: content and PDF file, as `report weekly --pdf` does after opening the file.
void BM_WeeklyReportPdfEndToEnd(benchmark::State& state) {
    auto* s = Setup::get();
    if (!s) return state.SkipWithError("set STOCKTOWER_KPI_BENCH_WORKSPACE");
    const QString path = QDir::temp().filePath(QStringLiteral("stocktower-bench-weekly-report.pdf"));
    for (auto _ : state) ui::writeWeeklyReportPdf(path, content(*s), QPageSize(QPageSize::A4));
    QFile::remove(path);
}
BENCHMARK(BM_WeeklyReportPdfEndToEnd)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
