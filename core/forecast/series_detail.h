// One series of a stored run as the forecast chart and model panel show it: the bucketed
// history as the run saw it, the refitted model's fitted values, and the stored forecast.
#pragma once

#include "domain/date.h"
#include "forecast/bucketing.h"
#include "forecast/series_parameters.h"
#include "store/forecast_store.h"
#include "store/sqlite.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stocktower::forecast {

struct SeriesDetail {
    store::ForecastRunHeader run;
    store::ForecastSeriesRow series; // as stored, with overrides applied
    SeriesParameters parameters;
    std::vector<CandidateScore> candidates;
    Bucket bucket = Bucket::Week;
    std::vector<domain::DayNumber> historyStarts; // first day of each history period
    std::vector<double> history;                  // up to the period before the first forecast one
    std::vector<double> fitted;                   // same length; NaN where the model has no fit
    std::vector<domain::DayNumber> forecastStarts;
    // False when refitting the run's method to today's history does not give the stored
    // forecast: demand inside the history was changed since the run (the fitted values are
    // then today's, the forecast still the run's). `refitProblem` says why fits are missing.
    bool refitMatches = true;
    std::string refitProblem;
};

// Rebuilds the history of the item-site as the run bucketed it (up to the period before its first
// forecast period, so later demand does not count), refits the run's method to get the fitted
// values and reads the stored forecast, intervals and overrides. nullopt when the run has no such
// series. The stored values are the forecast: the refit only supplies fitted values.
std::optional<SeriesDetail> loadSeriesDetail(store::Connection& db, const store::ForecastRunHeader& run,
                                             std::int64_t itemId, std::int64_t siteId);

} // namespace stocktower::forecast
