// Runs a loop over [0, n) in fixed blocks on a few worker threads, with progress and cancel.
#include "util/parallel_blocks.h"

#include "util/errors.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace stocktower::util {

int workerCount(int threads, std::size_t blocks) {
    const int wanted = threads > 0 ? threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    return static_cast<int>(std::clamp<std::size_t>(blocks, 1, static_cast<std::size_t>(wanted)));
}

int parallelBlocks(std::size_t n, std::size_t block, int threads, Progress& progress,
                   const std::function<void(std::size_t begin, std::size_t end)>& body) {
    const std::size_t blocks = block == 0 ? 0 : (n + block - 1) / block;
    const int workers = workerCount(threads, blocks);
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    std::atomic<bool> stop{false};
    std::exception_ptr failure;
    std::mutex failureMutex;
    const auto work = [&] {
        try {
            while (!stop.load(std::memory_order_relaxed) && !progress.isCancelled()) {
                const std::size_t k = next.fetch_add(1);
                if (k >= blocks) return;
                const std::size_t begin = k * block;
                const std::size_t end = std::min(n, begin + block);
                body(begin, end);
                progress.report(done.fetch_add(end - begin) + (end - begin), n);
            }
        } catch (...) {
            const std::lock_guard lock(failureMutex);
            if (!failure) failure = std::current_exception();
            stop = true;
        }
    };
    if (workers <= 1) {
        work();
    } else {
        std::vector<std::jthread> pool;
        for (int t = 0; t < workers; ++t) pool.emplace_back(work);
    }
    if (failure) std::rethrow_exception(failure);
    if (progress.isCancelled()) throw Cancelled();
    return workers;
}

} // namespace stocktower::util
