// Where demo rows go: the workspace through RecordWriter and, on request, a template CSV file.
#pragma once

#include "domain/record_types.h"
#include "domain/value.h"
#include "exchange/csv_writer.h"
#include "store/record_writer.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stocktower::demo {

// Positions of fields in a record type, looked up by canonical name once per stage, so rows
// follow the data dictionary even if its field order changes.
class FieldPositions {
public:
    explicit FieldPositions(const domain::RecordType& type) : m_type(type) {}
    // Throws std::logic_error for a field the dictionary does not have (a generator bug).
    std::size_t operator()(std::string_view name) const;

private:
    const domain::RecordType& m_type;
};

inline domain::Value numberOrNull(std::optional<double> value) {
    return value ? domain::Value(*value) : domain::Value();
}
inline domain::Value integerOrNull(std::optional<int> value) {
    return value ? domain::Value(std::int64_t{*value}) : domain::Value();
}
inline domain::Value idValue(std::int64_t id) {
    return domain::Value(id);
}

// Codes by surrogate id, so the CSV copy can say "DC-NORTH" where the table holds site_id 1.
struct ReferenceCodes {
    std::vector<std::string> sites;     // index = site_id
    std::vector<std::string> items;     // index = item_id
    std::vector<std::string> locations; // index = location_id

    static void remember(std::vector<std::string>& codes, std::int64_t id, const std::string& code);
};

// One record type's rows: one import_log entry, one RecordWriter with every field present,
// and (when csvDir is set) "<record type>.csv" with the import template's header.
class RecordSink {
public:
    RecordSink(store::Connection& db, const domain::RecordType& type,
               const std::string& importLabel, const std::string& importSha,
               const std::string& csvDir, const ReferenceCodes& codes);
    ~RecordSink();
    RecordSink(const RecordSink&) = delete;
    RecordSink& operator=(const RecordSink&) = delete;

    // values: one per field of the record type, in dictionary order; references as ids.
    // A key written twice is a bug in the generator, reported as std::logic_error.
    void write(const std::vector<domain::Value>& values);
    // Marks the import_log row committed (inside the caller's transaction).
    void finishImport();
    // Renames the CSV file into place; called only after the workspace transaction committed.
    void commitCsv();

    [[nodiscard]] std::int64_t rows() const { return m_rows; }
    [[nodiscard]] const domain::RecordType& type() const { return m_type; }

private:
    store::Connection& m_db;
    const domain::RecordType& m_type;
    const ReferenceCodes& m_codes;
    std::int64_t m_importId = 0;
    std::unique_ptr<store::RecordWriter> m_writer;
    std::unique_ptr<exchange::CsvWriter> m_csv;
    std::vector<exchange::CsvCell> m_cells;
    std::int64_t m_rows = 0;
};

} // namespace stocktower::demo
