#include "models/simulation_check_model.h"

#include "text/planning_text.h"

#include <QBrush>
#include <QFont>
#include <QColor>

#include <cmath>

namespace stocktower::ui {

namespace {

bool isGap(int column) {
    return column == SimulationCheckModel::CslGap || column == SimulationCheckModel::FillGap;
}

} // namespace

SimulationCheckModel::SimulationCheckModel(QObject* parent) : QAbstractTableModel(parent) {}

void SimulationCheckModel::setClasses(std::vector<inventory::SimClassSummary> classes) {
    beginResetModel();
    m_classes = std::move(classes);
    endResetModel();
}

void SimulationCheckModel::clear() { setClasses({}); }

double SimulationCheckModel::tolerancePp(std::string_view demandClass) {
    return demandClass == "intermittent" || demandClass == "lumpy" ? 3.0 : 1.5;
}

bool SimulationCheckModel::isShortfall(std::string_view demandClass, double gapPp) {
    return std::isfinite(gapPp) && gapPp < -tolerancePp(demandClass);
}

int SimulationCheckModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_classes.size());
}

int SimulationCheckModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

double SimulationCheckModel::value(const inventory::SimClassSummary& s, int column) {
    switch (column) {
    case ItemSites: return static_cast<double>(s.itemSites);
    case Target: return s.meanTarget;
    case CslExpected: return s.expectedCsl;
    case CslSimulated: return s.achievedCsl;
    case CslGap: return s.cslTargetGapPp;
    case FillExpected: return s.expectedFillRate;
    case FillSimulated: return s.achievedFillRate;
    case FillGap: return s.fillRateTargetGapPp;
    default: return std::nan("");
    }
}

QVariant SimulationCheckModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) return {};
    const auto& s = m_classes[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    const bool total = s.demandClass == "all";
    const double v = value(s, column);
    const bool exception = isGap(column) && isShortfall(s.demandClass, v);
    switch (role) {
    case Qt::DisplayRole:
        if (column == DemandClass) return total ? tr("All classes") : demandClassTitle(s.demandClass);
        if (!std::isfinite(v)) return QStringLiteral("–");
        if (column == ItemSites) return m_locale.toString(s.itemSites);
        if (isGap(column))
            return (exception ? QStringLiteral("▼ ") : QString()) + (v > 0 ? QStringLiteral("+") : QString()) +
                   m_locale.toString(v, 'f', 2);
        return m_locale.toString(100.0 * v, 'f', 2);
    case ValueRole:
        if (column == DemandClass || !std::isfinite(v)) return {};
        return v;
    case ExceptionRole: return exception;
    case Qt::TextAlignmentRole:
        return column == DemandClass ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (exception) return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    case Qt::FontRole:
        if (total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (exception)
            return tr("%1 points below the target: beyond the ±%2 points the closed form should hold by")
                .arg(m_locale.toString(-v, 'f', 2), m_locale.toString(tolerancePp(s.demandClass), 'f', 1));
        if (isGap(column) && !std::isfinite(v))
            return tr("No item-site of this class has a target of this service type");
        return {};
    default: return {};
    }
}

QVariant SimulationCheckModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case DemandClass: return tr("Demand\nclass");
        case ItemSites: return tr("Item-\nsites");
        case Target: return tr("Target\n%");
        case CslExpected: return tr("CSL %\nclosed form");
        case CslSimulated: return tr("CSL %\nsimulated");
        case CslGap: return tr("CSL gap\npp");
        case FillExpected: return tr("Fill rate %\nclosed form");
        case FillSimulated: return tr("Fill rate %\nsimulated");
        case FillGap: return tr("Fill rate\ngap pp");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DemandClass:
            return tr("Demand class: smooth, erratic, intermittent or lumpy, from the average interval between "
                      "demands and the CV² of demand sizes (Syntetos–Boylan).");
        case ItemSites: return tr("Item-sites: how many item-sites of the class were simulated. Unit: item-sites.");
        case Target: return tr("Target: mean service target of the class's item-sites. Unit: %.");
        case CslExpected:
            return tr("CSL, closed form: the cycle service level the policy formulas promise, P(demand over the "
                      "protection interval ≤ reorder point). Unit: % of replenishment cycles.");
        case CslSimulated:
            return tr("CSL, simulated: share of replenishment cycles (receipt to next receipt) without a stock-out. "
                      "Unit: % of cycles.");
        case CslGap:
            return tr("CSL gap: simulated CSL minus target, over the item-sites with a cycle-service target. Unit: "
                      "percentage points.");
        case FillExpected:
            return tr("Fill rate, closed form: 1 − expected units short per cycle ÷ order quantity. Unit: % of "
                      "units.");
        case FillSimulated:
            return tr("Fill rate, simulated: units filled from stock when demanded ÷ units demanded. Unit: % of "
                      "units.");
        case FillGap:
            return tr("Fill rate gap: simulated fill rate minus target, over the item-sites with a fill-rate "
                      "target. Unit: percentage points.");
        default: return {};
        }
    }
    return {};
}

} // namespace stocktower::ui
