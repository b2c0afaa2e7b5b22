// Print, preview and "save as PDF" for the weekly report (Widgets: part of stocktower_ui).
#include "print/weekly_report_print.h"

#include "util/errors.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QWidget>

namespace stocktower::ui {

namespace {

// The translation context of this file's texts: lupdate files them under it too.
class WeeklyReportText {
    Q_DECLARE_TR_FUNCTIONS(WeeklyReportText)
};

QString documentName(const report::WeeklyReport& report) {
    return WeeklyReportText::tr("Weekly KPI report %1 %2").arg(QString::fromStdString(report.siteCode), QString::fromStdString(report.isoWeek));
}

void preparePrinter(QPrinter& printer, const report::WeeklyReport& report) {
    printer.setPageLayout(weeklyReportPageLayout(defaultReportPageSize()));
    printer.setDocName(documentName(report));
    printer.setFromTo(1, 1);
}

void paintOn(QPrinter& printer, const report::WeeklyReport& report) {
    QPainter painter(&printer);
    if (!painter.isActive()) return;
    renderWeeklyReport(painter, QRectF(QPointF(0, 0), printer.pageLayout().paintRectPixels(printer.resolution()).size()),
                       report);
}

} // namespace

bool printWeeklyReport(QWidget* parent, const report::WeeklyReport& report) {
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, report);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(WeeklyReportText::tr("Print weekly KPI report"));
    if (dialog.exec() != QDialog::Accepted) return false;
    QPainter painter(&printer);
    if (!painter.isActive()) {
        QMessageBox::warning(parent, WeeklyReportText::tr("Print weekly KPI report"),
                             WeeklyReportText::tr("The printer could not be started: check that it is connected and try again."));
        return false;
    }
    renderWeeklyReport(painter, QRectF(QPointF(0, 0), printer.pageLayout().paintRectPixels(printer.resolution()).size()),
                       report);
    return true;
}

void previewWeeklyReport(QWidget* parent, const report::WeeklyReport& report) {
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, report);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(WeeklyReportText::tr("Weekly KPI report: print preview"));
    // Big enough to read the page: Qt's default preview shows a landscape page at half size.
    if (parent != nullptr) preview.resize(parent->window()->size() * 0.9);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&report](QPrinter* target) { paintOn(*target, report); });
    preview.exec();
}

bool exportWeeklyReportPdf(QWidget* parent, const report::WeeklyReport& report, const QString& suggestedPath) {
    const QString suggested = suggestedPath.isEmpty()
                                  ? QStringLiteral("kpi-report-%1-%2.pdf")
                                        .arg(QString::fromStdString(report.siteCode), QString::fromStdString(report.isoWeek))
                                  : suggestedPath;
    QString path = QFileDialog::getSaveFileName(parent, WeeklyReportText::tr("Save weekly KPI report as PDF"), suggested,
                                                WeeklyReportText::tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".pdf");
    try {
        writeWeeklyReportPdf(path, report, defaultReportPageSize());
    } catch (const util::UserError& error) {
        QMessageBox::warning(parent, WeeklyReportText::tr("Save weekly KPI report as PDF"),
                             WeeklyReportText::tr("The PDF was not saved: %1").arg(QString::fromUtf8(error.what())));
        return false;
    }
    return true;
}

} // namespace stocktower::ui
