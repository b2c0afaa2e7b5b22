#include "models/item_table_model.h"

#include "text/planning_text.h"

#include <algorithm>
#include <cmath>
#include <future>
#include <limits>
#include <map>
#include <numeric>

namespace stocktower::ui {

ItemTableModel::ItemTableModel(QObject* parent) : QAbstractTableModel(parent) {}

ItemTableModel::Content ItemTableModel::prepare(std::vector<store::ItemRow> items, int sortColumn) {
    Content content;
    content.items = std::move(items);
    const std::size_t count = content.items.size();
    // Converting UTF-8 to QString is most of the work: large loads split it over two threads.
    content.text.resize(count);
    // The status codes in the user's language, looked up once rather than once per item.
    std::map<std::string, QString, std::less<>> statusTitles;
    for (const char* code : {"active", "new", "discontinued", "inactive"}) statusTitles.emplace(code, itemStatusTitle(code));
    const auto convert = [&content, &statusTitles](std::size_t begin, std::size_t end) {
        const QChar separator(0x1f); // in the filter text: a separator no search text contains
        for (std::size_t i = begin; i < end; ++i) {
            const auto& row = content.items[i];
            TextCache& text = content.text[i];
            text.sku = QString::fromStdString(row.sku);
            text.description = QString::fromStdString(row.description);
            text.category = QString::fromStdString(row.category);
            text.supplier = QString::fromStdString(row.supplier);
            const auto title = statusTitles.find(row.status);
            text.status = title != statusTitles.end() ? title->second : QString::fromStdString(row.status);
            QString filter;
            filter.reserve(text.sku.size() + text.description.size() + text.supplier.size() + text.category.size() + 3);
            filter.append(text.sku).append(separator).append(text.description).append(separator);
            filter.append(text.supplier).append(separator).append(text.category);
            text.filter = std::move(filter).toLower();
        }
    };
    const std::size_t half = count >= 20000 ? count / 2 : count;
    std::future<void> secondHalf;
    if (half < count) secondHalf = std::async(std::launch::async, convert, half, count);
    convert(0, half);
    if (secondHalf.valid()) secondHalf.get();

    content.rowById.reserve(static_cast<qsizetype>(count));
    for (std::size_t i = 0; i < count; ++i) content.rowById.insert(content.items[i].id, static_cast<int>(i));

    if (sortColumn >= 0 && sortColumn < ColumnCount) {
        const auto less = [&content, sortColumn](int left, int right) {
            const auto l = static_cast<std::size_t>(left);
            const auto r = static_cast<std::size_t>(right);
            return lessThan(content.items[l], content.text[l], content.items[r], content.text[r], sortColumn);
        };
        std::vector<int> order(count);
        std::iota(order.begin(), order.end(), 0);
        // Rows usually arrive in SKU order already: checking is linear, sorting is not.
        if (!std::is_sorted(order.begin(), order.end(), less)) std::stable_sort(order.begin(), order.end(), less);
        content.rank.resize(count);
        int rank = 0;
        for (std::size_t i = 0; i < count; ++i) {
            if (i > 0 && less(order[i - 1], order[i])) ++rank;
            content.rank[static_cast<std::size_t>(order[i])] = rank;
        }
        content.rankedColumn = sortColumn;
    }
    return content;
}

ItemTableModel::Content ItemTableModel::setContent(Content content) {
    Q_ASSERT(content.text.size() == content.items.size());
    Q_ASSERT(content.rankedColumn < 0 || content.rank.size() == content.items.size());
    beginResetModel();
    std::swap(m_items, content.items);
    std::swap(m_text, content.text);
    std::swap(m_rowById, content.rowById);
    std::swap(m_rankedColumn, content.rankedColumn);
    std::swap(m_rank, content.rank);
    endResetModel();
    return content;
}

void ItemTableModel::setItems(std::vector<store::ItemRow> items) {
    [[maybe_unused]] const Content previous = setContent(prepare(std::move(items), -1));
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

std::optional<double> ItemTableModel::number(const store::ItemRow& row, int column) {
    switch (column) {
    case UnitCost: return row.unitCost;
    case UnitPrice: return row.unitPrice;
    case LeadTime: return row.leadTimeDays;
    case OnHand: return row.onHand;
    case OpenPo: return row.openPoQty;
    default: return std::nullopt;
    }
}

const QString* ItemTableModel::text(const TextCache& text, int column) {
    switch (column) {
    case Sku: return &text.sku;
    case Description: return &text.description;
    case Category: return &text.category;
    case Supplier: return &text.supplier;
    case Status: return &text.status;
    default: return nullptr;
    }
}

bool ItemTableModel::lessThan(const store::ItemRow& leftRow, const TextCache& leftText, const store::ItemRow& rightRow,
                              const TextCache& rightText, int column) {
    if (const QString* left = text(leftText, column))
        return left->compare(*text(rightText, column), Qt::CaseInsensitive) < 0;
    const auto left = number(leftRow, column);
    const auto right = number(rightRow, column);
    if (!left || !right) return !left && right; // missing sorts first
    return *left < *right;
}

bool ItemTableModel::lessThan(int leftRow, int rightRow, int column) const {
    const auto left = static_cast<std::size_t>(leftRow);
    const auto right = static_cast<std::size_t>(rightRow);
    if (column == m_rankedColumn) return m_rank[left] < m_rank[right];
    return lessThan(m_items[left], m_text[left], m_items[right], m_text[right], column);
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
