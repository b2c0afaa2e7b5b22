#include "store/kpi_exception_queries.h"

#include "domain/time_zone.h"

namespace stocktower::store {

std::vector<OpenPoLineFact> loadOpenPoLines(Connection& db, std::int64_t siteId) {
    auto statement = db.prepare("SELECT item_id, po_number, line_no, IFNULL(supplier, ''), due_date, open_qty "
                                "FROM purchase_order_line WHERE site_id = ? AND status = 'open' AND open_qty > 0");
    statement.bind(1, siteId);
    std::vector<OpenPoLineFact> rows;
    while (statement.step()) {
        const auto due = domain::parseIsoDate(statement.getTextView(4));
        if (!due) continue;
        rows.push_back({statement.getInt(0), statement.getText(1), static_cast<int>(statement.getInt(2)),
                        statement.getText(3), *due, statement.getDouble(5)});
    }
    return rows;
}

std::vector<PendingReceiptFact> loadPendingReceipts(Connection& db, std::int64_t siteId, std::int64_t arrivedBeforeUtc) {
    auto statement = db.prepare(
        "SELECT r.item_id, r.document, r.line_no, r.quantity, r.arrived_at, IFNULL(l.code, '') FROM receipt r "
        "LEFT JOIN location l ON l.location_id = r.location_id "
        "WHERE r.site_id = ? AND r.put_away_at IS NULL AND r.arrived_at < ?");
    statement.bind(1, siteId).bind(2, domain::formatStoredTimestamp(arrivedBeforeUtc));
    std::vector<PendingReceiptFact> rows;
    while (statement.step()) {
        const auto arrived = domain::parseStoredTimestamp(statement.getTextView(4));
        if (!arrived) continue;
        rows.push_back({statement.getInt(0), statement.getText(1), static_cast<int>(statement.getInt(2)),
                        statement.getDouble(3), *arrived, statement.getText(5)});
    }
    return rows;
}

std::unordered_map<std::int64_t, domain::DayNumber> lastDemandDays(Connection& db, std::int64_t siteId,
                                                                    const std::vector<std::int64_t>& itemIds) {
    std::unordered_map<std::int64_t, domain::DayNumber> days;
    auto statement = db.prepare("SELECT MAX(day) FROM demand WHERE item_id = ? AND site_id = ?");
    for (const auto itemId : itemIds) {
        statement.bind(1, itemId).bind(2, siteId);
        if (statement.step() && !statement.isNull(0))
            if (auto day = domain::parseIsoDate(statement.getTextView(0))) days.emplace(itemId, *day);
        statement.reset();
    }
    return days;
}

} // namespace stocktower::store
