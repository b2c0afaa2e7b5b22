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

namespace {

report::WeeklyReport emptyReport() {
    report::WeeklyReport weekly;
    weekly.title = "Weekly KPI report";
    weekly.siteCode = "DC1";
    weekly.isoWeek = "2026-W49";
    return weekly;
}

// The report drawn to A4 and read back as text, whitespace simplified; empty when that failed.
QString pdfText(const report::WeeklyReport& weekly) {
    QTemporaryDir dir;
    if (!dir.isValid()) return {};
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    ui::writeWeeklyReportPdf(pdf, weekly, QPageSize(QPageSize::A4));
    QProcess extract;
    extract.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!extract.waitForFinished(60000)) return {};
    return QString::fromUtf8(extract.readAllStandardOutput()).simplified();
}

} // namespace

TEST(ReportLanguageTest, ExceptionKindAndReasonPrintInGerman) {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is needed";
    ui::testing::ChosenLanguage german(QStringLiteral("de"));
    auto weekly = emptyReport();
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

    const QString text = pdfText(weekly);
    ASSERT_FALSE(text.isEmpty());
    EXPECT_TRUE(text.contains(QStringLiteral("verfügbar 3 unter Sicherheitsbestand 5"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Unter Sicherheitsbestand"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("below safety stock"))) << text.toStdString();
}

// The rest of the page in German too: the title, a KPI's name, its status and benchmark levels
// (the levels StockTower offers), and the footnotes, which the core gives as ids and data.
TEST(ReportLanguageTest, KpiNamesStatusAndFootnotesPrintInGerman) {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is needed";
    ui::testing::ChosenLanguage german(QStringLiteral("de"));
    auto weekly = emptyReport();
    report::ReportRow row;
    row.kpiId = "unit_fill_rate";
    row.name = "Unit fill rate";
    row.unit = "%";
    row.thisWeek = 0.9;
    row.thisWeekText = "90.0 %";
    row.status = kpi::Status::Green;
    row.statusName = "green";
    row.benchmarks = {{"best in class", 0.995, "WERC", 2020, ""}};
    row.benchmarkText = "best in class 99.5 %";
    weekly.sections.push_back({"Service", kpi::KpiGroup::Service, {row}});
    weekly.footnotes.push_back({1, {util::MessageId::ReportNoteChange, {}}, {}, {}});
    weekly.footnotes.push_back(
        {2, {util::MessageId::ReportNoteKpiDefinition, {"Unit fill rate", " (%)", "shipped / ordered"}}, "unit_fill_rate", {}});
    weekly.footnotes.push_back({3, {util::MessageId::ReportNoteBenchmarks, {"WERC 2020", "Unit fill rate best in class"}},
                                {}, {{"unit_fill_rate", {"best in class"}, {}}}});

    const QString text = pdfText(weekly);
    ASSERT_FALSE(text.isEmpty());
    // Oracle: translations/stocktower_de.ts.
    for (const char* expected : {"Wöchentlicher Kennzahlenbericht", "Lieferbereitschaft (Menge)", "grün", "Spitzenwert",
                               "Änderung = diese Woche − letzte Woche", "Benchmarks, WERC 2020: Lieferbereitschaft (Menge) Spitzenwert."})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << text.toStdString();
    for (const char* english : {"Weekly KPI report", "Unit fill rate", "best in class", "higher is better"})
        EXPECT_FALSE(text.contains(QString::fromUtf8(english))) << english << "\n" << text.toStdString();
}
