// The import log: one row per import attempt, opened and closed by the importers, listed on the
// Data exchange page. Only this file writes it.
#pragma once

#include "store/sqlite.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stocktower::store {

struct ImportLogRow {
    std::int64_t id = 0;
    std::string startedAt;  // UTC YYYY-MM-DDTHH:MM:SSZ
    std::string finishedAt; // empty while running
    std::string fileName;
    std::string recordType;
    std::int64_t rowsRead = 0;
    std::int64_t rowsWritten = 0;
    std::int64_t rowsSkipped = 0;
    std::string result; // running, committed, rejected, skipped, cancelled, failed
    std::int64_t problemCount = 0;
};

// Newest first; at most `limit` rows.
std::vector<ImportLogRow> loadImportLog(Connection& db, std::int64_t limit = 1000);

// Adds a row in state 'running' and returns its id (inside the caller's transaction).
std::int64_t beginImportLog(Connection& db, const std::string& fileName, const std::string& sha256,
                            const std::string& recordType);

// How an import ended, as the log keeps it.
struct ImportLogOutcome {
    std::string result; // committed, rejected, cancelled, failed
    std::int64_t rowsRead = 0;
    std::int64_t rowsWritten = 0;
    std::int64_t rowsSkipped = 0;
    std::int64_t problemCount = 0;
    std::string problemsJson = "[]"; // the first problems, as a JSON array
};

// Closes the row `importId` with its outcome and the time now.
void finishImportLog(Connection& db, std::int64_t importId, const ImportLogOutcome& outcome);

// When the same file content (SHA-256) was last committed as this record type, if ever.
std::optional<std::string> lastCommittedImport(Connection& db, const std::string& sha256,
                                               const std::string& recordType);

} // namespace stocktower::store
