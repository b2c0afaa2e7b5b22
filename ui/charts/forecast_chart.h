// One series' history, fitted values, forecast with 80% and 95% bands and the planner's
// overrides on a date axis (Qt Charts), or a message when there is nothing to show.
#pragma once

#include "forecast/series_detail.h"

#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QStackedLayout;
class QValueAxis;

namespace stocktower::ui {

class ForecastChart : public QWidget {
    Q_OBJECT
public:
    explicit ForecastChart(QWidget* parent = nullptr);

    // The forecast part shows the stored values (the run's numbers), never a refit's.
    void setDetail(const QString& title, const forecast::SeriesDetail& detail);
    void showMessage(const QString& message);

    [[nodiscard]] bool hasChart() const;
    [[nodiscard]] QChart* chart() const { return m_chart; }
    // What is drawn, for tests: history points shown, forecast periods, override markers.
    [[nodiscard]] int historyPoints() const { return m_historyPoints; }
    [[nodiscard]] int forecastPoints() const { return m_forecastPoints; }
    [[nodiscard]] int overrideMarkers() const { return m_overrideMarkers; }

    // History shown: two seasonal cycles, so the forecast keeps a readable share of the width.
    static constexpr int kWeeksShown = 104;
    static constexpr int kMonthsShown = 36;

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
    int m_historyPoints = 0;
    int m_forecastPoints = 0;
    int m_overrideMarkers = 0;
};

} // namespace stocktower::ui
