#include "models/policy_table_model.h"

#include "forecast/demand_class.h"
#include "inventory/service_level.h"
#include "text/planning_text.h"

#include <QColor>
#include <QString>

#include <cmath>
#include <string_view>

namespace stocktower::ui {

namespace {

QString fromView(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

QString letters(const inventory::PolicyRow& row) {
    return QString(QLatin1Char(row.abc)) + QLatin1Char(row.xyz);
}

QString serviceTypeShort(inventory::ServiceType type) {
    return type == inventory::ServiceType::FillRate ? PolicyTableModel::tr("fill") : PolicyTableModel::tr("CSL");
}

} // namespace

PolicyTableModel::PolicyTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void PolicyTableModel::setRun(std::shared_ptr<const inventory::PolicyRunResult> run) {
    beginResetModel();
    m_run = std::move(run);
    endResetModel();
}

void PolicyTableModel::clear() { setRun(nullptr); }

int PolicyTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_run) return 0;
    return static_cast<int>(m_run->rows.size());
}

int PolicyTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PolicyTableModel::rawValue(const inventory::PolicyRow& row, int column) const {
    // Rows with an error have no numbers: they sort as NaN would, last in ascending order.
    const bool computed = row.error.empty();
    auto number = [computed](double value) { return computed ? QVariant(value) : QVariant(); };
    switch (column) {
    case Sku: return QString::fromStdString(row.sku);
    case Site: return QString::fromStdString(row.siteCode);
    case Segment: return letters(row);
    case DemandClass: return demandClassTitle(forecast::demandClassName(row.demandClass));
    case Service: return row.parameters.serviceTarget;
    case SafetyStock: return number(row.safetyStock);
    case ReorderPoint: return number(row.reorderPoint);
    case OrderQuantity: return number(row.orderQuantity);
    case Min: return number(row.minLevel);
    case Max: return number(row.maxLevel);
    case OnHand: return row.onHand;
    case Projected: return number(row.projectedAvailable);
    case ProposalQuantity: return number(row.proposedQuantity);
    case ProposalDate: return QString::fromStdString(row.orderDate);
    default: return {};
    }
}

QString PolicyTableModel::text(const inventory::PolicyRow& row, int column) const {
    const QVariant raw = rawValue(row, column);
    switch (column) {
    case Sku:
    case Site:
    case Segment:
    case ProposalDate: return raw.toString();
    case DemandClass: return raw.toString().replace(QLatin1Char('_'), QLatin1Char(' '));
    case Service:
        return tr("%1 %2").arg(serviceTypeShort(row.parameters.serviceType),
                               m_locale.toString(row.parameters.serviceTarget * 100.0, 'f', 1) + QLatin1Char('%'));
    case ProposalQuantity:
        if (!row.error.empty()) return tr("error");
        return row.proposedQuantity > 0 ? m_locale.toString(row.proposedQuantity, 'f', 0) : QString();
    default:
        if (!raw.isValid()) return QStringLiteral("–");
        // Levels are fractional for continuous distributions; one decimal keeps small SKUs honest.
        return m_locale.toString(raw.toDouble(), 'f', std::abs(raw.toDouble()) >= 100 ? 0 : 1);
    }
}

QVariant PolicyTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !m_run || index.row() >= rowCount() || index.column() >= ColumnCount) return {};
    const auto& row = policyRow(index.row());
    switch (role) {
    case Qt::DisplayRole: return text(row, index.column());
    case SortRole: return rawValue(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= SafetyStock && index.column() <= ProposalQuantity)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (!row.error.empty()) return tr("Not computed: %1").arg(QString::fromStdString(row.error));
        if (index.column() == Service)
            return tr("%1 target %2").arg(fromView(inventory::serviceTypeLabel(row.parameters.serviceType)),
                                          m_locale.toString(row.parameters.serviceTarget, 'f', 3));
        return {};
    case Qt::ForegroundRole:
        // Colour only for exceptions: a row that could not be computed.
        if (!row.error.empty()) return QColor(0xb3, 0x26, 0x1e);
        return {};
    default: return {};
    }
}

QVariant PolicyTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sku: return tr("SKU");
    case Site: return tr("Site");
    case Segment: return tr("ABC/XYZ");
    case DemandClass: return tr("Demand");
    case Service: return tr("Service");
    case SafetyStock: return tr("Safety stock");
    case ReorderPoint: return tr("Reorder pt");
    case OrderQuantity: return tr("Order qty");
    case Min: return tr("Min");
    case Max: return tr("Max");
    case OnHand: return tr("On hand");
    case Projected: return tr("Projected");
    case ProposalQuantity: return tr("Propose");
    case ProposalDate: return tr("Order date");
    default: return {};
    }
}

} // namespace stocktower::ui
