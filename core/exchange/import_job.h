// Importing one CSV file of one record type: preview, column matching, validation, commit.
#pragma once

#include "domain/record_types.h"
#include "exchange/csv_reader.h"
#include "exchange/problem.h"
#include "exchange/value_parsing.h"
#include "store/workspace.h"
#include "util/progress.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace stocktower::exchange {

struct ImportOptions {
    std::string path;
    const domain::RecordType* type = nullptr;
    CsvDialect dialect;                    // delimiter/encoding; '\0' = detect
    char decimalMark = '\0';               // '\0' = ',' when the delimiter is ';', else '.'
    std::optional<DateFormat> dateFormat;  // nullopt = detect per column, refuse ambiguity
    // CSV header (as written) → field name; overrides automatic matching. "" = ignore column.
    std::map<std::string, std::string> columnMapping;
    bool force = false;           // import even if the same file (sha256) was imported before
    bool replaceExisting = false; // Append types: replace rows whose key exists already
    bool validateOnly = false;    // full validation, write nothing
    std::size_t problemCap = 200;
};

struct ColumnMatch {
    std::size_t column = 0;    // 0-based CSV column
    std::string header;        // as written in the file
    std::string field;         // matched field name, empty = ignored/unknown
    enum class How { Exact, Synonym, User, Unknown, Ignored } how = How::Unknown;
};

struct ImportPreview {
    std::vector<std::string> headers;
    std::vector<std::vector<std::string>> rows; // first rows after the header
    char delimiter = ',';
    char decimalMark = '.';
    TextEncoding encoding = TextEncoding::Utf8;
    std::vector<ColumnMatch> matches;
    std::vector<std::string> missingRequired; // required fields no column maps to
    std::vector<Problem> problems;            // header-level problems (missing, duplicate, unknown)
};

// Reads the header and the first maxRows rows; never writes. Throws util::UserError when the
// file cannot be read at all.
ImportPreview previewImport(const ImportOptions& options, std::size_t maxRows = 20);

struct ImportResult {
    enum class Outcome { Committed, Rejected, AlreadyImported, Cancelled, Validated };
    Outcome outcome = Outcome::Rejected;
    std::size_t rowsRead = 0;
    std::size_t rowsWritten = 0;
    std::size_t rowsSkipped = 0; // Append: keys already present from earlier imports
    std::vector<Problem> problems;
    std::size_t errorCount = 0;
    std::size_t warningCount = 0;
    std::int64_t importId = 0;
    std::string sha256;
    std::string message; // one-line summary for people
};

// Validates every row, then commits all of them in one transaction — or, when any blocking
// problem exists or the user cancels, writes no data row (the import_log records the attempt).
ImportResult runImport(store::Workspace& workspace, const ImportOptions& options,
                       util::Progress& progress);

std::string_view outcomeName(ImportResult::Outcome outcome);

} // namespace stocktower::exchange
