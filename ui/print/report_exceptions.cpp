// The top-exceptions list of the printed weekly report.
#include "print/report_table.h"
#include "text/core_text.h"
#include "text/locale_numbers.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace stocktower::ui {

namespace {

using Face = ReportCanvas::Face;

// The translation context of this file's texts: lupdate files them under it too.
class WeeklyReportText {
    Q_DECLARE_TR_FUNCTIONS(WeeklyReportText)
};
QString qs(const std::string& text) { return QString::fromStdString(text); }

double rowPoints(const ReportStyle& style) { return std::max(7.0, style.body - 0.5); }

// One row's kind, singular; the core's English label is the fallback for a kind added later.
QString exceptionRowTitle(const report::ReportException& row) {
    using K = kpi::ExceptionKind;
    switch (row.kind) {
    case K::ProjectedStockout: return WeeklyReportText::tr("Projected stockout");
    case K::BelowSafetyStock: return WeeklyReportText::tr("Below safety stock");
    case K::OddBalance: return WeeklyReportText::tr("Odd balance");
    case K::SlowMover: return WeeklyReportText::tr("Slow mover");
    case K::Excess: return WeeklyReportText::tr("Excess stock");
    case K::ExpiringLot: return WeeklyReportText::tr("Expiring lot");
    case K::LatePurchaseOrder: return WeeklyReportText::tr("Late purchase order");
    case K::StaleReceipt: return WeeklyReportText::tr("Stale receipt");
    }
    return qs(row.kindLabel);
}

} // namespace

double exceptionsHeight(const ReportCanvas& canvas, const report::WeeklyReport& report, const ReportStyle& style) {
    const auto rows = std::max<std::size_t>(1, report.topExceptions.size());
    return canvas.lineSpacing(canvas.font(9, Face::Bold)) + canvas.pt(1) +
           canvas.lineSpacing(canvas.font(rowPoints(style), Face::CondensedBold)) + canvas.pt(2) +
           static_cast<double>(rows) * canvas.pt(style.exceptionRow);
}

void drawExceptions(const ReportCanvas& canvas, const QRectF& area, const report::WeeklyReport& report,
                    const ReportStyle& style) {
    const ReportInk ink;
    const auto& c = canvas;
    const QFont title = c.font(9, Face::Bold);
    const QFont summary = c.font(7.5);
    const QFont head = c.font(rowPoints(style), Face::CondensedBold);
    const QFont body = c.font(rowPoints(style));
    const QFont bold = c.font(rowPoints(style), Face::Bold);
    const QFont narrow = c.font(rowPoints(style), Face::Condensed); // item names and reasons run long

    double y = area.top();
    const double titleBaseline = y + c.ascent(title);
    auto& painter = c.painter();
    painter.setFont(title);
    painter.setPen(ink.text);
    const QString heading = WeeklyReportText::tr("Top exceptions");
    painter.drawText(QPointF(area.left(), titleBaseline), heading);
    double x = area.left() + c.width(title, heading);
    x += c.reference(x, titleBaseline, QString::number(report.exceptionsFootnote));
    painter.setFont(summary);
    painter.setPen(ink.muted);
    painter.drawText(QPointF(x + c.pt(4), titleBaseline),
                     WeeklyReportText::tr("%1 of %2 rows over all queues, ranked by value at risk; value at risk of all rows %3")
                         .arg(report.topExceptions.size())
                         .arg(report.exceptionCount)
                         .arg(localeKpiValue(kpi::Unit::Currency, report.exceptionImpact)));
    y += c.lineSpacing(title) + c.pt(1);

    // Columns: rank, kind, SKU, item, value at risk, what and why (the rest of the line).
    const double pad = c.pt(4);
    const QString headings[] = {WeeklyReportText::tr("#"), WeeklyReportText::tr("Exception"), WeeklyReportText::tr("SKU"), WeeklyReportText::tr("Item"), WeeklyReportText::tr("Value at risk"), WeeklyReportText::tr("What and why")};
    double width[6] = {c.width(body, QStringLiteral("00")) + pad, c.width(head, headings[1]) + pad,
                       c.width(head, headings[2]) + pad, 0, c.width(head, headings[4]) + 2 * pad, 0};
    bool anyDescription = false;
    for (const auto& row : report.topExceptions) {
        width[1] = std::max(width[1], c.width(body, exceptionRowTitle(row)) + pad); // as printed, translated
        width[2] = std::max(width[2], c.width(body, qs(row.sku)) + pad);
        width[3] = std::max(width[3], c.width(narrow, qs(row.description)) + pad);
        width[4] = std::max(width[4], c.width(bold, localeKpiValue(kpi::Unit::Currency, row.impact)) + 2 * pad);
        anyDescription = anyDescription || !row.description.empty();
    }
    width[3] = anyDescription ? std::min(std::max(width[3], c.width(head, headings[3]) + pad), c.pt(100)) : 0;
    width[5] = std::max(c.pt(60), area.width() - width[0] - width[1] - width[2] - width[3] - width[4]);
    double left[7] = {area.left()};
    for (int i = 0; i < 6; ++i) left[i + 1] = left[i] + width[i];
    const auto cellAt = [&](int column, double top, double height) {
        return QRectF(left[column] + (column == 0 ? 0 : c.pt(2)), top, width[column] - c.pt(column == 0 ? 2 : 4), height);
    };
    const Qt::Alignment align[6] = {Qt::AlignRight, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight,
                                    Qt::AlignLeft};

    const double headHeight = c.lineSpacing(head) + c.pt(2);
    for (int i = 0; i < 6; ++i)
        if (width[i] > 0) c.text(cellAt(i, y, headHeight), headings[i], head, ink.muted, align[i]);
    y += headHeight;
    c.rule(area.left(), area.right(), y, ink.text, 0.6);

    const double rowHeight = c.pt(style.exceptionRow);
    if (report.exceptionCount == 0) c.text(cellAt(5, y, rowHeight), WeeklyReportText::tr("No exceptions found."), body, ink.muted);
    bool striped = false;
    for (const auto& row : report.topExceptions) {
        if (striped) c.fill(QRectF(area.left(), y, area.width(), rowHeight), ink.stripe);
        striped = !striped;
        const QString reason =
            coreText(row.reason) + (row.reference.empty() ? QString() : QStringLiteral("  [%1]").arg(qs(row.reference)));
        c.text(cellAt(0, y, rowHeight), QString::number(row.rank), body, ink.muted, align[0]);
        c.text(cellAt(1, y, rowHeight), exceptionRowTitle(row), body, ink.text, align[1]);
        c.text(cellAt(2, y, rowHeight), qs(row.sku), body, ink.text, align[2]);
        if (width[3] > 0) c.text(cellAt(3, y, rowHeight), qs(row.description), narrow, ink.muted, align[3]);
        c.text(cellAt(4, y, rowHeight), localeKpiValue(kpi::Unit::Currency, row.impact), bold, ink.text, align[4]);
        c.text(cellAt(5, y, rowHeight), reason, narrow, ink.text, align[5]);
        y += rowHeight;
    }
}

} // namespace stocktower::ui
