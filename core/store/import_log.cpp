#include "store/import_log.h"

#include "store/workspace.h"

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

std::int64_t beginImportLog(Connection& db, const std::string& fileName, const std::string& sha256,
                            const std::string& recordType) {
    auto statement = db.prepare("INSERT INTO import_log (file_name, sha256, record_type, started_at, "
                                "result) VALUES (?, ?, ?, ?, 'running')");
    statement.bind(1, fileName).bind(2, sha256).bind(3, recordType).bind(4, utcNowIso()).run();
    return db.lastInsertRowId();
}

void finishImportLog(Connection& db, std::int64_t importId, const ImportLogOutcome& outcome) {
    auto statement = db.prepare(
        "UPDATE import_log SET finished_at = ?, result = ?, rows_read = ?, rows_written = ?, "
        "rows_skipped = ?, problem_count = ?, problems = ? WHERE import_id = ?");
    statement.bind(1, utcNowIso())
        .bind(2, outcome.result)
        .bind(3, outcome.rowsRead)
        .bind(4, outcome.rowsWritten)
        .bind(5, outcome.rowsSkipped)
        .bind(6, outcome.problemCount)
        .bind(7, outcome.problemsJson)
        .bind(8, importId)
        .run();
}

std::optional<std::string> lastCommittedImport(Connection& db, const std::string& sha256,
                                               const std::string& recordType) {
    auto statement = db.prepare("SELECT started_at FROM import_log WHERE sha256 = ? AND record_type = ? "
                                "AND result = 'committed' ORDER BY import_id DESC LIMIT 1");
    statement.bind(1, sha256).bind(2, recordType);
    if (!statement.step()) return std::nullopt;
    return statement.getText(0);
}

} // namespace stocktower::store
