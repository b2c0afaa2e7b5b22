#include "models/exception_queue_model.h"

#include "text/core_text.h"
#include "text/kpi_text.h"

#include <QLocale>

#include <cmath>

namespace stocktower::ui {

namespace {

// Whole units as they are; fractions to two places, or none once they no longer matter.
QString quantityText(double quantity, const QLocale& locale) {
    const bool whole = std::fabs(quantity - std::round(quantity)) < 1e-9;
    return locale.toString(quantity, 'f', whole || std::fabs(quantity) >= 100 ? 0 : 2);
}

} // namespace

ExceptionQueueModel::ExceptionQueueModel(QObject* parent) : QAbstractTableModel(parent) {}

void ExceptionQueueModel::setRows(std::vector<kpi::ExceptionRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ExceptionQueueModel::clear() { setRows({}); }

int ExceptionQueueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ExceptionQueueModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ExceptionQueueModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) return {};
    const auto& row = m_rows[static_cast<std::size_t>(index.row())];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rank: return index.row() + 1;
        case Queue: return exceptionQueueShortTitle(row.kind);
        case Sku: return QString::fromStdString(row.sku);
        case Description: return QString::fromStdString(row.description);
        case Reason: return coreText(row.reason);
        case Quantity: return quantityText(row.quantity, locale);
        case Impact: return locale.toString(row.impact, 'f', 0);
        case Reference: return QString::fromStdString(row.reference);
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Quantity: return locale.toString(row.quantity, 'f', 2);
        case Reason:
        case Description: return data(index, Qt::DisplayRole);
        case Queue:
            return QStringLiteral("<b>%1</b><br>%2").arg(exceptionQueueTitle(row.kind).toHtmlEscaped(),
                                                         exceptionQueueHint(row.kind).toHtmlEscaped());
        case Impact: return tr("Value at risk: %1").arg(locale.toString(row.impact, 'f', 2));
        case Sku:
            return tr("%1 — %2, quantity %3. Double-click or press Enter to open it on the Items page.")
                .arg(QString::fromStdString(row.sku), QString::fromStdString(row.description),
                     locale.toString(row.quantity, 'f', 2));
        default:
            return tr("Double-click or press Enter to open %1 on the Items page").arg(QString::fromStdString(row.sku));
        }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Rank:
        case Quantity:
        case Impact: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default: return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case ItemIdRole: return QVariant::fromValue<qint64>(row.itemId);
    case KindRole: return static_cast<int>(row.kind);
    case SortRole:
        switch (index.column()) {
        case Rank: return index.row();
        case Quantity: return row.quantity;
        case Impact: return row.impact;
        default: return data(index, Qt::DisplayRole);
        }
    default: return {};
    }
}

QVariant ExceptionQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == Rank || section == Quantity || section == Impact ? Qt::AlignRight
                                                                                                : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == Impact)
        return tr("Value at risk in the workspace's currency: what ranks the rows");
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case Rank: return tr("#");
    case Queue: return tr("Queue");
    case Sku: return tr("SKU");
    case Description: return tr("Description");
    case Reason: return tr("Reason");
    case Quantity: return tr("Quantity");
    case Impact: return tr("Value at risk");
    case Reference: return tr("Reference");
    default: return {};
    }
}

} // namespace stocktower::ui
