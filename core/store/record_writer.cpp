#include "store/record_writer.h"

#include "store/workspace.h"

#include <cassert>
#include <string>

namespace stocktower::store {

using domain::FieldSpec;
using domain::ImportMode;

namespace {

// Key columns are compared with IS so NULL (e.g. an on-hand row without location) matches NULL.
// All names come from the compiled-in data dictionary, never from user data.
std::string buildLookupSql(const domain::RecordType& type, const std::vector<std::size_t>& present,
                           const std::vector<std::size_t>& keyPositions) {
    std::string sql = "SELECT import_id FROM " + type.table + " WHERE ";
    for (std::size_t i = 0; i < keyPositions.size(); ++i) {
        if (i) sql += " AND ";
        sql += type.fields[present[keyPositions[i]]].column + " IS ?";
    }
    return sql;
}

std::string conflictTarget(const domain::RecordType& type) {
    // on_hand's unique index treats a missing location as 0 (see schema_v1.sql.h).
    std::string target;
    for (const auto* spec : type.keyFields()) {
        if (!target.empty()) target += ", ";
        target += spec->type == domain::FieldType::LocationRef ? "IFNULL(" + spec->column + ", 0)"
                                                               : spec->column;
    }
    return target;
}

std::string buildWriteSql(const domain::RecordType& type, const std::vector<std::size_t>& present,
                          bool replaceExisting) {
    std::string columns, placeholders, updates;
    for (std::size_t index : present) {
        const FieldSpec& spec = type.fields[index];
        columns += spec.column + ", ";
        placeholders += "?, ";
        if (!spec.key) updates += spec.column + " = excluded." + spec.column + ", ";
    }
    columns += "import_id";
    placeholders += "?";
    updates += "import_id = excluded.import_id";
    std::string sql = "INSERT INTO " + type.table + " (" + columns + ") VALUES (" + placeholders +
                      ") ON CONFLICT (" + conflictTarget(type) + ") ";
    if (type.mode == ImportMode::Append && !replaceExisting) return sql + "DO NOTHING";
    // The WHERE turns a second write of the same key within one import into a no-op, which
    // write() then reports as a duplicate in the file.
    return sql + "DO UPDATE SET " + updates + " WHERE " + type.table +
           ".import_id IS NOT excluded.import_id";
}

std::vector<std::size_t> keyPositionsOf(const domain::RecordType& type,
                                        const std::vector<std::size_t>& present) {
    std::vector<std::size_t> positions;
    for (std::size_t i = 0; i < present.size(); ++i)
        if (type.fields[present[i]].key) positions.push_back(i);
    return positions;
}

} // namespace

RecordWriter::RecordWriter(Connection& db, const domain::RecordType& type,
                           std::vector<std::size_t> presentFields, std::int64_t importId,
                           bool replaceExisting)
    : m_db(db), m_type(type), m_present(std::move(presentFields)),
      m_keyPositions(keyPositionsOf(type, m_present)), m_importId(importId),
      m_write(db.prepare(buildWriteSql(type, m_present, replaceExisting))),
      m_lookup(db.prepare(buildLookupSql(type, m_present, m_keyPositions))) {
    assert(m_keyPositions.size() == type.keyFields().size() && "every key field must be present");
}

void RecordWriter::bindValue(Statement& statement, int index, const domain::Value& value) {
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                statement.bindNull(index);
            else if constexpr (std::is_same_v<T, std::string>)
                statement.bindStatic(index, v); // `values` outlives the statement's run()
            else
                statement.bind(index, v);
        },
        value);
}

WriteOutcome RecordWriter::write(const std::vector<domain::Value>& values) {
    assert(values.size() == m_present.size());
    int index = 1;
    for (const auto& value : values) bindValue(m_write, index++, value);
    m_write.bind(index, m_importId);
    m_write.run();
    if (m_db.changes() > 0) return WriteOutcome::Written;

    index = 1;
    for (std::size_t position : m_keyPositions) bindValue(m_lookup, index++, values[position]);
    std::int64_t holder = -1;
    if (m_lookup.step() && !m_lookup.isNull(0)) holder = m_lookup.getInt(0);
    m_lookup.reset();
    return holder == m_importId ? WriteOutcome::DuplicateInFile : WriteOutcome::SkippedExisting;
}

} // namespace stocktower::store
