// Planner overrides, the run's series table and the workspace's demand bucket setting.
// Oracle: a run written by hand with known values; totals added up by hand in the comments.
#include "forecast/bucketing.h"
#include "store/forecast_overrides.h"
#include "store/forecast_queries.h"
#include "store/forecast_store.h"
#include "store/workspace.h"
#include "store/workspace_settings.h"
#include "temp_dir.h"
#include "util/errors.h"

#include <gtest/gtest.h>

#include <vector>

using namespace stocktower;
using stocktower::testsupport::TempDir;

namespace {

store::ForecastValueRow value(const char* period, double mean, double lo80, double hi80) {
    store::ForecastValueRow row;
    row.periodStart = period;
    row.mean = mean;
    row.lo80 = lo80;
    row.hi80 = hi80;
    row.lo95 = lo80 / 2;
    row.hi95 = hi80 * 2;
    return row;
}

// Items A (item 1, "Bolt") and B (item 2, "Nut") at site S1; a weekly run of 3 periods:
// A: 10, 12, 14 (smooth, SES), B: 1.5 each (intermittent, SBA; no score).
std::int64_t writeRun(store::Connection& db) {
    db.prepare("INSERT INTO site(site_id, code, name) VALUES (1, 'S1', 'Main')").run();
    db.prepare("INSERT INTO item(item_id, sku, description) VALUES (1, 'A', 'Bolt'), (2, 'B', 'Nut')").run();
    store::ForecastRunHeader header;
    header.createdAt = "2026-07-01T00:00:00Z";
    header.bucket = "week";
    header.horizon = 3;
    header.method = "auto";
    header.engineVersion = "test";
    header.seriesCount = 2;
    store::ForecastSeriesRow a;
    a.itemId = 1;
    a.siteId = 1;
    a.demandClass = "smooth";
    a.model = "smooth: ETS(A,N,N)";
    a.mase = 0.8;
    a.smape = 20.0;
    a.bias = -0.5;
    a.values = {value("2026-06-29", 10, 8, 12), value("2026-07-06", 12, 9, 15), value("2026-07-13", 14, 10, 18)};
    store::ForecastSeriesRow b;
    b.itemId = 2;
    b.siteId = 1;
    b.demandClass = "intermittent";
    b.model = "intermittent: SBA";
    b.values = {value("2026-06-29", 1.5, 0, 6), value("2026-07-06", 1.5, 0, 6), value("2026-07-13", 1.5, 0, 6)};
    return store::saveForecastRun(db, header, {a, b});
}

store::ForecastOverride entry(std::int64_t runId, const char* period, double quantity, const char* comment) {
    store::ForecastOverride result;
    result.runId = runId;
    result.itemId = 1;
    result.siteId = 1;
    result.periodStart = period;
    result.quantity = quantity;
    result.comment = comment;
    result.userName = "planner";
    result.createdAt = "2026-07-02T08:00:00Z";
    return result;
}

std::vector<store::ForecastSeriesSummary> summaries(store::Connection& db, std::int64_t runId) {
    std::vector<store::ForecastSeriesSummary> rows;
    store::forEachForecastSeries(db, runId, [&rows](const store::ForecastSeriesSummary& row) {
        rows.push_back(row);
        return true;
    });
    return rows;
}

} // namespace

TEST(ForecastOverrides, SetReplaceRemoveAndLoad) {
    TempDir dir;
    auto workspace = store::Workspace::create(dir.file("o.stdb"));
    auto& db = workspace->db();
    const auto runId = writeRun(db);

    store::setForecastOverride(db, entry(runId, "2026-07-06", 20.0, "promotion"));
    auto series = store::loadForecastSeries(db, runId, 1, 1);
    ASSERT_TRUE(series);
    ASSERT_EQ(series->values.size(), 3u);
    EXPECT_FALSE(series->values[0].overrideQuantity);
    EXPECT_DOUBLE_EQ(series->values[0].finalValue(), 10.0);
    ASSERT_TRUE(series->values[1].overrideQuantity);
    EXPECT_DOUBLE_EQ(series->values[1].mean, 12.0); // the statistical value stays
    EXPECT_DOUBLE_EQ(series->values[1].finalValue(), 20.0);
    EXPECT_EQ(series->values[1].overrideComment, "promotion");
    EXPECT_EQ(series->values[1].overrideUser, "planner");
    EXPECT_EQ(series->values[1].overrideAt, "2026-07-02T08:00:00Z");

    // Setting again replaces: still one row for the period.
    store::setForecastOverride(db, entry(runId, "2026-07-06", 25.0, "bigger promotion"));
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM forecast_override"), 1);
    const auto found = store::findForecastOverride(db, runId, 1, 1, "2026-07-06");
    ASSERT_TRUE(found);
    EXPECT_DOUBLE_EQ(found->quantity, 25.0);
    EXPECT_EQ(found->comment, "bigger promotion");

    store::setForecastOverride(db, entry(runId, "2026-06-29", 0.0, "customer closed"));
    const auto list = store::listForecastOverrides(db, runId, 1, 1);
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].periodStart, "2026-06-29"); // by period
    EXPECT_DOUBLE_EQ(list[0].quantity, 0.0);
    EXPECT_EQ(store::listRunOverrides(db, runId).size(), 2u);

    EXPECT_TRUE(store::removeForecastOverride(db, runId, 1, 1, "2026-07-06"));
    EXPECT_FALSE(store::removeForecastOverride(db, runId, 1, 1, "2026-07-06"));
    series = store::loadForecastSeries(db, runId, 1, 1);
    EXPECT_FALSE(series->values[1].overrideQuantity);
    EXPECT_DOUBLE_EQ(series->values[1].finalValue(), 12.0);
    EXPECT_FALSE(store::findForecastOverride(db, runId, 1, 1, "2026-07-06"));
}

TEST(ForecastOverrides, RefusesWhatIsNotOnScreen) {
    TempDir dir;
    auto workspace = store::Workspace::create(dir.file("r.stdb"));
    auto& db = workspace->db();
    const auto runId = writeRun(db);
    EXPECT_THROW(store::setForecastOverride(db, entry(runId, "2026-07-07", 5.0, "")), util::UserError); // a Tuesday
    EXPECT_THROW(store::setForecastOverride(db, entry(runId + 1, "2026-07-06", 5.0, "")), util::UserError);
    EXPECT_THROW(store::setForecastOverride(db, entry(runId, "2026-07-06", -1.0, "")), util::UserError);
    EXPECT_THROW(store::setForecastOverride(db, entry(runId, "2026-07-06", std::nan(""), "")), util::UserError);
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM forecast_override"), 0);
    EXPECT_FALSE(db.inTransaction()); // each refusal rolled its transaction back
}

// A: 10 + 12 + 14 = 36 statistical; with 20 for the second week: 10 + 20 + 14 = 44, next 10.
// With 8 for the first week as well: next 8, total 42, two periods overridden. B: 4.5, none.
TEST(ForecastOverrides, SeriesTableShowsFinalValues) {
    TempDir dir;
    auto workspace = store::Workspace::create(dir.file("t.stdb"));
    auto& db = workspace->db();
    const auto runId = writeRun(db);
    auto rows = summaries(db, runId);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].sku, "A");
    EXPECT_EQ(rows[0].itemName, "Bolt");
    EXPECT_EQ(rows[0].siteCode, "S1");
    EXPECT_EQ(rows[0].demandClass, "smooth");
    EXPECT_EQ(rows[0].model, "smooth: ETS(A,N,N)");
    EXPECT_DOUBLE_EQ(*rows[0].mase, 0.8);
    EXPECT_DOUBLE_EQ(*rows[0].bias, -0.5);
    EXPECT_DOUBLE_EQ(*rows[0].nextPeriod, 10.0);
    EXPECT_DOUBLE_EQ(rows[0].horizonTotal, 36.0);
    EXPECT_EQ(rows[0].overriddenPeriods, 0);
    EXPECT_EQ(rows[1].sku, "B");
    EXPECT_FALSE(rows[1].mase);
    EXPECT_DOUBLE_EQ(rows[1].horizonTotal, 4.5);

    store::setForecastOverride(db, entry(runId, "2026-07-06", 20.0, ""));
    rows = summaries(db, runId);
    EXPECT_DOUBLE_EQ(*rows[0].nextPeriod, 10.0);
    EXPECT_DOUBLE_EQ(rows[0].horizonTotal, 44.0);
    EXPECT_DOUBLE_EQ(rows[0].horizonTotalStatistical, 36.0);
    EXPECT_EQ(rows[0].overriddenPeriods, 1);

    store::setForecastOverride(db, entry(runId, "2026-06-29", 8.0, ""));
    rows = summaries(db, runId);
    EXPECT_DOUBLE_EQ(*rows[0].nextPeriod, 8.0);
    EXPECT_DOUBLE_EQ(*rows[0].nextPeriodStatistical, 10.0);
    EXPECT_DOUBLE_EQ(rows[0].horizonTotal, 42.0);
    EXPECT_EQ(rows[0].overriddenPeriods, 2);
    EXPECT_EQ(rows[1].overriddenPeriods, 0);

    // The stream stops when asked to.
    int seen = 0;
    EXPECT_EQ(store::forEachForecastSeries(db, runId, [&seen](const auto&) { return ++seen < 1; }), 1);
    EXPECT_EQ(seen, 1);
    EXPECT_TRUE(summaries(db, runId + 7).empty());
}

TEST(ForecastOverrides, RunsAreListedNewestFirst) {
    TempDir dir;
    auto workspace = store::Workspace::create(dir.file("l.stdb"));
    auto& db = workspace->db();
    const auto first = writeRun(db);
    store::ForecastRunHeader header;
    header.createdAt = "2026-07-08T00:00:00Z";
    header.bucket = "month";
    header.horizon = 1;
    header.method = "ses";
    header.engineVersion = "test";
    const auto second = store::saveForecastRun(db, header, {});
    const auto runs = store::listForecastRuns(db);
    ASSERT_EQ(runs.size(), 2u);
    EXPECT_EQ(runs[0].runId, second);
    EXPECT_EQ(runs[1].runId, first);
    EXPECT_EQ(store::loadForecastRun(db, first)->bucket, "week");
    EXPECT_FALSE(store::loadForecastRun(db, second + 1));
}

// The version 1 migration writes demand_bucket = week; the setting reads it, refuses bad values
// and ignores a hand-edited one.
TEST(WorkspaceSettings, DemandBucket) {
    TempDir dir;
    auto workspace = store::Workspace::create(dir.file("s.stdb"));
    auto& db = workspace->db();
    EXPECT_EQ(store::workspaceSetting(db, "demand_bucket"), "week");
    EXPECT_EQ(forecast::workspaceBucket(db), forecast::Bucket::Week);
    forecast::setWorkspaceBucket(db, forecast::Bucket::Month);
    EXPECT_EQ(db.queryText("SELECT value FROM meta WHERE key = 'demand_bucket'"), "month");
    EXPECT_EQ(forecast::workspaceBucket(db), forecast::Bucket::Month);
    EXPECT_THROW(store::setWorkspaceSetting(db, "demand_bucket", "day"), util::UserError);
    EXPECT_THROW(store::setWorkspaceSetting(db, "no_such_setting", "week"), util::UserError);
    EXPECT_THROW((void)store::workspaceSetting(db, "no_such_setting"), util::UserError);
    EXPECT_EQ(store::workspaceSetting(db, "demand_bucket"), "month"); // the refusals changed nothing
    db.prepare("UPDATE meta SET value = 'fortnight' WHERE key = 'demand_bucket'").run();
    EXPECT_EQ(store::workspaceSetting(db, "demand_bucket"), "week");
    db.prepare("DELETE FROM meta WHERE key = 'demand_bucket'").run();
    EXPECT_EQ(forecast::workspaceBucket(db), forecast::Bucket::Week);
}
