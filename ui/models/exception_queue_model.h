// The rows of one exception queue, or the top rows over all queues, ranked by value at risk as the
// core ranked them. Each row links to its item (ItemIdRole).
#pragma once

#include "kpi/exceptions.h"

#include <QAbstractTableModel>

#include <vector>

namespace stocktower::ui {

class ExceptionQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Rank, Queue, Sku, Description, Reason, Quantity, Impact, Reference, ColumnCount };
    enum Role {
        ItemIdRole = Qt::UserRole + 1, // qint64
        KindRole,                      // int (kpi::ExceptionKind)
        SortRole,                      // raw numbers and text
    };

    explicit ExceptionQueueModel(QObject* parent = nullptr);

    // Rows in rank order (highest value at risk first).
    void setRows(std::vector<kpi::ExceptionRow> rows);
    void clear();
    [[nodiscard]] const kpi::ExceptionRow& exceptionRow(int row) const { return m_rows[static_cast<std::size_t>(row)]; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::vector<kpi::ExceptionRow> m_rows;
};

} // namespace stocktower::ui
