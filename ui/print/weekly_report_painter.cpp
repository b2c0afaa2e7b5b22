// renderWeeklyReport: the header, the KPI table, the top exceptions and the footnotes on one page.
#include "print/report_canvas.h"
#include "print/report_footnotes.h"
#include "print/report_table.h"
#include "print/report_text.h"
#include "print/weekly_report_print.h"
#include "text/locale_numbers.h"

#include <QCoreApplication>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <vector>

namespace stocktower::ui {

namespace {

// The translation context of this file's texts: lupdate files them under it too.
class WeeklyReportText {
    Q_DECLARE_TR_FUNCTIONS(WeeklyReportText)
};
QString qs(const std::string& text) { return QString::fromStdString(text); }

// Roomiest first; the first whose footnotes fit the page is used. No text goes below 7 pt.
const ReportStyle kStyles[] = {
    {8.0, 14.0, 10.5, 7.5, 9.0},
    {7.5, 13.0, 10.0, 7.2, 8.0},
    {7.5, 12.0, 9.5, 7.0, 6.0},
    {7.0, 11.0, 9.0, 7.0, 5.0},
};

// The page the layout was designed on, in points: the printable area of A4 and Letter landscape
// with 8 mm margins is at least this large. Smaller pages are drawn scaled down.
constexpr double kDesignWidth = 730;
constexpr double kDesignHeight = 530;

// "2026-11-24T22:59:59Z" → "2026-11-24 22:59 UTC" (the date in the locale's short format:
// "24.11.26 22:59 UTC" in German); anything else as it is.
QString readableTimestamp(const std::string& stored) {
    if (stored.size() == 20 && stored[10] == 'T' && stored.back() == 'Z') {
        const auto day = domain::parseIsoDate(stored.substr(0, 10));
        const QString date = day ? localeDate(*day) : qs(stored.substr(0, 10));
        return date + QLatin1Char(' ') + qs(stored.substr(11, 5)) + QStringLiteral(" UTC");
    }
    return qs(stored);
}

// Draws runs of text left to right on one baseline, with footnote references between them.
class Line {
public:
    Line(const ReportCanvas& canvas, double x, double baseline) : m_canvas(canvas), m_x(x), m_baseline(baseline) {}
    Line& run(const QString& text, const QFont& font, const QColor& colour) {
        auto& painter = m_canvas.painter();
        painter.setFont(font);
        painter.setPen(colour);
        painter.drawText(QPointF(m_x, m_baseline), text);
        m_x += m_canvas.width(font, text);
        return *this;
    }
    Line& ref(int number) {
        if (number > 0) m_x += m_canvas.reference(m_x, m_baseline, QString::number(number));
        return *this;
    }
private:
    const ReportCanvas& m_canvas;
    double m_x;
    double m_baseline;
};

double headerHeight(const ReportCanvas& canvas) {
    return canvas.lineSpacing(canvas.font(13, ReportCanvas::Face::Bold)) +
           canvas.lineSpacing(canvas.font(7.5)) + canvas.pt(4);
}

void drawHeader(const ReportCanvas& canvas, const QRectF& area, const report::WeeklyReport& report) {
    const ReportInk ink;
    const QFont title = canvas.font(13, ReportCanvas::Face::Bold);
    const QFont site = canvas.font(10.5);
    const QFont small = canvas.font(7.5);
    const double baseline = area.top() + canvas.ascent(title);
    Line(canvas, area.left(), baseline)
        .run(reportTitle(report), title, ink.text)
        .run(QStringLiteral("   ") + qs(report.siteCode), canvas.font(10.5, ReportCanvas::Face::Bold), ink.text)
        .run(QStringLiteral("  ") + qs(report.siteName), site, ink.text);
    const QString week = qs(report.isoWeek);
    const double weekRight = area.right() - canvas.referenceWidth(QString::number(report.weekFootnote));
    Line(canvas, weekRight - canvas.width(title, week), baseline).run(week, title, ink.text).ref(report.weekFootnote);

    const double second = area.top() + canvas.lineSpacing(title) + canvas.ascent(small);
    Line line(canvas, area.left(), second);
    line.run(WeeklyReportText::tr("Monday %1 to Sunday %2, %3").arg(qs(report.firstDay), qs(report.lastDay), qs(report.timeZone)), small,
             ink.text);
    line.run(QStringLiteral("  ·  ") +
                 (report.cutoffTime.empty() ? WeeklyReportText::tr("no order cut-off") : WeeklyReportText::tr("order cut-off %1").arg(qs(report.cutoffTime))),
             small, ink.text)
        .ref(report.cutoffFootnote);
    QString context = QStringLiteral("  ·  ") + WeeklyReportText::tr("as of %1").arg(readableTimestamp(report.asOf));
    if (report.snapshotDay) context += QStringLiteral("  ·  ") + WeeklyReportText::tr("on-hand snapshot %1").arg(qs(*report.snapshotDay));
    context += QStringLiteral("  ·  ") + WeeklyReportText::tr("exceptions found %1").arg(qs(report.exceptionsToday));
    line.run(context, small, ink.muted);
    const double bottom = area.top() + headerHeight(canvas);
    canvas.rule(area.left(), area.right(), bottom - canvas.pt(1.5), ink.text, 0.8);
}

// Below the KPI table the page is a grid of footnote columns: the exceptions take all but the
// last column at the top, the notes flow under them and down the last column beside them.
struct Placement {
    const ReportStyle* style = nullptr;
    double tableTop = 0;
    QRectF exceptions;
    std::vector<QRectF> noteColumns;
    std::vector<PageNote> notes; // the numbered footnotes, then the row notes cut short in the table
    bool notesFit = false;
};

Placement place(const ReportCanvas& canvas, const QRectF& area, const report::WeeklyReport& report,
                const ReportStyle& style) {
    Placement placement;
    placement.style = &style;
    placement.tableTop = area.top() + headerHeight(canvas) + canvas.pt(style.gap * 0.5);
    const ReportTable table(canvas, area, report, style);
    const double gutter = canvas.pt(10);
    const int columns = std::max(2, static_cast<int>((area.width() + gutter) / (canvas.pt(172) + gutter)));
    const double columnWidth = (area.width() - gutter * (columns - 1)) / columns;
    const int span = columns >= 3 ? columns - 1 : columns;
    const double exceptionsTop = placement.tableTop + table.height() + canvas.pt(style.gap);
    placement.exceptions = QRectF(area.left(), exceptionsTop, span * columnWidth + (span - 1) * gutter,
                                  exceptionsHeight(canvas, report, style));
    const double underExceptions = placement.exceptions.bottom() + canvas.pt(style.gap);
    for (int c = 0; c < columns; ++c) {
        const double top = (c < span ? underExceptions : exceptionsTop) + canvas.pt(2);
        if (area.bottom() - top > 0)
            placement.noteColumns.emplace_back(area.left() + c * (columnWidth + gutter), top, columnWidth,
                                               area.bottom() - top);
    }
    placement.notes = pageNotes(report);
    placement.notes.insert(placement.notes.end(), table.overflowNotes().begin(), table.overflowNotes().end());
    placement.notesFit = flowFootnotes(canvas, placement.notes, placement.noteColumns, style.notes, false).complete;
    return placement;
}

void drawPage(QPainter& painter, const QRectF& area, const report::WeeklyReport& report, double scale) {
    const ReportCanvas canvas(painter, scale);
    Placement chosen;
    for (const auto& style : kStyles) {
        chosen = place(canvas, area, report, style);
        if (chosen.notesFit) break;
    }
    const auto& style = *chosen.style;
    drawHeader(canvas, area, report);
    ReportTable(canvas, area, report, style).draw(chosen.tableTop);
    drawExceptions(canvas, chosen.exceptions, report, style);
    const ReportInk ink;
    for (const auto& column : chosen.noteColumns)
        canvas.rule(column.left(), column.right(), column.top() - canvas.pt(2.5), ink.rule, 0.5);
    flowFootnotes(canvas, chosen.notes, chosen.noteColumns, style.notes, true);
}

} // namespace

void renderWeeklyReport(QPainter& painter, const QRectF& page, const report::WeeklyReport& report) {
    if (!painter.isActive() || page.isEmpty()) return;
    painter.save();
    QRectF area = page;
    // The report is a landscape page: on a portrait page it is drawn turned a quarter.
    if (page.height() > page.width()) {
        painter.translate(page.left(), page.bottom());
        painter.rotate(-90);
        area = QRectF(0, 0, page.height(), page.width());
    }
    const double unit = painter.device()->logicalDpiY() / 72.0;
    const double scale = std::min({1.0, area.width() / unit / kDesignWidth, area.height() / unit / kDesignHeight});
    drawPage(painter, area, report, scale);
    painter.restore();
}

} // namespace stocktower::ui
