// Prediction intervals from rolling-origin backtest errors.
#include "forecast/empirical_intervals.h"

#include <algorithm>
#include <cmath>
#include <exception>

namespace stocktower::forecast {

std::size_t RollingErrors::fewestPerStep() const {
    if (byStep.empty()) return 0;
    std::size_t fewest = byStep.front().size();
    for (const auto& step : byStep)
        fewest = std::min(fewest, step.size());
    return fewest;
}

RollingErrors rollingOriginErrors(const ForecastMethod& fitted, const Series& series, int horizon,
                                  const RollingErrorOptions& options) {
    RollingErrors result;
    const auto& y = series.values;
    const int n = static_cast<int>(y.size());
    if (horizon < 1) return result;
    result.byStep.resize(static_cast<std::size_t>(horizon));
    const bool nonNegative = std::all_of(y.begin(), y.end(), [](double v) { return v >= 0.0; });
    const int first = std::max({1, options.minimumTrain, n - horizon - options.maxOrigins + 1});
    for (int origin = first; origin < n; ++origin) {
        const int ahead = std::min(horizon, n - origin);
        std::vector<double> predicted;
        try {
            auto method = fitted.unfittedCopy();
            method->fit(Series{{y.begin(), y.begin() + origin}, series.frequency});
            predicted = method->forecast(ahead).mean;
        } catch (const std::exception&) {
            continue; // a prefix the method cannot fit contributes nothing
        }
        if (static_cast<int>(predicted.size()) < ahead) continue;
        ++result.origins;
        for (int h = 1; h <= ahead; ++h) {
            double forecast = predicted[static_cast<std::size_t>(h - 1)];
            if (!std::isfinite(forecast)) continue;
            if (nonNegative) forecast = std::max(0.0, forecast);
            result.byStep[static_cast<std::size_t>(h - 1)].push_back(
                y[static_cast<std::size_t>(origin + h - 1)] - forecast);
        }
    }
    return result;
}

double empiricalQuantile(std::vector<double> values, double p) {
    if (values.empty()) return std::nan("");
    std::sort(values.begin(), values.end());
    const double position = static_cast<double>(values.size() - 1) * std::clamp(p, 0.0, 1.0);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const auto above = std::min(below + 1, values.size() - 1);
    const double fraction = position - static_cast<double>(below);
    return values[below] + fraction * (values[above] - values[below]);
}

std::optional<std::vector<PredictionInterval>> empiricalIntervals(std::span<const double> mean,
                                                                  const RollingErrors& errors,
                                                                  std::size_t minimumPerStep) {
    if (mean.size() > errors.byStep.size()) return std::nullopt;
    for (std::size_t h = 0; h < mean.size(); ++h)
        if (errors.byStep[h].size() < std::max<std::size_t>(1, minimumPerStep)) return std::nullopt;
    std::vector<PredictionInterval> intervals;
    for (const double level : {0.80, 0.95}) {
        PredictionInterval interval{level, {}, {}};
        const double tail = (1.0 - level) / 2.0;
        double below = 0.0, above = 0.0;
        for (std::size_t h = 0; h < mean.size(); ++h) {
            const double low = empiricalQuantile(errors.byStep[h], tail);
            const double high = empiricalQuantile(errors.byStep[h], 1.0 - tail);
            below = h == 0 ? low : std::min(below, low);
            above = h == 0 ? high : std::max(above, high);
            interval.lower.push_back(mean[h] + below);
            interval.upper.push_back(mean[h] + above);
        }
        intervals.push_back(std::move(interval));
    }
    return intervals;
}

double oneStepRmse(const RollingErrors& errors) {
    if (errors.byStep.empty() || errors.byStep.front().empty()) return std::nan("");
    double sum = 0.0;
    for (double e : errors.byStep.front())
        sum += e * e;
    return std::sqrt(sum / static_cast<double>(errors.byStep.front().size()));
}

} // namespace stocktower::forecast
