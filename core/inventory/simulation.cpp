#include "inventory/simulation.h"

#include "inventory/sim_replication.h"
#include "inventory/sim_statistics.h"
#include "util/errors.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace stocktower::inventory {

namespace {

// Per-worker buffers, reused from item to item so the hot loop never allocates.
struct Scratch {
    std::vector<sim::ReplicationTotals> replications;
};

// Cancel is polled between replications too, so one item with many replications still stops
// promptly; this many keeps the poll off the profile.
constexpr int kCancelPollReplications = 64;

SimItemResult simulateOne(const SimItem& item, std::size_t itemIndex, const SimSettings& settings,
                          Scratch& scratch, const util::Progress* progress) {
    sim::PreparedItem prepared(item);
    scratch.replications.resize(static_cast<std::size_t>(settings.replications));
    for (int r = 0; r < settings.replications; ++r) {
        if (progress != nullptr && r % kCancelPollReplications == kCancelPollReplications - 1 &&
            progress->isCancelled())
            throw util::Cancelled();
        scratch.replications[static_cast<std::size_t>(r)] =
            sim::runReplication(prepared, settings, itemIndex, r);
    }
    return sim::summarise(scratch.replications, settings.periods - settings.warmUpPeriods);
}

int workerCount(const SimSettings& settings, std::size_t items) {
    const int wanted = settings.threads > 0
                           ? settings.threads
                           : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    return static_cast<int>(std::clamp<std::size_t>(items, 1, static_cast<std::size_t>(wanted)));
}

} // namespace

SimItemResult simulateItem(const SimItem& item, std::size_t itemIndex,
                           const SimSettings& settings) {
    validate(settings);
    validate(item, itemIndex);
    Scratch scratch;
    return simulateOne(item, itemIndex, settings, scratch, nullptr);
}

std::vector<SimTracePeriod> traceReplication(const SimItem& item, std::size_t itemIndex,
                                             int replication, const SimSettings& settings) {
    validate(settings);
    validate(item, itemIndex);
    if (replication < 0 || replication >= settings.replications)
        throw util::UserError("replication must be between 0 and " +
                              std::to_string(settings.replications - 1));
    sim::PreparedItem prepared(item);
    return sim::traceReplication(prepared, settings, itemIndex, replication);
}

SimResult runSimulation(std::span<const SimItem> items, const SimSettings& settings,
                        util::Progress& progress) {
    const auto start = std::chrono::steady_clock::now();
    validate(settings);
    // Every item is checked before any work, so bad input fails fast and names the item-site.
    for (std::size_t i = 0; i < items.size(); ++i)
        validate(items[i], i);

    SimResult result;
    result.threads = workerCount(settings, items.size());
    result.items.resize(items.size());
    progress.setStage("Simulating");
    const std::size_t total = items.size();
    std::atomic<std::size_t> next{0};
    std::atomic<std::uint64_t> done{0};
    std::exception_ptr failure;
    std::mutex failureMutex;
    {
        std::vector<std::jthread> workers;
        for (int t = 0; t < result.threads; ++t)
            workers.emplace_back([&] {
                Scratch scratch;
                for (std::size_t i = next++; i < total; i = next++) {
                    if (progress.isCancelled()) break;
                    try {
                        result.items[i] = simulateOne(items[i], i, settings, scratch, &progress);
                    } catch (const util::Cancelled&) {
                        break;
                    } catch (...) {
                        const std::lock_guard lock(failureMutex);
                        if (!failure) failure = std::current_exception();
                        next = total;
                    }
                    const auto finished = ++done;
                    if (finished % 256 == 0 || finished == total) progress.report(finished, total);
                }
            });
    }
    if (failure) std::rethrow_exception(failure);
    if (progress.isCancelled()) throw util::Cancelled();
    // In item order, after the workers: identical for any thread count.
    result.totals = sim::totalsOf(result.items);
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace stocktower::inventory
