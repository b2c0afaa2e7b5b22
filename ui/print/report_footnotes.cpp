#include "print/report_footnotes.h"

#include "print/report_text.h"

#include <QCoreApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace stocktower::ui {

namespace {

// "■ red": a status or direction symbol never ends a line apart from its word.
QString keepSymbolsWithWords(QString text) {
    for (const QString& symbol : {QStringLiteral("●"), QStringLiteral("◆"), QStringLiteral("■"), QStringLiteral("▲"),
                                 QStringLiteral("▼"), QStringLiteral("–")})
        text.replace(symbol + QLatin1Char(' '), symbol + QChar(0x00A0));
    return text;
}

} // namespace

std::vector<PageNote> pageNotes(const report::WeeklyReport& report) {
    std::vector<PageNote> notes;
    notes.reserve(report.footnotes.size());
    for (const auto& note : report.footnotes)
        notes.push_back({QString::number(note.number), reportFootnoteText(report, note)});
    return notes;
}

FootnoteFlow flowFootnotes(const ReportCanvas& canvas, const std::vector<PageNote>& notes,
                           const std::vector<QRectF>& columns, double fontPoints, bool draw) {
    FootnoteFlow flow;
    if (columns.empty()) return flow;
    const QFont body = canvas.font(fontPoints, ReportCanvas::Face::Condensed);
    const QFont number = canvas.font(fontPoints, ReportCanvas::Face::CondensedBold);
    const double indent = canvas.width(number, QStringLiteral("00")) + canvas.pt(2.5);
    // Tighter than the font's own line spacing (DejaVu's 1.16 em leaves room for stacked accents).
    const double lineHeight = canvas.pt(fontPoints * 1.1);
    const double noteGap = canvas.pt(1.2);
    const ReportInk ink;
    auto& painter = canvas.painter();
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);

    std::size_t column = 0;
    double y = columns.front().top();
    for (const auto& note : notes) {
        QTextLayout layout(keepSymbolsWithWords(note.text), body, painter.device());
        layout.setTextOption(option);
        layout.beginLayout();
        int placed = 0;
        bool overflow = false;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            if (y + lineHeight > columns[column].bottom() + 0.01) {
                if (++column >= columns.size()) {
                    overflow = true;
                    break;
                }
                y = columns[column].top();
            }
            const QRectF& area = columns[column];
            line.setLineWidth(area.width() - indent);
            line.setPosition(QPointF(area.left() + indent, y));
            if (placed == 0 && draw) {
                painter.setFont(number);
                painter.setPen(ink.muted);
                painter.drawText(QRectF(area.left(), y, indent - canvas.pt(2.5), lineHeight),
                                 Qt::AlignRight | Qt::AlignTop | Qt::TextSingleLine, note.label);
            }
            ++placed;
            y += lineHeight;
        }
        layout.endLayout();
        if (draw) {
            painter.setPen(ink.text);
            for (int i = 0; i < placed; ++i) layout.lineAt(i).draw(&painter, QPointF(0, 0));
        }
        if (overflow) break;
        ++flow.notesPlaced;
        y += noteGap;
    }
    flow.complete = flow.notesPlaced == static_cast<int>(notes.size());
    if (!flow.complete && draw) {
        const int hidden = static_cast<int>(notes.size()) - flow.notesPlaced;
        const QString more = QCoreApplication::translate("WeeklyReport", "%n more note(s): see the report as text or JSON.",
                                                         nullptr, hidden);
        const QRectF& area = columns.back();
        const QRectF last(area.left(), area.bottom() - lineHeight, area.width(), lineHeight);
        canvas.fill(last, Qt::white);
        canvas.text(last, more, number, ink.text);
    }
    return flow;
}

} // namespace stocktower::ui
