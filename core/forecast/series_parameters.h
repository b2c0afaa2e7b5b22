// What a stored series says about its model beyond the table's numbers, as the JSON in
// forecast_series.parameters and .candidates: the model's parameters for display, how its
// intervals were made, its error model (for lead-time demand) and its demand statistics.
#pragma once

#include "forecast/forecast_method.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stocktower::forecast {

enum class IntervalMethod {
    Analytic,       // from the model's error variance (ETS, Theta, damped, naive, combinations)
    Empirical,      // quantiles of rolling-origin backtest errors
    NormalFallback, // normal, from the in-sample one-step error: too few backtest errors
    None,           // no intervals (a run older than this field, or no error estimate at all)
};

std::string_view intervalMethodName(IntervalMethod method); // "analytic", "empirical", …
IntervalMethod parseIntervalMethod(std::string_view name);  // None for anything else

struct DemandStatistics {
    double adi = 0.0; // average demand interval (the run's convention)
    double cv2 = 0.0; // squared coefficient of variation of the non-zero sizes
    int periods = 0;
    int demandPeriods = 0;
};

struct SeriesParameters {
    std::vector<std::pair<std::string, double>> model; // name → value (NaN for a null)
    IntervalMethod intervalMethod = IntervalMethod::None;
    std::vector<InnovationsErrorModel> errorModels; // analytic intervals only
    std::optional<double> errorSigma;               // one-step backtest RMSE (empirical only)
    int intervalErrors = 0;                         // empirical: the fewest errors of any step
    std::optional<DemandStatistics> demand;
};

// Keys other than these are the model's parameters.
inline constexpr std::string_view kIntervalMethodKey = "interval_method";
inline constexpr std::string_view kErrorModelKey = "error_model";
inline constexpr std::string_view kErrorSigmaKey = "error_sigma";
inline constexpr std::string_view kIntervalErrorsKey = "interval_errors";
inline constexpr std::string_view kDemandKey = "demand";

std::string toJson(const SeriesParameters& parameters);
// Tolerant: runs stored before these fields had only the model's parameters (interval method
// None then); text that is not a JSON object gives empty parameters.
SeriesParameters parseSeriesParameters(std::string_view json);

struct CandidateScore {
    std::string model;
    std::optional<double> score; // AICc for ETS candidates, backtest MASE for "select"
};
std::vector<CandidateScore> parseCandidates(std::string_view json);

} // namespace stocktower::forecast
