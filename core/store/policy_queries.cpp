#include "store/policy_queries.h"

namespace stocktower::store {

namespace {

std::optional<double> optionalDouble(const Statement& statement, int column) {
    if (statement.isNull(column)) return std::nullopt;
    return statement.getDouble(column);
}

std::vector<StockPositionRow> readPositions(Statement& select, bool withDay) {
    std::vector<StockPositionRow> rows;
    while (select.step()) {
        StockPositionRow row;
        row.itemId = select.getInt(0);
        row.siteId = select.getInt(1);
        row.quantity = select.getDouble(2);
        if (withDay) row.day = select.getText(3);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

std::vector<PolicyParameterRow> loadPolicyParameters(Connection& db, std::optional<std::int64_t> siteId,
                                                     std::optional<std::int64_t> itemId) {
    // The demand table is keyed (item, site, day, channel): DISTINCT on its prefix walks the key
    // in order without a sort.
    auto select = db.prepare(
        "WITH keys AS ("
        "  SELECT DISTINCT item_id, site_id FROM demand"
        "  UNION SELECT item_id, site_id FROM item_site"
        "  UNION SELECT item_id, site_id FROM on_hand) "
        "SELECT k.item_id, k.site_id, i.sku, i.description, s.code, IFNULL(i.supplier, ''), "
        "  IFNULL(i.category, ''), i.unit_cost, i.case_pack, i.moq, i.order_multiple, "
        "  i.lead_time_days, i.lead_time_sd_days, x.lead_time_days, x.lead_time_sd_days, "
        "  x.service_target, x.review_period_days "
        "FROM keys k JOIN item i ON i.item_id = k.item_id JOIN site s ON s.site_id = k.site_id "
        "LEFT JOIN item_site x ON x.item_id = k.item_id AND x.site_id = k.site_id "
        "WHERE (?1 IS NULL OR k.site_id = ?1) AND (?2 IS NULL OR k.item_id = ?2) "
        "ORDER BY k.item_id, k.site_id");
    select.bind(1, siteId).bind(2, itemId);
    std::vector<PolicyParameterRow> rows;
    while (select.step()) {
        PolicyParameterRow row;
        row.itemId = select.getInt(0);
        row.siteId = select.getInt(1);
        row.sku = select.getText(2);
        row.description = select.getText(3);
        row.siteCode = select.getText(4);
        row.supplier = select.getText(5);
        row.category = select.getText(6);
        row.unitCost = optionalDouble(select, 7);
        row.casePack = optionalDouble(select, 8);
        row.moq = optionalDouble(select, 9);
        row.orderMultiple = optionalDouble(select, 10);
        row.itemLeadTimeDays = optionalDouble(select, 11);
        row.itemLeadTimeSdDays = optionalDouble(select, 12);
        row.siteLeadTimeDays = optionalDouble(select, 13);
        row.siteLeadTimeSdDays = optionalDouble(select, 14);
        row.serviceTarget = optionalDouble(select, 15);
        row.reviewPeriodDays = optionalDouble(select, 16);
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<StockPositionRow> loadAvailableOnHand(Connection& db) {
    auto select = db.prepare(
        "SELECT o.item_id, o.site_id, SUM(o.quantity) FROM on_hand o "
        "JOIN (SELECT site_id, MAX(as_of) AS as_of FROM on_hand GROUP BY site_id) latest "
        "  ON latest.site_id = o.site_id AND latest.as_of = o.as_of "
        "WHERE o.status = 'available' GROUP BY o.item_id, o.site_id ORDER BY o.item_id, o.site_id");
    return readPositions(select, false);
}

std::vector<StockPositionRow> loadOpenPurchaseLines(Connection& db) {
    auto select = db.prepare(
        "SELECT item_id, site_id, open_qty, due_date FROM purchase_order_line "
        "WHERE status = 'open' AND open_qty > 0 ORDER BY item_id, site_id, due_date");
    return readPositions(select, true);
}

std::vector<StockPositionRow> loadCommittedQuantities(Connection& db) {
    // "site_id IN (every site)" lets SQLite seek the unshipped lines through order_line(site_id,
    // shipped_at, …) instead of walking all lines in item order and fetching each from the table:
    // 0.3 s instead of 30 s for 5 million lines.
    auto select = db.prepare(
        "SELECT item_id, site_id, SUM(ordered_qty - shipped_qty) FROM order_line "
        "WHERE site_id IN (SELECT site_id FROM site) AND shipped_at IS NULL AND ordered_qty > shipped_qty "
        "GROUP BY item_id, site_id ORDER BY item_id, site_id");
    return readPositions(select, false);
}

} // namespace stocktower::store
