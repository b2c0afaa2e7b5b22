// Draws a KPI trend as a sparkline with QPainter alone (no widgets), so the scorecard table on
// screen and the printed weekly report draw the same picture.
#pragma once

#include <QColor>
#include <QRectF>

#include <optional>
#include <vector>

class QPainter;

namespace stocktower::ui {

struct SparklineStyle {
    QColor line{0x33, 0x33, 0x33};
    QColor target{0x88, 0x88, 0x88}; // dashed, so it stays distinct from the line in grayscale
    QColor lastPoint{0x00, 0x00, 0x00};
    // In the painter's device units: scale them for a high-resolution device (a PDF at 1200 dpi).
    double lineWidth = 1.2;
    double pointRadius = 1.8;
    double targetWidth = 0.8;
};

// Values oldest first; nullopt weeks (n/a) break the line. All rows share one scale when the
// caller passes the same scaleMin/scaleMax, which is what makes trends comparable down a page.
// The target, when set and inside the scale, is a dashed horizontal line. The last value is a dot.
void paintSparkline(QPainter& painter, const QRectF& area, const std::vector<std::optional<double>>& values,
                    double scaleMin, double scaleMax, std::optional<double> target,
                    const SparklineStyle& style = {});

} // namespace stocktower::ui
