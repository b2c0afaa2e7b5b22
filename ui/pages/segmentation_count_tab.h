// The cycle-count plan tab: counts a year per class (editable), first week and closed weeks, the
// weekly workload as a stacked bar chart and a table, and "Export count schedule…".
#pragma once

#include "inventory/cycle_count.h"

#include <QWidget>

#include <memory>
#include <optional>

class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedLayout;
class QTableView;
class QValueAxis;

namespace stocktower::ui {

class SegmentationWorkloadModel;

class SegmentationCountTab : public QWidget {
    Q_OBJECT
public:
    explicit SegmentationCountTab(QWidget* parent = nullptr);

    // The settings as entered, or nullopt when they cannot be used (problem() says why).
    [[nodiscard]] std::optional<inventory::CycleCountSettings> settings() const;
    [[nodiscard]] QString problem() const;
    // The user picked the first week (else the plan follows the segmentation's window).
    [[nodiscard]] bool isStartChosen() const { return m_startChosen; }
    // The plan starts the Monday after the segmentation's window unless the user chose a week.
    void setDefaultStart(domain::DayNumber lastDay);

    void setPlan(std::shared_ptr<const inventory::CycleCountPlan> plan);
    [[nodiscard]] const inventory::CycleCountPlan* plan() const;
    void showMessage(const QString& message);

    [[nodiscard]] QSpinBox* frequencySpin(inventory::AbcClass abc) const;
    [[nodiscard]] QPushButton* exportButton() const { return m_export; }
    [[nodiscard]] SegmentationWorkloadModel* workloadModel() const { return m_model; }

Q_SIGNALS:
    void settingsChanged();
    void exportRequested();

private:
    void updateChart();
    void updateSummary();

    QSpinBox* m_perYear[3];
    QDateEdit* m_start;
    QLineEdit* m_closed;
    QPushButton* m_export;
    QLabel* m_summary;
    QStackedLayout* m_stack;
    QLabel* m_message;
    QChartView* m_view;
    QChart* m_chart = nullptr; // the view's; replaced with each plan
    QCategoryAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    QTableView* m_table;
    SegmentationWorkloadModel* m_model;
    bool m_startChosen = false; // the user picked a first week: keep it across recomputes
};

} // namespace stocktower::ui
