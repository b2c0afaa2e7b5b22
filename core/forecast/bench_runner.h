// Runs one method over a benchmark data set in parallel and scores it per frequency group.
#pragma once

#include "forecast/bench_data.h"

#include <string>
#include <vector>

namespace stocktower::forecast {

struct SeriesScore {
    double smape = 0.0;
    double mase = 0.0;
    double seconds = 0.0; // fit + forecast wall time of this series on its worker thread
    double cpuSeconds =
        0.0; // the same span in the worker thread's CPU time: robust on a busy machine
    std::string model;
    std::vector<double> forecast;
};

struct GroupScore {
    std::string group; // "yearly", …, or "overall"
    int series = 0;
    double smape = 0.0; // means over the group's series
    double mase = 0.0;
    double seconds = 0.0;    // sum of the series' wall seconds (comparable whatever the threads)
    double cpuSeconds = 0.0; // sum of the series' thread CPU seconds
};

struct BenchReport {
    std::string method;
    int threads = 1;
    std::vector<GroupScore> groups; // sorted by name
    GroupScore overall;
    double wallSeconds = 0.0;
    std::vector<SeriesScore> perSeries; // in data order
};

// Fits `method` (a method_registry name) on each series' train part, forecasts its horizon,
// clips at 0 when the train values are all non-negative, and scores with M4 sMAPE and MASE.
// Work is spread over `threads` std::jthread workers; each series' result depends only on the
// series, and sums run in data order, so results are identical for any thread count.
// Throws util::UserError for an unknown method.
BenchReport runBench(const std::vector<BenchSeries>& data, const std::string& method, int threads);

} // namespace stocktower::forecast
