// Sorts the segmentation list by raw values and filters it by text and by matrix cell (an ABC
// class, an XYZ class, or both).
#pragma once

#include "inventory/segmentation.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace stocktower::ui {

class SegmentationTableModel;

class SegmentationFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SegmentationFilterProxy(QObject* parent = nullptr);

    void setSourceRows(SegmentationTableModel* model);
    // Case-insensitive; every whitespace-separated word must occur in SKU, description or site.
    void setFilterText(const QString& text);
    // nullopt: any class.
    void setCell(std::optional<inventory::AbcClass> abc, std::optional<inventory::XyzClass> xyz);
    [[nodiscard]] std::optional<inventory::AbcClass> abcFilter() const { return m_abc; }
    [[nodiscard]] std::optional<inventory::XyzClass> xyzFilter() const { return m_xyz; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    SegmentationTableModel* m_rows = nullptr;
    QStringList m_words;
    std::optional<inventory::AbcClass> m_abc;
    std::optional<inventory::XyzClass> m_xyz;
};

} // namespace stocktower::ui
