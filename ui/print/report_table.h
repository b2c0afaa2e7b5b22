// The KPI table of the printed weekly report and the top-exceptions list below it.
#pragma once

#include "print/report_canvas.h"
#include "print/report_footnotes.h"
#include "report/weekly_report.h"

#include <QRectF>

#include <array>
#include <map>
#include <string>
#include <vector>

namespace stocktower::ui {

// Column widths come from the texts measured on the page's device; the note column takes what
// is left, and the trend and benchmark columns give way first on a narrow page. A row note too
// long for its cell is cut short there and set in full as a lettered note below.
class ReportTable {
public:
    enum Column { Section, Kpi, Target, ThisWeek, LastWeek, Change, Status, Trend, Benchmark, Note, ColumnCount };

    ReportTable(const ReportCanvas& canvas, const QRectF& area, const report::WeeklyReport& report,
                const ReportStyle& style);

    [[nodiscard]] double height() const;
    void draw(double top) const;
    // The row notes cut short in their cells, lettered a, b, c… in table order.
    [[nodiscard]] const std::vector<PageNote>& overflowNotes() const { return m_overflow; }

private:
    void drawRow(const report::ReportRow& row, double top, bool striped) const;
    [[nodiscard]] QRectF cell(Column column, double top, double height) const;

    const ReportCanvas& m_canvas;
    QRectF m_area;
    const report::WeeklyReport& m_report;
    ReportStyle m_style;
    std::array<double, ColumnCount + 1> m_left{}; // left edge of each column; the last is the right edge
    double m_headingHeight = 0;
    std::vector<PageNote> m_overflow;
    std::map<std::string, QString> m_overflowLabel; // KPI id → its letter
};

double exceptionsHeight(const ReportCanvas& canvas, const report::WeeklyReport& report, const ReportStyle& style);
void drawExceptions(const ReportCanvas& canvas, const QRectF& area, const report::WeeklyReport& report,
                    const ReportStyle& style);

} // namespace stocktower::ui
