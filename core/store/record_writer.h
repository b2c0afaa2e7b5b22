// Writes typed records of one record type into its table, by natural key.
#pragma once

#include "domain/record_types.h"
#include "domain/value.h"
#include "store/sqlite.h"

#include <optional>
#include <vector>

namespace stocktower::store {

enum class WriteOutcome {
    Written,         // inserted, or updated an existing row (Upsert / replace)
    SkippedExisting, // Append mode: the key exists from an earlier import; left as it was
    DuplicateInFile, // the key was already written by this same import
};

// One writer per import: the SQL is prepared once for the fields the file actually has, so a
// file without a column never blanks that column on existing rows. Values are always bound.
class RecordWriter {
public:
    // presentFields: indexes into type.fields of the fields the source provides; every key
    // field must be present. Reference fields take resolved ids (item_id, site_id…).
    RecordWriter(Connection& db, const domain::RecordType& type, std::vector<std::size_t> presentFields,
                 std::int64_t importId, bool replaceExisting = false);

    // values: one per present field, in the order of presentFields.
    WriteOutcome write(const std::vector<domain::Value>& values);

    [[nodiscard]] const std::vector<std::size_t>& presentFields() const { return m_present; }

private:
    void bindValue(Statement& statement, int index, const domain::Value& value);

    Connection& m_db;
    const domain::RecordType& m_type;
    std::vector<std::size_t> m_present;
    std::vector<std::size_t> m_keyPositions; // positions within m_present of the key fields
    std::int64_t m_importId;
    Statement m_write;
    Statement m_lookup; // import_id of the row holding a key
};

} // namespace stocktower::store
