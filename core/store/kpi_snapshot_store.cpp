#include "store/kpi_snapshot_store.h"

#include <map>

namespace stocktower::store {

void saveKpiWeek(Connection& db, const KpiWeekRecord& week) {
    Transaction transaction(db);
    // Deleting the header cascades to its rows (kpi_snapshot's foreign key).
    auto erase = db.prepare("DELETE FROM kpi_week WHERE site_id = ? AND iso_week = ?");
    erase.bind(1, week.siteId).bind(2, week.isoWeek).run();
    auto header = db.prepare("INSERT INTO kpi_week(site_id, iso_week, computed_at, as_of, engine_version, settings) "
                             "VALUES (?, ?, ?, ?, ?, ?)");
    header.bind(1, week.siteId)
        .bind(2, week.isoWeek)
        .bind(3, week.computedAt)
        .bind(4, week.asOf)
        .bind(5, week.engineVersion)
        .bind(6, week.settings)
        .run();
    auto row = db.prepare("INSERT INTO kpi_snapshot(site_id, iso_week, kpi_id, value, numerator, denominator, sample, "
                          "status, note, inputs, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& r : week.rows) {
        row.bind(1, week.siteId)
            .bind(2, week.isoWeek)
            .bind(3, r.kpiId)
            .bind(4, r.value)
            .bind(5, r.numerator)
            .bind(6, r.denominator)
            .bind(7, r.sample)
            .bind(8, r.status)
            .bind(9, r.note)
            .bind(10, r.inputs)
            .bind(11, week.computedAt)
            .run();
    }
    transaction.commit();
}

std::vector<KpiWeekRecord> loadKpiWeeks(Connection& db, std::int64_t siteId, const std::string& firstWeek,
                                        const std::string& lastWeek, bool withRows) {
    std::vector<KpiWeekRecord> weeks;
    std::map<std::string, std::size_t> indexOf;
    auto header = db.prepare("SELECT iso_week, computed_at, as_of, engine_version, settings FROM kpi_week "
                             "WHERE site_id = ? AND iso_week BETWEEN ? AND ? ORDER BY iso_week");
    header.bind(1, siteId).bind(2, firstWeek).bind(3, lastWeek);
    while (header.step()) {
        KpiWeekRecord week;
        week.siteId = siteId;
        week.isoWeek = header.getText(0);
        week.computedAt = header.getText(1);
        week.asOf = header.getText(2);
        week.engineVersion = header.getText(3);
        week.settings = header.getText(4);
        indexOf.emplace(week.isoWeek, weeks.size());
        weeks.push_back(std::move(week));
    }
    if (!withRows || weeks.empty()) return weeks;
    auto rows = db.prepare("SELECT iso_week, kpi_id, value, numerator, denominator, sample, status, note, inputs "
                           "FROM kpi_snapshot WHERE site_id = ? AND iso_week BETWEEN ? AND ? ORDER BY iso_week, kpi_id");
    rows.bind(1, siteId).bind(2, firstWeek).bind(3, lastWeek);
    while (rows.step()) {
        auto it = indexOf.find(std::string(rows.getTextView(0)));
        if (it == indexOf.end()) continue;
        KpiSnapshotRow row;
        row.kpiId = rows.getText(1);
        if (!rows.isNull(2)) row.value = rows.getDouble(2);
        row.numerator = rows.getDouble(3);
        row.denominator = rows.getDouble(4);
        row.sample = rows.getInt(5);
        row.status = rows.getText(6);
        row.note = rows.getText(7);
        row.inputs = rows.getText(8);
        weeks[it->second].rows.push_back(std::move(row));
    }
    return weeks;
}

} // namespace stocktower::store
