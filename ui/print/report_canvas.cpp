#include "print/report_canvas.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

namespace stocktower::ui {

ReportCanvas::ReportCanvas(QPainter& painter, double scale)
    : m_painter(painter), m_unit(painter.device()->logicalDpiY() / 72.0 * scale), m_scale(scale) {}

QFont ReportCanvas::font(double points, Face face) const {
    // DejaVu (fonts-dejavu-core on Debian) has every symbol the report uses; elsewhere the
    // platform's sans serif stands in and symbol() draws what it lacks.
    const bool condensed = face == Face::Condensed || face == Face::CondensedBold;
    QFont font;
    font.setFamilies(condensed ? QStringList{"DejaVu Sans Condensed", "DejaVu Sans", "Arial Narrow", "Arial"}
                               : QStringList{"DejaVu Sans", "Arial", "Helvetica"});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points * m_scale);
    font.setBold(face == Face::Bold || face == Face::CondensedBold);
    // Unhinted outlines: the layout measured here is the layout printed, at any resolution.
    font.setHintingPreference(QFont::PreferNoHinting);
    // No shaping for Latin text: ligatures would make "fi" and "ff" single glyphs, which a PDF
    // reader's search and copy return as "ﬁ" and "ﬀ".
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

double ReportCanvas::width(const QFont& font, const QString& text) const {
    return QFontMetricsF(font, m_painter.device()).horizontalAdvance(text);
}

double ReportCanvas::ascent(const QFont& font) const { return QFontMetricsF(font, m_painter.device()).ascent(); }

double ReportCanvas::lineSpacing(const QFont& font) const {
    return QFontMetricsF(font, m_painter.device()).lineSpacing();
}

double ReportCanvas::baseline(const QFont& font, const QRectF& cell) const {
    const QFontMetricsF metrics(font, m_painter.device());
    return cell.top() + (cell.height() - (metrics.ascent() + metrics.descent())) / 2 + metrics.ascent();
}

QString ReportCanvas::elided(const QFont& font, const QString& text, double width) const {
    return QFontMetricsF(font, m_painter.device()).elidedText(text, Qt::ElideRight, width);
}

bool ReportCanvas::hasGlyph(const QFont& font, char32_t codePoint) const {
    return QFontMetricsF(font, m_painter.device()).inFontUcs4(static_cast<uint>(codePoint));
}

double ReportCanvas::text(const QRectF& cell, const QString& text, const QFont& font, const QColor& colour,
                          Qt::Alignment horizontal) const {
    if (text.isEmpty() || cell.width() <= 0) return 0;
    const QString shown = elided(font, text, cell.width());
    m_painter.setFont(font);
    m_painter.setPen(colour);
    m_painter.drawText(cell, int(horizontal | Qt::AlignVCenter) | Qt::TextSingleLine, shown);
    return width(font, shown);
}

double ReportCanvas::referenceWidth(const QString& numbers) const {
    return numbers.isEmpty() ? 0 : pt(0.8) + width(font(5.5), numbers);
}

double ReportCanvas::reference(double x, double baseline, const QString& numbers) const {
    if (numbers.isEmpty()) return 0;
    const QFont small = font(5.5);
    m_painter.setFont(small);
    m_painter.setPen(ReportInk{}.muted);
    m_painter.drawText(QPointF(x + pt(0.8), baseline - pt(3.0)), numbers);
    return referenceWidth(numbers);
}

void ReportCanvas::symbol(const QRectF& box, const QString& symbol, const QFont& font, const QColor& colour) const {
    if (symbol.isEmpty()) return;
    const char32_t code = symbol.toUcs4().value(0);
    if (hasGlyph(font, code)) {
        m_painter.setFont(font);
        m_painter.setPen(colour);
        m_painter.drawText(box, Qt::AlignCenter | Qt::TextSingleLine, symbol);
        return;
    }
    // The same shapes as the glyphs, so the meaning survives without them.
    const double r = std::min(box.width(), box.height()) * 0.32;
    const QPointF c = box.center();
    QPainterPath path;
    switch (code) {
    case U'●': path.addEllipse(c, r, r); break;
    case U'■': path.addRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r)); break;
    case U'◆': path.addPolygon(QPolygonF{{c.x(), c.y() - r * 1.2}, {c.x() + r, c.y()}, {c.x(), c.y() + r * 1.2},
                                         {c.x() - r, c.y()}});
        break;
    case U'▲': path.addPolygon(QPolygonF{{c.x(), c.y() - r}, {c.x() + r, c.y() + r}, {c.x() - r, c.y() + r}}); break;
    case U'▼': path.addPolygon(QPolygonF{{c.x() - r, c.y() - r}, {c.x() + r, c.y() - r}, {c.x(), c.y() + r}}); break;
    default: path.addRect(QRectF(c.x() - r, c.y() - pt(0.3), 2 * r, pt(0.6))); break; // – not rated
    }
    path.closeSubpath();
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(colour);
    m_painter.drawPath(path);
    m_painter.restore();
}

void ReportCanvas::rule(double x1, double x2, double y, const QColor& colour, double widthPoints) const {
    m_painter.setPen(QPen(colour, pt(widthPoints)));
    m_painter.drawLine(QPointF(x1, y), QPointF(x2, y));
}

void ReportCanvas::fill(const QRectF& rect, const QColor& colour) const { m_painter.fillRect(rect, colour); }

} // namespace stocktower::ui
