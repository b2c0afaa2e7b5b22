// Runs one method over a benchmark data set in parallel and scores it per frequency group.
#include "forecast/bench_runner.h"

#include "forecast/method_registry.h"
#include "forecast/metrics.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <ctime>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

namespace stocktower::forecast {

namespace {

using Clock = std::chrono::steady_clock;

// CPU time of the calling thread where POSIX offers it; wall time elsewhere.
double threadCpuSeconds() {
#ifdef CLOCK_THREAD_CPUTIME_ID
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + 1e-9 * static_cast<double>(now.tv_nsec);
#else
    return std::chrono::duration<double>(Clock::now().time_since_epoch()).count();
#endif
}

SeriesScore scoreSeries(const BenchSeries& data, const std::string& method) {
    const auto start = Clock::now();
    const double cpuStart = threadCpuSeconds();
    auto model = makeMethod(method);
    SeriesScore score;
    score.model = model->fit(Series{data.train, data.frequency}).model;
    score.forecast = model->forecast(data.horizon).mean;
    if (std::all_of(data.train.begin(), data.train.end(), [](double v) { return v >= 0.0; }))
        for (double& f : score.forecast)
            f = std::max(f, 0.0);
    score.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    score.cpuSeconds = threadCpuSeconds() - cpuStart;
    score.smape = symmetricMape(data.test, score.forecast);
    score.mase = meanAbsoluteScaledError(data.train, data.test, score.forecast, data.frequency);
    return score;
}

void addTo(GroupScore& group, const SeriesScore& score) {
    ++group.series;
    group.smape += score.smape;
    group.mase += score.mase;
    group.seconds += score.seconds;
    group.cpuSeconds += score.cpuSeconds;
}

void finish(GroupScore& group) {
    if (group.series == 0) return;
    group.smape /= group.series;
    group.mase /= group.series;
}

} // namespace

BenchReport runBench(const std::vector<BenchSeries>& data, const std::string& method, int threads) {
    (void)makeMethod(method); // an unknown name fails here, before any thread starts
    BenchReport report;
    report.method = method;
    report.threads = std::max(1, threads);
    report.perSeries.resize(data.size());
    const auto start = Clock::now();
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failureMutex;
    {
        std::vector<std::jthread> workers;
        for (int t = 0; t < report.threads; ++t)
            workers.emplace_back([&] {
                for (std::size_t i = next++; i < data.size(); i = next++) {
                    try {
                        report.perSeries[i] = scoreSeries(data[i], method);
                    } catch (...) {
                        const std::lock_guard lock(failureMutex);
                        if (!failure) failure = std::current_exception();
                        next = data.size();
                    }
                }
            });
    }
    if (failure) std::rethrow_exception(failure);
    report.wallSeconds = std::chrono::duration<double>(Clock::now() - start).count();

    std::map<std::string, GroupScore> groups;
    report.overall.group = "overall";
    for (std::size_t i = 0; i < data.size(); ++i) {
        auto& group = groups[data[i].group];
        group.group = data[i].group;
        addTo(group, report.perSeries[i]);
        addTo(report.overall, report.perSeries[i]);
    }
    for (auto& [name, group] : groups) {
        finish(group);
        report.groups.push_back(group);
    }
    finish(report.overall);
    return report;
}

} // namespace stocktower::forecast
