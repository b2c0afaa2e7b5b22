// The weekly report's words in the user's language: what the core gives in English (KPI names,
// section titles, status names, footnotes) translated for the page, the numbers left to
// text/locale_numbers.
#pragma once

#include "report/weekly_report.h"

#include <QString>

namespace stocktower::ui {

QString reportTitle(const report::WeeklyReport& report);
QString reportSectionTitle(const report::ReportSection& section);
QString reportRowName(const report::ReportRow& row);
// " (%)", " (hours)"; nothing for a currency KPI (its values carry the currency's digits).
QString reportUnitSuffix(const report::ReportRow& row);
QString reportStatusName(const report::ReportRow& row);
// "best in class 99.5 %; median 85.0 %" with translated levels and the locale's digits.
QString reportBenchmarkText(const report::ReportRow& row);
// A footnote's text: a KPI's definition and a source's benchmarks are written from their data,
// the rest from the note's message.
QString reportFootnoteText(const report::WeeklyReport& report, const report::Footnote& note);

} // namespace stocktower::ui
