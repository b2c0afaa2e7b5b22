// Prediction intervals from rolling-origin backtest errors, for methods without a statistical
// model of their errors (moving average, Croston, SBA, TSB).
#pragma once

#include "forecast/forecast_method.h"

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace stocktower::forecast {

// h-step-ahead errors y − ŷ of rolling-origin refits: byStep[h − 1] holds one error per origin
// that has an actual value h periods later.
struct RollingErrors {
    std::vector<std::vector<double>> byStep;
    int origins = 0; // origins actually refitted
    [[nodiscard]] std::size_t fewestPerStep() const;
};

struct RollingErrorOptions {
    // Origins are the latest ones: the last step gets up to this many errors, the first step
    // up to maxOrigins + horizon − 1. The cost is one refit per origin.
    int maxOrigins = 40;
    int minimumTrain = 8; // origins that leave fewer values for fitting are skipped
};

// Refits unfitted copies of `fitted` (ForecastMethod::unfittedCopy, so a chooser's choice) on
// y[0, o) for origins o one period apart (Tashman 2000) and records the errors of the next
// `horizon` periods. Forecasts are clipped at 0 when the series is non-negative, as stored
// forecasts are. Origins whose refit throws are skipped.
RollingErrors rollingOriginErrors(const ForecastMethod& fitted, const Series& series, int horizon,
                                  const RollingErrorOptions& options = {});

// Quantile of definition 7 of Hyndman & Fan (1996), R's default: linear interpolation between
// the order statistics at (N − 1)·p. NaN for no values; p is clamped to [0, 1].
double empiricalQuantile(std::vector<double> values, double p);

// 80% and 95% intervals: mean_h plus the (1 ∓ level)/2 quantiles of the step-h errors (not
// clipped: callers clip at 0 for demand). A step's offsets are never narrower than the step
// before's: the later steps' errors come from fewer, older origins, and a band that narrows
// further out only shows that sampling noise, not less uncertainty. nullopt when `mean` is longer than the steps
// recorded or any step has fewer than `minimumPerStep` errors: too few to estimate a 2.5%
// tail even roughly, so callers fall back to normal intervals.
std::optional<std::vector<PredictionInterval>> empiricalIntervals(std::span<const double> mean,
                                                                  const RollingErrors& errors,
                                                                  std::size_t minimumPerStep = 8);

// Root mean square of the one-step errors; NaN without any. The σ that lead-time demand scales
// with √k for methods without an error model.
double oneStepRmse(const RollingErrors& errors);

} // namespace stocktower::forecast
