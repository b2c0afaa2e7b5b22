// One stored series for the chart: history as the run bucketed it, fitted values of the
// refitted method, the stored forecast with overrides. Oracles: weekly sums and the naive
// method's fits (the previous week) written out by hand; the refit reproducing the stored run.
#include "forecast/forecast_run.h"
#include "forecast/series_detail.h"
#include "store/forecast_overrides.h"
#include "store/workspace.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

using namespace stocktower;
using stocktower::testsupport::TempDir;

namespace {

domain::DayNumber day(const char* iso) { return *domain::parseIsoDate(iso); }

void addDemand(store::Connection& db, std::int64_t item, domain::DayNumber d, double quantity,
               const char* channel = "") {
    db.prepare("INSERT INTO demand(item_id, site_id, day, channel, quantity) VALUES (?, 1, ?, ?, ?)")
        .bind(1, item)
        .bind(2, domain::formatIsoDate(d))
        .bind(3, channel)
        .bind(4, quantity)
        .run();
}

// Item 1: ten weeks from Monday 2026-01-05, sold on Monday and Thursday of each week:
// weekly totals 5 7 6 8 9 4 6 7 8 10. Item 2: two years of a smooth seasonal pattern.
std::unique_ptr<store::Workspace> makeWorkspace(const std::string& path) {
    auto workspace = store::Workspace::create(path);
    auto& db = workspace->db();
    db.prepare("INSERT INTO site(site_id, code) VALUES (1, 'S1')").run();
    db.prepare("INSERT INTO item(item_id, sku) VALUES (1, 'A'), (2, 'B')").run();
    const double weekly[] = {5, 7, 6, 8, 9, 4, 6, 7, 8, 10};
    for (int w = 0; w < 10; ++w) {
        addDemand(db, 1, day("2026-01-05") + 7 * w, weekly[w] - 2);
        addDemand(db, 1, day("2026-01-05") + 7 * w + 3, 2);
    }
    for (int d = 0; d < 728; d += 2)
        addDemand(db, 2, day("2024-03-18") + d, 20.0 + 8.0 * std::sin(d / 58.0) + (d % 7));
    return workspace;
}

} // namespace

TEST(ForecastSeriesDetail, HistoryFittedAndStoredForecast) {
    TempDir dir;
    auto workspace = makeWorkspace(dir.file("d.stdb"));
    auto& db = workspace->db();
    forecast::ForecastRunSettings settings;
    settings.method = "naive";
    settings.horizon = 3;
    settings.threads = 1;
    settings.today = day("2026-03-15"); // the Sunday ending week 10
    util::NullProgress progress;
    const auto summary = forecast::runForecast(*workspace, settings, progress);
    const auto run = store::loadForecastRun(db, summary.runId);
    ASSERT_TRUE(run);

    auto detail = forecast::loadSeriesDetail(db, *run, 1, 1);
    ASSERT_TRUE(detail);
    EXPECT_EQ(detail->bucket, forecast::Bucket::Week);
    EXPECT_EQ(detail->history, (std::vector<double>{5, 7, 6, 8, 9, 4, 6, 7, 8, 10}));
    ASSERT_EQ(detail->historyStarts.size(), 10u);
    EXPECT_EQ(detail->historyStarts.front(), day("2026-01-05"));
    EXPECT_EQ(detail->historyStarts.back(), day("2026-03-09"));
    ASSERT_EQ(detail->fitted.size(), 10u);
    EXPECT_TRUE(std::isnan(detail->fitted[0]));
    for (std::size_t t = 1; t < 10; ++t)
        EXPECT_DOUBLE_EQ(detail->fitted[t], detail->history[t - 1]) << t;
    ASSERT_EQ(detail->forecastStarts.size(), 3u);
    EXPECT_EQ(detail->forecastStarts.front(), day("2026-03-16"));
    for (const auto& value : detail->series.values)
        EXPECT_DOUBLE_EQ(value.mean, 10.0);
    EXPECT_TRUE(detail->refitMatches);
    EXPECT_EQ(detail->parameters.intervalMethod, forecast::IntervalMethod::Analytic);

    store::ForecastOverride entry;
    entry.runId = run->runId;
    entry.itemId = 1;
    entry.siteId = 1;
    entry.periodStart = "2026-03-23";
    entry.quantity = 14.0;
    store::setForecastOverride(db, entry);
    // Demand after the run's history does not change what the run saw.
    addDemand(db, 1, day("2026-03-17"), 50.0);
    detail = forecast::loadSeriesDetail(db, *run, 1, 1);
    ASSERT_TRUE(detail);
    EXPECT_EQ(detail->history.size(), 10u);
    EXPECT_TRUE(detail->refitMatches);
    EXPECT_DOUBLE_EQ(detail->series.values[1].finalValue(), 14.0);
    EXPECT_DOUBLE_EQ(detail->series.values[1].mean, 10.0);

    // A late correction inside the history: the refit no longer gives the stored forecast.
    addDemand(db, 1, day("2026-03-12"), 5.0, "web");
    detail = forecast::loadSeriesDetail(db, *run, 1, 1);
    EXPECT_DOUBLE_EQ(detail->history.back(), 15.0);
    EXPECT_FALSE(detail->refitMatches);
    EXPECT_DOUBLE_EQ(detail->series.values[0].mean, 10.0); // still the run's forecast

    EXPECT_FALSE(forecast::loadSeriesDetail(db, *run, 7, 1));
}

// The automatic choice (a combination for this smooth series) refits to exactly what was stored.
TEST(ForecastSeriesDetail, AutomaticMethodRefitsToTheStoredForecast) {
    TempDir dir;
    auto workspace = makeWorkspace(dir.file("auto.stdb"));
    forecast::ForecastRunSettings settings;
    settings.threads = 1;
    util::NullProgress progress;
    const auto summary = forecast::runForecast(*workspace, settings, progress);
    auto& db = workspace->db();
    const auto detail = forecast::loadSeriesDetail(db, *store::loadForecastRun(db, summary.runId), 2, 1);
    ASSERT_TRUE(detail);
    EXPECT_EQ(detail->series.demandClass, "smooth");
    EXPECT_TRUE(detail->refitMatches) << detail->refitProblem;
    EXPECT_EQ(detail->history.size(), detail->fitted.size());
    EXPECT_GT(detail->history.size(), 100u);
    std::size_t fits = 0;
    for (double value : detail->fitted)
        fits += std::isfinite(value) ? 1u : 0u;
    EXPECT_GT(fits, detail->fitted.size() / 2);
    EXPECT_FALSE(detail->candidates.empty()); // the ETS candidates and their AICc
}
