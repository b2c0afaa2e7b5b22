// The segmentation's item list: one row per segmented item-site (or item), read from a shared,
// immutable result; raw values for sorting, the class letters for filtering by matrix cell.
#pragma once

#include "inventory/segmentation.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QString>

#include <memory>
#include <vector>

namespace stocktower::ui {

class SegmentationTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Rank, Sku, Description, Site, UsageValue, Units, Picks, Share, CumulativeShare, Abc, Cv, Xyz, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: double for numbers (an undefined CV sorts last), text otherwise
        AbcRole,                     // int: inventory::AbcClass
        XyzRole,                     // int: inventory::XyzClass
        NoUsageRole,                 // bool
    };

    // The result and what is derived from it for display; prepare() runs on a worker (for
    // 100,000 rows the text conversion takes longer than a frame), setContent() swaps it in.
    struct Content {
        std::shared_ptr<const inventory::SegmentationResult> result;
        std::vector<QString> filterText; // lower-case SKU, description and site per row
    };
    [[nodiscard]] static Content prepare(std::shared_ptr<const inventory::SegmentationResult> result);

    explicit SegmentationTableModel(QObject* parent = nullptr);

    void setContent(Content content);
    void clear();
    void setLocale(const QLocale& locale);

    [[nodiscard]] const inventory::SegmentationResult* result() const { return m_content.result.get(); }
    [[nodiscard]] const std::shared_ptr<const inventory::SegmentationResult>& sharedResult() const {
        return m_content.result;
    }
    [[nodiscard]] const inventory::SegmentRow& segmentRow(int row) const;
    [[nodiscard]] const QString& filterText(int row) const { return m_content.filterText[static_cast<std::size_t>(row)]; }
    // The order SortRole defines, without QVariant (a 100,000-row sort compares ~1.7 million pairs).
    [[nodiscard]] bool lessThan(int leftRow, int rightRow, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] static bool isNumeric(int column);
    [[nodiscard]] static QString columnTitle(int column);
    // "Share" and "Cum. share" are shares of the ranking basis: the header says which.
    [[nodiscard]] QString columnToolTip(int column) const;

private:
    [[nodiscard]] QString display(const inventory::SegmentRow& row, int column) const;

    Content m_content;
    QLocale m_locale;
};

} // namespace stocktower::ui
