#include "models/policy_filter_proxy.h"

#include "models/policy_table_model.h"

namespace stocktower::ui {

PolicyFilterProxy::PolicyFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(PolicyTableModel::SortRole);
}

void PolicyFilterProxy::setFilterText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_text) return;
    m_text = trimmed;
    invalidateFilter();
}

void PolicyFilterProxy::setSiteCode(const QString& code) {
    if (code == m_site) return;
    m_site = code;
    invalidateFilter();
}

void PolicyFilterProxy::setProposalsOnly(bool only) {
    if (only == m_proposalsOnly) return;
    m_proposalsOnly = only;
    invalidateFilter();
}

bool PolicyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QAbstractItemModel* source = sourceModel();
    auto value = [&](int column) { return source->index(sourceRow, column, sourceParent).data(PolicyTableModel::SortRole); };
    if (!m_site.isEmpty() && value(PolicyTableModel::Site).toString() != m_site) return false;
    if (m_proposalsOnly && !(value(PolicyTableModel::ProposalQuantity).toDouble() > 0)) return false;
    if (!m_text.isEmpty() && !value(PolicyTableModel::Sku).toString().contains(m_text, Qt::CaseInsensitive) &&
        !value(PolicyTableModel::Site).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

bool PolicyFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const QVariant a = left.data(PolicyTableModel::SortRole);
    const QVariant b = right.data(PolicyTableModel::SortRole);
    // Uncomputed cells (invalid) after every number.
    if (!a.isValid() || !b.isValid()) return a.isValid() && !b.isValid();
    if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double) return a.toDouble() < b.toDouble();
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}

} // namespace stocktower::ui
