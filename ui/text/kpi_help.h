// What each KPI means, for tooltips: a translatable definition per registry id, with its unit.
#pragma once

#include "kpi/kpi_definition.h"

#include <QString>

namespace stocktower::ui {

// The definition in words ("share of ordered units shipped … in the week"); empty for a KPI the
// table does not know (a test keeps the table complete).
QString kpiDefinitionText(const kpi::KpiDefinition& definition);
// The unit in words ("% of units", "hours", "currency per year").
QString kpiUnitLongText(const kpi::KpiDefinition& definition);
// "Unit fill rate: <definition>. Unit: % of units; higher is better." as plain text.
QString kpiTooltipText(const kpi::KpiDefinition& definition);

} // namespace stocktower::ui
