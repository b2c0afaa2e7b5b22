#include "store/kpi_config_store.h"

#include "store/workspace.h"

namespace stocktower::store {

namespace {
std::optional<double> optionalDouble(const Statement& s, int c) {
    return s.isNull(c) ? std::nullopt : std::optional<double>(s.getDouble(c));
}
} // namespace

std::vector<KpiTargetRow> loadKpiTargets(Connection& db) {
    std::vector<KpiTargetRow> rows;
    auto statement = db.prepare("SELECT kpi_id, site_id, target, amber_band, hysteresis, owner, comment, updated_at "
                                "FROM kpi_target ORDER BY kpi_id, IFNULL(site_id, 0)");
    while (statement.step()) {
        KpiTargetRow row;
        row.kpiId = statement.getText(0);
        if (!statement.isNull(1)) row.siteId = statement.getInt(1);
        row.target = optionalDouble(statement, 2);
        row.amberBand = statement.getDouble(3);
        row.hysteresis = statement.getDouble(4);
        row.owner = statement.getText(5);
        row.comment = statement.getText(6);
        row.updatedAt = statement.getText(7);
        rows.push_back(std::move(row));
    }
    return rows;
}

std::optional<KpiTargetRow> effectiveKpiTarget(const std::vector<KpiTargetRow>& rows, const std::string& kpiId,
                                               std::int64_t siteId) {
    std::optional<KpiTargetRow> fallback;
    for (const auto& row : rows) {
        if (row.kpiId != kpiId) continue;
        if (row.siteId == siteId) return row;
        if (!row.siteId) fallback = row;
    }
    return fallback;
}

void saveKpiTarget(Connection& db, const KpiTargetRow& row) {
    // The unique index is on IFNULL(site_id, 0), so ON CONFLICT names the same expression.
    auto statement = db.prepare(
        "INSERT INTO kpi_target(kpi_id, site_id, target, amber_band, hysteresis, owner, comment, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kpi_id, IFNULL(site_id, 0)) DO UPDATE SET "
        "target = excluded.target, amber_band = excluded.amber_band, hysteresis = excluded.hysteresis, "
        "owner = excluded.owner, comment = excluded.comment, updated_at = excluded.updated_at");
    statement.bind(1, row.kpiId)
        .bind(2, row.siteId)
        .bind(3, row.target)
        .bind(4, row.amberBand)
        .bind(5, row.hysteresis)
        .bind(6, row.owner)
        .bind(7, row.comment)
        .bind(8, utcNowIso())
        .run();
}

bool deleteKpiTarget(Connection& db, const std::string& kpiId, std::optional<std::int64_t> siteId) {
    // The same IFNULL(site_id, 0) as the unique index: NULL = NULL is not true in SQL.
    auto statement = db.prepare("DELETE FROM kpi_target WHERE kpi_id = ? AND IFNULL(site_id, 0) = IFNULL(?, 0)");
    statement.bind(1, kpiId).bind(2, siteId).run();
    return db.changes() > 0;
}

std::vector<KpiBenchmarkRow> loadKpiBenchmarks(Connection& db) {
    std::vector<KpiBenchmarkRow> rows;
    auto statement = db.prepare(
        "SELECT benchmark_id, kpi_id, level, value, source, year, note FROM kpi_benchmark ORDER BY kpi_id, benchmark_id");
    while (statement.step()) {
        KpiBenchmarkRow row;
        row.id = statement.getInt(0);
        row.kpiId = statement.getText(1);
        row.level = statement.getText(2);
        row.value = statement.getDouble(3);
        row.source = statement.getText(4);
        if (!statement.isNull(5)) row.year = static_cast<int>(statement.getInt(5));
        row.note = statement.getText(6);
        rows.push_back(std::move(row));
    }
    return rows;
}

std::int64_t saveKpiBenchmark(Connection& db, const KpiBenchmarkRow& row) {
    if (row.id == 0) {
        auto insert = db.prepare(
            "INSERT INTO kpi_benchmark(kpi_id, level, value, source, year, note) VALUES (?, ?, ?, ?, ?, ?)");
        insert.bind(1, row.kpiId).bind(2, row.level).bind(3, row.value).bind(4, row.source).bind(5, row.year);
        insert.bind(6, row.note).run();
        return db.lastInsertRowId();
    }
    auto update = db.prepare("UPDATE kpi_benchmark SET kpi_id = ?, level = ?, value = ?, source = ?, year = ?, "
                             "note = ? WHERE benchmark_id = ?");
    update.bind(1, row.kpiId).bind(2, row.level).bind(3, row.value).bind(4, row.source).bind(5, row.year);
    update.bind(6, row.note).bind(7, row.id).run();
    return row.id;
}

bool deleteKpiBenchmark(Connection& db, std::int64_t id) {
    auto statement = db.prepare("DELETE FROM kpi_benchmark WHERE benchmark_id = ?");
    statement.bind(1, id).run();
    return db.changes() > 0;
}

std::vector<KpiSettingRow> loadKpiSettings(Connection& db) {
    std::vector<KpiSettingRow> rows;
    auto statement = db.prepare("SELECT key, value, description FROM kpi_setting ORDER BY key");
    while (statement.step()) rows.push_back({statement.getText(0), statement.getDouble(1), statement.getText(2)});
    return rows;
}

std::map<std::string, double> kpiSettingValues(Connection& db) {
    std::map<std::string, double> values;
    for (auto& row : loadKpiSettings(db)) values.emplace(std::move(row.key), row.value);
    return values;
}

bool setKpiSetting(Connection& db, const std::string& key, double value) {
    auto statement = db.prepare("UPDATE kpi_setting SET value = ? WHERE key = ?");
    statement.bind(1, value).bind(2, key).run();
    return db.changes() > 0;
}

std::map<std::string, std::string> loadKpiComments(Connection& db, std::int64_t siteId, const std::string& isoWeek) {
    std::map<std::string, std::string> comments;
    auto statement = db.prepare("SELECT kpi_id, comment FROM kpi_comment WHERE site_id = ? AND iso_week = ?");
    statement.bind(1, siteId).bind(2, isoWeek);
    while (statement.step()) comments.emplace(statement.getText(0), statement.getText(1));
    return comments;
}

void saveKpiComment(Connection& db, std::int64_t siteId, const std::string& isoWeek, const std::string& kpiId,
                    const std::string& comment, const std::string& user) {
    if (comment.empty()) {
        auto erase = db.prepare("DELETE FROM kpi_comment WHERE site_id = ? AND iso_week = ? AND kpi_id = ?");
        erase.bind(1, siteId).bind(2, isoWeek).bind(3, kpiId).run();
        return;
    }
    auto statement = db.prepare(
        "INSERT INTO kpi_comment(site_id, iso_week, kpi_id, comment, user_name, created_at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (site_id, iso_week, kpi_id) DO UPDATE SET comment = excluded.comment, "
        "user_name = excluded.user_name, created_at = excluded.created_at");
    statement.bind(1, siteId).bind(2, isoWeek).bind(3, kpiId).bind(4, comment).bind(5, user).bind(6, utcNowIso()).run();
}

} // namespace stocktower::store
