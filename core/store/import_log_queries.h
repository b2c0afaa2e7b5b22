// Read-side queries for the import log listing.
#pragma once

#include "store/sqlite.h"

#include <cstdint>
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

} // namespace stocktower::store
