#include "text/kpi_help.h"

#include "text/kpi_text.h"

#include <QCoreApplication>

namespace stocktower::ui {

namespace {

struct KpiHelp {
    const char* id;
    const char* definition;
    const char* unit;
};

// Keyed by the registry's id; the texts are for people and translated (lupdate reads the NOOP
// markers), the registry's own English formula stays for the command line.
const KpiHelp kKpiHelp[] = {
    {"otif",
     QT_TRANSLATE_NOOP("KpiHelp", "share of orders due in the week that shipped on time (every line within the "
                                  "commit-date window) and in full (within the quantity tolerance)"),
     QT_TRANSLATE_NOOP("KpiHelp", "% of orders")},
    {"unit_fill_rate",
     QT_TRANSLATE_NOOP("KpiHelp", "share of ordered units shipped from stock (up to the quantity ordered), on the "
                                  "order lines due in the week"),
     QT_TRANSLATE_NOOP("KpiHelp", "% of units")},
    {"line_fill_rate",
     QT_TRANSLATE_NOOP("KpiHelp", "share of order lines due in the week that shipped complete"),
     QT_TRANSLATE_NOOP("KpiHelp", "% of lines")},
    {"order_fill_rate",
     QT_TRANSLATE_NOOP("KpiHelp", "share of orders due in the week whose every line shipped complete"),
     QT_TRANSLATE_NOOP("KpiHelp", "% of orders")},
    {"on_time_shipment",
     QT_TRANSLATE_NOOP("KpiHelp", "share of orders due in the week whose lines all shipped on or before the "
                                  "commit date"),
     QT_TRANSLATE_NOOP("KpiHelp", "% of orders")},
    {"stockout_rate",
     QT_TRANSLATE_NOOP("KpiHelp", "share of SKU-days of the week on which an active item planned at the site had "
                                  "no available stock (daily balances rolled from the nearest on-hand snapshot)"),
     QT_TRANSLATE_NOOP("KpiHelp", "% of SKU-days")},
    {"dock_to_stock_hours",
     QT_TRANSLATE_NOOP("KpiHelp", "mean time from a receipt's arrival at the dock to its put-away confirmed, over "
                                  "the receipt lines put away in the week"),
     QT_TRANSLATE_NOOP("KpiHelp", "hours")},
    {"order_cycle_time_hours",
     QT_TRANSLATE_NOOP("KpiHelp", "mean time from receiving a customer order to its last shipment, over the orders "
                                  "shipped in the week"),
     QT_TRANSLATE_NOOP("KpiHelp", "hours")},
    {"picking_accuracy",
     QT_TRANSLATE_NOOP("KpiHelp", "share of the orders checked in the week whose lines had no pick error"),
     QT_TRANSLATE_NOOP("KpiHelp", "% of orders checked")},
    {"record_accuracy",
     QT_TRANSLATE_NOOP("KpiHelp", "share of the week's cycle counts within tolerance (A ±1 %, B ±3 %, C ±5 % of "
                                  "the book quantity); each count judged on its own, variances never netted"),
     QT_TRANSLATE_NOOP("KpiHelp", "% of counts")},
    {"record_accuracy_value",
     QT_TRANSLATE_NOOP("KpiHelp", "1 − the sum of |count variance| × unit cost ÷ the sum of book quantity × unit "
                                  "cost, over the week's cycle counts"),
     QT_TRANSLATE_NOOP("KpiHelp", "% of book value")},
    {"lines_per_labour_hour",
     QT_TRANSLATE_NOOP("KpiHelp", "order lines shipped in the week ÷ picking labour hours booked in the week"),
     QT_TRANSLATE_NOOP("KpiHelp", "lines per labour hour")},
    {"capacity_used",
     QT_TRANSLATE_NOOP("KpiHelp", "share of usable storage locations (forward and reserve) holding stock at the "
                                  "week's on-hand snapshot"),
     QT_TRANSLATE_NOOP("KpiHelp", "% of locations")},
    {"inventory_turns",
     QT_TRANSLATE_NOOP("KpiHelp", "cost of goods shipped over the trailing demand window, annualised, ÷ average "
                                  "inventory at cost"),
     QT_TRANSLATE_NOOP("KpiHelp", "turns per year")},
    {"days_on_hand",
     QT_TRANSLATE_NOOP("KpiHelp", "365 ÷ inventory turns: how many days the average inventory lasts at the "
                                  "yearly rate of shipments"),
     QT_TRANSLATE_NOOP("KpiHelp", "days")},
    {"days_of_supply",
     QT_TRANSLATE_NOOP("KpiHelp", "inventory at cost ÷ average daily cost of goods shipped over the trailing "
                                  "demand window"),
     QT_TRANSLATE_NOOP("KpiHelp", "days")},
    {"carrying_cost",
     QT_TRANSLATE_NOOP("KpiHelp", "average inventory at cost × the carrying cost rate (capital, storage, service "
                                  "and risk) for one year"),
     QT_TRANSLATE_NOOP("KpiHelp", "currency per year")},
    {"aged_over_90_share",
     QT_TRANSLATE_NOOP("KpiHelp", "share of inventory value held in receipt layers (first in, first out) older "
                                  "than 90 days"),
     QT_TRANSLATE_NOOP("KpiHelp", "% of inventory value")},
};

const KpiHelp* findHelp(const kpi::KpiDefinition& definition) {
    for (const auto& help : kKpiHelp)
        if (definition.id == help.id) return &help;
    return nullptr;
}

class KpiHelpText {
    Q_DECLARE_TR_FUNCTIONS(KpiHelpText)
};

} // namespace

QString kpiDefinitionText(const kpi::KpiDefinition& definition) {
    const auto* help = findHelp(definition);
    return help ? QCoreApplication::translate("KpiHelp", help->definition) : QString();
}

QString kpiUnitLongText(const kpi::KpiDefinition& definition) {
    const auto* help = findHelp(definition);
    return help ? QCoreApplication::translate("KpiHelp", help->unit) : kpiUnitText(definition.unit);
}

QString kpiTooltipText(const kpi::KpiDefinition& definition) {
    QString text = kpiDefinitionText(definition);
    if (text.isEmpty()) text = QString::fromStdString(definition.formula); // a KPI added to the registry later
    return KpiHelpText::tr("%1: %2. Unit: %3; %4.")
        .arg(kpiName(definition), text, kpiUnitLongText(definition), kpiDirectionText(definition.direction));
}

} // namespace stocktower::ui
