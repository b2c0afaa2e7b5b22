#include "kpi/service_kpis.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace stocktower::kpi {

using domain::DayNumber;

DayNumber dueDay(const store::OrderLineFact& line, const SiteWeek& period) {
    if (line.promisedDate) return *line.promisedDate;
    if (line.requestedDate) return *line.requestedDate;
    const std::int64_t local = period.zone.toLocal(line.orderedAt);
    DayNumber day = period.zone.localDay(line.orderedAt);
    const auto minute = static_cast<int>((local - std::int64_t{day} * 86400) / 60);
    if (period.cutoffMinute && minute >= *period.cutoffMinute) ++day;
    return day;
}

namespace {

struct OrderTally {
    bool allDecided = true;
    bool inFull = true;
    bool onTimeInFull = true;
    bool shippedOnTime = true;
};

} // namespace

std::vector<KpiValue> computeServiceKpis(const std::vector<store::OrderLineFact>& lines, const SiteWeek& period,
                                         const ServiceRules& rules) {
    const DayNumber today = period.today();
    double unitsOrdered = 0, unitsShipped = 0;
    std::int64_t linesDecided = 0, linesComplete = 0, pending = 0;
    std::map<std::string, OrderTally> orders;
    for (const auto& line : lines) {
        if (line.orderedQty <= 0) continue;
        const DayNumber due = dueDay(line, period);
        if (due < period.firstDay || due > period.lastDay) continue;
        OrderTally& order = orders[line.orderNumber];
        const bool shipped = line.shippedAt.has_value();
        // A line not shipped is failed only once its whole on-time window has passed.
        const bool decided = shipped || today > due + rules.lateDays;
        if (!decided) {
            order.allDecided = false;
            ++pending;
            continue;
        }
        const double shippedQty = shipped ? std::min(line.shippedQty, line.orderedQty) : 0.0;
        const bool inFull = shipped && line.shippedQty >= line.orderedQty * (1.0 - rules.inFullTolerance) - 1e-9;
        const DayNumber shipDay = shipped ? period.zone.localDay(*line.shippedAt) : 0;
        const bool inWindow = shipped && shipDay >= due - rules.earlyDays && shipDay <= due + rules.lateDays;
        const bool byDue = shipped && shipDay <= due;
        unitsOrdered += line.orderedQty;
        unitsShipped += shippedQty;
        ++linesDecided;
        if (inFull) ++linesComplete;
        order.inFull = order.inFull && inFull;
        order.onTimeInFull = order.onTimeInFull && inFull && inWindow;
        order.shippedOnTime = order.shippedOnTime && byDue;
    }
    std::int64_t ordersDecided = 0, ordersInFull = 0, ordersOtif = 0, ordersOnTime = 0;
    for (const auto& [number, order] : orders) {
        if (!order.allDecided) continue;
        ++ordersDecided;
        ordersInFull += order.inFull ? 1 : 0;
        ordersOtif += order.onTimeInFull ? 1 : 0;
        ordersOnTime += order.shippedOnTime ? 1 : 0;
    }
    const std::string noLines = kpiNote(util::MessageId::KpiNoteNoLinesDue);
    const std::string noOrders = kpiNote(util::MessageId::KpiNoteNoOrdersDue);
    const nlohmann::json inputs = {{"population", "order lines due in the week"},
                                   {"due_from", domain::formatIsoDate(period.firstDay)},
                                   {"due_to", domain::formatIsoDate(period.lastDay)},
                                   {"pending_lines", pending},
                                   {"otif_window_days", {-rules.earlyDays, rules.lateDays}},
                                   {"in_full_tolerance", rules.inFullTolerance}};
    std::vector<KpiValue> values{
        ratioValue("unit_fill_rate", unitsShipped, unitsOrdered, linesDecided, noLines),
        ratioValue("line_fill_rate", static_cast<double>(linesComplete), static_cast<double>(linesDecided),
                   linesDecided, noLines),
        ratioValue("order_fill_rate", static_cast<double>(ordersInFull), static_cast<double>(ordersDecided),
                   ordersDecided, noOrders),
        ratioValue("otif", static_cast<double>(ordersOtif), static_cast<double>(ordersDecided), ordersDecided,
                   noOrders),
        ratioValue("on_time_shipment", static_cast<double>(ordersOnTime), static_cast<double>(ordersDecided),
                   ordersDecided, noOrders),
    };
    for (auto& value : values) value.inputs = inputs.dump();
    return values;
}

} // namespace stocktower::kpi
