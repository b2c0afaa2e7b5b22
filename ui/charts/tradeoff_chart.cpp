#include "charts/tradeoff_chart.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QStackedLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace stocktower::ui {

namespace {

// Overall in a strong neutral, the segments in three distinguishable hues, marks in contrast.
QColor curveColour(const std::string& segment) {
    if (segment == "A") return QColor(0x1f, 0x77, 0xb4);
    if (segment == "B") return QColor(0x2c, 0xa0, 0x2c);
    if (segment == "C") return QColor(0xff, 0x7f, 0x0e);
    return QColor(0x33, 0x33, 0x33);
}

} // namespace

TradeoffChart::TradeoffChart(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedLayout(this)), m_message(new QLabel(this)), m_view(new QChartView(this)),
      m_chart(new QChart), m_x(new QValueAxis(m_chart)), m_y(new QValueAxis(m_chart)) {
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setEnabled(false);
    m_chart->setTitle(tr("Investment against fill rate"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_x->setTitleText(tr("Inventory investment (safety + cycle stock value)"));
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setTitleText(tr("Expected fill rate %"));
    m_y->setLabelFormat(QStringLiteral("%.1f"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_view->setChart(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_view);
    showMessage(tr("The trade-off curve is computed on request."));
}

void TradeoffChart::showMessage(const QString& text) {
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void TradeoffChart::setResult(const inventory::TradeoffResult& result) {
    m_chart->removeAllSeries();
    m_lines = 0;
    m_marks = 0;
    double xMin = std::numeric_limits<double>::max(), xMax = 0.0;
    double yMin = 100.0, yMax = 0.0;
    auto extend = [&](double x, double y) {
        xMin = std::min(xMin, x);
        xMax = std::max(xMax, x);
        yMin = std::min(yMin, y);
        yMax = std::max(yMax, y);
    };
    for (const auto& curve : result.curves) {
        auto* line = new QLineSeries(m_chart);
        line->setName(curve.segment == "all" ? tr("All item-sites") : tr("Class %1").arg(QString::fromStdString(curve.segment)));
        QPen pen(curveColour(curve.segment));
        pen.setWidthF(curve.segment == "all" ? 2.5 : 1.5);
        line->setPen(pen);
        for (const auto& point : curve.points) {
            if (std::isnan(point.expectedFillRate)) continue;
            line->append(point.inventoryInvestment, point.expectedFillRate * 100.0);
            extend(point.inventoryInvestment, point.expectedFillRate * 100.0);
        }
        m_chart->addSeries(line);
        line->attachAxis(m_x);
        line->attachAxis(m_y);
        ++m_lines;
    }
    // One series per mark, so the legend and the point label both carry the scenario's name.
    for (const auto& mark : result.marks) {
        if (std::isnan(mark.expectedFillRate)) continue;
        auto* point = new QScatterSeries(m_chart);
        const QString name = QString::fromStdString(mark.name);
        point->setName(name);
        point->setMarkerSize(mark.name == "base" ? 12.0 : 10.0);
        point->setMarkerShape(mark.name == "base" ? QScatterSeries::MarkerShapeRectangle : QScatterSeries::MarkerShapeCircle);
        point->setColor(mark.name == "base" ? QColor(0x11, 0x11, 0x11) : QColor(0xd6, 0x27, 0x28));
        point->append(mark.inventoryInvestment, mark.expectedFillRate * 100.0);
        point->setPointLabelsVisible(true);
        point->setPointLabelsFormat(name);
        point->setPointLabelsClipping(false);
        extend(mark.inventoryInvestment, mark.expectedFillRate * 100.0);
        m_chart->addSeries(point);
        point->attachAxis(m_x);
        point->attachAxis(m_y);
        ++m_marks;
    }
    if (m_lines == 0 && m_marks == 0) {
        showMessage(tr("Nothing to plot: no item-site could be computed."));
        return;
    }
    // Some air around the data so labels at the edge stay readable.
    const double xPad = std::max((xMax - xMin) * 0.05, 1.0);
    m_x->setRange(std::max(0.0, xMin - xPad), xMax + xPad);
    m_y->setRange(std::max(0.0, std::floor(yMin - 1.0)), std::min(100.0, std::ceil(yMax + 0.5)));
    m_x->applyNiceNumbers();
    m_stack->setCurrentWidget(m_view);
}

} // namespace stocktower::ui
