// KPI values, changes and dates in the default locale (the language chosen in Preferences), for the screen and the printed report.
#pragma once

#include "domain/date.h"
#include "kpi/kpi_definition.h"

#include <QLocale>
#include <QString>

namespace stocktower::ui {

// "97.3 %" (en), "97,3 %" (de); currency rounded to whole units with the locale's grouping.
// The same shapes as kpi::formatKpiValue / formatKpiChange, with the locale's digits: in the
// C locale (no language set, and the command line) exactly what the core prints.
QString localeKpiValue(kpi::Unit unit, double value, const QLocale& locale = QLocale());
QString localeKpiChange(kpi::Unit unit, double change, const QLocale& locale = QLocale());

// A day in the locale's short date format (07.12.26, 12/7/26); YYYY-MM-DD in the C locale.
QString localeDate(domain::DayNumber day, const QLocale& locale = QLocale());

} // namespace stocktower::ui
