// Paper, page layout and the PDF of the weekly report (Qt Gui only, for the headless CLI too).
#include "print/weekly_report_print.h"

#include "print/report_text.h"

#include "exchange/atomic_file.h"
#include "util/errors.h"
#include "util/file_system.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>

#include <string_view>

namespace stocktower::ui {

QPageSize reportPageSizeFor(const QLocale& locale) {
    const auto territory = locale.territory();
    const bool letter = territory == QLocale::UnitedStates || territory == QLocale::Canada;
    return QPageSize(letter ? QPageSize::Letter : QPageSize::A4);
}

QPageLayout weeklyReportPageLayout(const QPageSize& size) {
    return QPageLayout(size, QPageLayout::Landscape, QMarginsF(8, 8, 8, 8), QPageLayout::Millimeter);
}

QByteArray weeklyReportPdf(const report::WeeklyReport& report, const QPageSize& size) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(weeklyReportPageLayout(size));
        writer.setTitle(reportTitle(report) + QStringLiteral(" %1 %2").arg(QString::fromStdString(report.siteCode),
                                                                         QString::fromStdString(report.isoWeek)));
        writer.setCreator(QStringLiteral("StockTower"));
        QPainter painter(&writer);
        if (!painter.isActive()) throw util::UserError("could not start drawing the PDF");
        renderWeeklyReport(painter, QRectF(0, 0, writer.width(), writer.height()), report);
    }
    buffer.close();
    return bytes;
}

void writeWeeklyReportPdf(const QString& path, const report::WeeklyReport& report, const QPageSize& size) {
    const QByteArray pdf = weeklyReportPdf(report, size);
    exchange::AtomicFileWriter file(util::pathFromUtf8(path.toStdString()));
    file.write(std::string_view(pdf.constData(), static_cast<std::size_t>(pdf.size())));
    file.commit();
}

} // namespace stocktower::ui
