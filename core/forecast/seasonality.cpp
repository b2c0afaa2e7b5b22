// Seasonality test and classical decomposition.
#include "forecast/seasonality.h"

#include <cmath>
#include <numeric>

namespace stocktower::forecast {

std::vector<double> autocorrelation(std::span<const double> y, int maxLag) {
    const auto n = y.size();
    std::vector<double> r;
    if (n == 0) return r;
    const double mean = std::accumulate(y.begin(), y.end(), 0.0) / static_cast<double>(n);
    double denominator = 0.0;
    for (double v : y)
        denominator += (v - mean) * (v - mean);
    for (int k = 1; k <= maxLag; ++k) {
        double sum = 0.0;
        for (std::size_t t = static_cast<std::size_t>(k); t < n; ++t)
            sum += (y[t] - mean) * (y[t - static_cast<std::size_t>(k)] - mean);
        r.push_back(denominator > 0.0 ? sum / denominator : 0.0);
    }
    return r;
}

bool seasonalityTest(std::span<const double> y, int m) {
    if (m <= 1 || y.size() < 3 * static_cast<std::size_t>(m)) return false;
    const auto r = autocorrelation(y, m);
    double sum = 0.0;
    for (int k = 0; k + 1 < m; ++k)
        sum += r[static_cast<std::size_t>(k)] * r[static_cast<std::size_t>(k)];
    const double limit =
        1.6448536269514722 * std::sqrt((1.0 + 2.0 * sum) / static_cast<double>(y.size()));
    return std::abs(r.back()) > limit;
}

std::vector<double> classicalSeasonalIndices(std::span<const double> y, int m,
                                             bool multiplicative) {
    const double neutral = multiplicative ? 1.0 : 0.0;
    const auto mm = static_cast<std::size_t>(m < 1 ? 1 : m);
    std::vector<double> figure(mm, neutral);
    const auto n = y.size();
    if (mm <= 1 || n < 2 * mm) return figure;
    // Centred moving average: weights ½,1,…,1,½ over m+1 values when m is even.
    const bool even = mm % 2 == 0;
    const std::size_t half = mm / 2;
    std::vector<double> sum(mm, 0.0);
    std::vector<int> count(mm, 0);
    for (std::size_t t = half; t + half < n; ++t) {
        double trend = 0.0;
        if (even) {
            trend = 0.5 * (y[t - half] + y[t + half]);
            for (std::size_t j = t - half + 1; j < t + half; ++j)
                trend += y[j];
        } else {
            for (std::size_t j = t - half; j <= t + half; ++j)
                trend += y[j];
        }
        trend /= static_cast<double>(mm);
        if (multiplicative && trend == 0.0) continue;
        sum[t % mm] += multiplicative ? y[t] / trend : y[t] - trend;
        ++count[t % mm];
    }
    double total = 0.0;
    for (std::size_t i = 0; i < mm; ++i) {
        figure[i] = count[i] > 0 ? sum[i] / count[i] : neutral;
        total += figure[i];
    }
    const double average = total / static_cast<double>(mm);
    for (double& f : figure) {
        if (multiplicative)
            f = average != 0.0 ? f / average : 1.0;
        else
            f -= average;
    }
    return figure;
}

} // namespace stocktower::forecast
