// Lets a util::Progress cancel stop a long SQLite statement on a connection, not only between rows.
#pragma once

#include "store/sqlite.h"

#include <thread>

namespace stocktower::util {
class Progress;
}

namespace stocktower::store {

// While it lives, a statement on `db` stops with SqliteError(SQLITE_INTERRUPT) within about
// 20 ms of progress.isCancelled() turning true. For a worker's own connection: a GUI that closes
// or supersedes a query need not wait for it to end. A small watchdog thread calls
// sqlite3_interrupt (safe from any thread): unlike a progress handler, that also stops the
// page-level part of quick_check, which runs as one long virtual-machine step.
class InterruptWhenCancelled {
public:
    InterruptWhenCancelled(Connection& db, const util::Progress& progress);
    ~InterruptWhenCancelled();
    InterruptWhenCancelled(const InterruptWhenCancelled&) = delete;
    InterruptWhenCancelled& operator=(const InterruptWhenCancelled&) = delete;

    // True for the error a statement stopped by this guard throws.
    [[nodiscard]] static bool isInterruption(const SqliteError& error);

private:
    std::jthread m_watchdog; // stopped and joined first, while the connection is still open
};

} // namespace stocktower::store
