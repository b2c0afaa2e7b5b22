#include "models/scenario_comparison_model.h"

#include <QColor>
#include <QFont>

#include <cmath>

namespace stocktower::ui {

ScenarioComparisonModel::ScenarioComparisonModel(QObject* parent) : QAbstractTableModel(parent) {}

void ScenarioComparisonModel::setComparison(inventory::ScenarioComparison comparison) {
    beginResetModel();
    m_comparison = std::move(comparison);
    endResetModel();
}

void ScenarioComparisonModel::clear() { setComparison({}); }

int ScenarioComparisonModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_comparison.measures.size());
}

int ScenarioComparisonModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid() || m_comparison.scenarios.empty()) return 0;
    return 2 * static_cast<int>(m_comparison.scenarios.size());
}

std::pair<int, bool> ScenarioComparisonModel::columnInfo(int column) const {
    if (column == 1) return {0, false};
    return {column / 2, column % 2 == 1};
}

bool ScenarioComparisonModel::isWorse(const std::string& key, double delta) {
    // Tiny differences are rounding, not news.
    constexpr double kEpsilon = 1e-9;
    if (key == "expected_fill_rate" || key == "expected_csl" || key == "turns") return delta < -kEpsilon;
    if (key == "expected_stockout_units" || key == "errors") return delta > kEpsilon;
    return false; // money moves both ways by design: a trade-off, not an exception
}

QString ScenarioComparisonModel::format(const inventory::ComparisonMeasure& measure, double value, bool delta) const {
    const QString sign = delta && value > 0 ? QStringLiteral("+") : QString();
    if (measure.unit == "ratio") {
        // Deltas of ratios in percentage points: "+1.2 pp" reads unambiguously.
        return sign + m_locale.toString(value * 100.0, 'f', delta ? 2 : 1) + (delta ? tr(" pp") : QStringLiteral(" %"));
    }
    if (measure.unit == "count") return sign + m_locale.toString(value, 'f', 0);
    if (measure.unit == "1/yr") return sign + m_locale.toString(value, 'f', 2);
    if (delta && value == 0.0) return QStringLiteral("0");
    return sign + m_locale.toString(value, 'f', std::abs(value) >= 100 ? 0 : 2);
}

namespace {

// Each measure the core compares (its stable key), with its name and its tooltip, in one place;
// the context is the model's, whose tr() translates them.
struct MeasureText {
    const char* key;
    const char* title;
    const char* help;
};
constexpr MeasureText kMeasureTexts[] = {
    {"safety_stock_value",
     QT_TRANSLATE_NOOP("stocktower::ui::ScenarioComparisonModel", "Safety stock value"),
     QT_TRANSLATE_NOOP("stocktower::ui::ScenarioComparisonModel",
                       "Safety stock value: the sum over item-sites of safety stock × unit cost. "
                       "Unit: currency.")},
    {"cycle_stock_value",
     QT_TRANSLATE_NOOP("stocktower::ui::ScenarioComparisonModel", "Cycle stock value"),
     QT_TRANSLATE_NOOP("stocktower::ui::ScenarioComparisonModel",
                       "Cycle stock value: the sum over item-sites of half the order quantity × "
                       "unit cost, the average "
                       "stock between receipts. Unit: currency.")},
    {"inventory_investment",
     QT_TRANSLATE_NOOP("stocktower::ui::ScenarioComparisonModel", "Inventory investment"),
     QT_TRANSLATE_NOOP("stocktower::ui::ScenarioComparisonModel",
                       "Inventory investment: safety stock value + cycle stock value, the average "
                       "stock at cost. Unit: "
                       "currency.")},
    {"expected_csl",
     QT_TRANSLATE_NOOP("stocktower::ui::ScenarioComparisonModel", "Expected CSL (demand-weighted)"),
     QT_TRANSLATE_NOOP("stocktower::ui::ScenarioComparisonModel",
                       "Expected CSL: the cycle service level the policies promise (probability of "
                       "no stock-out in a "
                       "replenishment cycle), weighted by each item-site's demand. Unit: %.")},
    {"expected_fill_rate",
     QT_TRANSLATE_NOOP("stocktower::ui::ScenarioComparisonModel",
                       "Expected fill rate (demand-weighted)"),
     QT_TRANSLATE_NOOP("stocktower::ui::ScenarioComparisonModel",
                       "Expected fill rate: the share of demanded units the policies are expected "
                       "to fill from stock, "
                       "weighted by each item-site's demand. Unit: % of units.")},
    {"expected_stockout_units",
     QT_TRANSLATE_NOOP("stocktower::ui::ScenarioComparisonModel",
                       "Expected stockout units per year"),
     QT_TRANSLATE_NOOP("stocktower::ui::ScenarioComparisonModel",
                       "Expected stockout units: units short per cycle × cycles per year, summed "
                       "over item-sites. Unit: "
                       "units per year.")},
    {"holding_cost",
     QT_TRANSLATE_NOOP("stocktower::ui::ScenarioComparisonModel", "Holding cost per year"),
     QT_TRANSLATE_NOOP(
         "stocktower::ui::ScenarioComparisonModel",
         "Holding cost: holding rate × unit cost × average stock (safety stock + half the order "
         "quantity), summed. Unit: currency per year.")},
    {"ordering_cost",
     QT_TRANSLATE_NOOP("stocktower::ui::ScenarioComparisonModel", "Ordering cost per year"),
     QT_TRANSLATE_NOOP("stocktower::ui::ScenarioComparisonModel",
                       "Ordering cost: order cost × orders a year (annual demand ÷ order "
                       "quantity), summed. Unit: "
                       "currency per year.")},
    {"total_cost",
     QT_TRANSLATE_NOOP("stocktower::ui::ScenarioComparisonModel", "Total cost per year"),
     QT_TRANSLATE_NOOP("stocktower::ui::ScenarioComparisonModel",
                       "Total cost: holding cost + ordering cost. Unit: currency per year.")},
    {"turns", QT_TRANSLATE_NOOP("stocktower::ui::ScenarioComparisonModel", "Turns per year"),
     QT_TRANSLATE_NOOP(
         "stocktower::ui::ScenarioComparisonModel",
         "Turns: annual demand at cost ÷ inventory investment. Unit: turns per year.")},
    {"item_sites", QT_TRANSLATE_NOOP("stocktower::ui::ScenarioComparisonModel", "Item-sites"),
     QT_TRANSLATE_NOOP("stocktower::ui::ScenarioComparisonModel",
                       "Item-sites: how many item-sites the scenario computed. Unit: item-sites.")},
    {"errors",
     QT_TRANSLATE_NOOP("stocktower::ui::ScenarioComparisonModel", "Item-sites not computed"),
     QT_TRANSLATE_NOOP("stocktower::ui::ScenarioComparisonModel",
                       "Item-sites not computed: item-sites whose inputs were missing or invalid "
                       "(see the Policy page). "
                       "Unit: item-sites.")},
};

const MeasureText* measureText(const std::string& key) {
    for (const auto& text : kMeasureTexts)
        if (key == text.key) return &text;
    return nullptr;
}

} // namespace

QString ScenarioComparisonModel::measureTitle(const inventory::ComparisonMeasure& measure) {
    const MeasureText* text = measureText(measure.key);
    // A measure this version does not know: the core's English.
    return text ? tr(text->title) : QString::fromStdString(measure.label);
}

QString ScenarioComparisonModel::measureHelp(const std::string& key) {
    const MeasureText* text = measureText(key);
    return text ? tr(text->help) : QString();
}

QVariant ScenarioComparisonModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) return {};
    const auto& measure = m_comparison.measures[static_cast<std::size_t>(index.row())];
    if (index.column() == 0) {
        if (role == Qt::DisplayRole) return measureTitle(measure);
        if (role == Qt::ToolTipRole) {
            const QString help = measureHelp(measure.key);
            return help.isEmpty() ? QString::fromStdString(measure.key + " (" + measure.unit + ")") : help;
        }
        return {};
    }
    const auto [scenario, isDelta] = columnInfo(index.column());
    const auto& values = isDelta ? measure.deltas : measure.values;
    const auto slot = static_cast<std::size_t>(scenario);
    std::optional<double> value;
    if (slot < values.size()) value = values[slot];
    const bool worse = isDelta && value && isWorse(measure.key, *value);
    switch (role) {
    case Qt::DisplayRole:
        if (!value || std::isnan(*value)) return isDelta ? QString() : QStringLiteral("–");
        return format(measure, *value, isDelta);
    case ValueRole: return value ? QVariant(*value) : QVariant();
    case ExceptionRole: return worse;
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (worse) return QColor(0xb3, 0x26, 0x1e);
        if (isDelta) return QColor(0x55, 0x55, 0x55);
        return {};
    case Qt::BackgroundRole:
        if (worse) return QColor(0xfd, 0xe7, 0xe9);
        return {};
    case Qt::ToolTipRole:
        if (worse) return tr("Worse than the base");
        if (!value && !isDelta) return tr("Not computed yet: recompute this scenario");
        return {};
    default: return {};
    }
}

QVariant ScenarioComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0) return role == Qt::DisplayRole ? QVariant(tr("Measure")) : QVariant();
    if (section >= columnCount()) return {};
    const auto [scenario, isDelta] = columnInfo(section);
    const QString name = QString::fromStdString(m_comparison.scenarios[static_cast<std::size_t>(scenario)]);
    if (role == Qt::DisplayRole) return isDelta ? tr("Δ %1").arg(name) : name;
    if (role == Qt::ToolTipRole) {
        if (isDelta) return tr("%1 − base").arg(name);
        const auto& at = m_comparison.computedAt[static_cast<std::size_t>(scenario)];
        return at ? tr("Computed %1").arg(QString::fromStdString(*at)) : tr("Not computed yet");
    }
    return {};
}

QString ScenarioComparisonModel::toHtml(const QString& title) const {
    QString html = QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>")
                       .arg(title.toHtmlEscaped());
    for (int column = 0; column < columnCount(); ++column)
        html += QStringLiteral("<th>%1</th>").arg(headerData(column, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int row = 0; row < rowCount(); ++row) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < columnCount(); ++column) {
            const QModelIndex cell = index(row, column);
            const bool worse = cell.data(ExceptionRole).toBool();
            const QString text = cell.data().toString().toHtmlEscaped();
            html += column == 0 ? QStringLiteral("<td>%1</td>").arg(text)
                                : QStringLiteral("<td align='right'%1>%2</td>")
                                      .arg(worse ? QStringLiteral(" style='color:#b3261e;font-weight:bold'") : QString(), text);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace stocktower::ui
