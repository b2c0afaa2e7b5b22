// The data dictionary: every importable/exportable record type, its fields and their rules.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stocktower::domain {

enum class FieldType {
    Text,        // free text, kept as-is (GTINs stay text so leading zeros survive)
    Integer,
    Number,
    Date,        // stored YYYY-MM-DD
    DateTime,    // stored UTC YYYY-MM-DDTHH:MM:SSZ
    Choice,      // one of FieldSpec::choices (case-insensitive on input, stored lower-case)
    SiteRef,     // site code → site_id
    ItemRef,     // item SKU → item_id
    LocationRef, // location code within the record's site → location_id
};

struct FieldSpec {
    std::string name;    // CSV header (canonical)
    std::string column;  // database column
    FieldType type = FieldType::Text;
    bool required = false;
    bool key = false;          // part of the natural key
    bool nonNegative = false;  // negative values are a blocking problem
    std::vector<std::string> synonyms; // other headers ERP/WMS exports use
    std::vector<std::string> choices;  // for Choice
    // Stored when an optional cell is empty; nullopt stores NULL. Text: SQLite column affinity
    // turns "0" into a number for numeric columns.
    std::optional<std::string> defaultValue;
    std::string description;
    std::string example;
};

enum class ImportMode {
    Upsert, // master data: a row with an existing key updates it
    Append, // transactions: a row with an existing key is skipped (or replaced on request)
};

struct RecordType {
    std::string name;  // as used on the command line: items, sites, demand, …
    std::string table;
    std::string title; // for people: "Items"
    std::string description;
    ImportMode mode = ImportMode::Upsert;
    std::vector<FieldSpec> fields;

    [[nodiscard]] const FieldSpec* field(std::string_view fieldName) const;
    [[nodiscard]] std::vector<const FieldSpec*> keyFields() const;
};

// All record types in dependency order (sites before items before transactions).
const std::vector<RecordType>& recordTypes();
// nullptr when the name is unknown; accepts singular and plural ("item", "items").
const RecordType* findRecordType(std::string_view name);
std::string_view fieldTypeName(FieldType type);

// Normalises a header for matching: lower-case, spaces/dashes/dots become '_', trimmed.
std::string normaliseHeader(std::string_view header);

} // namespace stocktower::domain
