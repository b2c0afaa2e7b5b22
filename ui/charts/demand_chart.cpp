#include "charts/demand_chart.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QStackedLayout>
#include <QValueAxis>

#include <algorithm>

namespace stocktower::ui {

namespace {
qreal msecsOf(domain::DayNumber day) {
    // Local midnight, so the axis (which shows local time) prints the same calendar day.
    return static_cast<qreal>(QDate(1970, 1, 1).addDays(day).startOfDay().toMSecsSinceEpoch());
}
} // namespace

DemandChart::DemandChart(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedLayout(this)), m_message(new QLabel(this)),
      m_view(new QChartView(this)), m_chart(new QChart()), m_axisX(new QDateTimeAxis()),
      m_axisY(new QValueAxis()) {
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setEnabled(false); // greyed: it is a placeholder, not content
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_view);

    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 8, 4));
    m_chart->setBackgroundRoundness(0);
    m_axisX->setFormat(QStringLiteral("MMM yyyy"));
    m_axisX->setTitleText(tr("Week"));
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setTitleText(tr("Units per week"));
    // A real range before the first layout: Qt Charts (6.4) lays a date axis out with its
    // default, empty range as having no labels and no grid, and keeps it that way (no dates
    // under the chart) until the chart is resized.
    const QDate today = QDate::currentDate();
    m_axisX->setRange(today.addYears(-1).startOfDay(), today.startOfDay());
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    QFont titleFont = m_chart->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);

    // setChart() takes the new chart but releases (does not delete) the view's default one.
    QChart* defaultChart = m_view->chart();
    m_view->setChart(m_chart);
    delete defaultChart;
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    setAccessibleName(tr("Weekly demand chart"));
    showMessage(tr("Select an item to see its weekly demand."));
}

bool DemandChart::hasChart() const { return m_stack->currentWidget() == m_view; }

void DemandChart::showMessage(const QString& message) {
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    m_pointCount = 0;
}

void DemandChart::setDemand(const QString& title, const std::vector<store::DemandPoint>& points) {
    m_chart->removeAllSeries();
    m_pointCount = static_cast<int>(points.size());
    if (points.empty()) {
        showMessage(tr("No demand history for %1.").arg(title));
        return;
    }

    auto* upper = new QLineSeries();
    auto* lower = new QLineSeries();
    double maximum = 0;
    for (const auto& point : points) {
        const qreal x = msecsOf(point.periodStart);
        upper->append(x, point.quantity);
        lower->append(x, 0);
        maximum = std::max(maximum, point.quantity);
    }
    auto* area = new QAreaSeries(upper, lower);
    // QAreaSeries does not own its lines: parent them, so removeAllSeries() frees them too.
    upper->setParent(area);
    lower->setParent(area);
    area->setName(tr("Weekly demand"));
    const QColor line(0x1f, 0x6f, 0xb5);
    QColor fill = line;
    fill.setAlpha(70);
    area->setPen(QPen(line, 1.5));
    area->setBrush(fill);
    m_chart->addSeries(area);
    area->attachAxis(m_axisX);
    area->attachAxis(m_axisY);

    // A week's bucket starts on Monday; show the range from the first to the last Monday.
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(msecsOf(points.front().periodStart))),
                      QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(msecsOf(points.back().periodStart))));
    m_axisY->setRange(0, maximum > 0 ? maximum * 1.08 : 1.0);
    m_axisY->applyNiceNumbers();
    m_chart->setTitle(tr("Weekly demand — %1").arg(title));
    updateTickCount();
    m_stack->setCurrentWidget(m_view);
}

void DemandChart::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    updateTickCount();
}

void DemandChart::updateTickCount() {
    // About one label per 110 pixels keeps "Mär 2025" labels apart at any width.
    m_axisX->setTickCount(std::clamp(width() / 110, 2, 14));
}

} // namespace stocktower::ui
