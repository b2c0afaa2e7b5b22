// The cost–service trade-off: inventory investment (x) against expected fill rate (y), one line
// per ABC segment and overall, with the base and each computed scenario as labelled marks.
#pragma once

#include "inventory/tradeoff.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedLayout;
class QValueAxis;

namespace stocktower::ui {

class TradeoffChart : public QWidget {
    Q_OBJECT
public:
    explicit TradeoffChart(QWidget* parent = nullptr);

    void setResult(const inventory::TradeoffResult& result);
    // Shown instead of the chart (computing, failed, nothing to show).
    void showMessage(const QString& text);

    [[nodiscard]] QChart* chart() const { return m_chart; }
    [[nodiscard]] int lineCount() const { return m_lines; }
    [[nodiscard]] int markCount() const { return m_marks; }

private:
    QStackedLayout* m_stack;
    QLabel* m_message;
    QChartView* m_view;
    QChart* m_chart;
    QValueAxis* m_x;
    QValueAxis* m_y;
    int m_lines = 0;
    int m_marks = 0;
};

} // namespace stocktower::ui
