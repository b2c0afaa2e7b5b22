// Forecast runs over a workspace: bucketing, the v2 migration, storage, determinism, cancel.
// Oracles: hand computation (ISO 8601 week rules: 2025-12-29 is a Monday in 2026-W01; calendar
// months), counts that follow from the schema, and equality across thread counts.
#include "forecast/bucketing.h"
#include "forecast/forecast_run.h"
#include "store/demand_reader.h"
#include "store/forecast_store.h"
#include "store/schema_v1.sql.h"
#include "store/workspace.h"
#include "temp_dir.h"
#include "util/errors.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

using namespace stocktower;
using stocktower::testsupport::TempDir;

namespace {

domain::DayNumber day(const char* iso) {
    return *domain::parseIsoDate(iso);
}

void addItem(store::Connection& db, std::int64_t id, const std::string& sku) {
    db.prepare("INSERT INTO item(item_id, sku) VALUES (?, ?)").bind(1, id).bind(2, sku).run();
}

void addSite(store::Connection& db, std::int64_t id, const std::string& code) {
    db.prepare("INSERT INTO site(site_id, code) VALUES (?, ?)").bind(1, id).bind(2, code).run();
}

void addDemand(store::Connection& db, std::int64_t item, std::int64_t site, domain::DayNumber d,
               double quantity, const std::string& channel = "") {
    db.prepare("INSERT INTO demand(item_id, site_id, day, channel, quantity) VALUES (?, ?, ?, ?, ?)")
        .bind(1, item)
        .bind(2, site)
        .bind(3, domain::formatIsoDate(d))
        .bind(4, channel)
        .bind(5, quantity)
        .run();
}

// Three item-sites with two years of weekly-ish history ending 2026-06-28 (a Sunday):
// a smooth seasonal one, an intermittent one and one at a second site.
std::unique_ptr<store::Workspace> makeWorkspace(const std::string& path) {
    auto workspace = store::Workspace::create(path);
    auto& db = workspace->db();
    store::Transaction transaction(db);
    addSite(db, 1, "S1");
    addSite(db, 2, "S2");
    addItem(db, 1, "A");
    addItem(db, 2, "B");
    const auto last = day("2026-06-28");
    for (int d = 0; d < 730; ++d) {
        const auto date = last - 729 + d;
        if (d % 3 == 0) addDemand(db, 1, 1, date, 10.0 + 5.0 * std::sin(d / 58.0) + (d % 7));
        if (d % 41 == 0) addDemand(db, 1, 2, date, 3.0 + (d % 5));
        if (d >= 300 && d % 2 == 0) addDemand(db, 2, 1, date, 4.0 + (d % 11) * 0.5);
    }
    transaction.commit();
    return workspace;
}

class CancelAfter final : public util::Progress {
public:
    explicit CancelAfter(std::uint64_t after) : m_after(after) {}
    void report(std::uint64_t done, std::uint64_t total) override {
        if (total > 0 && done >= m_after) cancel();
    }

private:
    std::uint64_t m_after;
};

} // namespace

TEST(Bucketing, IsoWeeksAcrossTheYearBoundary) {
    using forecast::Bucket;
    // 2025-12-29 (Monday) starts ISO week 2026-W01; 2025-12-28 (Sunday) ends 2025-W52.
    EXPECT_EQ(domain::isoWeekOf(day("2025-12-29")), (domain::IsoWeek{2026, 1}));
    EXPECT_EQ(forecast::periodOf(day("2025-12-28"), Bucket::Week) + 1,
              forecast::periodOf(day("2025-12-29"), Bucket::Week));
    EXPECT_EQ(forecast::periodOf(day("2026-01-04"), Bucket::Week),
              forecast::periodOf(day("2025-12-29"), Bucket::Week));
    EXPECT_EQ(forecast::periodStart(forecast::periodOf(day("2026-01-01"), Bucket::Week), Bucket::Week),
              day("2025-12-29"));
    EXPECT_EQ(forecast::periodStart(forecast::periodOf(day("1969-12-31"), Bucket::Week), Bucket::Week),
              day("1969-12-29"));

    store::DailySeries daily{7, 3,
                             {{day("2025-12-20"), 0.0}, // leading zero rows: trimmed
                              {day("2025-12-24"), 2.0}, // 2025-W52 (Mon 12-22)
                              {day("2025-12-28"), 3.0}, // 2025-W52
                              {day("2025-12-29"), 4.0}, // 2026-W01
                              {day("2026-01-04"), 1.0}, // 2026-W01
                              {day("2026-01-14"), 6.0}}}; // 2026-W03 (W02 is a filled zero)
    const auto series = forecast::bucketSeries(daily, Bucket::Week,
                                               forecast::periodOf(day("2026-01-27"), Bucket::Week));
    EXPECT_EQ(series.itemId, 7);
    EXPECT_EQ(series.siteId, 3);
    EXPECT_EQ(forecast::periodStart(series.firstPeriod, Bucket::Week), day("2025-12-22"));
    // W52, W01, W02, W03, W04, W05 (2026-01-27 is in W05)
    EXPECT_EQ(series.values, (std::vector<double>{5.0, 5.0, 0.0, 6.0, 0.0, 0.0}));
}

TEST(Bucketing, CalendarMonthsAndNoSales) {
    using forecast::Bucket;
    store::DailySeries daily{1, 1, {{day("2025-11-30"), 1.0}, {day("2025-12-01"), 2.0}, {day("2026-02-28"), 4.0}}};
    const auto series = forecast::bucketSeries(daily, Bucket::Month);
    EXPECT_EQ(forecast::periodStart(series.firstPeriod, Bucket::Month), day("2025-11-01"));
    EXPECT_EQ(series.values, (std::vector<double>{1.0, 2.0, 0.0, 4.0}));
    store::DailySeries zeros{1, 1, {{day("2025-11-30"), 0.0}}};
    EXPECT_TRUE(forecast::bucketSeries(zeros, Bucket::Month).values.empty());
}

TEST(Bucketing, WorkspaceStreamSumsChannelsAndFillsToTheLastDay) {
    TempDir dir;
    auto workspace = store::Workspace::create(dir.file("b.stdb"));
    auto& db = workspace->db();
    addSite(db, 1, "S1");
    addSite(db, 2, "S2");
    addItem(db, 1, "A");
    addItem(db, 2, "B");
    addDemand(db, 1, 1, day("2026-01-05"), 1.0, "web");
    addDemand(db, 1, 1, day("2026-01-05"), 2.0, "store");
    addDemand(db, 1, 2, day("2026-01-01"), 0.0);         // only a zero: no series
    addDemand(db, 2, 1, day("2026-01-20"), 5.0);         // last demand day: W04
    util::NullProgress progress;
    const auto demand = forecast::bucketDemand(db, forecast::Bucket::Week, std::nullopt, progress);
    EXPECT_EQ(demand.rows, 4);
    EXPECT_EQ(demand.seriesWithoutSales, 1);
    ASSERT_EQ(demand.series.size(), 2u);
    EXPECT_EQ(*demand.lastDay, day("2026-01-20"));
    EXPECT_EQ(demand.series[0].itemId, 1);
    EXPECT_EQ(demand.series[0].values, (std::vector<double>{3.0, 0.0, 0.0})); // W02, W03, W04
    EXPECT_EQ(demand.series[1].values, (std::vector<double>{5.0}));

    // An injected "today" cuts later rows and fills up to its own period.
    const auto cut = forecast::bucketDemand(db, forecast::Bucket::Week, day("2026-01-13"), progress);
    ASSERT_EQ(cut.series.size(), 1u);
    EXPECT_EQ(cut.series[0].values, (std::vector<double>{3.0, 0.0})); // W02, W03
}

TEST(ForecastMigration, Version1WorkspaceIsBackedUpAndMigrated) {
    TempDir dir;
    const auto path = dir.file("old.stdb");
    {
        // A version-1 file as the previous release wrote it.
        store::Connection db(path, store::Connection::Mode::ReadWriteCreate);
        db.exec(store::kSchemaV1);
        db.prepare("INSERT INTO meta(key, value) VALUES ('created_at', '2026-01-01T00:00:00Z')").run();
        db.exec("PRAGMA user_version = 1");
        db.exec("PRAGMA application_id = " + std::to_string(store::kApplicationId));
        addItem(db, 1, "A");
    }
    auto workspace = store::Workspace::open(path);
    auto& db = workspace->db();
    EXPECT_EQ(db.queryInt("PRAGMA user_version"), store::kSchemaVersion); // migrated to the latest
    EXPECT_EQ(workspace->fileSchemaVersion(), 1);
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM sqlite_schema WHERE name LIKE 'forecast_%' AND type = 'table'"), 4);
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM item"), 1);
    const auto backup = dir.file("old.v1-backup.stdb");
    ASSERT_TRUE(std::filesystem::exists(backup));
    store::Connection copy(backup, store::Connection::Mode::ReadOnly);
    EXPECT_EQ(copy.queryInt("PRAGMA user_version"), 1);
    EXPECT_EQ(copy.queryInt("SELECT COUNT(*) FROM sqlite_schema WHERE name LIKE 'forecast_%'"), 0);
}

TEST(ForecastRun, StoresOneRowPerSeriesAndHorizonValues) {
    TempDir dir;
    auto workspace = makeWorkspace(dir.file("run.stdb"));
    forecast::ForecastRunSettings settings;
    settings.threads = 2;
    util::NullProgress progress;
    const auto summary = forecast::runForecast(*workspace, settings, progress);
    EXPECT_EQ(summary.series, 3);
    EXPECT_EQ(summary.horizon, 13);
    EXPECT_EQ(summary.lastDay, "2026-06-28");
    std::int64_t classes = 0;
    for (const auto& [name, count] : summary.classCounts) classes += count;
    EXPECT_EQ(classes, 3);
    auto& db = workspace->db();
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM forecast_run"), 1);
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM forecast_series"), 3);
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM forecast_value"), 3 * 13);
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM forecast_value WHERE mean < 0 OR lo95 > mean OR hi95 < mean"), 0);
    // The first forecast week is the Monday after the last day of history (a Sunday).
    EXPECT_EQ(db.queryText("SELECT MIN(period_start) FROM forecast_value"), "2026-06-29");
    EXPECT_EQ(db.queryText("SELECT MAX(period_start) FROM forecast_value"), "2026-09-21");
    const auto run = store::latestForecastRun(db);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->seriesCount, 3);
    EXPECT_EQ(run->bucket, "week");
    const auto smooth = store::loadForecastSeries(db, run->runId, 1, 1);
    ASSERT_TRUE(smooth);
    EXPECT_EQ(smooth->values.size(), 13u);
    EXPECT_TRUE(smooth->mase.has_value()); // two years of history: the hold-out is scored
}

TEST(ForecastRun, MonthlyBucketsAndSettings) {
    TempDir dir;
    auto workspace = makeWorkspace(dir.file("month.stdb"));
    forecast::ForecastRunSettings settings;
    settings.bucket = forecast::Bucket::Month;
    settings.threads = 1;
    util::NullProgress progress;
    const auto summary = forecast::runForecast(*workspace, settings, progress);
    EXPECT_EQ(summary.horizon, 6);
    auto& db = workspace->db();
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM forecast_value"), 3 * 6);
    EXPECT_EQ(db.queryText("SELECT MIN(period_start) FROM forecast_value"), "2026-07-01");
    EXPECT_EQ(db.queryText("SELECT json_extract(settings, '$.bucket') FROM forecast_run"), "month");

    settings.horizon = -1;
    EXPECT_THROW(forecast::runForecast(*workspace, settings, progress), util::UserError);
    settings.horizon = 0;
    settings.method = "no-such-method";
    EXPECT_THROW(forecast::runForecast(*workspace, settings, progress), util::UserError);
}

TEST(ForecastRun, SameResultsWithOneAndTwoThreads) {
    TempDir dir;
    auto workspace = makeWorkspace(dir.file("det.stdb"));
    util::NullProgress progress;
    forecast::ForecastRunSettings settings;
    settings.threads = 1;
    const auto one = forecast::runForecast(*workspace, settings, progress);
    settings.threads = 2;
    const auto two = forecast::runForecast(*workspace, settings, progress);
    EXPECT_EQ(one.meanMase, two.meanMase);
    EXPECT_EQ(one.classCounts, two.classCounts);
    auto& db = workspace->db();
    auto different = db.prepare(
        "SELECT COUNT(*) FROM forecast_value a JOIN forecast_value b USING (item_id, site_id, period_start) "
        "WHERE a.run_id = ? AND b.run_id = ? AND (a.mean IS NOT b.mean OR a.lo80 IS NOT b.lo80 "
        "OR a.hi95 IS NOT b.hi95)");
    different.bind(1, one.runId).bind(2, two.runId);
    ASSERT_TRUE(different.step());
    EXPECT_EQ(different.getInt(0), 0);
    auto models = db.prepare("SELECT COUNT(*) FROM forecast_series a JOIN forecast_series b USING (item_id, site_id) "
                             "WHERE a.run_id = ? AND b.run_id = ? AND a.model = b.model AND a.parameters = b.parameters "
                             "AND a.mase IS b.mase");
    models.bind(1, one.runId).bind(2, two.runId);
    ASSERT_TRUE(models.step());
    EXPECT_EQ(models.getInt(0), 3);
}

TEST(ForecastRun, CancelWritesNothing) {
    TempDir dir;
    auto workspace = makeWorkspace(dir.file("cancel.stdb"));
    forecast::ForecastRunSettings settings;
    settings.threads = 1;
    CancelAfter progress(1);
    EXPECT_THROW(forecast::runForecast(*workspace, settings, progress), util::Cancelled);
    auto& db = workspace->db();
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM forecast_run"), 0);
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM forecast_series"), 0);
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM forecast_value"), 0);
}

TEST(ForecastRun, EmptyWorkspaceStoresAnEmptyRun) {
    TempDir dir;
    auto workspace = store::Workspace::create(dir.file("empty.stdb"));
    util::NullProgress progress;
    const auto summary = forecast::runForecast(*workspace, {}, progress);
    EXPECT_EQ(summary.series, 0);
    EXPECT_EQ(workspace->db().queryInt("SELECT COUNT(*) FROM forecast_run"), 1);
}
