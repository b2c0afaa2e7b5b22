// Runs a loop over [0, n) in fixed blocks on a few worker threads, with progress and cancel.
#pragma once

#include "util/progress.h"

#include <cstddef>
#include <functional>

namespace stocktower::util {

// The number of workers for `threads` (0 = one per core) and `blocks` of work: at least 1.
int workerCount(int threads, std::size_t blocks);

// Calls body(begin, end) for the blocks [k·block, min(n, (k + 1)·block)), each exactly once,
// on workerCount(threads, blocks) threads that take blocks in turn from a shared counter (the
// calling thread alone when that is 1). Block boundaries depend on n and block only, so a caller
// that sums per block and adds the block sums in order gets the same result for any thread
// count. Reports finished items to `progress` after each block and stops taking blocks once it
// is cancelled, then throws Cancelled; the first exception a body throws stops the others and is
// rethrown. Returns the number of workers used.
int parallelBlocks(std::size_t n, std::size_t block, int threads, Progress& progress,
                   const std::function<void(std::size_t begin, std::size_t end)>& body);

} // namespace stocktower::util
