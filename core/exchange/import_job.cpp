#include "exchange/import_job.h"

#include "util/file_system.h"

#include "exchange/column_matching.h"
#include "exchange/reference_index.h"
#include "exchange/row_converter.h"
#include "exchange/row_pipeline.h"
#include "store/bulk_load.h"
#include "store/import_log.h"
#include "store/record_writer.h"
#include "util/errors.h"
#include "util/sha256.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>

namespace stocktower::exchange {

using domain::FieldType;
using Outcome = ImportResult::Outcome;

namespace {

constexpr std::size_t kProgressEvery = 4096;
// Finding the earlier row of a duplicate key re-reads the file up to it: worth it for the first
// few (the usual case is one copied block), not for thousands.
constexpr std::size_t kDuplicateLookupCap = 20;

std::string fileNameOf(const std::string& path) {
    return util::utf8FromPath(util::pathFromUtf8(path).filename());
}

char resolvedDecimalMark(const ImportOptions& options, char delimiter) {
    if (options.decimalMark != '\0') return options.decimalMark;
    // A ';' file usually comes from a decimal-comma locale, but decide from the data
    // (RowConverter) rather than assume.
    return delimiter == ';' ? '\0' : '.';
}

bool isDateField(const domain::FieldSpec& spec) {
    return spec.type == FieldType::Date || spec.type == FieldType::DateTime;
}

// Decides each date column's format. ISO and YYYYMMDD are recognisable from one value; other
// shapes need every value of the column (03/04/2025 fits both DMY and MDY), so the file is
// scanned once more for those columns only.
std::map<std::size_t, DateFormat> decideDateFormats(const ImportOptions& options,
                                                    const domain::RecordType& type,
                                                    const HeaderMatch& header, char delimiter,
                                                    TextEncoding encoding, std::size_t headerLine,
                                                    ProblemList& problems, util::Progress& progress) {
    std::map<std::size_t, DateFormat> formats;
    std::map<std::size_t, DateFormatDetector> detectors; // by field index
    for (const auto& [fieldIndex, column] : header.columnOfField) {
        if (!isDateField(type.fields[fieldIndex])) continue;
        if (options.dateFormat) formats[fieldIndex] = *options.dateFormat;
        else detectors[fieldIndex];
    }
    if (detectors.empty()) return formats;

    progress.setStage("Checking date formats");
    auto reader = CsvReader::openFile(options.path, CsvDialect{delimiter, encoding});
    std::vector<std::string> cells;
    reader.next(cells); // header
    std::size_t rows = 0;
    while (reader.next(cells)) {
        bool allByShape = true;
        for (auto& [fieldIndex, detector] : detectors) {
            const std::size_t column = header.columnOfField.at(fieldIndex);
            if (column < cells.size()) detector.observe(cells[column]);
            const auto decided = detector.decided();
            allByShape &= decided == DateFormat::Iso || decided == DateFormat::Compact;
        }
        // ISO and YYYYMMDD are told apart from the other formats by their shape: one readable
        // value settles the column, so the rest of the file need not be scanned twice.
        if (allByShape) break;
        if (++rows % kProgressEvery == 0) {
            if (progress.isCancelled()) throw util::Cancelled();
            progress.report(reader.bytesRead(), reader.totalBytes());
        }
    }
    const std::string file = fileNameOf(options.path);
    for (auto& [fieldIndex, detector] : detectors) {
        const auto& spec = type.fields[fieldIndex];
        const std::size_t column = header.columnOfField.at(fieldIndex) + 1;
        if (auto decided = detector.decided()) {
            formats[fieldIndex] = *decided;
        } else if (detector.observedCount() == detector.unreadableCount()) {
            // No readable value (or none at all): ISO, and each bad value is reported on its row.
            formats[fieldIndex] = DateFormat::Iso;
        } else if (detector.ambiguous()) {
            problems.add(makeProblem(Severity::Error, file, headerLine, column, spec.name, "",
                                     {util::MessageId::AmbiguousDateFormat, {}}));
        } else {
            formats[fieldIndex] = detector.candidates().front();
        }
    }
    return formats;
}

// The line of the first row before `beforeLine` whose key equals `key` (values as converted).
// Re-reads the file rather than remembering every key, so memory stays flat for large files.
std::optional<std::size_t> findEarlierLine(const ImportOptions& options, const HeaderMatch& header,
                                           const ReferenceIndex& references,
                                           const std::map<std::size_t, DateFormat>& dateFormats,
                                           char decimalMark, const std::vector<domain::Value>& key,
                                           std::size_t beforeLine, char delimiter, TextEncoding encoding) {
    const domain::RecordType& type = *options.type;
    RowConverter converter(type, header, references, dateFormats, decimalMark, "");
    std::vector<std::size_t> keyPositions;
    for (std::size_t i = 0; i < converter.presentFields().size(); ++i)
        if (type.fields[converter.presentFields()[i]].key) keyPositions.push_back(i);
    auto reader = CsvReader::openFile(options.path, CsvDialect{delimiter, encoding});
    std::vector<std::string> cells;
    std::vector<domain::Value> values;
    ProblemList ignored(0);
    reader.next(cells); // header
    while (reader.next(cells) && reader.recordLine() < beforeLine) {
        if (!converter.convert(cells, reader.recordLine(), values, ignored)) continue;
        bool same = true;
        for (std::size_t position : keyPositions) same = same && values[position] == key[position];
        if (same) return reader.recordLine();
    }
    return std::nullopt;
}

// A malformed-CSV problem, named by the field its column maps to.
Problem csvProblem(const CsvFormatError& error, const std::string& file, const HeaderMatch* header) {
    std::string field;
    if (header && error.column() > 0 && error.column() <= header->columns.size()) {
        const auto& column = header->columns[error.column() - 1];
        field = column.field.empty() ? column.header : column.field;
    }
    return makeProblem(Severity::Error, file, error.line(), error.column(), field, "", error.problemMessage());
}

void finishLog(store::Connection& db, std::int64_t importId, const ImportResult& result,
               std::string_view outcome) {
    nlohmann::json problems = nlohmann::json::array();
    for (std::size_t i = 0; i < result.problems.size() && i < 50; ++i) {
        const auto& p = result.problems[i];
        problems.push_back({{"severity", p.severity == Severity::Error ? "error" : "warning"},
                            {"line", p.line},
                            {"column", p.column},
                            {"field", p.field},
                            {"value", p.value},
                            {"message", p.message}});
    }
    store::ImportLogOutcome logged;
    logged.result = std::string(outcome);
    logged.rowsRead = static_cast<std::int64_t>(result.rowsRead);
    logged.rowsWritten = static_cast<std::int64_t>(result.rowsWritten);
    logged.rowsSkipped = static_cast<std::int64_t>(result.rowsSkipped);
    logged.problemCount = static_cast<std::int64_t>(result.errorCount + result.warningCount);
    logged.problemsJson = problems.dump();
    store::finishImportLog(db, importId, logged);
}

// Records an attempt that wrote no data (rejected or cancelled), in its own transaction.
// Best effort: when even this small write fails (a full disk), the user still gets the
// import's own outcome, which is what matters.
void logAttempt(store::Connection& db, const ImportOptions& options, ImportResult& result,
                std::string_view outcome) {
    try {
        store::Transaction transaction(db);
        result.importId = store::beginImportLog(db, fileNameOf(options.path), result.sha256, options.type->name);
        finishLog(db, result.importId, result, outcome);
        transaction.commit();
    } catch (const store::SqliteError&) {
        result.importId = 0;
    }
}

std::string summaryOf(const ImportResult& r, const std::string& file) {
    const std::string counts = std::to_string(r.errorCount) + " error(s), " +
                               std::to_string(r.warningCount) + " warning(s)";
    switch (r.outcome) {
    case Outcome::Committed:
        return file + ": imported " + std::to_string(r.rowsWritten) + " of " + std::to_string(r.rowsRead) +
               " rows (" + std::to_string(r.rowsSkipped) + " already present, skipped); " + counts;
    case Outcome::Validated:
        return file + ": " + std::to_string(r.rowsRead) + " rows checked, " + counts +
               (r.errorCount ? "; fix the errors to import" : "; ready to import");
    case Outcome::Rejected:
        return file + ": nothing imported: " + counts;
    case Outcome::AlreadyImported:
        return file + ": already imported (same content); nothing done. Use force to import again.";
    case Outcome::Cancelled:
        return file + ": cancelled; nothing imported";
    }
    return file;
}

} // namespace

std::string_view outcomeName(Outcome outcome) {
    switch (outcome) {
    case Outcome::Committed: return "committed";
    case Outcome::Rejected: return "rejected";
    case Outcome::AlreadyImported: return "already-imported";
    case Outcome::Cancelled: return "cancelled";
    case Outcome::Validated: return "validated";
    }
    return "unknown";
}

ImportPreview previewImport(const ImportOptions& options, std::size_t maxRows) {
    if (!options.type) throw util::UserError("No record type chosen for '" + options.path + "'.");
    ImportPreview preview;
    auto reader = CsvReader::openFile(options.path, options.dialect);
    if (!reader.next(preview.headers)) throw util::UserError("'" + options.path + "' is empty.");
    std::vector<std::string> cells;
    try {
        while (preview.rows.size() < maxRows && reader.next(cells)) preview.rows.push_back(cells);
    } catch (const CsvFormatError& error) {
        preview.problems.push_back(csvProblem(error, fileNameOf(options.path), nullptr));
    }
    preview.delimiter = reader.delimiter();
    preview.encoding = reader.encoding();
    preview.decimalMark = options.decimalMark ? options.decimalMark : (preview.delimiter == ';' ? ',' : '.');
    auto header = matchHeaders(*options.type, preview.headers, options.columnMapping, fileNameOf(options.path));
    preview.matches = std::move(header.columns);
    preview.missingRequired = std::move(header.missingRequired);
    preview.problems.insert(preview.problems.begin(), header.problems.begin(), header.problems.end());
    return preview;
}

ImportResult runImport(store::Workspace& workspace, const ImportOptions& options, util::Progress& progress) {
    if (!options.type) throw util::UserError("No record type chosen for '" + options.path + "'.");
    if (workspace.isReadOnly())
        throw util::UserError("The workspace is read-only: " + workspace.readOnlyReason());
    const domain::RecordType& type = *options.type;
    const std::string file = fileNameOf(options.path);
    store::Connection& db = workspace.db();

    ImportResult result;
    ProblemList problems(options.problemCap);
    auto finish = [&](Outcome outcome) {
        result.outcome = outcome;
        result.problems = problems.kept();
        result.errorCount = problems.errorCount();
        result.warningCount = problems.warningCount();
        result.message = summaryOf(result, file);
        return result;
    };

    progress.setStage("Reading " + file);
    result.sha256 = util::sha256OfFile(options.path);
    if (!options.force && !options.validateOnly) {
        if (const auto previous = store::lastCommittedImport(db, result.sha256, type.name)) {
            problems.add(makeProblem(Severity::Warning, file, 0, 0, "", "",
                                     {util::MessageId::AlreadyImportedOn, {*previous}}));
            return finish(Outcome::AlreadyImported);
        }
    }

    auto reader = CsvReader::openFile(options.path, options.dialect);
    std::vector<std::string> cells;
    if (!reader.next(cells)) {
        problems.add(makeProblem(Severity::Error, file, 0, 0, "", "", {util::MessageId::EmptyFile, {}}));
        if (!options.validateOnly) logAttempt(db, options, result, "rejected");
        return finish(Outcome::Rejected);
    }
    const std::size_t headerLine = reader.recordLine();
    const HeaderMatch header = matchHeaders(type, cells, options.columnMapping, file);
    for (const auto& problem : header.problems) problems.add(problem);
    for (const auto& warning : reader.warningMessages())
        problems.add(makeProblem(Severity::Warning, file, 0, 0, "", "", warning));
    if (problems.hasErrors()) {
        if (!options.validateOnly) logAttempt(db, options, result, "rejected");
        return finish(Outcome::Rejected);
    }

    try {
        auto dateFormats = decideDateFormats(options, type, header, reader.delimiter(),
                                             reader.encoding(), headerLine, problems, progress);
        if (problems.hasErrors()) {
            if (!options.validateOnly) logAttempt(db, options, result, "rejected");
            return finish(Outcome::Rejected);
        }

        bool needsItems = false, needsSites = false, needsLocations = false;
        for (const auto& [fieldIndex, column] : header.columnOfField) {
            const auto fieldType = type.fields[fieldIndex].type;
            needsItems |= fieldType == FieldType::ItemRef;
            needsSites |= fieldType == FieldType::SiteRef || fieldType == FieldType::LocationRef;
            needsLocations |= fieldType == FieldType::LocationRef;
        }
        // Every row is written inside one transaction, even after an error, so duplicate keys are
        // found across the whole file; the transaction commits only when the file is clean.
        // References are resolved against the workspace inside the write transaction (nobody
        // can delete an item meanwhile), which makes SQLite's per-row foreign-key probes
        // redundant: they are switched off for this transaction only.
        store::ForeignKeysOff foreignKeysOff(db);
        std::optional<store::Transaction> transaction;
        transaction.emplace(db);
        ReferenceIndex references;
        references.load(db, needsItems, needsSites, needsLocations);
        const auto converterFormats = dateFormats;
        RowConverter converter(type, header, references, std::move(dateFormats),
                               resolvedDecimalMark(options, reader.delimiter()), file);
        std::string keyNames;
        for (const auto* spec : type.keyFields()) keyNames += (keyNames.empty() ? "" : ", ") + spec->name;
        std::size_t duplicateLookups = 0;
        result.importId = store::beginImportLog(db, file, result.sha256, type.name);
        store::RecordWriter writer(db, type, converter.presentFields(), result.importId, options.replaceExisting);
        progress.setStage("Importing " + file);
        // Read before the worker starts using the reader; re-reads for duplicate lines use them.
        const char delimiter = reader.delimiter();
        const TextEncoding encoding = reader.encoding();
        const std::uint64_t totalBytes = reader.totalBytes();
        RowPipeline pipeline(reader, converter, header, file);
        RowBatch batch;
        while (pipeline.next(batch)) {
            if (batch.failure) std::rethrow_exception(batch.failure);
            for (auto& row : batch.rows) {
                ++result.rowsRead;
                for (std::size_t i = row.problemBegin; i < row.problemEnd; ++i) problems.add(batch.problems[i]);
                if (!row.ok) continue;
                try {
                    switch (writer.write(row.values)) {
                    case store::WriteOutcome::Written: ++result.rowsWritten; break;
                    case store::WriteOutcome::SkippedExisting: ++result.rowsSkipped; break;
                    case store::WriteOutcome::DuplicateInFile: {
                        util::Message where{util::MessageId::DuplicateKeyEarlierRow, {}};
                        if (duplicateLookups++ < kDuplicateLookupCap)
                            if (auto earlier = findEarlierLine(options, header, references, converterFormats,
                                                               batch.decimalMark, row.values, row.line,
                                                               delimiter, encoding))
                                where = {util::MessageId::DuplicateKeyAtLine, {std::to_string(*earlier)}};
                        problems.add(makeProblem(Severity::Error, file, row.line, 0, keyNames, "", std::move(where)));
                        break;
                    }
                    }
                } catch (const store::SqliteError& error) {
                    if (error.isDiskFull()) throw;
                    problems.add(makeProblem(Severity::Error, file, row.line, 0, "", "", util::verbatim(error.what())));
                }
            }
            // The reader cannot resynchronise after malformed quoting: the input ends here.
            if (batch.formatError) problems.add(*batch.formatError);
            if (progress.isCancelled()) {
                transaction.reset(); // roll back before logging the attempt
                result.rowsWritten = 0;
                result.rowsSkipped = 0;
                if (!options.validateOnly) logAttempt(db, options, result, "cancelled");
                return finish(Outcome::Cancelled);
            }
            progress.report(batch.bytesRead, totalBytes);
        }
        progress.report(totalBytes, totalBytes);

        if (options.validateOnly) return finish(Outcome::Validated); // transaction rolls back
        if (problems.hasErrors()) {
            result.rowsWritten = 0;
            result.rowsSkipped = 0;
        }
        if (!problems.hasErrors()) {
            result.problems = problems.kept();
            result.errorCount = problems.errorCount();
            result.warningCount = problems.warningCount();
            finishLog(db, result.importId, result, "committed");
            progress.setStage("Committing");
            transaction->commit();
            return finish(Outcome::Committed);
        }
    } catch (const CsvFormatError& error) {
        problems.add(csvProblem(error, file, &header));
    } catch (const util::Cancelled&) {
        if (!options.validateOnly) logAttempt(db, options, result, "cancelled");
        return finish(Outcome::Cancelled);
    } catch (const store::SqliteError& error) {
        if (error.isDiskFull())
            throw util::UserError("The disk is full: '" + file + "' was not imported and the workspace "
                                  "is unchanged.");
        throw;
    }
    if (!options.validateOnly) {
        result.rowsWritten = 0;
        result.rowsSkipped = 0;
        result.problems = problems.kept();
        result.errorCount = problems.errorCount();
        result.warningCount = problems.warningCount();
        logAttempt(db, options, result, "rejected");
    }
    return finish(options.validateOnly ? Outcome::Validated : Outcome::Rejected);
}

} // namespace stocktower::exchange
