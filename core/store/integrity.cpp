#include "store/integrity.h"

#include "store/cancellation.h"
#include "util/errors.h"
#include "util/progress.h"

#include <fmt/format.h>
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

std::vector<std::string> fullCheckFindings(Connection& db) {
    std::vector<std::string> findings;
    auto integrity = db.prepare("PRAGMA integrity_check");
    while (integrity.step())
        if (integrity.getText(0) != "ok") findings.push_back("integrity: " + integrity.getText(0));
    auto foreignKeys = db.prepare("PRAGMA foreign_key_check");
    while (foreignKeys.step())
        findings.push_back(fmt::format("foreign key: table {} row {} refers to a missing {} row",
                                       foreignKeys.getText(0), foreignKeys.getInt(1), foreignKeys.getText(2)));
    return findings;
}

} // namespace stocktower::store
