#include "store/workspace_summary.h"

#include "domain/record_types.h"
#include "store/workspace.h"

#include <filesystem>

namespace stocktower::store {

namespace {
// The column that dates each table's rows, for the date range shown by `info`.
const char* dateColumnOf(const std::string& table) {
    if (table == "demand") return "day";
    if (table == "on_hand") return "as_of";
    if (table == "purchase_order_line") return "due_date";
    if (table == "receipt") return "arrived_at";
    if (table == "order_line") return "ordered_at";
    if (table == "cycle_count") return "counted_at";
    if (table == "labour_hours") return "day";
    return nullptr;
}
} // namespace

WorkspaceSummary summarise(Workspace& workspace) {
    Connection& db = workspace.db();
    WorkspaceSummary summary;
    summary.path = workspace.path();
    summary.schemaVersion = static_cast<int>(db.queryInt("PRAGMA user_version"));
    summary.journalMode = workspace.journalMode();
    std::error_code ec;
    summary.fileBytes = static_cast<std::int64_t>(std::filesystem::file_size(workspace.path(), ec));
    for (const auto& type : domain::recordTypes()) {
        TableSummary table;
        table.recordType = type.name;
        table.title = type.title;
        // Table and column names come from the compiled-in dictionary, not from user data.
        table.rows = db.queryInt("SELECT COUNT(*) FROM " + type.table);
        if (const char* column = dateColumnOf(type.table); column && table.rows > 0) {
            auto range = db.prepare(std::string("SELECT MIN(") + column + "), MAX(" + column +
                                    ") FROM " + type.table);
            if (range.step()) {
                table.firstDate = range.getText(0).substr(0, 10);
                table.lastDate = range.getText(1).substr(0, 10);
            }
        }
        summary.tables.push_back(std::move(table));
    }
    summary.imports = db.queryInt("SELECT COUNT(*) FROM import_log WHERE result = 'committed'");
    return summary;
}

} // namespace stocktower::store
