// Turns one CSV row into typed, validated values for a record type.
#pragma once

#include "domain/record_types.h"
#include "domain/value.h"
#include "exchange/column_matching.h"
#include "exchange/problem.h"
#include "exchange/reference_index.h"
#include "exchange/value_parsing.h"
#include "util/message.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace stocktower::exchange {

class RowConverter {
public:
    // dateFormats: per date/date-time field index, the decided format. decimalMark '\0' means
    // "decide from the first number that has a decimal separator, then hold to it".
    RowConverter(const domain::RecordType& type, const HeaderMatch& header,
                 const ReferenceIndex& references, std::map<std::size_t, DateFormat> dateFormats,
                 char decimalMark, std::string fileName);

    // The type.fields indexes the file provides, in the order convert() emits values.
    [[nodiscard]] const std::vector<std::size_t>& presentFields() const { return m_present; }

    // Converts one row. Problems go to `problems`; returns false when the row has a blocking
    // problem (its values must not be written).
    bool convert(const std::vector<std::string>& cells, std::size_t line,
                 std::vector<domain::Value>& values, ProblemList& problems);

    [[nodiscard]] char decimalMark() const { return m_decimalMark; }

private:
    static constexpr std::size_t kNoColumn = static_cast<std::size_t>(-1);
    struct Column {
        std::size_t fieldIndex;
        std::size_t csvColumn;
    };
    bool convertCell(const domain::FieldSpec& spec, std::size_t fieldIndex, std::string_view text,
                     std::optional<std::int64_t> siteId, domain::Value& out, util::Message& error,
                     Severity& severity);
    std::optional<double> number(std::string_view text);
    bool checkRow(const std::vector<std::string>& cells, std::size_t line,
                  std::vector<domain::Value>& values, ProblemList& problems);
    [[nodiscard]] std::optional<std::size_t> positionOf(std::string_view fieldName) const;

    const domain::RecordType& m_type;
    const ReferenceIndex& m_references;
    std::map<std::size_t, DateFormat> m_dateFormats;
    char m_decimalMark;
    std::string m_fileName;
    std::vector<std::size_t> m_present;
    std::vector<Column> m_columns;
    std::size_t m_headerWidth;
    std::optional<std::size_t> m_sitePosition; // position of the site field in m_present
};

} // namespace stocktower::exchange
