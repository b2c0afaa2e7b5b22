#include "models/item_filter_proxy.h"

#include "models/item_table_model.h"

namespace stocktower::ui {

ItemFilterProxy::ItemFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(ItemTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(false); // SKUs sort by code point, as the database does
    setDynamicSortFilter(true);
}

void ItemFilterProxy::setSourceItems(ItemTableModel* model) {
    m_items = model;
    setSourceModel(model);
}

void ItemFilterProxy::setFilterText(const QString& text) {
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words) return;
    m_words = words;
    invalidateFilter();
}

bool ItemFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_words.isEmpty() || sourceParent.isValid() || !m_items) return true;
    const QString& haystack = m_items->filterText(sourceRow);
    for (const auto& word : m_words)
        if (!haystack.contains(word)) return false;
    return true;
}

bool ItemFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    // The model compares its own values; QVariants for every comparison made a 100,000-row sort
    // take a noticeable pause on the GUI thread.
    if (m_items && sortRole() == ItemTableModel::SortRole && left.column() == right.column())
        return m_items->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace stocktower::ui
