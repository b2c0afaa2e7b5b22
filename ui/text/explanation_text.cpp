#include "text/explanation_text.h"

#include "text/core_text.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <utility>

namespace stocktower::ui {

namespace {

struct NameTitle {
    std::string_view name;
    const char* title;
};

// Every name the inventory calculations explain with (core/inventory), listed for lupdate.
constexpr std::array kNames{
    NameTitle{"achieved_cycle_service_level", QT_TRANSLATE_NOOP("ExplainName", "Cycle service level achieved")},
    NameTitle{"achieved_fill_rate", QT_TRANSLATE_NOOP("ExplainName", "Fill rate achieved")},
    NameTitle{"annual_cost", QT_TRANSLATE_NOOP("ExplainName", "Annual cost")},
    NameTitle{"annual_cost_at_rounded", QT_TRANSLATE_NOOP("ExplainName", "Annual cost at the rounded quantity")},
    NameTitle{"annual_demand", QT_TRANSLATE_NOOP("ExplainName", "Annual demand")},
    NameTitle{"average_inventory", QT_TRANSLATE_NOOP("ExplainName", "Average inventory")},
    NameTitle{"case_pack", QT_TRANSLATE_NOOP("ExplainName", "Case pack")},
    NameTitle{"committed", QT_TRANSLATE_NOOP("ExplainName", "Committed to customer orders")},
    NameTitle{"critical_ratio", QT_TRANSLATE_NOOP("ExplainName", "Critical ratio")},
    NameTitle{"cycle_service_level", QT_TRANSLATE_NOOP("ExplainName", "Cycle service level")},
    NameTitle{"cycle_stock", QT_TRANSLATE_NOOP("ExplainName", "Cycle stock")},
    NameTitle{"demand_mean", QT_TRANSLATE_NOOP("ExplainName", "Mean demand")},
    NameTitle{"demand_rate", QT_TRANSLATE_NOOP("ExplainName", "Demand rate")},
    NameTitle{"demand_sd", QT_TRANSLATE_NOOP("ExplainName", "Demand standard deviation")},
    NameTitle{"density", QT_TRANSLATE_NOOP("ExplainName", "Density at the level")},
    NameTitle{"eoq", QT_TRANSLATE_NOOP("ExplainName", "Economic order quantity")},
    NameTitle{"expected_cost", QT_TRANSLATE_NOOP("ExplainName", "Expected cost")},
    NameTitle{"expected_shortage_per_cycle", QT_TRANSLATE_NOOP("ExplainName", "Expected shortage per cycle")},
    NameTitle{"fill_rate", QT_TRANSLATE_NOOP("ExplainName", "Fill rate")},
    NameTitle{"holding_cost", QT_TRANSLATE_NOOP("ExplainName", "Holding cost")},
    NameTitle{"holding_cost_per_year", QT_TRANSLATE_NOOP("ExplainName", "Holding cost per year")},
    NameTitle{"holding_rate", QT_TRANSLATE_NOOP("ExplainName", "Holding rate")},
    NameTitle{"inventory_investment", QT_TRANSLATE_NOOP("ExplainName", "Inventory investment")},
    NameTitle{"k", QT_TRANSLATE_NOOP("ExplainName", "Safety factor k (fill rate)")},
    NameTitle{"lead_time", QT_TRANSLATE_NOOP("ExplainName", "Lead time")},
    NameTitle{"lead_time_sd", QT_TRANSLATE_NOOP("ExplainName", "Lead time standard deviation")},
    NameTitle{"level", QT_TRANSLATE_NOOP("ExplainName", "Stock level")},
    NameTitle{"loss", QT_TRANSLATE_NOOP("ExplainName", "Expected shortage (loss function)")},
    NameTitle{"loss_k", QT_TRANSLATE_NOOP("ExplainName", "Standard loss G(k)")},
    NameTitle{"loss_target", QT_TRANSLATE_NOOP("ExplainName", "Shortage allowed per cycle")},
    NameTitle{"loss_value", QT_TRANSLATE_NOOP("ExplainName", "Standard loss allowed")},
    NameTitle{"max_cover", QT_TRANSLATE_NOOP("ExplainName", "Maximum cover")},
    NameTitle{"max_level", QT_TRANSLATE_NOOP("ExplainName", "Maximum level")},
    NameTitle{"mean_p", QT_TRANSLATE_NOOP("ExplainName", "Mean demand over the protection interval")},
    NameTitle{"min_cover", QT_TRANSLATE_NOOP("ExplainName", "Minimum cover")},
    NameTitle{"min_level", QT_TRANSLATE_NOOP("ExplainName", "Minimum level")},
    NameTitle{"moq", QT_TRANSLATE_NOOP("ExplainName", "Minimum order quantity")},
    NameTitle{"on_hand", QT_TRANSLATE_NOOP("ExplainName", "On hand")},
    NameTitle{"open_receipts_within", QT_TRANSLATE_NOOP("ExplainName", "Open receipts due within the horizon")},
    NameTitle{"order_cost", QT_TRANSLATE_NOOP("ExplainName", "Order cost")},
    NameTitle{"order_multiple", QT_TRANSLATE_NOOP("ExplainName", "Order multiple")},
    NameTitle{"order_quantity", QT_TRANSLATE_NOOP("ExplainName", "Order quantity")},
    NameTitle{"order_up_to_level", QT_TRANSLATE_NOOP("ExplainName", "Order-up-to level")},
    NameTitle{"ordering_cost_per_year", QT_TRANSLATE_NOOP("ExplainName", "Ordering cost per year")},
    NameTitle{"orders_per_year", QT_TRANSLATE_NOOP("ExplainName", "Orders per year")},
    NameTitle{"periods_per_year", QT_TRANSLATE_NOOP("ExplainName", "Planning periods per year")},
    NameTitle{"projected_available", QT_TRANSLATE_NOOP("ExplainName", "Projected available")},
    NameTitle{"proposed_quantity", QT_TRANSLATE_NOOP("ExplainName", "Proposed order quantity")},
    NameTitle{"protection_interval", QT_TRANSLATE_NOOP("ExplainName", "Protection interval")},
    NameTitle{"reorder_point", QT_TRANSLATE_NOOP("ExplainName", "Reorder point")},
    NameTitle{"review_period", QT_TRANSLATE_NOOP("ExplainName", "Review period")},
    NameTitle{"rounded_quantity", QT_TRANSLATE_NOOP("ExplainName", "Rounded order quantity")},
    NameTitle{"safety_stock", QT_TRANSLATE_NOOP("ExplainName", "Safety stock")},
    NameTitle{"safety_stock_unbounded", QT_TRANSLATE_NOOP("ExplainName", "Safety stock before the cover bounds")},
    NameTitle{"safety_stock_value", QT_TRANSLATE_NOOP("ExplainName", "Safety stock value")},
    NameTitle{"service_factor", QT_TRANSLATE_NOOP("ExplainName", "Service factor")},
    NameTitle{"service_level", QT_TRANSLATE_NOOP("ExplainName", "Service level target")},
    NameTitle{"shortage_cost", QT_TRANSLATE_NOOP("ExplainName", "Shortage cost")},
    NameTitle{"shortage_cost_per_year", QT_TRANSLATE_NOOP("ExplainName", "Shortage cost per year")},
    NameTitle{"sigma_p", QT_TRANSLATE_NOOP("ExplainName", "Standard deviation over the protection interval")},
    NameTitle{"step", QT_TRANSLATE_NOOP("ExplainName", "Rounding step")},
    NameTitle{"stockout_cost", QT_TRANSLATE_NOOP("ExplainName", "Stockout cost")},
    NameTitle{"total_cost_per_year", QT_TRANSLATE_NOOP("ExplainName", "Total cost per year")},
    NameTitle{"turns", QT_TRANSLATE_NOOP("ExplainName", "Inventory turns")},
    NameTitle{"unit_cost", QT_TRANSLATE_NOOP("ExplainName", "Unit cost")},
    NameTitle{"unit_price", QT_TRANSLATE_NOOP("ExplainName", "Unit price")},
    NameTitle{"z", QT_TRANSLATE_NOOP("ExplainName", "Safety factor z (cycle service level)")},
};

// The words units are written with, each translated on its own: "money/unit/yr".
constexpr std::array kUnitWords{
    std::pair<std::string_view, const char*>{"units", QT_TRANSLATE_NOOP("ExplainUnit", "units")},
    std::pair<std::string_view, const char*>{"unit", QT_TRANSLATE_NOOP("ExplainUnit", "unit")},
    std::pair<std::string_view, const char*>{"money", QT_TRANSLATE_NOOP("ExplainUnit", "money")},
    std::pair<std::string_view, const char*>{"order", QT_TRANSLATE_NOOP("ExplainUnit", "order")},
    std::pair<std::string_view, const char*>{"period", QT_TRANSLATE_NOOP("ExplainUnit", "period")},
    std::pair<std::string_view, const char*>{"periods", QT_TRANSLATE_NOOP("ExplainUnit", "periods")},
    //: a unit of time as the calculation was given it
    std::pair<std::string_view, const char*>{"time", QT_TRANSLATE_NOOP("ExplainUnit", "time")},
    //: year, abbreviated
    std::pair<std::string_view, const char*>{"yr", QT_TRANSLATE_NOOP("ExplainUnit", "yr")},
    std::pair<std::string_view, const char*>{"turns", QT_TRANSLATE_NOOP("ExplainUnit", "turns")},
};

QString unitWord(std::string_view word) {
    for (const auto& [id, text] : kUnitWords)
        if (id == word) return QCoreApplication::translate("ExplainUnit", text);
    return QString::fromUtf8(word.data(), static_cast<qsizetype>(word.size()));
}

} // namespace

QString explainNameTitle(std::string_view name) {
    for (const auto& entry : kNames)
        if (entry.name == name) return QCoreApplication::translate("ExplainName", entry.title);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

QString explainUnitText(std::string_view unit) {
    QStringList words;
    while (!unit.empty()) {
        const auto slash = unit.find('/');
        words << unitWord(unit.substr(0, slash));
        unit = slash == std::string_view::npos ? std::string_view() : unit.substr(slash + 1);
    }
    return words.join(QLatin1Char('/'));
}

QString explainSourceText(const inventory::ExplainSource& source) {
    return coreTexts(source).join(QStringLiteral("; "));
}

} // namespace stocktower::ui
