// Multiplicative deseasonalising as the M3/M4 benchmarks do it.
#include "forecast/seasonal_adjustment.h"

#include "forecast/seasonality.h"

#include <algorithm>

namespace stocktower::forecast {

SeasonalAdjustment::SeasonalAdjustment(std::span<const double> y, int m) : m_length(y.size()) {
    const bool positive = std::all_of(y.begin(), y.end(), [](double v) { return v > 0.0; });
    if (positive && seasonalityTest(y, m)) m_indices = classicalSeasonalIndices(y, m, true);
}

std::vector<double> SeasonalAdjustment::adjust(std::span<const double> y) const {
    std::vector<double> out(y.begin(), y.end());
    if (!applied()) return out;
    for (std::size_t t = 0; t < out.size(); ++t)
        out[t] /= m_indices[t % m_indices.size()];
    return out;
}

void SeasonalAdjustment::reseasonalise(Forecast& forecast) const {
    if (!applied()) return;
    const auto m = m_indices.size();
    auto scale = [&](std::vector<double>& values) {
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] *= m_indices[(m_length + i) % m];
    };
    scale(forecast.mean);
    for (auto& interval : forecast.intervals) {
        scale(interval.lower);
        scale(interval.upper);
    }
}

void SeasonalAdjustment::reseasonaliseFitted(std::vector<double>& fitted) const {
    if (!applied()) return;
    for (std::size_t t = 0; t < fitted.size(); ++t)
        fitted[t] *= m_indices[t % m_indices.size()];
}

} // namespace stocktower::forecast
