// The printed weekly report in the chosen language: an exception's kind and reason, which the
// core gives as an id with arguments, read in German in the PDF. Oracle: the German translation
// file's sentences, read back from the PDF with pdftotext (poppler-utils).
#include "gui_test_support.h"
#include "print/weekly_report_print.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace stocktower;

TEST(ReportLanguageTest, ExceptionKindAndReasonPrintInGerman) {
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) GTEST_SKIP() << "pdftotext (poppler-utils) is needed";
    ui::testing::ChosenLanguage german(QStringLiteral("de"));

    report::WeeklyReport weekly;
    weekly.title = "Weekly KPI report";
    weekly.siteCode = "DC1";
    weekly.isoWeek = "2026-W49";
    report::ReportException row;
    row.rank = 1;
    row.kind = kpi::ExceptionKind::BelowSafetyStock;
    row.kindLabel = "Below safety stock";
    row.sku = "A-1";
    row.reason = {util::MessageId::ExceptionBelowSafetyStock, {"3", "5"}};
    row.impact = 40;
    weekly.topExceptions.push_back(row);
    weekly.exceptionCount = 1;
    weekly.exceptionImpact = 40;

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    ui::writeWeeklyReportPdf(pdf, weekly, QPageSize(QPageSize::A4));
    QProcess extract;
    extract.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(extract.waitForFinished(60000));
    const QString text = QString::fromUtf8(extract.readAllStandardOutput()).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("verfügbar 3 unter Sicherheitsbestand 5"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Unter Sicherheitsbestand"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("below safety stock"))) << text.toStdString();
}
