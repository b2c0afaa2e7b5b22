#include "kpi/flow_kpis.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace stocktower::kpi {

KpiValue computeDockToStock(const std::vector<store::ReceiptFact>& putAway, const SiteWeek& period) {
    double hours = 0;
    std::int64_t lines = 0;
    for (const auto& receipt : putAway) {
        if (!receipt.putAwayAt || *receipt.putAwayAt < period.startUtc || *receipt.putAwayAt >= period.endUtc)
            continue;
        hours += static_cast<double>(*receipt.putAwayAt - receipt.arrivedAt) / 3600.0;
        ++lines;
    }
    auto value = ratioValue("dock_to_stock_hours", hours, static_cast<double>(lines), lines,
                            kpiNote(util::MessageId::KpiNoteNoReceiptPutAway));
    value.inputs = nlohmann::json{{"population", "receipt lines put away in the week"}}.dump();
    return value;
}

KpiValue computeOrderCycleTime(const std::vector<store::OrderLineFact>& shipped, const SiteWeek& period) {
    struct Span {
        std::int64_t ordered = 0;
        std::int64_t lastShipped = 0;
        bool any = false;
    };
    std::map<std::string, Span> orders;
    for (const auto& line : shipped) {
        if (!line.shippedAt || *line.shippedAt < period.startUtc || *line.shippedAt >= period.endUtc) continue;
        Span& span = orders[line.orderNumber];
        span.ordered = span.any ? std::min(span.ordered, line.orderedAt) : line.orderedAt;
        span.lastShipped = std::max(span.lastShipped, *line.shippedAt);
        span.any = true;
    }
    double hours = 0;
    for (const auto& [number, span] : orders) hours += static_cast<double>(span.lastShipped - span.ordered) / 3600.0;
    const auto count = static_cast<std::int64_t>(orders.size());
    auto value = ratioValue("order_cycle_time_hours", hours, static_cast<double>(count), count,
                            kpiNote(util::MessageId::KpiNoteNoOrderShipped));
    value.inputs = nlohmann::json{{"population", "orders with lines shipped in the week"}}.dump();
    return value;
}

KpiValue computePickingAccuracy(const std::vector<store::OrderLineFact>& shipped) {
    struct Check {
        bool checked = false;
        bool errorFree = true;
    };
    std::map<std::string, Check> orders;
    for (const auto& line : shipped) {
        if (!line.pickErrors) continue;
        Check& check = orders[line.orderNumber];
        check.checked = true;
        check.errorFree = check.errorFree && *line.pickErrors == 0;
    }
    std::int64_t errorFree = 0;
    for (const auto& [number, check] : orders) errorFree += check.errorFree ? 1 : 0;
    const auto checked = static_cast<std::int64_t>(orders.size());
    auto value = ratioValue("picking_accuracy", static_cast<double>(errorFree), static_cast<double>(checked), checked,
                            kpiNote(util::MessageId::KpiNoteNoPickChecks));
    value.inputs = nlohmann::json{{"population", "orders shipped in the week with checked lines"}}.dump();
    return value;
}

KpiValue computeLinesPerLabourHour(const std::vector<store::OrderLineFact>& shipped,
                                   const std::vector<store::LabourFact>& labour) {
    double hours = 0;
    for (const auto& row : labour)
        if (row.activity == "picking") hours += row.hours;
    const auto lines = static_cast<double>(shipped.size());
    auto value = ratioValue("lines_per_labour_hour", lines, hours, static_cast<std::int64_t>(hours),
                            kpiNote(util::MessageId::KpiNoteNoLabourHours));
    value.inputs = nlohmann::json{{"lines", "order lines shipped in the week"}, {"hours", "labour_hours, activity picking"}}
                       .dump();
    return value;
}

} // namespace stocktower::kpi
