// The ABC (Pareto) curve: cumulative share of the basis against the share of ranked items, with
// the A and B cut-offs drawn and labelled; one curve per site when sites are ranked apart.
#pragma once

#include "inventory/segmentation.h"

#include <QWidget>

#include <memory>

class QCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QStackedLayout;
class QValueAxis;

namespace stocktower::ui {

class ParetoChart : public QWidget {
    Q_OBJECT
public:
    explicit ParetoChart(QWidget* parent = nullptr);

    void setResult(const std::shared_ptr<const inventory::SegmentationResult>& result);
    // Shows `message` instead of a chart (nothing computed, no demand…).
    void showMessage(const QString& message);

    [[nodiscard]] bool hasChart() const;
    [[nodiscard]] int curveCount() const { return m_curves; }
    // Points drawn per curve at most: 100,000 ranked rows are thinned to this many.
    static constexpr int kMaxPoints = 600;

private:
    void newChart();
    void installChart();
    void addCutoffLine(double y, const QString& label);
    void addClassBoundary(double x, const QString& label);

    QStackedLayout* m_stack;
    QLabel* m_message;
    QChartView* m_view;
    QChart* m_chart = nullptr;
    QValueAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    QCategoryAxis* m_cutoffAxis = nullptr;   // right: the A and B cut-off lines' labels
    QCategoryAxis* m_boundaryAxis = nullptr; // top: where the classes end along the items
    int m_curves = 0;
};

} // namespace stocktower::ui
