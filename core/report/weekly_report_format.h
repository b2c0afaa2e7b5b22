// The weekly report's content as JSON (`report weekly --json`) and as plain text (the CLI's
// default output): every section, row, series, footnote and exception, for people and for the
// golden-file tests.
#pragma once

#include "report/weekly_report.h"

#include <nlohmann/json.hpp>

#include <string>

namespace stocktower::report {

nlohmann::json weeklyReportJson(const WeeklyReport& report);
std::string weeklyReportText(const WeeklyReport& report);

} // namespace stocktower::report
