// Helpers every method shares: normal prediction intervals and argument checks.
#include "forecast/forecast_method.h"

#include "util/errors.h"

#include <fmt/core.h>

namespace stocktower::forecast {

std::vector<PredictionInterval> normalIntervals(const std::vector<double>& mean,
                                                const std::vector<double>& standardDeviation) {
    // Φ⁻¹(0.90) and Φ⁻¹(0.975): reference/inventory.md row 1.
    constexpr std::pair<double, double> kLevels[] = {{0.80, 1.2815515655446004},
                                                     {0.95, 1.959963984540054}};
    std::vector<PredictionInterval> intervals;
    for (const auto& [level, z] : kLevels) {
        PredictionInterval interval{level, {}, {}};
        for (std::size_t i = 0; i < mean.size(); ++i) {
            interval.lower.push_back(mean[i] - z * standardDeviation[i]);
            interval.upper.push_back(mean[i] + z * standardDeviation[i]);
        }
        intervals.push_back(std::move(interval));
    }
    return intervals;
}

double InnovationsErrorModel::weight(int j) const {
    double trendSum = 0.0, phiPower = 1.0;
    for (int i = 1; i <= j && beta != 0.0; ++i) {
        phiPower *= phi;
        trendSum += phiPower;
    }
    double c = alpha + beta * trendSum;
    if (period > 0 && j % period == 0) c += gamma;
    return c;
}

void checkHorizon(int horizon) {
    if (horizon < 0)
        throw util::UserError(fmt::format("forecast horizon must be ≥ 0, got {}", horizon));
}

} // namespace stocktower::forecast
