#include "models/item_table_model.h"

#include <cmath>
#include <limits>

namespace stocktower::ui {

ItemTableModel::ItemTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ItemTableModel::setItems(std::vector<store::ItemRow> items) {
    beginResetModel();
    m_items = std::move(items);
    m_text.clear();
    m_text.reserve(m_items.size());
    m_rowById.clear();
    m_rowById.reserve(static_cast<qsizetype>(m_items.size()));
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const auto& row = m_items[i];
        TextCache text{QString::fromStdString(row.sku), QString::fromStdString(row.description),
                       QString::fromStdString(row.category), QString::fromStdString(row.supplier),
                       QString::fromStdString(row.status), {}};
        text.filter = QStringList{text.sku, text.description, text.supplier, text.category}
                          .join(QChar(0x1f)) // a separator no search text contains
                          .toLower();
        m_text.push_back(std::move(text));
        m_rowById.insert(row.id, static_cast<int>(i));
    }
    endResetModel();
}

void ItemTableModel::clear() { setItems({}); }

void ItemTableModel::setLocale(const QLocale& locale) {
    m_locale = locale;
    if (!m_items.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

QModelIndex ItemTableModel::indexForId(qint64 itemId, int column) const {
    const int row = rowForId(itemId);
    return row < 0 ? QModelIndex() : index(row, column);
}

int ItemTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ItemTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool ItemTableModel::isNumeric(int column) { return column >= UnitCost && column < ColumnCount; }

std::optional<double> ItemTableModel::number(const store::ItemRow& row, int column) const {
    switch (column) {
    case UnitCost: return row.unitCost;
    case UnitPrice: return row.unitPrice;
    case LeadTime: return row.leadTimeDays;
    case OnHand: return row.onHand;
    case OpenPo: return row.openPoQty;
    default: return std::nullopt;
    }
}

QString ItemTableModel::formatNumber(int column, double value) const {
    switch (column) {
    case UnitCost:
    case UnitPrice: return m_locale.toString(value, 'f', 2);
    case LeadTime: return m_locale.toString(value, 'f', std::trunc(value) == value ? 0 : 1);
    default:
        // Quantities: whole numbers without decimals, fractional ones (kg, m) with up to 3.
        return m_locale.toString(value, 'f', std::trunc(value) == value ? 0 : 3);
    }
}

QVariant ItemTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) return {};
    const auto rowIndex = static_cast<std::size_t>(index.row());
    const auto& row = m_items[rowIndex];
    const auto& text = m_text[rowIndex];
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Sku: return text.sku;
        case Description: return text.description;
        case Category: return text.category;
        case Supplier: return text.supplier;
        case Status: return text.status;
        default: {
            const auto value = number(row, column);
            return value ? formatNumber(column, *value) : QString();
        }
        }
    case SortRole:
        switch (column) {
        case Sku: return text.sku;
        case Description: return text.description;
        case Category: return text.category;
        case Supplier: return text.supplier;
        case Status: return text.status;
        default: {
            // Missing values sort before every number.
            const auto value = number(row, column);
            return value ? *value : -std::numeric_limits<double>::infinity();
        }
        }
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole: return QVariant::fromValue<qlonglong>(row.id);
    case FilterTextRole: return text.filter;
    default: return {};
    }
}

QString ItemTableModel::columnTitle(int column) {
    switch (column) {
    case Sku: return tr("SKU");
    case Description: return tr("Description");
    case Category: return tr("Category");
    case Supplier: return tr("Supplier");
    case Status: return tr("Status");
    case UnitCost: return tr("Unit cost");
    case UnitPrice: return tr("Unit price");
    case LeadTime: return tr("Lead time (days)");
    case OnHand: return tr("On hand");
    case OpenPo: return tr("Open PO");
    default: return {};
    }
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount) return {};
    if (role == Qt::DisplayRole) return columnTitle(section);
    if (role == Qt::TextAlignmentRole)
        return isNumeric(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                  : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

} // namespace stocktower::ui
