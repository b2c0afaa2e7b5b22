#include "store/segmentation_queries.h"

#include <stdexcept>

namespace stocktower::store {

std::int64_t readWindowUsage(Connection& db, domain::DayNumber firstDay, domain::DayNumber lastDay,
                             std::optional<std::int64_t> siteId,
                             const std::function<bool(const ItemSiteUsage&)>& onItemSite) {
    // ORDER BY the primary key: no sort. No WHERE on the day: the table has no index that would
    // help, and reading every row tells which item-sites have history before the window.
    auto statement = db.prepare("SELECT item_id, site_id, day, quantity, order_lines FROM demand "
                                "WHERE (?1 IS NULL OR site_id = ?1) "
                                "ORDER BY item_id, site_id, day, channel");
    statement.bind(1, siteId);
    // ISO dates compare as text in date order: rows outside the window are skipped unparsed.
    const std::string first = domain::formatIsoDate(firstDay);
    const std::string last = domain::formatIsoDate(lastDay);
    ItemSiteUsage current;
    bool haveCurrent = false;
    std::int64_t rows = 0;
    while (statement.step()) {
        ++rows;
        const std::int64_t itemId = statement.getInt(0);
        const std::int64_t site = statement.getInt(1);
        if (!haveCurrent || itemId != current.itemId || site != current.siteId) {
            if (haveCurrent && !onItemSite(current)) return rows;
            current.itemId = itemId;
            current.siteId = site;
            current.days.clear();
            haveCurrent = true;
        }
        const std::string_view text = statement.getTextView(2);
        if (text < first || text > last) continue;
        const auto day = domain::parseIsoDate(text);
        // Imports validate dates, so a bad one is a damaged file rather than an input problem.
        if (!day) throw std::runtime_error("demand table holds an invalid date: " + std::string(text));
        UsageDay usage;
        usage.day = *day;
        usage.quantity = statement.getDouble(3);
        usage.hasOrderLines = !statement.isNull(4);
        usage.orderLines = usage.hasOrderLines ? statement.getInt(4) : 0;
        current.days.push_back(usage);
    }
    if (haveCurrent) onItemSite(current);
    return rows;
}

std::vector<CostRow> loadItemCosts(Connection& db) {
    std::vector<CostRow> items;
    items.reserve(static_cast<std::size_t>(db.queryInt("SELECT COUNT(*) FROM item")));
    auto statement = db.prepare("SELECT item_id, sku, description, unit_cost, unit_price FROM item ORDER BY item_id");
    while (statement.step()) {
        CostRow row;
        row.itemId = statement.getInt(0);
        row.sku = statement.getText(1);
        row.description = statement.getText(2);
        if (!statement.isNull(3)) row.unitCost = statement.getDouble(3);
        if (!statement.isNull(4)) row.unitPrice = statement.getDouble(4);
        items.push_back(std::move(row));
    }
    return items;
}

std::vector<ItemSiteKey> loadStockedItemSites(Connection& db, std::optional<std::int64_t> siteId) {
    // UNION sorts and removes duplicates; both sides read an index or a small table.
    auto statement = db.prepare("SELECT item_id, site_id FROM item_site WHERE (?1 IS NULL OR site_id = ?1) "
                                "UNION "
                                "SELECT item_id, site_id FROM on_hand WHERE (?1 IS NULL OR site_id = ?1) "
                                "ORDER BY 1, 2");
    statement.bind(1, siteId);
    std::vector<ItemSiteKey> keys;
    while (statement.step()) keys.push_back({statement.getInt(0), statement.getInt(1)});
    return keys;
}

std::vector<StockLocation> loadStockLocations(Connection& db, std::optional<std::int64_t> siteId) {
    // Balances are dated snapshots: the latest one per site says where stock lies now.
    auto statement = db.prepare(
        "SELECT DISTINCT o.item_id, o.site_id, l.code FROM on_hand o "
        "JOIN (SELECT site_id, MAX(as_of) AS as_of FROM on_hand GROUP BY site_id) latest "
        "  ON latest.site_id = o.site_id AND latest.as_of = o.as_of "
        "JOIN location l ON l.location_id = o.location_id "
        "WHERE (?1 IS NULL OR o.site_id = ?1) "
        "ORDER BY o.item_id, o.site_id, l.code");
    statement.bind(1, siteId);
    std::vector<StockLocation> locations;
    while (statement.step()) locations.push_back({statement.getInt(0), statement.getInt(1), statement.getText(2)});
    return locations;
}

std::int64_t countItemSites(Connection& db) { return db.queryInt("SELECT COUNT(*) FROM item_site"); }

} // namespace stocktower::store
