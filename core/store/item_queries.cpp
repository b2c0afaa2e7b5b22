#include "store/item_queries.h"

#include <map>

namespace stocktower::store {

namespace {
std::optional<double> optionalDouble(const Statement& s, int c) {
    return s.isNull(c) ? std::nullopt : std::optional<double>(s.getDouble(c));
}
} // namespace

std::vector<SiteRow> loadSites(Connection& db) {
    std::vector<SiteRow> sites;
    auto statement = db.prepare("SELECT site_id, code, name FROM site ORDER BY code");
    while (statement.step()) sites.push_back({statement.getInt(0), statement.getText(1), statement.getText(2)});
    return sites;
}

std::vector<ItemRow> loadItems(Connection& db, std::optional<std::int64_t> siteId) {
    std::vector<ItemRow> items;
    items.reserve(static_cast<std::size_t>(db.queryInt("SELECT COUNT(*) FROM item")));
    std::map<std::int64_t, std::size_t> indexById;
    auto statement = db.prepare(
        "SELECT item_id, sku, description, IFNULL(category, ''), uom, IFNULL(supplier, ''), status, "
        "IFNULL(handling_class, ''), unit_cost, unit_price, case_pack, lead_time_days, "
        "lead_time_sd_days, moq, order_multiple FROM item ORDER BY sku");
    while (statement.step()) {
        ItemRow row;
        row.id = statement.getInt(0);
        row.sku = statement.getText(1);
        row.description = statement.getText(2);
        row.category = statement.getText(3);
        row.uom = statement.getText(4);
        row.supplier = statement.getText(5);
        row.status = statement.getText(6);
        row.handlingClass = statement.getText(7);
        row.unitCost = optionalDouble(statement, 8);
        row.unitPrice = optionalDouble(statement, 9);
        if (!statement.isNull(10)) row.casePack = statement.getInt(10);
        row.leadTimeDays = optionalDouble(statement, 11);
        row.leadTimeSdDays = optionalDouble(statement, 12);
        row.moq = optionalDouble(statement, 13);
        row.orderMultiple = optionalDouble(statement, 14);
        indexById.emplace(row.id, items.size());
        items.push_back(std::move(row));
    }

    // Latest snapshot per site: balances are imported as dated snapshots.
    auto onHand = db.prepare(
        "SELECT o.item_id, SUM(o.quantity) FROM on_hand o "
        "JOIN (SELECT site_id, MAX(as_of) AS as_of FROM on_hand GROUP BY site_id) latest "
        "  ON latest.site_id = o.site_id AND latest.as_of = o.as_of "
        "WHERE o.status = 'available' AND (?1 IS NULL OR o.site_id = ?1) GROUP BY o.item_id");
    onHand.bind(1, siteId);
    while (onHand.step()) {
        auto it = indexById.find(onHand.getInt(0));
        if (it != indexById.end()) items[it->second].onHand = onHand.getDouble(1);
    }
    auto openPo = db.prepare("SELECT item_id, SUM(open_qty) FROM purchase_order_line "
                             "WHERE status = 'open' AND (?1 IS NULL OR site_id = ?1) GROUP BY item_id");
    openPo.bind(1, siteId);
    while (openPo.step()) {
        auto it = indexById.find(openPo.getInt(0));
        if (it != indexById.end()) items[it->second].openPoQty = openPo.getDouble(1);
    }
    return items;
}

std::vector<DemandPoint> weeklyDemand(Connection& db, std::int64_t itemId,
                                      std::optional<std::int64_t> siteId) {
    auto statement = db.prepare("SELECT day, SUM(quantity) FROM demand WHERE item_id = ?1 "
                                "AND (?2 IS NULL OR site_id = ?2) GROUP BY day ORDER BY day");
    statement.bind(1, itemId).bind(2, siteId);
    std::map<domain::DayNumber, double> byWeek;
    while (statement.step()) {
        const auto day = domain::parseIsoDate(statement.getTextView(0));
        if (!day) continue;
        byWeek[domain::mondayOf(domain::isoWeekOf(*day))] += statement.getDouble(1);
    }
    std::vector<DemandPoint> points;
    if (byWeek.empty()) return points;
    for (auto week = byWeek.begin()->first; week <= byWeek.rbegin()->first; week += 7) {
        auto it = byWeek.find(week);
        points.push_back({week, it == byWeek.end() ? 0.0 : it->second});
    }
    return points;
}

} // namespace stocktower::store
