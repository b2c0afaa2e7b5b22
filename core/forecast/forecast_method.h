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

// The linear innovations form of a fitted model's forecast errors (Hyndman, Koehler, Ord &
// Snyder 2008, ch. 6): e_{n+h} = ε_{n+h} + Σ_{j<h} c_j·ε_{n+h−j} with
// c_j = α + β·(φ + … + φ^j) + γ·1{j mod m = 0}. It gives the variance of one period and of a sum
// of periods (lead-time demand), which intervals alone cannot: sums need the covariances.
struct InnovationsErrorModel {
    double sigma = 0.0;    // one-step standard deviation; relative to the level when `relative`
    bool relative = false; // multiplicative error: σ scales with the forecast level
    double alpha = 0.0;
    double beta = 0.0;     // 0 without a trend
    double phi = 1.0;      // 1 unless damped
    double gamma = 0.0;    // 0 without a season
    int period = 0;        // m; 0 without a season
    // c_j, j ≥ 1.
    [[nodiscard]] double weight(int j) const;
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
    // A new, unfitted method that forecasts the way this one does: for a method that chooses
    // (auto, select) and has been fitted, the method it chose. Backtests refit it on shorter
    // histories, so their errors are those of what was actually used.
    [[nodiscard]] virtual std::unique_ptr<ForecastMethod> unfittedCopy() const = 0;
    // The fitted model's analytical error structure: one entry for a single model, one per
    // member for an equal-weight combination (whose standard deviation is then taken as the
    // members' mean, as its interval bounds are). Empty when the method has no statistical
    // model of its errors (moving average, Croston, SBA, TSB): its intervals, if any, are
    // heuristics, and callers use backtest errors instead. fit() must have been called.
    [[nodiscard]] virtual std::vector<InnovationsErrorModel> errorModels() const { return {}; }
};

using MethodPtr = std::unique_ptr<ForecastMethod>;

// Normal intervals at 80% and 95% around `mean` with the given standard deviations.
std::vector<PredictionInterval> normalIntervals(const std::vector<double>& mean,
                                                const std::vector<double>& standardDeviation);
// Throws util::UserError for a negative horizon; shared by every method's forecast().
void checkHorizon(int horizon);

} // namespace stocktower::forecast
