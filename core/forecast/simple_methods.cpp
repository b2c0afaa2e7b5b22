// Benchmark methods with closed forms: naive, seasonal naive and moving average.
#include "forecast/simple_methods.h"

#include "util/errors.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace stocktower::forecast {

void requireValues(const Series& series) {
    if (series.values.empty()) throw util::UserError("cannot forecast an empty series");
}

namespace {

// Root mean square of the non-NaN residuals y_t − fitted_t; 0 when there are none.
double residualSigma(const std::vector<double>& values, const std::vector<double>& fitted) {
    double sum = 0.0;
    std::size_t count = 0;
    for (std::size_t t = 0; t < values.size(); ++t) {
        if (std::isnan(fitted[t])) continue;
        const double e = values[t] - fitted[t];
        sum += e * e;
        ++count;
    }
    return count == 0 ? 0.0 : std::sqrt(sum / static_cast<double>(count));
}

} // namespace

FitResult NaiveMethod::fit(const Series& series) {
    requireValues(series);
    const auto& y = series.values;
    FitResult result;
    result.model = "Naive";
    result.fitted.assign(y.size(), std::nan(""));
    for (std::size_t t = 1; t < y.size(); ++t)
        result.fitted[t] = y[t - 1];
    m_last = y.back();
    m_sigma = residualSigma(y, result.fitted);
    result.sigma2 = m_sigma * m_sigma;
    return result;
}

Forecast NaiveMethod::forecast(int horizon) const {
    checkHorizon(horizon);
    Forecast out;
    std::vector<double> sd;
    for (int h = 1; h <= horizon; ++h) {
        out.mean.push_back(m_last);
        sd.push_back(m_sigma * std::sqrt(static_cast<double>(h)));
    }
    out.intervals = normalIntervals(out.mean, sd);
    return out;
}

std::vector<InnovationsErrorModel> NaiveMethod::errorModels() const {
    InnovationsErrorModel model;
    model.sigma = m_sigma;
    model.alpha = 1.0;
    return {model};
}

std::vector<InnovationsErrorModel> SeasonalNaiveMethod::errorModels() const {
    InnovationsErrorModel model;
    model.sigma = m_sigma;
    model.gamma = 1.0;
    model.period = static_cast<int>(std::max<std::size_t>(1, m_lastCycle.size()));
    return {model};
}

FitResult SeasonalNaiveMethod::fit(const Series& series) {
    requireValues(series);
    const auto& y = series.values;
    const std::size_t m =
        series.frequency > 1 && y.size() >= static_cast<std::size_t>(series.frequency)
            ? static_cast<std::size_t>(series.frequency)
            : 1;
    FitResult result;
    result.model = m > 1 ? "Seasonal naive" : "Naive";
    result.fitted.assign(y.size(), std::nan(""));
    for (std::size_t t = m; t < y.size(); ++t)
        result.fitted[t] = y[t - m];
    m_lastCycle.assign(y.end() - static_cast<std::ptrdiff_t>(m), y.end());
    m_sigma = residualSigma(y, result.fitted);
    result.sigma2 = m_sigma * m_sigma;
    return result;
}

Forecast SeasonalNaiveMethod::forecast(int horizon) const {
    checkHorizon(horizon);
    Forecast out;
    std::vector<double> sd;
    const auto m = m_lastCycle.size();
    for (int h = 1; h <= horizon; ++h) {
        const auto i = static_cast<std::size_t>(h - 1);
        out.mean.push_back(m_lastCycle[i % m]);
        // Each completed cycle adds one independent seasonal step (Hyndman & Athanasopoulos §5.5).
        sd.push_back(m_sigma * std::sqrt(static_cast<double>(i / m + 1)));
    }
    out.intervals = normalIntervals(out.mean, sd);
    return out;
}

FitResult MovingAverageMethod::fit(const Series& series) {
    requireValues(series);
    const auto& y = series.values;
    const auto k = std::min<std::size_t>(static_cast<std::size_t>(m_window), y.size());
    m_used = static_cast<int>(k);
    FitResult result;
    result.model = "MA(" + std::to_string(k) + ")";
    result.parameters = {{"window", static_cast<double>(k)}};
    result.fitted.assign(y.size(), std::nan(""));
    for (std::size_t t = k; t < y.size(); ++t)
        result.fitted[t] = std::accumulate(y.begin() + static_cast<std::ptrdiff_t>(t - k),
                                           y.begin() + static_cast<std::ptrdiff_t>(t), 0.0) /
                           static_cast<double>(k);
    m_level = std::accumulate(y.end() - static_cast<std::ptrdiff_t>(k), y.end(), 0.0) /
              static_cast<double>(k);
    m_sigma = residualSigma(y, result.fitted);
    result.sigma2 = m_sigma * m_sigma;
    return result;
}

Forecast MovingAverageMethod::forecast(int horizon) const {
    checkHorizon(horizon);
    Forecast out;
    out.mean.assign(static_cast<std::size_t>(horizon), m_level);
    // The residual σ already contains the level's sampling error; intervals stay flat.
    out.intervals = normalIntervals(out.mean, std::vector<double>(out.mean.size(), m_sigma));
    return out;
}

} // namespace stocktower::forecast
