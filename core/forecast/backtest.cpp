// Rolling-origin backtests and choice among families by backtest error.
#include "forecast/backtest.h"

#include "forecast/method_registry.h"
#include "forecast/metrics.h"
#include "forecast/simple_methods.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>

namespace stocktower::forecast {

BacktestScore rollingOriginBacktest(const std::string& method, const Series& series, int horizon,
                                    int origins, int minimumTrain) {
    BacktestScore score;
    score.method = method;
    const auto& y = series.values;
    const auto n = static_cast<int>(y.size());
    double maseSum = 0.0, smapeSum = 0.0;
    for (int k = origins; k >= 1; --k) {
        // Origins from the earliest to the latest, so the work is in time order.
        const int train = n - horizon - (k - 1);
        if (train < std::max(1, minimumTrain)) continue; // too short: fewer origins, maybe none
        const int ahead = std::min(horizon, n - train);
        const std::span<const double> history(y.data(), static_cast<std::size_t>(train));
        const std::span<const double> actual(y.data() + train, static_cast<std::size_t>(ahead));
        auto model = makeMethod(method);
        model->fit(Series{std::vector<double>(history.begin(), history.end()), series.frequency});
        const auto forecast = model->forecast(ahead).mean;
        const double mase = meanAbsoluteScaledError(history, actual, forecast, series.frequency);
        if (!std::isfinite(mase)) continue; // a constant training part has no scale
        maseSum += mase;
        smapeSum += symmetricMape(actual, forecast);
        ++score.origins;
    }
    score.mase =
        score.origins > 0 ? maseSum / score.origins : std::numeric_limits<double>::infinity();
    score.smape =
        score.origins > 0 ? smapeSum / score.origins : std::numeric_limits<double>::infinity();
    return score;
}

FitResult BacktestSelectMethod::fit(const Series& series) {
    requireValues(series);
    const int horizon = m_horizon > 0 ? m_horizon : std::max(1, series.frequency);
    std::vector<BacktestScore> scores;
    for (const auto& candidate : m_candidates)
        scores.push_back(rollingOriginBacktest(candidate, series, horizon, m_origins));
    // Ties (and "nothing could be evaluated") keep the candidate order: the first is the default.
    const auto best = std::min_element(
        scores.begin(), scores.end(), [](const auto& a, const auto& b) { return a.mase < b.mase; });
    m_chosen = makeMethod(best->method);
    FitResult result = m_chosen->fit(series);
    result.model = best->method + ": " + result.model;
    result.candidates.clear();
    std::stable_sort(scores.begin(), scores.end(),
                     [](const auto& a, const auto& b) { return a.mase < b.mase; });
    for (const auto& s : scores)
        result.candidates.emplace_back(s.method + " backtest MASE", s.mase);
    return result;
}

MethodPtr BacktestSelectMethod::unfittedCopy() const {
    if (m_chosen) return m_chosen->unfittedCopy();
    return std::make_unique<BacktestSelectMethod>(m_candidates, m_horizon, m_origins);
}

Forecast BacktestSelectMethod::forecast(int horizon) const {
    checkHorizon(horizon);
    return m_chosen ? m_chosen->forecast(horizon) : Forecast{};
}

} // namespace stocktower::forecast
