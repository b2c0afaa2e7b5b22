// Exports any record type from the workspace to a CSV file in the import template's format.
#pragma once

#include "domain/record_types.h"
#include "exchange/csv_writer.h"
#include "store/sqlite.h"
#include "util/progress.h"

#include <cstdint>
#include <string>

namespace stocktower::exchange {

// Writes every row of `type` (header = canonical field names, ordered by natural key) to `path`
// through a temporary file renamed into place: a failed or cancelled export leaves any
// existing file untouched. Returns the number of data rows written.
std::uint64_t exportRecords(store::Connection& db, const domain::RecordType& type,
                            const std::string& path, const CsvWriteDialect& dialect,
                            util::Progress& progress);

} // namespace stocktower::exchange
