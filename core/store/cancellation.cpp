#include "store/cancellation.h"

#include "util/progress.h"

#include <sqlite3.h>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace stocktower::store {

InterruptWhenCancelled::InterruptWhenCancelled(Connection& db, const util::Progress& progress)
    : m_watchdog([handle = db.handle(), &progress](std::stop_token stop) {
          std::mutex mutex;
          std::condition_variable_any wake; // only ever woken by the stop request
          std::unique_lock lock(mutex);
          while (!stop.stop_requested()) {
              // Again on every tick: an interrupt only reaches statements already running, and
              // the next one may start after the cancel.
              if (progress.isCancelled()) sqlite3_interrupt(handle);
              wake.wait_for(lock, stop, std::chrono::milliseconds(20), [] { return false; });
          }
      }) {}

InterruptWhenCancelled::~InterruptWhenCancelled() = default;

bool InterruptWhenCancelled::isInterruption(const SqliteError& error) {
    return (error.code() & 0xFF) == SQLITE_INTERRUPT;
}

} // namespace stocktower::store
