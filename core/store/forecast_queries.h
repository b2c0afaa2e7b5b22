// Whole-run reads of a forecast run for tables and exports: one ordered query each, streamed row
// by row, so 175,000 series never sit in the database layer's memory at once.
#pragma once

#include "store/sqlite.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace stocktower::store {

// One series of a run as the forecast table shows it. Totals and the next period are the final
// values (overrides applied); the statistical ones are kept beside them.
struct ForecastSeriesSummary {
    std::int64_t itemId = 0;
    std::int64_t siteId = 0;
    std::string sku;
    std::string itemName;
    std::string siteCode;
    std::string demandClass;
    std::string model;
    std::optional<double> mase, smape, bias;
    std::optional<double> nextPeriod;            // the first forecast period, final
    std::optional<double> nextPeriodStatistical; // the same before overrides
    double horizonTotal = 0.0;                   // sum over the horizon, final
    double horizonTotalStatistical = 0.0;
    int overriddenPeriods = 0;
};

// Calls onRow for every series of the run in (item, site) order; onRow returns false to stop.
// Returns the number of series delivered.
std::int64_t forEachForecastSeries(Connection& db, std::int64_t runId,
                                   const std::function<bool(const ForecastSeriesSummary&)>& onRow);

// One forecast period of a run as the export writes it.
struct ForecastExportRow {
    std::string sku;
    std::string siteCode;
    std::string periodStart;
    double forecast = 0.0;                  // statistical
    std::optional<double> overrideQuantity; // the planner's, when any
    double finalValue = 0.0;                // override, else forecast
    std::optional<double> lo80, hi80, lo95, hi95;
    std::string model;
    std::string demandClass;
};

// Calls onRow for every forecast period of the run, by item, site and period; onRow returns
// false to stop. Returns the number of rows delivered.
std::int64_t forEachForecastValue(Connection& db, std::int64_t runId,
                                  const std::function<bool(const ForecastExportRow&)>& onRow);
// The number of forecast periods of a run (for progress).
std::int64_t countForecastValues(Connection& db, std::int64_t runId);
// Whether the workspace has any demand row (what the forecast page's empty state depends on).
bool hasDemand(Connection& db);

} // namespace stocktower::store
