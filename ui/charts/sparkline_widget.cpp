#include "charts/sparkline_widget.h"

#include "print/sparkline_painter.h"

#include <QPainter>

#include <algorithm>

namespace stocktower::ui {

SparklineWidget::SparklineWidget(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SparklineWidget::setSeries(std::vector<std::optional<double>> values, double scaleMin, double scaleMax,
                                std::optional<double> target) {
    m_values = std::move(values);
    m_scaleMin = scaleMin;
    m_scaleMax = scaleMax;
    m_target = target;
    update();
}

void SparklineWidget::clear() {
    m_values.clear();
    m_target.reset();
    update();
}

QSize SparklineWidget::sizeHint() const { return {120, fontMetrics().height() * 2}; }

QSize SparklineWidget::minimumSizeHint() const { return {60, fontMetrics().height() + 6}; }

void SparklineWidget::paintEvent(QPaintEvent* /*event*/) {
    // A trend without a single value would be a lone target line.
    if (std::none_of(m_values.begin(), m_values.end(), [](const auto& value) { return value.has_value(); })) return;
    QPainter painter(this);
    SparklineStyle style;
    style.line = palette().color(QPalette::WindowText);
    style.lastPoint = style.line;
    style.lineWidth = 1.5;
    style.pointRadius = 2.5;
    // Room for the last point's dot at the edges.
    paintSparkline(painter, QRectF(rect()).adjusted(3, 3, -3, -3), m_values, m_scaleMin, m_scaleMax, m_target, style);
}

} // namespace stocktower::ui
