#include "kpi/exceptions.h"

#include "kpi/kpi_engine.h"
#include "store/kpi_exception_queries.h"
#include "store/kpi_fact_queries.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace stocktower::kpi {

using domain::DayNumber;
using K = ExceptionKind;
using M = util::MessageId;

namespace {

constexpr std::array<K, 8> kKinds = {K::ProjectedStockout, K::BelowSafetyStock, K::OddBalance, K::SlowMover,
                                     K::Excess, K::ExpiringLot, K::LatePurchaseOrder, K::StaleReceipt};

std::string units(double quantity) {
    return std::fabs(quantity - std::round(quantity)) < 1e-9 ? fmt::format("{:.0f}", quantity)
                                                              : fmt::format("{:.2f}", quantity);
}

util::Message staleReceiptReason(const store::PendingReceiptFact& receipt, const domain::TimeZone& zone,
                                 std::int64_t localArrival, std::int64_t nowUtc) {
    std::vector<std::string> args{domain::formatIsoDate(zone.localDay(receipt.arrivedAt)),
                                  fmt::format("{:02}:{:02}", localArrival % 86400 / 3600, localArrival % 3600 / 60),
                                  fmt::format("{:.0f}", static_cast<double>(nowUtc - receipt.arrivedAt) / 3600.0)};
    if (receipt.location.empty()) return {util::MessageId::ExceptionStaleReceipt, std::move(args)};
    args.push_back(receipt.location);
    return {util::MessageId::ExceptionStaleReceiptAt, std::move(args)};
}

class Collector {
public:
    Collector(const std::vector<store::SiteItemFact>& items, std::string site) : m_site(std::move(site)) {
        for (const auto& item : items) m_items.emplace(item.itemId, &item);
    }
    [[nodiscard]] const store::SiteItemFact* item(std::int64_t id) const {
        auto it = m_items.find(id);
        return it == m_items.end() ? nullptr : it->second;
    }
    void add(K kind, std::int64_t itemId, util::Message reason, double impact, double quantity, std::string reference = {}) {
        ExceptionRow row;
        row.kind = kind;
        row.itemId = itemId;
        if (const auto* found = item(itemId)) {
            row.sku = found->sku;
            row.description = found->description;
        }
        row.site = m_site;
        row.reason = std::move(reason);
        row.impact = impact;
        row.quantity = quantity;
        row.reference = std::move(reference);
        m_rows[kind].push_back(std::move(row));
    }
    std::vector<ExceptionQueue> queues(std::size_t limit) {
        std::vector<ExceptionQueue> queues;
        for (K kind : kKinds) {
            ExceptionQueue queue;
            queue.kind = kind;
            auto& rows = m_rows[kind];
            std::sort(rows.begin(), rows.end(), [](const ExceptionRow& a, const ExceptionRow& b) {
                if (a.impact != b.impact) return a.impact > b.impact;
                if (a.sku != b.sku) return a.sku < b.sku;
                return a.reference < b.reference;
            });
            queue.total = rows.size();
            for (const auto& row : rows) queue.totalImpact += row.impact;
            if (rows.size() > limit) rows.resize(limit);
            queue.rows = std::move(rows);
            queues.push_back(std::move(queue));
        }
        return queues;
    }

private:
    std::string m_site;
    std::unordered_map<std::int64_t, const store::SiteItemFact*> m_items;
    std::map<K, std::vector<ExceptionRow>> m_rows;
};

} // namespace

std::vector<ExceptionRow> ExceptionReport::top(std::size_t count) const {
    std::vector<ExceptionRow> all;
    for (const auto& queue : queues) all.insert(all.end(), queue.rows.begin(), queue.rows.end());
    std::stable_sort(all.begin(), all.end(), [](const ExceptionRow& a, const ExceptionRow& b) { return a.impact > b.impact; });
    if (all.size() > count) all.resize(count);
    return all;
}

ExceptionReport findExceptions(store::Connection& db, const ExceptionRequest& request) {
    const KpiContext context = loadKpiContext(db, request.siteCode);
    const KpiSettings& s = context.settings;
    const std::int64_t siteId = context.site.id;
    const auto& zone = context.zone;
    ExceptionReport report;
    report.site = context.site.code;
    report.today = zone.localDay(request.nowUtc);
    const DayNumber today = report.today;

    const auto items = store::loadSiteItems(db, siteId);
    Collector collect(items, context.site.code);
    auto costOf = [&](std::int64_t id) {
        const auto* item = collect.item(id);
        return item ? item->unitCost : 0.0;
    };

    // Average daily demand: units shipped over the trailing window up to now.
    const DayNumber windowFirst = today - s.demandWindowDays + 1;
    std::unordered_map<std::int64_t, double> dailyDemand;
    for (const auto& row : store::shippedUnitsByItem(db, siteId, zone.startOfLocalDay(windowFirst), request.nowUtc))
        dailyDemand[row.itemId] = row.quantity / s.demandWindowDays;

    // Stock at the latest snapshot on or before today.
    report.snapshotDay = store::latestSnapshotOnOrBefore(db, siteId, today);
    std::unordered_map<std::int64_t, double> available, owned;
    std::vector<store::OnHandFact> onHand;
    if (report.snapshotDay) {
        onHand = store::loadOnHand(db, siteId, *report.snapshotDay);
        for (const auto& row : onHand) {
            if (row.status == "available") available[row.itemId] += row.quantity;
            if (row.status != "consigned") owned[row.itemId] += row.quantity;
        }
    } else {
        report.notes.push_back({util::MessageId::KpiNoteNoSnapshot, {domain::formatIsoDate(today)}});
    }

    const auto openPo = store::loadOpenPoLines(db, siteId);
    std::unordered_map<std::int64_t, std::vector<const store::OpenPoLineFact*>> poByItem;
    for (const auto& line : openPo) poByItem[line.itemId].push_back(&line);

    for (const auto& item : items) {
        const double onHandQty = available.count(item.itemId) ? available[item.itemId] : 0.0;
        const double daily = dailyDemand.count(item.itemId) ? dailyDemand[item.itemId] : 0.0;
        const double price = item.unitPrice > 0 ? item.unitPrice : item.unitCost;
        if (report.snapshotDay && daily > 0 && item.status != "discontinued" && item.status != "inactive") {
            const int leadDays = std::max(1, static_cast<int>(std::ceil(item.leadTimeDays)));
            double due = 0;
            for (const auto* line : poByItem[item.itemId])
                if (line->dueDate <= today + leadDays) due += line->openQty;
            const double demand = daily * leadDays;
            const double projected = onHandQty + due - demand;
            if (projected < 0)
                collect.add(K::ProjectedStockout, item.itemId,
                            {M::ExceptionProjectedStockout,
                             {units(-projected), std::to_string(leadDays), units(onHandQty), units(due), units(demand)}},
                            -projected * price, -projected);
        }
        if (report.snapshotDay && item.safetyStock && onHandQty < *item.safetyStock)
            collect.add(K::BelowSafetyStock, item.itemId,
                        {M::ExceptionBelowSafetyStock, {units(onHandQty), units(*item.safetyStock)}},
                        (*item.safetyStock - onHandQty) * item.unitCost, *item.safetyStock - onHandQty);
        const double ownedQty = owned.count(item.itemId) ? owned[item.itemId] : 0.0;
        if (report.snapshotDay && daily > 0 && ownedQty > 0 && ownedQty / daily > s.excessDaysOfSupply) {
            const double excess = ownedQty - s.excessDaysOfSupply * daily;
            collect.add(K::Excess, item.itemId,
                        {M::ExceptionExcess,
                         {fmt::format("{:.0f}", ownedQty / daily), units(ownedQty), fmt::format("{:.2f}", daily),
                          units(excess), fmt::format("{:.0f}", s.excessDaysOfSupply)}},
                        excess * item.unitCost, excess);
        }
    }

    // Balances: negative, fractional for items counted in each, or in a blocked location.
    std::unordered_map<std::int64_t, const store::StorageLocationFact*> locations;
    const auto locationRows = store::loadLocations(db, siteId);
    for (const auto& location : locationRows) locations.emplace(location.locationId, &location);
    for (const auto& row : onHand) {
        const auto* item = collect.item(row.itemId);
        const auto location = row.locationId ? locations.find(*row.locationId) : locations.end();
        const std::string where = location != locations.end() ? location->second->code : std::string();
        if (row.quantity < 0)
            collect.add(K::OddBalance, row.itemId,
                        where.empty() ? util::Message{M::ExceptionNegativeBalanceNoLocation, {units(row.quantity), row.status}}
                                      : util::Message{M::ExceptionNegativeBalance, {units(row.quantity), row.status, where}},
                        -row.quantity * costOf(row.itemId), row.quantity, where);
        else if (item && item->uom == "EA" && std::fabs(row.quantity - std::round(row.quantity)) > 1e-9)
            collect.add(K::OddBalance, row.itemId, {M::ExceptionFractionalBalance, {units(row.quantity)}},
                        row.quantity * costOf(row.itemId), row.quantity, where);
        else if (row.quantity > 0 && location != locations.end() && !location->second->usable)
            collect.add(K::OddBalance, row.itemId,
                        {M::ExceptionBlockedLocation, {units(row.quantity), where}},
                        row.quantity * costOf(row.itemId), row.quantity, where);
        if (row.expiry && row.quantity > 0 && row.status != "consigned" && *row.expiry <= today + s.expiryDays) {
            const int days = *row.expiry - today;
            collect.add(K::ExpiringLot, row.itemId,
                        {days < 0 ? M::ExceptionLotExpired : M::ExceptionLotExpires,
                         {row.lot, domain::formatIsoDate(*row.expiry), std::to_string(std::abs(days)), units(row.quantity),
                          row.status}},
                        row.quantity * costOf(row.itemId), row.quantity, row.lot);
        }
    }

    // Slow movers: stock whose last demand is older than the slow-mover threshold.
    std::vector<std::int64_t> stocked;
    for (const auto& [id, quantity] : owned)
        if (quantity > 0) stocked.push_back(id);
    std::sort(stocked.begin(), stocked.end());
    const auto lastDemand = store::lastDemandDays(db, siteId, stocked);
    for (const auto id : stocked) {
        const auto last = lastDemand.find(id);
        const int idle = last == lastDemand.end() ? -1 : today - last->second;
        if (last != lastDemand.end() && idle < s.slowMoverDays) continue;
        const double value = owned[id] * costOf(id);
        collect.add(K::SlowMover, id,
                    last == lastDemand.end()
                        ? util::Message{M::ExceptionNoDemandRecorded, {units(owned[id])}}
                        : util::Message{idle >= s.deadStockDays ? M::ExceptionDeadStock : M::ExceptionSlowMover,
                                        {domain::formatIsoDate(last->second), std::to_string(idle), units(owned[id])}},
                    value, owned[id]);
    }

    for (const auto& line : openPo)
        if (line.dueDate < today)
            collect.add(K::LatePurchaseOrder, line.itemId,
                        line.supplier.empty()
                            ? util::Message{M::ExceptionLatePurchaseOrderNoSupplier,
                                            {units(line.openQty), domain::formatIsoDate(line.dueDate),
                                             std::to_string(today - line.dueDate)}}
                            : util::Message{M::ExceptionLatePurchaseOrder,
                                            {units(line.openQty), domain::formatIsoDate(line.dueDate),
                                             std::to_string(today - line.dueDate), line.supplier}},
                        line.openQty * costOf(line.itemId), line.openQty, fmt::format("{}/{}", line.poNumber, line.lineNo));

    const auto staleBefore = request.nowUtc - static_cast<std::int64_t>(s.staleReceiptHours * 3600.0);
    for (const auto& receipt : store::loadPendingReceipts(db, siteId, staleBefore)) {
        const std::int64_t local = zone.toLocal(receipt.arrivedAt);
        collect.add(K::StaleReceipt, receipt.itemId,
                    staleReceiptReason(receipt, zone, local, request.nowUtc),
                    receipt.quantity * costOf(receipt.itemId), receipt.quantity,
                    fmt::format("{}/{}", receipt.document, receipt.lineNo));
    }

    report.queues = collect.queues(request.limitPerQueue);
    return report;
}

std::string_view exceptionKindId(ExceptionKind kind) {
    switch (kind) {
    case K::ProjectedStockout: return "projected_stockout";
    case K::BelowSafetyStock: return "below_safety_stock";
    case K::OddBalance: return "odd_balance";
    case K::SlowMover: return "slow_mover";
    case K::Excess: return "excess";
    case K::ExpiringLot: return "expiring_lot";
    case K::LatePurchaseOrder: return "late_purchase_order";
    case K::StaleReceipt: return "stale_receipt";
    }
    return "";
}

std::string_view exceptionKindTitle(ExceptionKind kind) {
    switch (kind) {
    case K::ProjectedStockout: return "Projected stockouts within lead time";
    case K::BelowSafetyStock: return "Below safety stock";
    case K::OddBalance: return "Negative or odd balances";
    case K::SlowMover: return "Slow movers and dead stock";
    case K::Excess: return "Excess (days of supply)";
    case K::ExpiringLot: return "Lots expiring (FEFO)";
    case K::LatePurchaseOrder: return "Late purchase orders";
    case K::StaleReceipt: return "Stale receipts (not put away)";
    }
    return "";
}

} // namespace stocktower::kpi
