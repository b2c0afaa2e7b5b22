// Intermittent-demand methods: Croston, SBA and TSB.
#include "forecast/intermittent.h"

#include "forecast/simple_methods.h"

#include <algorithm>
#include <cmath>

namespace stocktower::forecast {

FitResult CrostonMethod::fit(const Series& series) {
    requireValues(series);
    const auto& y = series.values;
    FitResult result;
    result.model = m_variant == Variant::Sba ? "SBA" : "Croston";
    result.parameters = {{"alpha", m_alpha}};
    const double factor = m_variant == Variant::Sba ? 1.0 - m_alpha / 2.0 : 1.0;
    double size = 0.0, interval = 0.0;
    bool started = false;
    std::size_t sinceDemand = 0;
    result.fitted.reserve(y.size());
    for (double value : y) {
        result.fitted.push_back(started ? factor * size / interval : std::nan(""));
        ++sinceDemand;
        if (value <= 0.0) continue;
        const auto q = static_cast<double>(sinceDemand);
        if (!started) {
            size = value;
            interval = q;
            started = true;
        } else {
            size += m_alpha * (value - size);
            interval += m_alpha * (q - interval);
        }
        sinceDemand = 0;
    }
    m_rate = started ? factor * size / interval : 0.0;
    result.parameters.emplace_back("size", size);
    result.parameters.emplace_back("interval", interval);
    return result;
}

Forecast CrostonMethod::forecast(int horizon) const {
    checkHorizon(horizon);
    return Forecast{std::vector<double>(static_cast<std::size_t>(horizon), m_rate), {}};
}

FitResult TsbMethod::fit(const Series& series) {
    requireValues(series);
    const auto& y = series.values;
    FitResult result;
    result.model = "TSB";
    const auto demandPeriods = std::count_if(y.begin(), y.end(), [](double v) { return v > 0.0; });
    const auto firstDemand = std::find_if(y.begin(), y.end(), [](double v) { return v > 0.0; });
    double size = m_options.initialSize.value_or(firstDemand != y.end() ? *firstDemand : 0.0);
    double probability = m_options.initialProbability.value_or(static_cast<double>(demandPeriods) /
                                                               static_cast<double>(y.size()));
    result.fitted.reserve(y.size());
    for (double value : y) {
        result.fitted.push_back(probability * size);
        const bool demand = value > 0.0;
        probability += m_options.beta * ((demand ? 1.0 : 0.0) - probability);
        if (demand) size += m_options.alpha * (value - size);
    }
    m_rate = probability * size;
    result.parameters = {{"alpha", m_options.alpha},
                         {"beta", m_options.beta},
                         {"size", size},
                         {"probability", probability}};
    return result;
}

Forecast TsbMethod::forecast(int horizon) const {
    checkHorizon(horizon);
    return Forecast{std::vector<double>(static_cast<std::size_t>(horizon), m_rate), {}};
}

} // namespace stocktower::forecast
