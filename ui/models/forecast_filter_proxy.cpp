#include "models/forecast_filter_proxy.h"

#include "models/forecast_table_model.h"

namespace stocktower::ui {

ForecastFilterProxy::ForecastFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(ForecastTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(false);
    setDynamicSortFilter(true);
}

void ForecastFilterProxy::setSourceTable(ForecastTableModel* model) {
    m_table = model;
    setSourceModel(model);
}

void ForecastFilterProxy::setFilterText(const QString& text) {
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words) return;
    m_words = words;
    invalidateFilter();
}

void ForecastFilterProxy::setDemandClass(const QString& demandClass) {
    if (demandClass == m_class) return;
    m_class = demandClass;
    invalidateFilter();
}

void ForecastFilterProxy::setModelFamily(const QString& family) {
    if (family == m_family) return;
    m_family = family;
    invalidateFilter();
}

bool ForecastFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (sourceParent.isValid() || !m_table) return true;
    const auto& row = m_table->row(sourceRow);
    if (!m_class.isEmpty() && row.demandClass != m_class) return false;
    if (!m_family.isEmpty() && row.family != m_family) return false;
    for (const auto& word : m_words)
        if (!row.filter.contains(word)) return false;
    return true;
}

bool ForecastFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    // The model compares its own values: QVariants for 175,000 rows would stall the GUI thread.
    if (m_table && sortRole() == ForecastTableModel::SortRole && left.column() == right.column())
        return m_table->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace stocktower::ui
