// Drawing helpers for the printed report: sizes given in points become device units, text is
// measured on the painter's own device, and symbols fall back to drawn shapes when a font lacks them.
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace stocktower::ui {

// Ink that keeps its meaning in grayscale: status colours always come with a symbol.
struct ReportInk {
    QColor text{0x1a, 0x1a, 0x1a};
    QColor muted{0x55, 0x55, 0x55};
    QColor rule{0x99, 0x99, 0x99};
    QColor stripe{0xf1, 0xf1, 0xf1};
    QColor green{0x2e, 0x7d, 0x32};
    QColor amber{0xb0, 0x6a, 0x00};
    QColor red{0xc6, 0x28, 0x28};
};

// Type sizes and spacing in points; the painter tries the roomiest style that fits the page.
struct ReportStyle {
    double body = 8;          // KPI table text
    double rowHeight = 14;    // one KPI row
    double exceptionRow = 10; // one exception row
    double notes = 7.5;       // footnote text
    double gap = 9;           // between the blocks
};

class ReportCanvas {
public:
    enum class Face { Regular, Bold, Condensed, CondensedBold };

    // `scale` shrinks the whole page (1 = true size in points).
    ReportCanvas(QPainter& painter, double scale);

    [[nodiscard]] QPainter& painter() const { return m_painter; }
    // Device units for a length in points.
    [[nodiscard]] double pt(double points) const { return points * m_unit; }
    [[nodiscard]] QFont font(double points, Face face = Face::Regular) const;
    [[nodiscard]] double width(const QFont& font, const QString& text) const;
    [[nodiscard]] double ascent(const QFont& font) const;
    [[nodiscard]] double lineSpacing(const QFont& font) const;
    // The baseline that centres one line of `font` vertically in `cell` (as Qt::AlignVCenter does).
    [[nodiscard]] double baseline(const QFont& font, const QRectF& cell) const;
    [[nodiscard]] QString elided(const QFont& font, const QString& text, double width) const;
    [[nodiscard]] bool hasGlyph(const QFont& font, char32_t codePoint) const;

    // Text on one line in `cell`, vertically centred, elided to the cell's width; returns the
    // width drawn.
    double text(const QRectF& cell, const QString& text, const QFont& font, const QColor& colour,
                Qt::Alignment horizontal = Qt::AlignLeft) const;
    // A footnote reference: a small raised number whose foot sits at `baseline`, starting at x.
    // Returns its width (0 for no number).
    double reference(double x, double baseline, const QString& numbers) const;
    [[nodiscard]] double referenceWidth(const QString& numbers) const;
    // A status or direction symbol (● ◆ ■ – ▲ ▼) centred in `box`: the font's glyph, or the
    // same shape drawn when the font has none.
    void symbol(const QRectF& box, const QString& symbol, const QFont& font, const QColor& colour) const;
    void rule(double x1, double x2, double y, const QColor& colour, double widthPoints) const;
    void fill(const QRectF& rect, const QColor& colour) const;

private:
    QPainter& m_painter;
    double m_unit;  // device units per point
    double m_scale; // applied to font sizes
};

} // namespace stocktower::ui
