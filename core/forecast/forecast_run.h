// A forecast run over every item-site of a workspace: bucket, classify, fit, forecast, score,
// store — in parallel, with identical results for any thread count.
#pragma once

#include "domain/date.h"
#include "forecast/bucketing.h"
#include "forecast/demand_class.h"
#include "store/forecast_store.h"
#include "util/progress.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace stocktower::store {
class Workspace;
}

namespace stocktower::forecast {

struct ForecastRunSettings {
    Bucket bucket = Bucket::Week;
    int horizon = 0;             // periods ahead; 0 = 13 weeks or 6 months
    std::string method = "auto"; // a method_registry name
    int threads = 0;             // 0 = all cores; results do not depend on it
    // The last day of history; nullopt = the workspace's last demand date (injectable clock).
    std::optional<domain::DayNumber> today;
    // Hold-out backtest length for MASE/sMAPE/bias; 0 = the horizon. Skipped for series too
    // short to keep `minimumTrain` periods for fitting.
    int backtestPeriods = 0;
    int minimumTrain = 8;
    ClassificationOptions classification;
};

// Throws util::UserError for a bad horizon, backtest length, thread count or method name.
void validate(const ForecastRunSettings& settings);
int effectiveHorizon(const ForecastRunSettings& settings);

struct ForecastRunSummary {
    std::int64_t runId = 0;
    std::string bucket;
    int horizon = 0;
    std::string method;
    int threads = 1;
    std::string lastDay;                  // YYYY-MM-DD, empty when there is no demand
    std::int64_t demandRows = 0;
    std::int64_t series = 0;              // item-sites forecast
    std::int64_t seriesWithoutSales = 0;  // item-sites with only zero rows (not forecast)
    std::int64_t fallbacks = 0;           // series whose method failed and fell back to naive
    std::map<std::string, std::int64_t> classCounts;
    std::int64_t scored = 0; // series with a finite backtest MASE
    double meanMase = 0.0;   // means over the scored series
    double meanSmape = 0.0;
    double meanBias = 0.0;
    double readSeconds = 0.0, fitSeconds = 0.0, writeSeconds = 0.0, seconds = 0.0;
};

// Forecasts one bucketed series (whose last period is `endPeriod`): the pure, per-series part
// of a run, usable on its own. `values` must be non-empty.
store::ForecastSeriesRow forecastOneSeries(const BucketedSeries& series, int endPeriod,
                                           const ForecastRunSettings& settings);

// Runs and stores a forecast run. Reads on the calling thread, fits on `threads` workers and
// writes the whole run in one transaction on the workspace's connection. Cancelling (through
// `progress`) throws util::Cancelled and writes nothing.
ForecastRunSummary runForecast(store::Workspace& workspace, const ForecastRunSettings& settings,
                               util::Progress& progress);
// The same on a connection of the caller's (a worker's own, say); the caller has made sure the
// workspace may be written.
ForecastRunSummary runForecast(store::Connection& db, const ForecastRunSettings& settings,
                               util::Progress& progress);

} // namespace stocktower::forecast
