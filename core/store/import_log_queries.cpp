#include "store/import_log_queries.h"

namespace stocktower::store {

std::vector<ImportLogRow> loadImportLog(Connection& db, std::int64_t limit) {
    std::vector<ImportLogRow> rows;
    auto statement = db.prepare(
        "SELECT import_id, started_at, IFNULL(finished_at, ''), file_name, record_type, rows_read, "
        "rows_written, rows_skipped, result, problem_count FROM import_log "
        "ORDER BY started_at DESC, import_id DESC LIMIT ?1");
    statement.bind(1, limit);
    while (statement.step()) {
        ImportLogRow row;
        row.id = statement.getInt(0);
        row.startedAt = statement.getText(1);
        row.finishedAt = statement.getText(2);
        row.fileName = statement.getText(3);
        row.recordType = statement.getText(4);
        row.rowsRead = statement.getInt(5);
        row.rowsWritten = statement.getInt(6);
        row.rowsSkipped = statement.getInt(7);
        row.result = statement.getText(8);
        row.problemCount = statement.getInt(9);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace stocktower::store
