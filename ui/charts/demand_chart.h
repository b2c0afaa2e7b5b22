// Weekly demand of one item as an area chart over a date axis, or a message when there is none.
#pragma once

#include "store/item_queries.h"

#include <QWidget>

#include <vector>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QStackedLayout;
class QValueAxis;

namespace stocktower::ui {

class DemandChart : public QWidget {
    Q_OBJECT
public:
    explicit DemandChart(QWidget* parent = nullptr);

    void setDemand(const QString& title, const std::vector<store::DemandPoint>& points);
    // Shows `message` instead of a chart (nothing selected, no history…).
    void showMessage(const QString& message);

    [[nodiscard]] bool hasChart() const;
    [[nodiscard]] int pointCount() const { return m_pointCount; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateTickCount();

    QStackedLayout* m_stack;
    QLabel* m_message;
    QChartView* m_view;
    QChart* m_chart;
    QDateTimeAxis* m_axisX;
    QValueAxis* m_axisY;
    int m_pointCount = 0;
};

} // namespace stocktower::ui
