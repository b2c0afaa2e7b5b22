#include "models/segmentation_filter_proxy.h"

#include "models/segmentation_table_model.h"

namespace stocktower::ui {

SegmentationFilterProxy::SegmentationFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(SegmentationTableModel::SortRole);
    setDynamicSortFilter(true);
}

void SegmentationFilterProxy::setSourceRows(SegmentationTableModel* model) {
    m_rows = model;
    setSourceModel(model);
}

void SegmentationFilterProxy::setFilterText(const QString& text) {
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words) return;
    m_words = words;
    invalidateFilter();
}

void SegmentationFilterProxy::setCell(std::optional<inventory::AbcClass> abc, std::optional<inventory::XyzClass> xyz) {
    if (abc == m_abc && xyz == m_xyz) return;
    m_abc = abc;
    m_xyz = xyz;
    invalidateFilter();
}

bool SegmentationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (sourceParent.isValid() || !m_rows || !m_rows->result()) return true;
    const auto& row = m_rows->segmentRow(sourceRow);
    if (m_abc && row.abc != *m_abc) return false;
    if (m_xyz && row.xyz != *m_xyz) return false;
    if (m_words.isEmpty()) return true;
    const QString& haystack = m_rows->filterText(sourceRow);
    for (const auto& word : m_words)
        if (!haystack.contains(word)) return false;
    return true;
}

bool SegmentationFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    // The model compares its own values: no QVariant per comparison on 100,000 rows.
    if (m_rows && left.column() == right.column()) return m_rows->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace stocktower::ui
