#include "exchange/exporter.h"

#include "util/errors.h"

#include <fmt/format.h>

namespace stocktower::exchange {

using domain::FieldType;

namespace {

// Builds the SELECT from the compiled-in data dictionary (no user text): references are
// turned back into the codes people use, ordered as the natural key reads.
std::string buildSelect(const domain::RecordType& type) {
    std::string columns, joins, order;
    int alias = 0;
    for (const auto& spec : type.fields) {
        if (!columns.empty()) columns += ", ";
        const std::string a = fmt::format("r{}", alias++);
        switch (spec.type) {
        case FieldType::ItemRef:
            columns += a + ".sku";
            joins += " LEFT JOIN item " + a + " ON " + a + ".item_id = t." + spec.column;
            break;
        case FieldType::SiteRef:
            columns += a + ".code";
            joins += " LEFT JOIN site " + a + " ON " + a + ".site_id = t." + spec.column;
            break;
        case FieldType::LocationRef:
            columns += a + ".code";
            joins += " LEFT JOIN location " + a + " ON " + a + ".location_id = t." + spec.column;
            break;
        default:
            columns += "t." + spec.column;
        }
        if (spec.key) {
            if (!order.empty()) order += ", ";
            order += std::to_string(&spec - type.fields.data() + 1);
        }
    }
    return "SELECT " + columns + " FROM " + type.table + " t" + joins + " ORDER BY " + order;
}

} // namespace

std::uint64_t exportRecords(store::Connection& db, const domain::RecordType& type, const std::string& path,
                            const CsvWriteDialect& dialect, util::Progress& progress) {
    const std::int64_t total = db.queryInt("SELECT COUNT(*) FROM " + type.table);
    CsvWriter writer(path, dialect);
    std::vector<CsvCell> row;
    for (const auto& spec : type.fields) row.emplace_back(spec.name);
    writer.writeRow(row);

    progress.setStage("Exporting " + type.title);
    auto statement = db.prepare(buildSelect(type));
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
