// Reading a record type's rows back as a file holds them: the export side of the data dictionary.
#pragma once

#include "domain/record_types.h"
#include "store/sqlite.h"

#include <cstdint>

namespace stocktower::store {

// How many rows of `type` the workspace holds.
std::int64_t countRecords(Connection& db, const domain::RecordType& type);

// A statement over every row of `type`: one column per field in the dictionary's order, with
// references turned back into the codes people use (SKU, site code, location code), ordered by
// the natural key. Step it; column c is type.fields[c].
Statement selectRecords(Connection& db, const domain::RecordType& type);

} // namespace stocktower::store
