// The one print facade for the weekly KPI report: draw it on any paged device, write a PDF, and
// (GUI) print, preview or save it through the standard dialogs.
#pragma once

#include "report/weekly_report.h"

#include <QByteArray>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QString>

class QPainter;
class QWidget;

namespace stocktower::ui {

// --- stocktower_print (Qt Gui only: the headless CLI writes PDFs with these) ---------------

// Letter where the locale's territory is the United States or Canada, A4 elsewhere.
QPageSize reportPageSizeFor(const QLocale& locale);
inline QPageSize defaultReportPageSize() { return reportPageSizeFor(QLocale::system()); }
// Landscape with 8 mm margins: the report is designed for one landscape page.
QPageLayout weeklyReportPageLayout(const QPageSize& size);

// Draws the report on one page into `page` (device coordinates of the painter's device: a
// QPdfWriter, a QPrinter, a QImage). Text sizes follow the device's resolution, so the page
// reads the same on paper and in a PDF; a page smaller than the paper it was designed for is
// drawn scaled down, a portrait page is drawn turned.
void renderWeeklyReport(QPainter& painter, const QRectF& page, const report::WeeklyReport& report);

// The report as a one-page PDF document.
QByteArray weeklyReportPdf(const report::WeeklyReport& report, const QPageSize& size);
// Writes the PDF atomically (a temporary file beside the target, renamed over it once complete),
// so an interrupted write never leaves half a PDF. Throws util::UserError naming the path.
void writeWeeklyReportPdf(const QString& path, const report::WeeklyReport& report, const QPageSize& size);

// --- stocktower_ui (Widgets: defined in weekly_report_dialogs.cpp) --------------------------

// The system print dialog, then the report on the chosen printer. False when cancelled.
bool printWeeklyReport(QWidget* parent, const report::WeeklyReport& report);
// The print preview (zoom, page setup, print from there).
void previewWeeklyReport(QWidget* parent, const report::WeeklyReport& report);
// Asks for a file name (starting from `suggestedPath`), writes the PDF and reports a failure in a
// message box. False when cancelled or failed.
bool exportWeeklyReportPdf(QWidget* parent, const report::WeeklyReport& report, const QString& suggestedPath = {});

} // namespace stocktower::ui
