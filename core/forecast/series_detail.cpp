// One series of a stored run for the chart: history, fitted values and the stored forecast.
#include "forecast/series_detail.h"

#include "forecast/method_registry.h"
#include "store/demand_reader.h"

#include <algorithm>
#include <cmath>
#include <exception>

namespace stocktower::forecast {

namespace {

// The run's own fallback (see forecast_run.cpp) is stored under this model prefix.
bool isNaiveFallback(const std::string& model) { return model.rfind("naive (fallback", 0) == 0; }

bool sameForecast(const std::vector<double>& refit, const std::vector<store::ForecastValueRow>& stored) {
    if (refit.size() < stored.size()) return false;
    for (std::size_t k = 0; k < stored.size(); ++k) {
        const double value = std::max(0.0, std::isfinite(refit[k]) ? refit[k] : 0.0);
        if (std::abs(value - stored[k].mean) > 1e-6 * std::max(1.0, std::abs(stored[k].mean))) return false;
    }
    return true;
}

} // namespace

std::optional<SeriesDetail> loadSeriesDetail(store::Connection& db, const store::ForecastRunHeader& run,
                                             std::int64_t itemId, std::int64_t siteId) {
    auto stored = store::loadForecastSeries(db, run.runId, itemId, siteId);
    if (!stored) return std::nullopt;
    SeriesDetail detail;
    detail.run = run;
    detail.bucket = parseBucket(run.bucket).value_or(Bucket::Week);
    detail.series = std::move(*stored);
    detail.parameters = parseSeriesParameters(detail.series.parametersJson);
    detail.candidates = parseCandidates(detail.series.candidatesJson);
    for (const auto& value : detail.series.values)
        if (const auto day = domain::parseIsoDate(value.periodStart)) detail.forecastStarts.push_back(*day);

    std::optional<int> endPeriod;
    if (!detail.forecastStarts.empty()) endPeriod = periodOf(detail.forecastStarts.front(), detail.bucket) - 1;
    const auto bucketed = bucketSeries(store::readDemandSeries(db, itemId, siteId), detail.bucket, endPeriod);
    detail.history = bucketed.values;
    for (std::size_t i = 0; i < detail.history.size(); ++i)
        detail.historyStarts.push_back(periodStart(bucketed.firstPeriod + static_cast<int>(i), detail.bucket));
    detail.fitted.assign(detail.history.size(), std::nan(""));
    if (detail.history.empty()) {
        detail.refitMatches = false;
        detail.refitProblem = "no demand history before the forecast";
        return detail;
    }

    try {
        auto method = makeMethod(isNaiveFallback(detail.series.model) ? "naive" : run.method);
        const Series series{detail.history, periodsPerYear(detail.bucket)};
        const auto fit = method->fit(series);
        const bool nonNegative =
            std::all_of(detail.history.begin(), detail.history.end(), [](double v) { return v >= 0.0; });
        for (std::size_t t = 0; t < detail.fitted.size() && t < fit.fitted.size(); ++t) {
            const double value = fit.fitted[t];
            // Clipped like the forecasts: a fit below zero means "none" for demand.
            detail.fitted[t] = nonNegative && std::isfinite(value) ? std::max(0.0, value) : value;
        }
        detail.refitMatches = sameForecast(method->forecast(static_cast<int>(detail.series.values.size())).mean,
                                           detail.series.values);
    } catch (const std::exception& error) {
        detail.refitMatches = false;
        detail.refitProblem = error.what();
    }
    return detail;
}

} // namespace stocktower::forecast
