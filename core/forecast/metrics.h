// Forecast accuracy metrics with the M4 competition definitions (reference/forecasting.md).
#pragma once

#include <span>

namespace stocktower::forecast {

// All functions take the actual values and the forecasts of the same length (asserted) and
// return NaN for empty input, so that a caller's mean can skip rather than crash.
double meanAbsoluteError(std::span<const double> actual, std::span<const double> forecast);
double rootMeanSquaredError(std::span<const double> actual, std::span<const double> forecast);
// Percent; periods with actual 0 are skipped (MAPE is undefined there), NaN if none remain.
double meanAbsolutePercentageError(std::span<const double> actual,
                                   std::span<const double> forecast);
// M4: mean of 200·|y−f|/(|y|+|f|), with 0/0 counted as 0.
double symmetricMape(std::span<const double> actual, std::span<const double> forecast);
// Mean of f − y: positive means over-forecasting.
double bias(std::span<const double> actual, std::span<const double> forecast);

// In-sample mean of |x_t − x_{t−m}|; lag 1 when the history is not longer than m (M4 rule).
// NaN when fewer than two values; 0 for a constant history (callers see an infinite MASE).
double seasonalNaiveScale(std::span<const double> history, int m);
// In-sample mean of (x_t − x_{t−1})², the RMSSE (M5) denominator.
double squaredNaiveScale(std::span<const double> history);
// MASE = MAE ÷ seasonalNaiveScale(history, m).
double meanAbsoluteScaledError(std::span<const double> history, std::span<const double> actual,
                               std::span<const double> forecast, int m);
// RMSSE (M5) = √(MSE ÷ squaredNaiveScale(history)).
double rootMeanSquaredScaledError(std::span<const double> history, std::span<const double> actual,
                                  std::span<const double> forecast);

} // namespace stocktower::forecast
