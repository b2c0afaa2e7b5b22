// Forecast runs in the workspace: save a whole run in one transaction, read runs and series back.
#pragma once

#include "store/sqlite.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stocktower::store {

struct ForecastRunHeader {
    std::int64_t runId = 0; // set by saveForecastRun / loaded
    std::string createdAt;
    std::string bucket; // week | month
    int horizon = 0;
    std::string method;
    std::string settingsJson = "{}";
    std::string engineVersion;
    std::int64_t seriesCount = 0;
    double seconds = 0.0;
    std::string status = "complete";
};

struct ForecastValueRow {
    std::string periodStart; // YYYY-MM-DD, first day of the bucket
    double mean = 0.0;       // the statistical forecast
    std::optional<double> lo80, hi80, lo95, hi95;
    // The planner's override of this period, filled by loadForecastSeries (saveForecastRun
    // ignores it: overrides are written one at a time, see forecast_overrides.h).
    std::optional<double> overrideQuantity;
    std::string overrideComment, overrideUser, overrideAt;

    // What plans use: the override when there is one, else the statistical forecast.
    [[nodiscard]] double finalValue() const { return overrideQuantity.value_or(mean); }
};

struct ForecastSeriesRow {
    std::int64_t itemId = 0;
    std::int64_t siteId = 0;
    std::string demandClass;
    std::string model;
    std::string parametersJson = "{}";
    std::string candidatesJson = "[]";
    std::optional<double> mase, smape, bias, sigma; // null when not computable
    std::vector<ForecastValueRow> values;
};

// Inserts the run, its series and values in ONE immediate transaction (all or nothing) and
// returns the new run_id. `header.seconds` may be updated by the caller afterwards.
std::int64_t saveForecastRun(Connection& db, const ForecastRunHeader& header,
                             const std::vector<ForecastSeriesRow>& series);

std::optional<ForecastRunHeader> latestForecastRun(Connection& db);
std::optional<ForecastRunHeader> loadForecastRun(Connection& db, std::int64_t runId);
// Complete runs, newest first.
std::vector<ForecastRunHeader> listForecastRuns(Connection& db);
// One series of a run with its values and their overrides; nullopt if the run has no such series.
std::optional<ForecastSeriesRow> loadForecastSeries(Connection& db, std::int64_t runId,
                                                    std::int64_t itemId, std::int64_t siteId);

// loadForecastSeries for many series of one run: the statements are prepared once, which is
// most of the cost of one series (a policy run reads 175,000 of them).
class ForecastSeriesLoader {
public:
    ForecastSeriesLoader(Connection& db, std::int64_t runId);
    std::optional<ForecastSeriesRow> load(std::int64_t itemId, std::int64_t siteId);

private:
    std::int64_t m_runId;
    Statement m_series;
    Statement m_values;
};

// Lookups for the command line: ids by natural key.
std::optional<std::int64_t> findItemId(Connection& db, const std::string& sku);
std::optional<std::int64_t> findSiteId(Connection& db, const std::string& code);
std::string siteCode(Connection& db, std::int64_t siteId);
std::string itemSku(Connection& db, std::int64_t itemId); // empty for an unknown id
// Sites that have demand for an item, ascending.
std::vector<std::int64_t> demandSitesOfItem(Connection& db, std::int64_t itemId);

} // namespace stocktower::store
