#include "store/kpi_fact_queries.h"

#include "domain/time_zone.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

namespace stocktower::store {

using domain::DayNumber;

namespace {

std::optional<DayNumber> optionalDay(const Statement& s, int c) {
    return s.isNull(c) ? std::nullopt : domain::parseIsoDate(s.getTextView(c));
}

std::optional<std::int64_t> optionalInstant(const Statement& s, int c) {
    return s.isNull(c) ? std::nullopt : domain::parseStoredTimestamp(s.getTextView(c));
}

std::string instantText(std::int64_t utc) { return domain::formatStoredTimestamp(utc); }

// Columns 0..8 of both order-line queries, in this order.
constexpr const char* kOrderLineColumns =
    "order_number, item_id, ordered_qty, shipped_qty, ordered_at, requested_date, promised_date, shipped_at, "
    "pick_errors";

OrderLineFact readOrderLine(const Statement& s) {
    OrderLineFact line;
    line.orderNumber = s.getText(0);
    line.itemId = s.getInt(1);
    line.orderedQty = s.getDouble(2);
    line.shippedQty = s.getDouble(3);
    line.orderedAt = optionalInstant(s, 4).value_or(0);
    line.requestedDate = optionalDay(s, 5);
    line.promisedDate = optionalDay(s, 6);
    line.shippedAt = optionalInstant(s, 7);
    if (!s.isNull(8)) line.pickErrors = static_cast<int>(s.getInt(8));
    return line;
}

std::vector<MovementFact> readMovements(Statement& statement) {
    std::vector<MovementFact> rows;
    while (statement.step())
        if (auto at = domain::parseStoredTimestamp(statement.getTextView(1)))
            rows.push_back({statement.getInt(0), *at, statement.getDouble(2)});
    return rows;
}

} // namespace

std::optional<KpiSiteInfo> loadKpiSite(Connection& db, const std::string& code) {
    auto statement = db.prepare(
        "SELECT site_id, code, name, IFNULL(timezone, ''), IFNULL(cutoff_time, '') FROM site WHERE code = ?");
    statement.bind(1, code);
    if (!statement.step()) return std::nullopt;
    return KpiSiteInfo{statement.getInt(0), statement.getText(1), statement.getText(2), statement.getText(3),
                       statement.getText(4)};
}

std::vector<OrderLineFact> loadOrderLinesDue(Connection& db, std::int64_t siteId, DayNumber firstDay,
                                             DayNumber lastDay, std::int64_t undatedFromUtc,
                                             std::int64_t undatedToUtc) {
    // The first branch uses the expression index order_line_site_due (schema v3); the second
    // the (site_id, ordered_at) index.
    // Formatted once from constants (g++ 12 misreads the concatenation's copies at -O2).
    static const std::string sql = fmt::format(
        "SELECT {0} FROM order_line WHERE site_id = ?1 AND COALESCE(promised_date, requested_date) "
        "BETWEEN ?2 AND ?3 "
        "UNION ALL SELECT {0} FROM order_line WHERE site_id = ?1 AND ordered_at >= ?4 AND ordered_at < ?5 "
        "AND promised_date IS NULL AND requested_date IS NULL",
        kOrderLineColumns);
    auto statement = db.prepare(sql);
    statement.bind(1, siteId)
        .bind(2, domain::formatIsoDate(firstDay))
        .bind(3, domain::formatIsoDate(lastDay))
        .bind(4, instantText(undatedFromUtc))
        .bind(5, instantText(undatedToUtc));
    std::vector<OrderLineFact> lines;
    while (statement.step()) lines.push_back(readOrderLine(statement));
    return lines;
}

std::vector<OrderLineFact> loadOrderLinesShipped(Connection& db, std::int64_t siteId, std::int64_t fromUtc,
                                                 std::int64_t toUtc) {
    auto statement = db.prepare(std::string("SELECT ") + kOrderLineColumns +
                                " FROM order_line WHERE site_id = ? AND shipped_at >= ? AND shipped_at < ? "
                                "AND shipped_qty > 0");
    statement.bind(1, siteId).bind(2, instantText(fromUtc)).bind(3, instantText(toUtc));
    std::vector<OrderLineFact> lines;
    while (statement.step()) lines.push_back(readOrderLine(statement));
    return lines;
}

std::vector<ReceiptFact> loadReceiptsPutAway(Connection& db, std::int64_t siteId, std::int64_t fromUtc,
                                             std::int64_t toUtc) {
    auto statement = db.prepare("SELECT item_id, quantity, arrived_at, put_away_at FROM receipt "
                                "WHERE site_id = ? AND put_away_at >= ? AND put_away_at < ?");
    statement.bind(1, siteId).bind(2, instantText(fromUtc)).bind(3, instantText(toUtc));
    std::vector<ReceiptFact> rows;
    while (statement.step()) {
        const auto arrived = domain::parseStoredTimestamp(statement.getTextView(2));
        if (!arrived) continue;
        rows.push_back({statement.getInt(0), statement.getDouble(1), *arrived, optionalInstant(statement, 3)});
    }
    return rows;
}

std::vector<ReceiptFact> loadReceiptsArrivedBefore(Connection& db, std::int64_t siteId, std::int64_t toUtc) {
    // Answered from the covering index receipt_site_item_arrived (schema v3), already in this order.
    auto statement = db.prepare("SELECT item_id, quantity, arrived_at FROM receipt "
                                "WHERE site_id = ? AND arrived_at < ? ORDER BY item_id, arrived_at DESC");
    statement.bind(1, siteId).bind(2, instantText(toUtc));
    std::vector<ReceiptFact> rows;
    while (statement.step()) {
        const auto arrived = domain::parseStoredTimestamp(statement.getTextView(2));
        if (!arrived) continue;
        rows.push_back({statement.getInt(0), statement.getDouble(1), *arrived, std::nullopt});
    }
    return rows;
}

std::optional<std::int64_t> firstArrival(Connection& db, std::int64_t siteId) {
    auto statement = db.prepare("SELECT MIN(arrived_at) FROM receipt WHERE site_id = ?");
    statement.bind(1, siteId);
    if (!statement.step() || statement.isNull(0)) return std::nullopt;
    return domain::parseStoredTimestamp(statement.getTextView(0));
}

std::vector<CycleCountFact> loadCycleCounts(Connection& db, std::int64_t siteId, std::int64_t fromUtc,
                                            std::int64_t toUtc) {
    auto statement = db.prepare("SELECT item_id, counted_at, book_qty, counted_qty, unit_cost, abc_class "
                                "FROM cycle_count WHERE site_id = ? AND counted_at >= ? AND counted_at < ?");
    statement.bind(1, siteId).bind(2, instantText(fromUtc)).bind(3, instantText(toUtc));
    std::vector<CycleCountFact> rows;
    while (statement.step()) {
        CycleCountFact row;
        row.itemId = statement.getInt(0);
        row.countedAt = domain::parseStoredTimestamp(statement.getTextView(1)).value_or(0);
        row.bookQty = statement.getDouble(2);
        row.countedQty = statement.getDouble(3);
        if (!statement.isNull(4)) row.unitCost = statement.getDouble(4);
        if (!statement.isNull(5)) {
            const auto text = statement.getTextView(5);
            if (!text.empty()) row.abcClass = static_cast<char>(text[0] - 'a' + 'A');
        }
        rows.push_back(row);
    }
    return rows;
}

std::vector<LabourFact> loadLabourHours(Connection& db, std::int64_t siteId, DayNumber firstDay, DayNumber lastDay) {
    auto statement = db.prepare("SELECT day, activity, SUM(hours) FROM labour_hours WHERE site_id = ? "
                                "AND day BETWEEN ? AND ? GROUP BY day, activity ORDER BY day, activity");
    statement.bind(1, siteId).bind(2, domain::formatIsoDate(firstDay)).bind(3, domain::formatIsoDate(lastDay));
    std::vector<LabourFact> rows;
    while (statement.step())
        if (auto day = domain::parseIsoDate(statement.getTextView(0)))
            rows.push_back({*day, statement.getText(1), statement.getDouble(2)});
    return rows;
}

std::vector<SiteItemFact> loadSiteItems(Connection& db, std::int64_t siteId) {
    auto statement = db.prepare(
        "SELECT i.item_id, i.sku, i.description, i.status, i.uom, IFNULL(i.unit_cost, 0), IFNULL(i.unit_price, 0), "
        "COALESCE(s.lead_time_days, i.lead_time_days, 0), s.min_qty "
        "FROM item_site s JOIN item i ON i.item_id = s.item_id WHERE s.site_id = ? ORDER BY i.item_id");
    statement.bind(1, siteId);
    std::vector<SiteItemFact> rows;
    while (statement.step()) {
        SiteItemFact row;
        row.itemId = statement.getInt(0);
        row.sku = statement.getText(1);
        row.description = statement.getText(2);
        row.status = statement.getText(3);
        row.uom = statement.getText(4);
        row.unitCost = statement.getDouble(5);
        row.unitPrice = statement.getDouble(6);
        row.leadTimeDays = statement.getDouble(7);
        if (!statement.isNull(8)) row.safetyStock = statement.getDouble(8);
        rows.push_back(std::move(row));
    }
    return rows;
}

std::optional<DayNumber> latestSnapshotOnOrBefore(Connection& db, std::int64_t siteId, DayNumber day) {
    auto statement = db.prepare("SELECT MAX(as_of) FROM on_hand WHERE site_id = ? AND as_of <= ?");
    statement.bind(1, siteId).bind(2, domain::formatIsoDate(day));
    if (!statement.step() || statement.isNull(0)) return std::nullopt;
    return domain::parseIsoDate(statement.getTextView(0));
}

std::optional<DayNumber> earliestSnapshotOnOrAfter(Connection& db, std::int64_t siteId, DayNumber day) {
    auto statement = db.prepare("SELECT MIN(as_of) FROM on_hand WHERE site_id = ? AND as_of >= ?");
    statement.bind(1, siteId).bind(2, domain::formatIsoDate(day));
    if (!statement.step() || statement.isNull(0)) return std::nullopt;
    return domain::parseIsoDate(statement.getTextView(0));
}

std::vector<DayNumber> snapshotDays(Connection& db, std::int64_t siteId, DayNumber firstDay, DayNumber lastDay) {
    auto statement = db.prepare("SELECT DISTINCT as_of FROM on_hand WHERE site_id = ? AND as_of BETWEEN ? AND ? "
                                "ORDER BY as_of");
    statement.bind(1, siteId).bind(2, domain::formatIsoDate(firstDay)).bind(3, domain::formatIsoDate(lastDay));
    std::vector<DayNumber> days;
    while (statement.step())
        if (auto day = domain::parseIsoDate(statement.getTextView(0))) days.push_back(*day);
    return days;
}

std::vector<OnHandFact> loadOnHand(Connection& db, std::int64_t siteId, DayNumber asOf) {
    auto statement = db.prepare("SELECT item_id, location_id, lot, expiry, status, quantity FROM on_hand "
                                "WHERE site_id = ? AND as_of = ?");
    statement.bind(1, siteId).bind(2, domain::formatIsoDate(asOf));
    std::vector<OnHandFact> rows;
    while (statement.step()) {
        OnHandFact row;
        row.itemId = statement.getInt(0);
        if (!statement.isNull(1)) row.locationId = statement.getInt(1);
        row.lot = statement.getText(2);
        row.expiry = optionalDay(statement, 3);
        row.status = statement.getText(4);
        row.quantity = statement.getDouble(5);
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<StorageLocationFact> loadLocations(Connection& db, std::int64_t siteId) {
    auto statement = db.prepare("SELECT location_id, code, kind, usable FROM location WHERE site_id = ?");
    statement.bind(1, siteId);
    std::vector<StorageLocationFact> rows;
    while (statement.step())
        rows.push_back({statement.getInt(0), statement.getText(1), statement.getText(2), statement.getInt(3) != 0});
    return rows;
}

std::vector<std::int64_t> usableStorageLocationIds(Connection& db, std::int64_t siteId) {
    auto statement = db.prepare("SELECT location_id FROM location WHERE site_id = ? AND usable = 1 "
                                "AND kind IN ('forward', 'reserve')");
    statement.bind(1, siteId);
    std::vector<std::int64_t> ids;
    while (statement.step()) ids.push_back(statement.getInt(0));
    return ids;
}

std::vector<ItemQuantity> shippedUnitsByItem(Connection& db, std::int64_t siteId, std::int64_t fromUtc,
                                             std::int64_t toUtc) {
    // Summed here rather than with GROUP BY: the covering index (schema v3) is read in time
    // order, and item ids (INTEGER PRIMARY KEY, dense from 1) index a plain array, which beats
    // both SQLite's temporary B-tree and a hash map over a million rows.
    auto statement = db.prepare("SELECT item_id, shipped_qty FROM order_line WHERE site_id = ? "
                                "AND shipped_at >= ? AND shipped_at < ?");
    statement.bind(1, siteId).bind(2, instantText(fromUtc)).bind(3, instantText(toUtc));
    std::vector<double> byItem;
    std::vector<char> seen;
    std::unordered_map<std::int64_t, double> sparse; // ids outside a sane dense range
    constexpr std::int64_t kDenseLimit = 50'000'000;
    while (statement.step()) {
        const std::int64_t item = statement.getInt(0);
        const double quantity = statement.getDouble(1);
        if (item < 0 || item >= kDenseLimit) {
            sparse[item] += quantity;
            continue;
        }
        const auto index = static_cast<std::size_t>(item);
        if (index >= byItem.size()) {
            byItem.resize(std::max(index + 1, byItem.size() * 2), 0.0);
            seen.resize(byItem.size(), 0);
        }
        byItem[index] += quantity;
        seen[index] = 1;
    }
    std::vector<ItemQuantity> rows;
    for (std::size_t index = 0; index < byItem.size(); ++index)
        if (seen[index]) rows.push_back({static_cast<std::int64_t>(index), byItem[index]});
    for (const auto& [item, quantity] : sparse) rows.push_back({item, quantity});
    std::sort(rows.begin(), rows.end(), [](const ItemQuantity& a, const ItemQuantity& b) { return a.itemId < b.itemId; });
    return rows;
}

std::vector<MovementFact> loadShipments(Connection& db, std::int64_t siteId, std::int64_t fromUtc, std::int64_t toUtc) {
    auto statement = db.prepare("SELECT item_id, shipped_at, shipped_qty FROM order_line WHERE site_id = ? "
                                "AND shipped_at >= ? AND shipped_at < ? AND shipped_qty > 0");
    statement.bind(1, siteId).bind(2, instantText(fromUtc)).bind(3, instantText(toUtc));
    return readMovements(statement);
}

std::vector<MovementFact> loadPutAways(Connection& db, std::int64_t siteId, std::int64_t fromUtc, std::int64_t toUtc) {
    auto statement = db.prepare("SELECT item_id, put_away_at, quantity FROM receipt WHERE site_id = ? "
                                "AND put_away_at >= ? AND put_away_at < ?");
    statement.bind(1, siteId).bind(2, instantText(fromUtc)).bind(3, instantText(toUtc));
    return readMovements(statement);
}

} // namespace stocktower::store
