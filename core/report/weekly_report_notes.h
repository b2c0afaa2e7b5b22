// The weekly report's numbered footnotes: week and cut-off conventions, the scorecard's rules,
// what n/a means, each KPI's definition, benchmark sources and what the exception list covers.
#pragma once

#include "report/weekly_report.h"

namespace stocktower::report {

// Numbers the footnotes from 1 and links rows and headings to them. Called once the sections
// and exceptions are filled in.
void addFootnotes(WeeklyReport& report, const kpi::Scorecard& card, const kpi::ExceptionReport& exceptions);

} // namespace stocktower::report
