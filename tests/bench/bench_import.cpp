// Import and workspace benchmarks (Google Benchmark).
//
// BM_ImportDemandCsv and BM_SqliteShellImport read the same generated demand file, so one run
// gives the ratio the foundation issue sets (StockTower's validated, transactional import vs the
// sqlite3 shell's `.import` into a bare table). BM_OpenWorkspaceLoadItems opens a workspace
// given by STOCKTOWER_BENCH_WORKSPACE (e.g. one made by `stocktower-cli demo --items 100000`).
#include "exchange/import_job.h"
#include "store/item_queries.h"
#include "store/workspace.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

using namespace stocktower;
namespace fs = std::filesystem;

namespace {

constexpr int kItems = 2000;

struct Fixture {
    fs::path dir = fs::temp_directory_path() / "stocktower-bench-import";
    fs::path demand = dir / "demand.csv";
    std::int64_t rows = 0;

    explicit Fixture(std::int64_t lines) : rows(lines) {
        fs::create_directories(dir);
        if (fs::exists(demand) && fs::file_size(demand) > 0 && lineCount() == lines + 1) return;
        std::ofstream out(demand);
        out << "item,site,date,quantity,order_lines\n";
        std::mt19937 random(7);
        const std::int64_t days = (lines + kItems - 1) / kItems;
        std::int64_t written = 0;
        for (int item = 0; item < kItems && written < lines; ++item) {
            for (std::int64_t day = 0; day < days && written < lines; ++day, ++written) {
                const auto date = std::chrono::sys_days{std::chrono::year{2022} / 1 / 1} + std::chrono::days{day};
                const std::chrono::year_month_day ymd{date};
                char line[96];
                std::snprintf(line, sizeof line, "SKU-%06d,DC1,%04d-%02u-%02u,%u,%u\n", item,
                              static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                              static_cast<unsigned>(ymd.day()), static_cast<unsigned>(random() % 40 + 1),
                              static_cast<unsigned>(random() % 5 + 1));
                out << line;
            }
        }
    }

    [[nodiscard]] std::int64_t lineCount() const {
        std::ifstream in(demand);
        return std::count(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>(), '\n');
    }

    // A fresh workspace with the sites and items the demand file refers to.
    [[nodiscard]] std::unique_ptr<store::Workspace> freshWorkspace() const {
        const auto path = dir / "bench.stdb";
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path.string() + suffix);
        auto workspace = store::Workspace::create(path.string());
        auto& db = workspace->db();
        store::Transaction transaction(db);
        db.exec("INSERT INTO site(code, name) VALUES ('DC1', 'Bench')");
        auto insert = db.prepare("INSERT INTO item(sku) VALUES (?)");
        char sku[16];
        for (int item = 0; item < kItems; ++item) {
            std::snprintf(sku, sizeof sku, "SKU-%06d", item);
            insert.bind(1, std::string(sku)).run();
        }
        transaction.commit();
        return workspace;
    }
};

std::int64_t benchRows() {
    const char* value = std::getenv("STOCKTOWER_BENCH_ROWS");
    return value ? std::atoll(value) : 1'000'000;
}

void BM_ImportDemandCsv(benchmark::State& state) {
    Fixture fixture(benchRows());
    for (auto _ : state) {
        state.PauseTiming();
        auto workspace = fixture.freshWorkspace();
        exchange::ImportOptions options;
        options.path = fixture.demand.string();
        options.type = domain::findRecordType("demand");
        util::NullProgress progress;
        state.ResumeTiming();
        const auto result = exchange::runImport(*workspace, options, progress);
        if (result.outcome != exchange::ImportResult::Outcome::Committed) state.SkipWithError(result.message.c_str());
        benchmark::DoNotOptimize(result.rowsWritten);
    }
    state.counters["rows"] = static_cast<double>(fixture.rows);
    state.counters["rows_per_s"] = benchmark::Counter(static_cast<double>(fixture.rows) * static_cast<double>(state.iterations()),
                                                      benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ImportDemandCsv)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

// Reference: the sqlite3 command-line shell importing the same file into a bare table (no
// validation, no keys, no references), durable like ours.
void BM_SqliteShellImport(benchmark::State& state) {
    Fixture fixture(benchRows());
    const auto db = fixture.dir / "bare.db";
    const std::string command = "sqlite3 '" + db.string() +
                                "' 'PRAGMA synchronous=FULL' 'CREATE TABLE demand(item TEXT, site TEXT, date TEXT, "
                                "quantity REAL, order_lines INTEGER)' '.mode csv' '.import --skip 1 " +
                                fixture.demand.string() + " demand'";
    for (auto _ : state) {
        state.PauseTiming();
        fs::remove(db);
        state.ResumeTiming();
        if (std::system(command.c_str()) != 0) state.SkipWithError("the sqlite3 shell is not installed or failed");
    }
}
BENCHMARK(BM_SqliteShellImport)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void BM_OpenWorkspaceLoadItems(benchmark::State& state) {
    const char* path = std::getenv("STOCKTOWER_BENCH_WORKSPACE");
    if (!path) {
        state.SkipWithError("set STOCKTOWER_BENCH_WORKSPACE to a workspace (stocktower-cli demo --items 100000)");
        return;
    }
    std::size_t items = 0;
    for (auto _ : state) {
        auto workspace = store::Workspace::open(path, store::Workspace::Access::ReadOnly);
        items = store::loadItems(workspace->db()).size();
        benchmark::DoNotOptimize(items);
    }
    state.counters["items"] = static_cast<double>(items);
}
BENCHMARK(BM_OpenWorkspaceLoadItems)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

// The two halves of the above, to see which one to work on.
void BM_OpenWorkspaceOnly(benchmark::State& state) {
    const char* path = std::getenv("STOCKTOWER_BENCH_WORKSPACE");
    if (!path) {
        state.SkipWithError("set STOCKTOWER_BENCH_WORKSPACE");
        return;
    }
    for (auto _ : state) benchmark::DoNotOptimize(store::Workspace::open(path, store::Workspace::Access::ReadOnly));
}
BENCHMARK(BM_OpenWorkspaceOnly)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

} // namespace

BENCHMARK_MAIN();
