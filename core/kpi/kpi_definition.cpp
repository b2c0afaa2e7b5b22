#include "kpi/kpi_definition.h"

#include <fmt/format.h>

#include <cmath>

namespace stocktower::kpi {

namespace {

using G = KpiGroup;
using D = Direction;
using U = Unit;

std::vector<KpiDefinition> buildDefinitions() {
    return {
        {"otif", "OTIF", U::Ratio, D::HigherIsBetter, G::Service,
         "orders with every line shipped within the commit-date window and in full (within the quantity "
         "tolerance) / orders due in the week",
         "orders", 20, "orders"},
        {"unit_fill_rate", "Unit fill rate", U::Ratio, D::HigherIsBetter, G::Service,
         "units shipped (up to the quantity ordered) / units ordered, on lines due in the week", "orders", 20, "lines"},
        {"line_fill_rate", "Line fill rate", U::Ratio, D::HigherIsBetter, G::Service,
         "lines shipped complete / lines due in the week", "orders", 20, "lines"},
        {"order_fill_rate", "Order fill rate", U::Ratio, D::HigherIsBetter, G::Service,
         "orders with every line shipped complete / orders due in the week", "orders", 20, "orders"},
        {"on_time_shipment", "On-time shipment", U::Ratio, D::HigherIsBetter, G::Service,
         "orders whose lines all shipped on or before the commit date / orders due in the week", "orders", 20,
         "orders"},
        {"stockout_rate", "Stockout rate", U::Ratio, D::LowerIsBetter, G::Service,
         "SKU-days with no available stock / SKU-days of active items planned at the site (daily balances rolled "
         "from the nearest on-hand snapshot by put-aways and shipments)",
         "on_hand, receipts, orders, item_sites", 50, "SKU-days"},
        {"dock_to_stock_hours", "Dock-to-stock", U::Hours, D::LowerIsBetter, G::Time,
         "mean hours from arrival to put-away confirmed, receipt lines put away in the week", "receipts", 10,
         "receipt lines"},
        {"order_cycle_time_hours", "Internal order cycle time", U::Hours, D::LowerIsBetter, G::Time,
         "mean hours from order receipt to its last shipment, orders shipped in the week", "orders", 20, "orders"},
        {"picking_accuracy", "Order picking accuracy", U::Ratio, D::HigherIsBetter, G::Quality,
         "orders shipped in the week whose checked lines had no pick error / orders checked", "orders (pick_errors)",
         20, "orders checked"},
        {"record_accuracy", "Inventory record accuracy", U::Ratio, D::HigherIsBetter, G::Quality,
         "counts within tolerance (A/B/C by usage value) / counts in the week; each count judged on its own, "
         "variances never netted",
         "cycle_counts", 20, "counts"},
        {"record_accuracy_value", "Record accuracy by value", U::Ratio, D::HigherIsBetter, G::Quality,
         "1 - sum of |variance| x cost / sum of book quantity x cost, counts in the week", "cycle_counts", 20,
         "counts"},
        {"lines_per_labour_hour", "Lines picked per labour hour", U::PerHour, D::HigherIsBetter, G::Productivity,
         "order lines shipped in the week / picking labour hours in the week", "orders, labour_hours", 8,
         "picking hours"},
        {"capacity_used", "Capacity used", U::Ratio, D::HigherIsBetter, G::Capacity,
         "usable storage locations holding stock / usable storage locations (forward and reserve), at the "
         "week's on-hand snapshot",
         "locations, on_hand", 10, "locations"},
        {"inventory_turns", "Inventory turns", U::Turns, D::HigherIsBetter, G::Inventory,
         "cost of goods shipped in the trailing demand window, annualised / average inventory at cost",
         "orders, on_hand, items", 1, "snapshots"},
        {"days_on_hand", "Days on hand", U::Days, D::LowerIsBetter, G::Inventory, "365 / inventory turns",
         "orders, on_hand, items", 1, "snapshots"},
        {"days_of_supply", "Days of supply", U::Days, D::LowerIsBetter, G::Inventory,
         "inventory at cost / average daily cost of goods shipped in the trailing demand window",
         "orders, on_hand, items", 1, "snapshots"},
        {"carrying_cost", "Carrying cost (annual)", U::Currency, D::LowerIsBetter, G::Inventory,
         "average inventory at cost x carrying cost rate", "on_hand, items", 1, "snapshots"},
        {"aged_over_90_share", "Stock aged over 90 days", U::Ratio, D::LowerIsBetter, G::Inventory,
         "inventory value in FIFO receipt layers older than 90 days / inventory value", "on_hand, receipts, items",
         1, "snapshots"},
    };
}

std::string withThousands(double value) {
    const auto rounded = static_cast<long long>(std::llround(std::fabs(value)));
    std::string digits = std::to_string(rounded);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return (value < 0 && rounded != 0 ? "-" : "") + out;
}

} // namespace

const std::vector<KpiDefinition>& kpiDefinitions() {
    static const std::vector<KpiDefinition> definitions = buildDefinitions();
    return definitions;
}

const KpiDefinition* findKpi(std::string_view id) {
    for (const auto& definition : kpiDefinitions())
        if (definition.id == id) return &definition;
    return nullptr;
}

std::string_view groupName(KpiGroup group) {
    switch (group) {
    case G::Service: return "Service";
    case G::Time: return "Time";
    case G::Quality: return "Quality";
    case G::Productivity: return "Productivity";
    case G::Capacity: return "Capacity";
    case G::Inventory: return "Inventory";
    }
    return "";
}

std::string_view unitName(Unit unit) {
    switch (unit) {
    case U::Ratio: return "%";
    case U::Hours: return "h";
    case U::Days: return "days";
    case U::PerHour: return "lines/h";
    case U::Turns: return "turns";
    case U::Currency: return "cost";
    }
    return "";
}

std::string_view directionSymbol(Direction direction) {
    return direction == D::HigherIsBetter ? "▲" : "▼";
}

std::string formatKpiValue(Unit unit, double value) {
    switch (unit) {
    case U::Ratio: return fmt::format("{:.1f} %", value * 100.0);
    case U::Hours: return fmt::format("{:.1f} h", value);
    case U::Days: return fmt::format("{:.1f} d", value);
    case U::PerHour: return fmt::format("{:.1f}/h", value);
    case U::Turns: return fmt::format("{:.2f}", value);
    case U::Currency: return withThousands(value);
    }
    return fmt::format("{}", value);
}

std::string formatKpiChange(Unit unit, double change) {
    const char* sign = change > 0 ? "+" : change < 0 ? "-" : "±";
    const double size = std::fabs(change);
    switch (unit) {
    case U::Ratio: return fmt::format("{}{:.1f} pp", sign, size * 100.0);
    case U::Hours: return fmt::format("{}{:.1f} h", sign, size);
    case U::Days: return fmt::format("{}{:.1f} d", sign, size);
    case U::PerHour: return fmt::format("{}{:.1f}/h", sign, size);
    case U::Turns: return fmt::format("{}{:.2f}", sign, size);
    case U::Currency: return sign + withThousands(size);
    }
    return "";
}

} // namespace stocktower::kpi
