// Sorts the item grid by raw values and filters it by text over SKU, description, supplier, category.
#pragma once

#include <QSortFilterProxyModel>

namespace stocktower::ui {

class ItemTableModel;

class ItemFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ItemFilterProxy(QObject* parent = nullptr);

    void setSourceItems(ItemTableModel* model);
    // Case-insensitive; every whitespace-separated word must occur (in any of the four fields).
    void setFilterText(const QString& text);
    [[nodiscard]] QString filterText() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    ItemTableModel* m_items = nullptr;
    QStringList m_words;
};

} // namespace stocktower::ui
