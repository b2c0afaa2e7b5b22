// Sorts the forecast table by raw values and filters it by text, demand class and model family.
#pragma once

#include <QSortFilterProxyModel>

namespace stocktower::ui {

class ForecastTableModel;

class ForecastFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ForecastFilterProxy(QObject* parent = nullptr);

    void setSourceTable(ForecastTableModel* model);
    // Case-insensitive; every whitespace-separated word must occur in SKU, name, site or model.
    void setFilterText(const QString& text);
    // Empty: every class / family.
    void setDemandClass(const QString& demandClass);
    void setModelFamily(const QString& family);
    [[nodiscard]] QString demandClass() const { return m_class; }
    [[nodiscard]] QString modelFamily() const { return m_family; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    ForecastTableModel* m_table = nullptr;
    QStringList m_words;
    QString m_class;
    QString m_family;
};

} // namespace stocktower::ui
