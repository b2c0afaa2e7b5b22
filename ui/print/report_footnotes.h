// Numbered footnotes flowed through columns: each note's number hangs in the margin, its text wraps
// and may continue in the next column.
#pragma once

#include "print/report_canvas.h"
#include "report/weekly_report.h"

#include <QRectF>
#include <QString>

#include <vector>

namespace stocktower::ui {

// One note as it is set: its label (a footnote's number, or a letter for a row note too long for
// its cell) and its text.
struct PageNote {
    QString label;
    QString text;
};

// The report's numbered footnotes as page notes.
std::vector<PageNote> pageNotes(const report::WeeklyReport& report);

struct FootnoteFlow {
    bool complete = false; // every note fitted
    int notesPlaced = 0;
};

// Lays the notes out through `columns` (filled in order) at `fontPoints`; draws them when `draw`.
// When they do not all fit, the last line of the last column says how many notes were left out.
FootnoteFlow flowFootnotes(const ReportCanvas& canvas, const std::vector<PageNote>& notes,
                           const std::vector<QRectF>& columns, double fontPoints, bool draw);

} // namespace stocktower::ui
