// Forecast accuracy metrics with the M4 competition definitions.
#include "forecast/metrics.h"

#include <cassert>
#include <cmath>
#include <limits>

namespace stocktower::forecast {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

double meanAbsoluteError(std::span<const double> actual, std::span<const double> forecast) {
    assert(actual.size() == forecast.size());
    if (actual.empty()) return kNaN;
    double sum = 0.0;
    for (std::size_t i = 0; i < actual.size(); ++i)
        sum += std::abs(actual[i] - forecast[i]);
    return sum / static_cast<double>(actual.size());
}

double rootMeanSquaredError(std::span<const double> actual, std::span<const double> forecast) {
    assert(actual.size() == forecast.size());
    if (actual.empty()) return kNaN;
    double sum = 0.0;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        const double e = actual[i] - forecast[i];
        sum += e * e;
    }
    return std::sqrt(sum / static_cast<double>(actual.size()));
}

double meanAbsolutePercentageError(std::span<const double> actual,
                                   std::span<const double> forecast) {
    assert(actual.size() == forecast.size());
    double sum = 0.0;
    std::size_t count = 0;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        if (actual[i] == 0.0) continue;
        sum += std::abs((actual[i] - forecast[i]) / actual[i]);
        ++count;
    }
    return count == 0 ? kNaN : 100.0 * sum / static_cast<double>(count);
}

double symmetricMape(std::span<const double> actual, std::span<const double> forecast) {
    assert(actual.size() == forecast.size());
    if (actual.empty()) return kNaN;
    double sum = 0.0;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        const double denominator = std::abs(actual[i]) + std::abs(forecast[i]);
        if (denominator > 0.0) sum += 200.0 * std::abs(actual[i] - forecast[i]) / denominator;
    }
    return sum / static_cast<double>(actual.size());
}

double bias(std::span<const double> actual, std::span<const double> forecast) {
    assert(actual.size() == forecast.size());
    if (actual.empty()) return kNaN;
    double sum = 0.0;
    for (std::size_t i = 0; i < actual.size(); ++i)
        sum += forecast[i] - actual[i];
    return sum / static_cast<double>(actual.size());
}

double seasonalNaiveScale(std::span<const double> history, int m) {
    const auto n = history.size();
    std::size_t lag = m < 1 ? 1 : static_cast<std::size_t>(m);
    if (n <= lag) lag = 1;
    if (n < 2) return kNaN;
    double sum = 0.0;
    for (std::size_t t = lag; t < n; ++t)
        sum += std::abs(history[t] - history[t - lag]);
    return sum / static_cast<double>(n - lag);
}

double squaredNaiveScale(std::span<const double> history) {
    const auto n = history.size();
    if (n < 2) return kNaN;
    double sum = 0.0;
    for (std::size_t t = 1; t < n; ++t) {
        const double d = history[t] - history[t - 1];
        sum += d * d;
    }
    return sum / static_cast<double>(n - 1);
}

double meanAbsoluteScaledError(std::span<const double> history, std::span<const double> actual,
                               std::span<const double> forecast, int m) {
    return meanAbsoluteError(actual, forecast) / seasonalNaiveScale(history, m);
}

double rootMeanSquaredScaledError(std::span<const double> history, std::span<const double> actual,
                                  std::span<const double> forecast) {
    const double rmse = rootMeanSquaredError(actual, forecast);
    return std::sqrt(rmse * rmse / squaredNaiveScale(history));
}

} // namespace stocktower::forecast
