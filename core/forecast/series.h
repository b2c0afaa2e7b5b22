// A demand or benchmark time series: equally spaced values and their seasonal period.
#pragma once

#include <vector>

namespace stocktower::forecast {

// Values are in time order, one per period (missing periods are the caller's business:
// bucketing fills them with zeros for demand). `frequency` is the seasonal period m
// (1 = none/yearly, 4 = quarterly, 12 = monthly, 52 = weekly).
struct Series {
    std::vector<double> values;
    int frequency = 1;
};

} // namespace stocktower::forecast
