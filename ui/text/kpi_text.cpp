#include "text/kpi_text.h"

#include "text/core_text.h"
#include "text/locale_numbers.h"

#include <QCoreApplication>

#include <cmath>
#include <utility>

namespace stocktower::ui {

namespace {

// The registry's English names, listed for the translators (lupdate reads the NOOP markers).
const std::pair<const char*, const char*> kKpiNames[] = {
    {"otif", QT_TRANSLATE_NOOP("KpiNames", "OTIF")},
    {"unit_fill_rate", QT_TRANSLATE_NOOP("KpiNames", "Unit fill rate")},
    {"line_fill_rate", QT_TRANSLATE_NOOP("KpiNames", "Line fill rate")},
    {"order_fill_rate", QT_TRANSLATE_NOOP("KpiNames", "Order fill rate")},
    {"on_time_shipment", QT_TRANSLATE_NOOP("KpiNames", "On-time shipment")},
    {"stockout_rate", QT_TRANSLATE_NOOP("KpiNames", "Stockout rate")},
    {"dock_to_stock_hours", QT_TRANSLATE_NOOP("KpiNames", "Dock-to-stock")},
    {"order_cycle_time_hours", QT_TRANSLATE_NOOP("KpiNames", "Internal order cycle time")},
    {"picking_accuracy", QT_TRANSLATE_NOOP("KpiNames", "Order picking accuracy")},
    {"record_accuracy", QT_TRANSLATE_NOOP("KpiNames", "Inventory record accuracy")},
    {"record_accuracy_value", QT_TRANSLATE_NOOP("KpiNames", "Record accuracy by value")},
    {"lines_per_labour_hour", QT_TRANSLATE_NOOP("KpiNames", "Lines picked per labour hour")},
    {"capacity_used", QT_TRANSLATE_NOOP("KpiNames", "Capacity used")},
    {"inventory_turns", QT_TRANSLATE_NOOP("KpiNames", "Inventory turns")},
    {"days_on_hand", QT_TRANSLATE_NOOP("KpiNames", "Days on hand")},
    {"days_of_supply", QT_TRANSLATE_NOOP("KpiNames", "Days of supply")},
    {"carrying_cost", QT_TRANSLATE_NOOP("KpiNames", "Carrying cost (annual)")},
    {"aged_over_90_share", QT_TRANSLATE_NOOP("KpiNames", "Stock aged over 90 days")},
};

// The translation context of the texts below.
class KpiText {
    Q_DECLARE_TR_FUNCTIONS(KpiText)
};

} // namespace

QString kpiName(const kpi::KpiDefinition& definition) {
    for (const auto& [id, name] : kKpiNames)
        if (definition.id == id) return QCoreApplication::translate("KpiNames", name);
    return QString::fromStdString(definition.name); // a KPI added to the registry later
}

QString kpiGroupTitle(kpi::KpiGroup group) {
    switch (group) {
    case kpi::KpiGroup::Service: return KpiText::tr("Service");
    case kpi::KpiGroup::Time: return KpiText::tr("Time");
    case kpi::KpiGroup::Quality: return KpiText::tr("Quality");
    case kpi::KpiGroup::Productivity: return KpiText::tr("Productivity");
    case kpi::KpiGroup::Capacity: return KpiText::tr("Capacity");
    case kpi::KpiGroup::Inventory: return KpiText::tr("Inventory");
    }
    return {};
}

namespace {

QString sampleUnitTitle(const std::string& unit) {
    // The registry's sample units (core/kpi/kpi_definition.cpp).
    static const std::pair<const char*, const char*> kUnits[] = {
        {"SKU-days", QT_TRANSLATE_NOOP("KpiText", "SKU-days")},
        {"counts", QT_TRANSLATE_NOOP("KpiText", "counts")},
        {"lines", QT_TRANSLATE_NOOP("KpiText", "lines")},
        {"locations", QT_TRANSLATE_NOOP("KpiText", "locations")},
        {"orders checked", QT_TRANSLATE_NOOP("KpiText", "orders checked")},
        {"orders", QT_TRANSLATE_NOOP("KpiText", "orders")},
        {"snapshots", QT_TRANSLATE_NOOP("KpiText", "snapshots")},
        {"picking hours", QT_TRANSLATE_NOOP("KpiText", "picking hours")},
        {"receipt lines", QT_TRANSLATE_NOOP("KpiText", "receipt lines")},
    };
    for (const auto& [id, text] : kUnits)
        if (unit == id) return QCoreApplication::translate("KpiText", text);
    return QString::fromStdString(unit);
}

} // namespace

QString kpiSampleUnitText(const kpi::KpiDefinition& definition) { return sampleUnitTitle(definition.sampleUnit); }

QString kpiNoteText(const std::string& note) {
    auto message = util::recogniseEnglish(note, util::kKpiNoteFirst, util::kKpiNoteLast);
    if (!message) return QString::fromStdString(note);
    // The sample unit among the arguments is the registry's English word.
    if (message->id == util::MessageId::KpiNoteSampleBelowMinimum && message->args.size() > 1)
        message->args[1] = sampleUnitTitle(message->args[1]).toStdString();
    return coreText(*message);
}

std::span<const char* const> kpiOfferedBenchmarkLevels() {
    static const char* const kLevels[] = {
        QT_TRANSLATE_NOOP("KpiText", "best in class"), QT_TRANSLATE_NOOP("KpiText", "advantage"),
        QT_TRANSLATE_NOOP("KpiText", "median"),        QT_TRANSLATE_NOOP("KpiText", "disadvantage"),
        QT_TRANSLATE_NOOP("KpiText", "major opportunity"), QT_TRANSLATE_NOOP("KpiText", "typical target"),
    };
    return kLevels;
}

QString kpiBenchmarkLevelText(const std::string& level) {
    for (const char* known : kpiOfferedBenchmarkLevels())
        if (level == known) return QCoreApplication::translate("KpiText", known);
    return QString::fromStdString(level);
}

QString scorecardNoteText(const util::Message& note) {
    if (note.id != util::MessageId::ScorecardNoteMinimumSamples) return coreText(note);
    QStringList minimums;
    const QLocale locale;
    for (const auto& definition : kpi::kpiDefinitions())
        if (definition.minimumSample > 1)
            minimums << QStringLiteral("%1 %2 %3").arg(kpiName(definition), locale.toString(definition.minimumSample),
                                                      kpiSampleUnitText(definition));
    return coreText({note.id, {minimums.join(QStringLiteral("; ")).toStdString()}});
}

QString kpiUnitText(kpi::Unit unit) {
    switch (unit) {
    case kpi::Unit::Ratio: return QStringLiteral("%");
    case kpi::Unit::Hours: return KpiText::tr("hours");
    case kpi::Unit::Days: return KpiText::tr("days");
    case kpi::Unit::PerHour: return KpiText::tr("lines/h");
    case kpi::Unit::Turns: return KpiText::tr("turns");
    case kpi::Unit::Currency: return KpiText::tr("value");
    }
    return {};
}

QString kpiDirectionText(kpi::Direction direction) {
    return direction == kpi::Direction::HigherIsBetter ? KpiText::tr("higher is better")
                                                       : KpiText::tr("lower is better");
}

QString kpiDirectionSymbol(kpi::Direction direction) {
    return QString::fromStdString(std::string(kpi::directionSymbol(direction)));
}

QString kpiValueText(kpi::Unit unit, std::optional<double> value) {
    if (!value || !std::isfinite(*value)) return KpiText::tr("n/a");
    return localeKpiValue(unit, *value);
}

QString kpiChangeText(kpi::Unit unit, std::optional<double> change) {
    if (!change || !std::isfinite(*change)) return QStringLiteral("–");
    return localeKpiChange(unit, *change);
}

QString kpiMarginText(kpi::Unit unit, double margin) {
    // The change formatter already speaks in percentage points for ratios; margins carry no sign.
    QString text = localeKpiChange(unit, margin);
    if (text.startsWith(QLatin1Char('+')) || text.startsWith(QLatin1Char('-'))) text.remove(0, 1);
    else if (text.startsWith(QStringLiteral("±"))) text.remove(0, 1);
    return text;
}

QString kpiStatusName(kpi::Status status) {
    switch (status) {
    case kpi::Status::Green: return KpiText::tr("green");
    case kpi::Status::Amber: return KpiText::tr("amber");
    case kpi::Status::Red: return KpiText::tr("red");
    case kpi::Status::NotRated: return KpiText::tr("not rated");
    }
    return {};
}

QString kpiStatusSymbol(kpi::Status status) {
    return QString::fromStdString(std::string(kpi::statusSymbol(status)));
}

QColor kpiStatusColor(kpi::Status status) {
    switch (status) {
    case kpi::Status::Green: return QColor(0x1e, 0x7b, 0x34);
    case kpi::Status::Amber: return QColor(0x9a, 0x5b, 0x00);
    case kpi::Status::Red: return QColor(0xb3, 0x26, 0x1e);
    case kpi::Status::NotRated: return QColor(0x6b, 0x6b, 0x6b);
    }
    return {};
}

std::optional<QColor> kpiStatusTint(kpi::Status status) {
    switch (status) {
    case kpi::Status::Amber: return QColor(0xfd, 0xf0, 0xd5);
    case kpi::Status::Red: return QColor(0xfb, 0xe1, 0xdf);
    default: return std::nullopt;
    }
}

double kpiToShown(kpi::Unit unit, double stored) { return unit == kpi::Unit::Ratio ? stored * 100.0 : stored; }

double kpiFromShown(kpi::Unit unit, double shown) { return unit == kpi::Unit::Ratio ? shown / 100.0 : shown; }

QString kpiEditSuffix(kpi::Unit unit, bool margin) {
    switch (unit) {
    case kpi::Unit::Ratio: return margin ? KpiText::tr(" pp") : QStringLiteral(" %");
    case kpi::Unit::Hours: return KpiText::tr(" h");
    case kpi::Unit::Days: return KpiText::tr(" days");
    case kpi::Unit::PerHour: return KpiText::tr(" lines/h");
    case kpi::Unit::Turns: return KpiText::tr(" turns");
    case kpi::Unit::Currency: return {};
    }
    return {};
}

QString exceptionQueueTitle(kpi::ExceptionKind kind) {
    using K = kpi::ExceptionKind;
    switch (kind) {
    case K::ProjectedStockout: return KpiText::tr("Projected stockouts within lead time");
    case K::BelowSafetyStock: return KpiText::tr("Below safety stock");
    case K::OddBalance: return KpiText::tr("Negative or odd balances");
    case K::SlowMover: return KpiText::tr("Slow movers and dead stock");
    case K::Excess: return KpiText::tr("Excess (days of supply)");
    case K::ExpiringLot: return KpiText::tr("Lots expiring (FEFO)");
    case K::LatePurchaseOrder: return KpiText::tr("Late purchase orders");
    case K::StaleReceipt: return KpiText::tr("Stale receipts (not put away)");
    }
    return {};
}

QString exceptionQueueShortTitle(kpi::ExceptionKind kind) {
    using K = kpi::ExceptionKind;
    switch (kind) {
    case K::ProjectedStockout: return KpiText::tr("Projected stockouts");
    case K::BelowSafetyStock: return KpiText::tr("Below safety stock");
    case K::OddBalance: return KpiText::tr("Negative or odd balances");
    case K::SlowMover: return KpiText::tr("Slow movers, dead stock");
    case K::Excess: return KpiText::tr("Excess stock");
    case K::ExpiringLot: return KpiText::tr("Expiring lots (FEFO)");
    case K::LatePurchaseOrder: return KpiText::tr("Late purchase orders");
    case K::StaleReceipt: return KpiText::tr("Stale receipts");
    }
    return {};
}

QString exceptionQueueHint(kpi::ExceptionKind kind) {
    using K = kpi::ExceptionKind;
    switch (kind) {
    case K::ProjectedStockout:
        return KpiText::tr(
            "Available stock plus open purchase orders due within the lead time, minus the demand over the "
            "lead time, is below zero. Value at risk: the units short at the selling price.");
    case K::BelowSafetyStock:
        return KpiText::tr(
            "Available stock is below the item-site's safety (minimum) stock. Value at risk: the gap at cost.");
    case K::OddBalance:
        return KpiText::tr("Negative balances, fractional balances of items counted in each, and stock in blocked "
                  "locations. Value at risk: the units at cost.");
    case K::SlowMover:
        return KpiText::tr(
            "Stock without demand for the slow-mover threshold (dead stock after the dead-stock threshold; "
            "see the KPI settings). Value at risk: the stock at cost.");
    case K::Excess:
        return KpiText::tr(
            "Stock covering more days of demand than the excess threshold. Value at risk: the units above "
            "the threshold at cost.");
    case K::ExpiringLot:
        return KpiText::tr(
            "Lots that expire within the expiry window (or have expired): pick them first (FEFO). Value at "
            "risk: the lot at cost.");
    case K::LatePurchaseOrder:
        return KpiText::tr("Open purchase order lines past their due date. Value at risk: the open quantity at cost.");
    case K::StaleReceipt:
        return KpiText::tr(
            "Receipts that arrived but are not put away after the stale-receipt threshold. Value at risk: "
            "the quantity at cost.");
    }
    return {};
}

} // namespace stocktower::ui
