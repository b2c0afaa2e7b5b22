// KPIs over what happened in a week: dock-to-stock, order cycle time, picking accuracy,
// lines picked per labour hour.
#pragma once

#include "kpi/kpi_value.h"
#include "kpi/site_week.h"
#include "store/kpi_fact_queries.h"

#include <vector>

namespace stocktower::kpi {

// Mean hours from arrival to put-away over receipt lines put away in the week.
KpiValue computeDockToStock(const std::vector<store::ReceiptFact>& putAway, const SiteWeek& period);

// Mean hours from an order's receipt to its last shipment in the week, over orders whose lines
// shipped in the week (`shipped` holds the lines shipped in the week).
KpiValue computeOrderCycleTime(const std::vector<store::OrderLineFact>& shipped, const SiteWeek& period);

// Error-free orders / orders checked, over orders shipped in the week with at least one checked
// line (pick_errors recorded). n/a when no line was checked: the workspace has no such data.
KpiValue computePickingAccuracy(const std::vector<store::OrderLineFact>& shipped);

// Lines shipped in the week / picking hours on the week's local days.
KpiValue computeLinesPerLabourHour(const std::vector<store::OrderLineFact>& shipped,
                                   const std::vector<store::LabourFact>& labour);

} // namespace stocktower::kpi
