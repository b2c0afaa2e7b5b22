// Service KPIs over the order lines due in a week: fill rates, OTIF, on-time shipment.
#pragma once

#include "kpi/kpi_value.h"
#include "kpi/site_week.h"
#include "store/kpi_fact_queries.h"

#include <vector>

namespace stocktower::kpi {

struct ServiceRules {
    int earlyDays = 1;          // OTIF window: shipped up to this many days before the commit date
    int lateDays = 0;           // … and up to this many days after it
    double inFullTolerance = 0; // a line short by at most this share of its quantity is in full
};

// The local day a line is due: its promised date, else its requested date, else the day it was
// ordered — the next day when ordered after the site's cut-off.
domain::DayNumber dueDay(const store::OrderLineFact& line, const SiteWeek& period);

// Lines whose due day is in the week are judged once decided: shipped, or past due (the due day
// plus the late allowance is over at `nowUtc`). Lines still pending are left out, and an order
// counts only when all its lines in the week are decided. Returns unit_fill_rate,
// line_fill_rate, order_fill_rate, otif and on_time_shipment, in that order.
std::vector<KpiValue> computeServiceKpis(const std::vector<store::OrderLineFact>& lines, const SiteWeek& period,
                                         const ServiceRules& rules);

} // namespace stocktower::kpi
