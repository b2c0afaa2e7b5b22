#include "demo/demo_builder.h"

#include "demo/demo_random.h"
#include "demo/demo_time.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

namespace stocktower::demo {

using domain::DayNumber;
using domain::Value;

namespace {
// A hash that is the same on every platform (std::hash is not), for per-line random streams.
std::uint64_t fnv1a(std::string_view text) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : text) h = (h ^ c) * 0x100000001b3ULL;
    return h;
}
} // namespace

void DemoBuilder::writeStock() {
    RecordSink& sink = beginStage("on_hand", "On-hand balances");
    const FieldPositions f(sink.type());
    const auto cItem = f("item"), cSite = f("site"), cLocation = f("location"), cLot = f("lot"),
               cExpiry = f("expiry"), cStatus = f("status"), cQuantity = f("quantity"),
               cAsOf = f("as_of");
    std::vector<Value> row(sink.type().fields.size());
    const std::string asOf = domain::formatIsoDate(m_last);
    const auto& itemSites = m_assortment.itemSites;
    m_stockedOut.assign(itemSites.size(), 0);
    m_availableNow.assign(itemSites.size(), 0.0);
    for (std::size_t k = 0; k < itemSites.size(); ++k) {
        const ItemSiteParams& p = itemSites[k];
        SupplyContext context;
        context.seed = m_options.seed;
        context.itemIndex = p.item;
        context.item = &m_assortment.items[p.item];
        context.supplier = &m_assortment.suppliers[context.item->supplier];
        context.profile = &m_assortment.profiles[p.item];
        context.params = &p;
        context.stats = &m_stats[k];
        context.slot = m_slots[k];
        context.historyFirst = m_first;
        context.lastDay = m_last;
        context.discontinued = m_assortment.statuses[p.item] == "discontinued";
        SupplyPlan plan = planStockAndSupply(context);
        m_stockedOut[k] = plan.stockedOut ? 1 : 0;
        for (const OnHandPlan& balance : plan.onHand) {
            if (std::string_view(balance.status) == "available") m_availableNow[k] += balance.quantity;
            row[cItem] = idValue(m_itemIds[p.item]);
            row[cSite] = idValue(m_siteIds[p.site]);
            row[cLocation] = locationValue(p.site, balance.location);
            row[cLot] = balance.lot;
            row[cExpiry] = balance.expiry ? Value(domain::formatIsoDate(*balance.expiry)) : Value();
            row[cStatus] = std::string(balance.status);
            row[cQuantity] = balance.quantity;
            row[cAsOf] = asOf;
            sink.write(row);
        }
        m_poLines.insert(m_poLines.end(), plan.poLines.begin(), plan.poLines.end());
        tick(k + 1, itemSites.size());
    }
}

// Lines ordered from one supplier for one site on one day form one purchase order.
void DemoBuilder::writePurchaseOrders() {
    RecordSink& sink = beginStage("purchase_orders", "Purchase orders");
    const FieldPositions f(sink.type());
    std::vector<Value> row(sink.type().fields.size());
    // (order day, site, item) is unique (see stock_and_supply.cpp), so the order is total
    // and the same with every standard library's sort.
    std::sort(m_poLines.begin(), m_poLines.end(), [](const PoLinePlan& a, const PoLinePlan& b) {
        return std::tie(a.orderDay, a.site, a.supplier, a.item) <
               std::tie(b.orderDay, b.site, b.supplier, b.item);
    });
    m_poNumbers.resize(m_poLines.size());
    int orderNumber = 100000;
    int lineNo = 0;
    for (std::size_t k = 0; k < m_poLines.size(); ++k) {
        const PoLinePlan& line = m_poLines[k];
        const bool newOrder = k == 0 || line.orderDay != m_poLines[k - 1].orderDay ||
                              line.site != m_poLines[k - 1].site ||
                              line.supplier != m_poLines[k - 1].supplier;
        if (newOrder) {
            ++orderNumber;
            lineNo = 0;
        }
        m_poNumbers[k] = fmt::format("PO-{}", orderNumber);
        const std::string_view status(line.status);
        row[f("po_number")] = m_poNumbers[k];
        row[f("line")] = std::int64_t{++lineNo};
        row[f("supplier")] = m_assortment.suppliers[line.supplier].code;
        row[f("site")] = idValue(m_siteIds[line.site]);
        row[f("item")] = idValue(m_itemIds[line.item]);
        row[f("order_date")] = domain::formatIsoDate(line.orderDay);
        row[f("due_date")] = domain::formatIsoDate(line.dueDay);
        row[f("ordered_qty")] = line.ordered;
        row[f("received_qty")] = line.received;
        row[f("open_qty")] = status == "open" ? line.ordered - line.received : 0.0;
        row[f("status")] = std::string(status);
        sink.write(row);
        tick(k + 1, m_poLines.size());
    }
}

// One goods receipt document per purchase order and arrival day.
void DemoBuilder::writeReceipts() {
    RecordSink& sink = beginStage("receipts", "Receipts");
    const FieldPositions f(sink.type());
    std::vector<Value> row(sink.type().fields.size());
    m_receiptLines.assign(m_assortment.sites.size(), std::vector<int>(static_cast<std::size_t>(m_last - m_first + 1), 0));
    std::vector<std::size_t> arrived;
    for (std::size_t k = 0; k < m_poLines.size(); ++k)
        if (m_poLines[k].arrivalDay) arrived.push_back(k);
    std::sort(arrived.begin(), arrived.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(*m_poLines[a].arrivalDay, m_poLines[a].site, m_poNumbers[a], a) <
               std::tie(*m_poLines[b].arrivalDay, m_poLines[b].site, m_poNumbers[b], b);
    });
    int document = 500000;
    int lineNo = 0;
    int arrivalMinute = 0;
    std::string arrivedAt;
    Rng rng = makeRng(m_options.seed, Stream::Receipt);
    for (std::size_t n = 0; n < arrived.size(); ++n) {
        const PoLinePlan& line = m_poLines[arrived[n]];
        const bool newDocument = n == 0 ||
                                 *line.arrivalDay != *m_poLines[arrived[n - 1]].arrivalDay ||
                                 m_poNumbers[arrived[n]] != m_poNumbers[arrived[n - 1]];
        if (newDocument) {
            ++document;
            lineNo = 0;
            rng = makeRng(m_options.seed, Stream::Receipt, static_cast<std::uint64_t>(document));
            arrivalMinute =
                uniformInt(rng, 6 * 60, 14 * 60 + 30); // trucks arrive in the morning shift
            arrivedAt = utcTimestamp(*line.arrivalDay, arrivalMinute, uniformInt(rng, 0, 59));
        }
        const DayNumber day = *line.arrivalDay;
        // Put-away follows within hours; some recent receipts still wait at the dock.
        const bool pending = (day >= m_last - 1 && chance(rng, 0.3)) || chance(rng, 0.004);
        const int putAwayMinute = arrivalMinute + uniformInt(rng, 30, 300);
        const auto k = m_assortment.itemSiteOf(line.item, line.site);
        const SlotAssignment slot = k ? m_slots[*k] : SlotAssignment{};
        row[f("document")] = fmt::format("GR-{}", document);
        row[f("line")] = std::int64_t{++lineNo};
        row[f("po_number")] = m_poNumbers[arrived[n]];
        row[f("site")] = idValue(m_siteIds[line.site]);
        row[f("item")] = idValue(m_itemIds[line.item]);
        row[f("quantity")] = line.received;
        row[f("arrived_at")] = arrivedAt;
        row[f("put_away_at")] =
            pending ? Value() : Value(utcTimestamp(day, putAwayMinute, uniformInt(rng, 0, 59)));
        // Goods wait at the receiving dock until put away, then sit in reserve (or the pick bin).
        const auto& docks = m_layouts[line.site].docks();
        std::optional<std::size_t> where = slot.reserve ? slot.reserve : slot.forward;
        if (pending && !docks.empty())
            where = docks[static_cast<std::size_t>(document) % docks.size()];
        row[f("location")] = locationValue(line.site, where);
        sink.write(row);
        countWork(m_receiptLines, line.site, day);
        tick(n + 1, arrived.size());
    }
}

void DemoBuilder::writeOrders() {
    RecordSink& sink = beginStage("orders", "Customer orders");
    const FieldPositions f(sink.type());
    const auto cNumber = f("order_number"), cLine = f("line"), cCustomer = f("customer"),
               cSite = f("site"), cItem = f("item"), cOrdered = f("ordered_qty"),
               cShipped = f("shipped_qty"), cOrderedAt = f("ordered_at"),
               cRequested = f("requested_date"), cPromised = f("promised_date"),
               cShippedAt = f("shipped_at"), cPick = f("pick_location"), cPickErrors = f("pick_errors");
    m_shippedLines.assign(m_assortment.sites.size(), std::vector<int>(static_cast<std::size_t>(m_last - m_first + 1), 0));
    std::vector<Value> row(sink.type().fields.size());
    OrderContext context;
    context.seed = m_options.seed;
    context.sites = m_assortment.sites.size();
    context.customers = std::clamp<std::size_t>(m_assortment.items.size() / 4, 40, 9999);
    context.lastDay = m_last;
    context.stockedOut = [this](std::size_t item, std::size_t site) {
        const auto k = m_assortment.itemSiteOf(item, site);
        return k && m_stockedOut[*k] != 0;
    };
    generateCustomerOrders(
        context, m_recent,
        [&](const OrderLineRow& line) {
            const auto k = m_assortment.itemSiteOf(line.item, line.site);
            row[cNumber] = line.orderNumber;
            row[cLine] = std::int64_t{line.lineNo};
            row[cCustomer] = line.customer;
            row[cSite] = idValue(m_siteIds[line.site]);
            row[cItem] = idValue(m_itemIds[line.item]);
            row[cOrdered] = line.orderedQty;
            row[cShipped] = line.shippedQty;
            row[cOrderedAt] = line.orderedAt;
            row[cRequested] = domain::formatIsoDate(line.requestedDate);
            row[cPromised] = domain::formatIsoDate(line.promisedDate);
            row[cShippedAt] = line.shippedAt ? Value(*line.shippedAt) : Value();
            row[cPick] = locationValue(line.site, k ? m_slots[*k].forward : std::nullopt);
            // Packing checks every shipped line; a few carry a pick error. A stream of its own per
            // line, so the orders themselves stay as before.
            row[cPickErrors] = Value();
            if (line.shippedAt) {
                Rng check = makeRng(m_options.seed, Stream::PickCheck, fnv1a(line.orderNumber),
                                    static_cast<std::uint64_t>(line.lineNo));
                row[cPickErrors] = std::int64_t{chance(check, 0.004) ? 1 : 0};
                if (auto day = domain::parseIsoDate(std::string_view(*line.shippedAt).substr(0, 10)))
                    countWork(m_shippedLines, line.site, *day);
            }
            sink.write(row);
        },
        [&](std::size_t done, std::size_t total) {
            checkCancelled();
            m_progress.report(done, total);
        });
    std::vector<RecentDemandLine>().swap(m_recent);
}

} // namespace stocktower::demo
