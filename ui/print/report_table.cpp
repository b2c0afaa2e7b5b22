#include "print/report_table.h"

#include "print/report_text.h"

#include "print/sparkline_painter.h"
#include "text/kpi_text.h"
#include "text/locale_numbers.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace stocktower::ui {

namespace {

using Face = ReportCanvas::Face;

// The translation context of this file's texts: lupdate files them under it too.
class WeeklyReportText {
    Q_DECLARE_TR_FUNCTIONS(WeeklyReportText)
};
QString qs(const std::string& text) { return QString::fromStdString(text); }

// A value cell in the locale's digits; the core's text when there is no value (n/a, –).
QString valueText(const report::ReportRow& row, const std::optional<double>& value, const std::string& text) {
    const auto* definition = kpi::findKpi(row.kpiId);
    if (!value || !definition || !std::isfinite(*value)) return qs(text);
    return localeKpiValue(definition->unit, *value);
}

QString changeText(const report::ReportRow& row) {
    const auto* definition = kpi::findKpi(row.kpiId);
    if (!row.change || !definition || !std::isfinite(*row.change)) return qs(row.changeText);
    return localeKpiChange(definition->unit, *row.change);
}

QString refList(const std::vector<int>& numbers) {
    QStringList parts;
    for (const int number : numbers) parts << QString::number(number);
    return parts.join(QLatin1Char(','));
}

QColor statusColour(kpi::Status status, const ReportInk& ink) {
    switch (status) {
    case kpi::Status::Green: return ink.green;
    case kpi::Status::Amber: return ink.amber;
    case kpi::Status::Red: return ink.red;
    case kpi::Status::NotRated: return ink.muted;
    }
    return ink.muted;
}

// What the note column says: why the week is n/a (or a caveat), the comment, the owner.
QString noteText(const report::ReportRow& row) {
    QStringList parts;
    if (!row.naReason.empty()) parts << kpiNoteText(row.naReason);
    if (!row.note.empty()) parts << kpiNoteText(row.note);
    if (!row.comment.empty()) parts << QStringLiteral("“%1”").arg(qs(row.comment));
    if (!row.owner.empty()) parts << WeeklyReportText::tr("owner %1").arg(qs(row.owner));
    return parts.join(QStringLiteral(" · "));
}

double headingPoints(const ReportStyle& style) { return std::max(7.0, style.body - 0.5); }

// A column heading with its footnote reference, left or right aligned in `cell`.
void heading(const ReportCanvas& canvas, const QRectF& cell, const QFont& font, const QString& label, int footnote,
             Qt::Alignment align) {
    const ReportInk ink;
    const QString ref = footnote > 0 ? QString::number(footnote) : QString();
    const double refWidth = canvas.referenceWidth(ref);
    const double textWidth = std::min(canvas.width(font, label), cell.width() - refWidth);
    const double x = align & Qt::AlignRight ? cell.right() - refWidth - textWidth : cell.left();
    canvas.text(QRectF(x, cell.top(), textWidth + 0.5, cell.height()), label, font, ink.muted);
    canvas.reference(x + textWidth, canvas.baseline(font, cell), ref);
}

} // namespace

ReportTable::ReportTable(const ReportCanvas& canvas, const QRectF& area, const report::WeeklyReport& report,
                         const ReportStyle& style)
    : m_canvas(canvas), m_area(area), m_report(report), m_style(style) {
    const QFont body = canvas.font(style.body);
    const QFont bold = canvas.font(style.body, Face::Bold);
    const QFont section = canvas.font(style.body + 0.5, Face::Bold);
    const QFont condensed = canvas.font(std::max(7.0, style.body - 0.5), Face::Condensed);
    const QFont head = canvas.font(headingPoints(style), Face::CondensedBold);
    const double pad = canvas.pt(4);
    const double symbolBox = canvas.pt(style.body * 1.2);
    const auto headWidth = [&](const QString& label, int footnote) {
        return canvas.width(head, label) + canvas.referenceWidth(footnote > 0 ? QString::number(footnote) : QString());
    };

    std::array<double, ColumnCount> width{};
    width[Kpi] = headWidth(WeeklyReportText::tr("KPI"), 0);
    width[Target] = headWidth(WeeklyReportText::tr("Target"), 0);
    width[ThisWeek] = headWidth(WeeklyReportText::tr("This week"), 0);
    width[LastWeek] = headWidth(WeeklyReportText::tr("Last week"), 0);
    width[Change] = headWidth(WeeklyReportText::tr("Change"), report.changeFootnote);
    width[Status] = headWidth(WeeklyReportText::tr("Status"), report.statusFootnote);
    width[Benchmark] = headWidth(WeeklyReportText::tr("Benchmark"), 0);
    for (const auto& part : report.sections) {
        width[Section] = std::max(width[Section], canvas.width(section, reportSectionTitle(part)));
        for (const auto& row : part.rows) {
            width[Kpi] = std::max(width[Kpi], symbolBox + canvas.width(body, reportRowName(row)) +
                                                  canvas.width(body, reportUnitSuffix(row)) +
                                                  canvas.referenceWidth(QString::number(row.definitionFootnote)));
            width[Target] = std::max(width[Target], canvas.width(body, valueText(row, row.target, row.targetText)));
            width[ThisWeek] =
                std::max(width[ThisWeek], canvas.width(bold, valueText(row, row.thisWeek, row.thisWeekText)));
            width[LastWeek] =
                std::max(width[LastWeek], canvas.width(body, valueText(row, row.lastWeek, row.lastWeekText)));
            width[Change] = std::max(width[Change], canvas.width(body, changeText(row)));
            width[Status] = std::max(width[Status], symbolBox + canvas.width(body, reportStatusName(row)));
            width[Benchmark] = std::max(width[Benchmark], canvas.width(condensed, reportBenchmarkText(row)) +
                                                              canvas.referenceWidth(refList(row.benchmarkFootnotes)));
        }
    }
    for (const Column column : {Section, Kpi, Status, Benchmark}) width[column] += pad;
    for (const Column column : {Target, ThisWeek, LastWeek, Change}) width[column] += 2 * pad;
    width[Trend] = canvas.pt(72);
    const double minimumNote = canvas.pt(95);
    const auto used = [&] {
        double sum = 0;
        for (int c = 0; c < ColumnCount; ++c)
            if (c != Note) sum += width[static_cast<std::size_t>(c)];
        return sum;
    };
    // A narrow page: the benchmark column (elided) and the trend give way before the notes.
    if (double deficit = minimumNote - (area.width() - used()); deficit > 0) {
        const double fromBenchmark = std::min(deficit, std::max(0.0, width[Benchmark] - canvas.pt(80)));
        width[Benchmark] -= fromBenchmark;
        deficit -= fromBenchmark;
        width[Trend] -= std::min(std::max(0.0, deficit), width[Trend] - canvas.pt(45));
    }
    width[Note] = std::max(canvas.pt(30), area.width() - used());
    m_left[0] = area.left();
    for (std::size_t c = 0; c < ColumnCount; ++c) m_left[c + 1] = m_left[c] + width[c];
    m_headingHeight = canvas.lineSpacing(head) + canvas.pt(3);

    const double noteRoom = m_left[Note + 1] - m_left[Note] - canvas.pt(4);
    for (const auto& part : report.sections)
        for (const auto& row : part.rows) {
            const QString note = noteText(row);
            if (note.isEmpty() || canvas.width(condensed, note) <= noteRoom) continue;
            const auto index = m_overflow.size();
            QString label(QChar(u'a' + static_cast<char16_t>(index % 26)));
            if (index >= 26) label += QString::number(index / 26);
            m_overflowLabel.emplace(row.kpiId, label);
            m_overflow.push_back({label, reportRowName(row) + QStringLiteral(": ") + note});
        }
}

double ReportTable::height() const {
    return m_headingHeight + static_cast<double>(m_report.rowCount()) * m_canvas.pt(m_style.rowHeight) + m_canvas.pt(1);
}

QRectF ReportTable::cell(Column column, double top, double height) const {
    const double pad = m_canvas.pt(column == Section ? 0 : 2);
    return QRectF(m_left[column] + pad, top, m_left[column + 1] - m_left[column] - 2 * pad, height);
}

void ReportTable::draw(double top) const {
    const ReportInk ink;
    const auto& c = m_canvas;
    const double right = m_left[ColumnCount];
    const QFont head = c.font(headingPoints(m_style), Face::CondensedBold);
    const auto headingCell = [&](Column column) { return cell(column, top, m_headingHeight); };
    heading(c, headingCell(Kpi), head, WeeklyReportText::tr("KPI"), 0, Qt::AlignLeft);
    heading(c, headingCell(Target), head, WeeklyReportText::tr("Target"), 0, Qt::AlignRight);
    heading(c, headingCell(ThisWeek), head, WeeklyReportText::tr("This week"), 0, Qt::AlignRight);
    heading(c, headingCell(LastWeek), head, WeeklyReportText::tr("Last week"), 0, Qt::AlignRight);
    heading(c, headingCell(Change), head, WeeklyReportText::tr("Change"), m_report.changeFootnote, Qt::AlignRight);
    heading(c, headingCell(Status), head, WeeklyReportText::tr("Status"), m_report.statusFootnote, Qt::AlignLeft);
    heading(c, headingCell(Trend), head, WeeklyReportText::tr("Trend"), m_report.trendFootnote, Qt::AlignLeft);
    heading(c, headingCell(Benchmark), head, WeeklyReportText::tr("Benchmark"), 0, Qt::AlignLeft);
    heading(c, headingCell(Note), head, WeeklyReportText::tr("Note, n/a reason, comment"), m_report.notAvailableFootnote, Qt::AlignLeft);
    double y = top + m_headingHeight;
    c.rule(m_area.left(), right, y, ink.text, 0.6);

    const double rowHeight = c.pt(m_style.rowHeight);
    const QFont sectionFont = c.font(m_style.body + 0.5, Face::Bold);
    bool striped = false;
    for (std::size_t s = 0; s < m_report.sections.size(); ++s) {
        const auto& section = m_report.sections[s];
        if (s > 0) c.rule(m_area.left(), right, y, ink.rule, 0.5);
        c.text(cell(Section, y, rowHeight), reportSectionTitle(section), sectionFont, ink.text);
        for (const auto& row : section.rows) {
            drawRow(row, y, striped);
            striped = !striped;
            y += rowHeight;
        }
    }
    c.rule(m_area.left(), right, y + c.pt(0.5), ink.text, 0.6);
}

void ReportTable::drawRow(const report::ReportRow& row, double top, bool striped) const {
    const ReportInk ink;
    const auto& c = m_canvas;
    const double height = c.pt(m_style.rowHeight);
    const QFont body = c.font(m_style.body);
    const QFont bold = c.font(m_style.body, Face::Bold);
    const QFont condensed = c.font(std::max(7.0, m_style.body - 0.5), Face::Condensed);
    if (striped) c.fill(QRectF(m_left[Kpi], top, m_left[ColumnCount] - m_left[Kpi], height), ink.stripe);

    // KPI: direction, name, unit, the reference to its definition.
    const QRectF kpi = cell(Kpi, top, height);
    const double symbolBox = c.pt(m_style.body * 1.2);
    c.symbol(QRectF(kpi.left(), top, symbolBox, height), qs(row.directionSymbol), body, ink.muted);
    const QString definitionRef = QString::number(row.definitionFootnote);
    double x = kpi.left() + symbolBox;
    const double room = kpi.right() - x - c.referenceWidth(definitionRef);
    const double nameWidth = c.text(QRectF(x, top, room, height), reportRowName(row), body, ink.text);
    x += nameWidth;
    x += c.text(QRectF(x, top, std::max(0.0, room - nameWidth), height), reportUnitSuffix(row), body, ink.muted);
    c.reference(x, c.baseline(body, kpi), definitionRef);

    const QColor valueColour =
        row.status == kpi::Status::Red || row.status == kpi::Status::Amber ? statusColour(row.status, ink) : ink.text;
    c.text(cell(Target, top, height), valueText(row, row.target, row.targetText), body, ink.muted, Qt::AlignRight);
    c.text(cell(ThisWeek, top, height), valueText(row, row.thisWeek, row.thisWeekText), bold,
           row.thisWeek ? valueColour : ink.muted, Qt::AlignRight);
    c.text(cell(LastWeek, top, height), valueText(row, row.lastWeek, row.lastWeekText), body,
           row.lastWeek ? ink.text : ink.muted, Qt::AlignRight);
    c.text(cell(Change, top, height), changeText(row), body, ink.text, Qt::AlignRight);

    const QRectF status = cell(Status, top, height);
    c.symbol(QRectF(status.left(), top, symbolBox, height), qs(row.statusSymbol), body, statusColour(row.status, ink));
    c.text(QRectF(status.left() + symbolBox, top, status.width() - symbolBox, height), reportStatusName(row), body,
           ink.text);

    const QRectF trend = cell(Trend, top, height).adjusted(c.pt(1), c.pt(2.2), -c.pt(3), -c.pt(2.2));
    SparklineStyle sparkline;
    sparkline.lineWidth = c.pt(0.8);
    sparkline.pointRadius = c.pt(1.3);
    sparkline.targetWidth = c.pt(0.6);
    paintSparkline(c.painter(), trend, row.trend, row.scaleMin, row.scaleMax, row.target, sparkline);

    const QRectF benchmark = cell(Benchmark, top, height);
    const QString benchmarkRefs = refList(row.benchmarkFootnotes);
    const double benchmarkWidth =
        c.text(QRectF(benchmark.left(), top, benchmark.width() - c.referenceWidth(benchmarkRefs), height),
               reportBenchmarkText(row), condensed, ink.muted);
    c.reference(benchmark.left() + benchmarkWidth, c.baseline(condensed, benchmark), benchmarkRefs);

    const QRectF note = cell(Note, top, height);
    const auto overflow = m_overflowLabel.find(row.kpiId);
    const QString label = overflow == m_overflowLabel.end() ? QString() : overflow->second;
    const double noteWidth = c.text(QRectF(note.left(), top, note.width() - c.referenceWidth(label), height),
                                    noteText(row), condensed, ink.muted);
    c.reference(note.left() + noteWidth, c.baseline(condensed, note), label);
}

} // namespace stocktower::ui
