// The cycle-count plan's weekly workload as a table: one row per calendar week of the plan.
#pragma once

#include "inventory/cycle_count.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <memory>

namespace stocktower::ui {

class SegmentationWorkloadModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Week, Starts, CountA, CountB, CountC, Total, Locations, ColumnCount };

    explicit SegmentationWorkloadModel(QObject* parent = nullptr);

    void setPlan(std::shared_ptr<const inventory::CycleCountPlan> plan);
    [[nodiscard]] const inventory::CycleCountPlan* plan() const { return m_plan.get(); }
    [[nodiscard]] const std::shared_ptr<const inventory::CycleCountPlan>& sharedPlan() const { return m_plan; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const inventory::CycleCountPlan> m_plan;
    QLocale m_locale;
};

} // namespace stocktower::ui
