// Counts and date ranges per table: what `stocktower-cli info` and the status bar show.
#pragma once

#include "store/sqlite.h"

#include <cstdint>
#include <string>
#include <vector>

namespace stocktower::store {

struct TableSummary {
    std::string recordType; // items, demand, …
    std::string title;
    std::int64_t rows = 0;
    std::string firstDate; // empty when the table has no date column or no rows
    std::string lastDate;
};

struct WorkspaceSummary {
    std::string path;
    int schemaVersion = 0;
    std::string journalMode;
    std::int64_t fileBytes = 0;
    std::vector<TableSummary> tables;
    std::int64_t imports = 0;
};

class Workspace;
WorkspaceSummary summarise(Workspace& workspace);

} // namespace stocktower::store
