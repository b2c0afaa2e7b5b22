#include "store/integrity.h"

#include "util/errors.h"
#include "util/progress.h"

#include <sqlite3.h>

namespace stocktower::store {

namespace {

// SQLite calls this every few thousand virtual-machine steps; non-zero interrupts the statement.
int stopWhenCancelled(void* context) {
    return static_cast<const util::Progress*>(context)->isCancelled() ? 1 : 0;
}

// Removes the handler again however the check ends: the connection may be used afterwards.
class ProgressHandlerGuard {
public:
    ProgressHandlerGuard(Connection& db, util::Progress& progress) : m_db(db.handle()) {
        sqlite3_progress_handler(m_db, 10000, &stopWhenCancelled, &progress);
    }
    ~ProgressHandlerGuard() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    ProgressHandlerGuard(const ProgressHandlerGuard&) = delete;
    ProgressHandlerGuard& operator=(const ProgressHandlerGuard&) = delete;

private:
    sqlite3* m_db;
};

} // namespace

std::string quickCheck(Connection& db, util::Progress& progress) {
    if (progress.isCancelled()) throw util::Cancelled();
    const ProgressHandlerGuard guard(db, progress);
    try {
        return db.queryText("PRAGMA quick_check(1)");
    } catch (const SqliteError& error) {
        const int primary = error.code() & 0xFF;
        if (primary == SQLITE_INTERRUPT && progress.isCancelled()) throw util::Cancelled();
        // A page so damaged that the check itself cannot read it is still a finding.
        if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) return error.what();
        throw;
    }
}

} // namespace stocktower::store
