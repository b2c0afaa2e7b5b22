#include "exchange/exporter.h"

#include "store/record_reader.h"
#include "util/errors.h"

namespace stocktower::exchange {

using domain::FieldType;

std::uint64_t exportRecords(store::Connection& db, const domain::RecordType& type, const std::string& path,
                            const CsvWriteDialect& dialect, util::Progress& progress) {
    const std::int64_t total = store::countRecords(db, type);
    CsvWriter writer(path, dialect);
    std::vector<CsvCell> row;
    for (const auto& spec : type.fields) row.emplace_back(spec.name);
    writer.writeRow(row);

    progress.setStage("Exporting " + type.title);
    auto statement = store::selectRecords(db, type);
    std::uint64_t rows = 0;
    while (statement.step()) {
        row.clear();
        for (int c = 0; c < static_cast<int>(type.fields.size()); ++c) {
            const auto& spec = type.fields[static_cast<std::size_t>(c)];
            if (statement.isNull(c)) row.emplace_back();
            else if (spec.type == FieldType::Integer) row.emplace_back(statement.getInt(c));
            else if (spec.type == FieldType::Number) row.emplace_back(statement.getDouble(c));
            else row.emplace_back(statement.getTextView(c));
        }
        writer.writeRow(row);
        if (++rows % 8192 == 0) {
            if (progress.isCancelled()) throw util::Cancelled(); // the writer discards the temp file
            progress.report(rows, static_cast<std::uint64_t>(total));
        }
    }
    writer.commit();
    progress.report(rows, rows);
    return rows;
}

} // namespace stocktower::exchange
