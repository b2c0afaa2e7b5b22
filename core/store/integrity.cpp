#include "store/integrity.h"

#include "store/cancellation.h"
#include "util/errors.h"
#include "util/progress.h"

#include <sqlite3.h>

namespace stocktower::store {

std::string quickCheck(Connection& db, util::Progress& progress) {
    if (progress.isCancelled()) throw util::Cancelled();
    const InterruptWhenCancelled guard(db, progress);
    try {
        return db.queryText("PRAGMA quick_check(1)");
    } catch (const SqliteError& error) {
        if (InterruptWhenCancelled::isInterruption(error) && progress.isCancelled())
            throw util::Cancelled();
        // A page so damaged that the check itself cannot read it is still a finding.
        const int primary = error.code() & 0xFF;
        if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) return error.what();
        throw;
    }
}

} // namespace stocktower::store
