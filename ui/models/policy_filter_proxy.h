// Filters the policy table by text (SKU or site), by site and to rows with a proposal today;
// sorts by raw values (PolicyTableModel::SortRole).
#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace stocktower::ui {

class PolicyFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PolicyFilterProxy(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    // Empty = every site.
    void setSiteCode(const QString& code);
    void setProposalsOnly(bool only);

    [[nodiscard]] QString siteCode() const { return m_site; }
    [[nodiscard]] bool proposalsOnly() const { return m_proposalsOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    QString m_site;
    bool m_proposalsOnly = false;
};

} // namespace stocktower::ui
