#include "print/sparkline_painter.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace stocktower::ui {

void paintSparkline(QPainter& painter, const QRectF& area, const std::vector<std::optional<double>>& values,
                    double scaleMin, double scaleMax, std::optional<double> target, const SparklineStyle& style) {
    if (values.empty() || area.width() <= 0 || area.height() <= 0) return;
    // A flat series (or one value) sits mid-height rather than on an edge.
    const double span = scaleMax - scaleMin;
    const auto y = [&](double v) {
        const double share = span > 0 ? (v - scaleMin) / span : 0.5;
        return area.bottom() - std::clamp(share, 0.0, 1.0) * area.height();
    };
    const double step = values.size() > 1 ? area.width() / double(values.size() - 1) : 0.0;
    const auto x = [&](std::size_t i) { return values.size() > 1 ? area.left() + step * double(i) : area.center().x(); };

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (target && *target >= scaleMin && *target <= scaleMax) {
        QPen pen(style.target, style.targetWidth, Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(area.left(), y(*target)), QPointF(area.right(), y(*target)));
    }
    QPainterPath path;
    bool drawing = false;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i]) {
            drawing = false;
            continue;
        }
        const QPointF point(x(i), y(*values[i]));
        if (drawing) path.lineTo(point);
        else path.moveTo(point);
        drawing = true;
    }
    painter.setPen(QPen(style.line, style.lineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    // Isolated weeks (n/a on both sides) are dots, or they would not show at all.
    painter.setPen(Qt::NoPen);
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i]) continue;
        const bool before = i > 0 && values[i - 1];
        const bool after = i + 1 < values.size() && values[i + 1];
        const bool last = i + 1 == values.size();
        if (before || after) {
            if (!last) continue;
        }
        painter.setBrush(last ? style.lastPoint : style.line);
        const double r = last ? style.pointRadius : style.lineWidth;
        painter.drawEllipse(QPointF(x(i), y(*values[i])), r, r);
    }
    painter.restore();
}

} // namespace stocktower::ui
