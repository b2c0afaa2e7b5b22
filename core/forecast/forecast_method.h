// The one interface every forecasting method implements, so methods are interchangeable
// strategies that a selector can fit, compare and swap (frePPLe's idea).
#pragma once

#include "forecast/series.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace stocktower::forecast {

// A central prediction interval at `level` (e.g. 0.80) for each forecast period.
struct PredictionInterval {
    double level = 0.0;
    std::vector<double> lower;
    std::vector<double> upper;
};

struct Forecast {
    std::vector<double> mean;                  // point forecasts, one per period ahead
    std::vector<PredictionInterval> intervals; // 80% and 95%; empty if the model has none
};

// What a fit tells the planner and the selector. The likelihood and AICc mean something only
// when hasLikelihood is set (and compare only fits of the same data); other methods are
// compared by backtest error instead.
struct FitResult {
    std::string model;                                      // e.g. "ETS(M,Ad,N)", "SBA"
    std::vector<std::pair<std::string, double>> parameters; // name → value, for display
    std::vector<double> fitted;                             // one-step-ahead in-sample fits
    double logLikelihood = 0.0;
    double aicc = 0.0;
    double sigma2 = 0.0; // one-step error variance (relative for multiplicative errors)
    bool hasLikelihood = false;
    // Candidates considered on the way (model → score), best first, for "why this model".
    std::vector<std::pair<std::string, double>> candidates;
};

class ForecastMethod {
public:
    virtual ~ForecastMethod() = default;
    [[nodiscard]] virtual std::string name() const = 0;
    // Fits to the series; throws util::UserError when the series cannot be used at all
    // (empty). Methods degrade gracefully on short series rather than fail.
    virtual FitResult fit(const Series& series) = 0;
    // Forecasts `horizon` periods after the fitted series; fit() must have been called.
    [[nodiscard]] virtual Forecast forecast(int horizon) const = 0;
};

using MethodPtr = std::unique_ptr<ForecastMethod>;

// Normal intervals at 80% and 95% around `mean` with the given standard deviations.
std::vector<PredictionInterval> normalIntervals(const std::vector<double>& mean,
                                                const std::vector<double>& standardDeviation);
// Throws util::UserError for a negative horizon; shared by every method's forecast().
void checkHorizon(int horizon);

} // namespace stocktower::forecast
