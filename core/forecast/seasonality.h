// Seasonality test and classical decomposition, as the M3/M4 Theta and Naive2 benchmarks use them.
#pragma once

#include <span>
#include <vector>

namespace stocktower::forecast {

// Sample autocorrelation at lags 1..maxLag (demeaned, divided by the lag-0 sum of squares).
std::vector<double> autocorrelation(std::span<const double> y, int maxLag);

// The M4 benchmark test: |r_m| > 1.645·√((1 + 2·Σ_{k<m} r_k²)/n), i.e. 90% two-sided.
// False when m ≤ 1 or the series has fewer than 3m values (too short to tell).
bool seasonalityTest(std::span<const double> y, int m);

// Classical decomposition (R's decompose): centred moving average trend of order m (2×m when m
// is even), seasonal figure = mean per position of y/trend (or y−trend), normalised to mean 1
// (or 0). Returns the m indices, index i applying to periods t with t mod m = i (t from 0).
// Needs y.size() ≥ 2m; returns neutral indices otherwise.
std::vector<double> classicalSeasonalIndices(std::span<const double> y, int m, bool multiplicative);

} // namespace stocktower::forecast
