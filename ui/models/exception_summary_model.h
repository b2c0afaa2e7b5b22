// The control tower's list of exception queues: rows and total value at risk per queue, after a
// first row with the top exceptions over all queues.
#pragma once

#include "kpi/exceptions.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

namespace stocktower::ui {

class ExceptionSummaryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Queue, Rows, Impact, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int (kpi::ExceptionKind), -1 for the top row
        SortRole,
    };

    explicit ExceptionSummaryModel(QObject* parent = nullptr);
    // The first row's title ("top exceptions over all queues").
    static QString topRowTitle();

    void setReport(std::shared_ptr<const kpi::ExceptionReport> report);
    void clear();
    [[nodiscard]] const std::shared_ptr<const kpi::ExceptionReport>& report() const { return m_report; }
    // nullopt: the top row ("all queues").
    [[nodiscard]] std::optional<kpi::ExceptionKind> kindAt(int row) const;
    [[nodiscard]] int rowOf(std::optional<kpi::ExceptionKind> kind) const;
    // The queue behind a row, or nullptr for the top row and while there is no report.
    [[nodiscard]] const kpi::ExceptionQueue* queueAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const kpi::ExceptionReport> m_report;
    std::size_t m_allRows = 0;
    double m_allImpact = 0;
};

} // namespace stocktower::ui
