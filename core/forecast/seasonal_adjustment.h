// Multiplicative deseasonalising as the M3/M4 benchmarks do it: only when the 90% ACF test
// at lag m passes, by classical decomposition; forecasts are reseasonalised afterwards.
#pragma once

#include "forecast/forecast_method.h"

#include <span>
#include <vector>

namespace stocktower::forecast {

class SeasonalAdjustment {
public:
    // Decides and estimates on `y` with period m. Non-positive data is left alone
    // (multiplicative indices are meaningless there).
    SeasonalAdjustment(std::span<const double> y, int m);
    [[nodiscard]] bool applied() const { return !m_indices.empty(); }
    [[nodiscard]] const std::vector<double>& indices() const { return m_indices; }
    [[nodiscard]] std::vector<double> adjust(std::span<const double> y) const;
    // Multiplies the forecast (and its intervals) for the periods after the history back.
    void reseasonalise(Forecast& forecast) const;
    void reseasonaliseFitted(std::vector<double>& fitted) const;

private:
    std::vector<double> m_indices; // empty when not applied
    std::size_t m_length = 0;      // history length, to place the forecast's first season
};

} // namespace stocktower::forecast
