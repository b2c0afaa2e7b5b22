// Integrity check of a workspace file on a connection of the caller's, cancellable from outside.
#pragma once

#include "store/sqlite.h"

#include <string>
#include <vector>

namespace stocktower::util {
class Progress;
}

namespace stocktower::store {

// SQLite's quick_check on `db`: "ok", or a description of the first problem found (a damaged
// page reported by SQLite counts as a problem, not as a failure). Meant for a worker thread
// with its own read-only connection: a 1.7 GB workspace takes several seconds. Stops with
// util::Cancelled soon after progress.isCancelled() turns true; other SQLite failures (I/O,
// locks) throw SqliteError.
std::string quickCheck(Connection& db, util::Progress& progress);

// The full check (`stocktower-cli check`): SQLite's integrity_check, then every row whose
// foreign key points at a missing row. Empty when the file is sound; one line per finding.
std::vector<std::string> fullCheckFindings(Connection& db);

} // namespace stocktower::store
