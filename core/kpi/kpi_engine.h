// Computes every KPI of the registry for one site and ISO week, reading the workspace.
#pragma once

#include "domain/date.h"
#include "domain/time_zone.h"
#include "kpi/inventory_kpis.h"
#include "kpi/kpi_settings.h"
#include "kpi/kpi_value.h"
#include "kpi/site_week.h"
#include "store/kpi_fact_queries.h"
#include "store/sqlite.h"

#include <optional>
#include <string>
#include <vector>

namespace stocktower::kpi {

// What every KPI computation at a site needs, loaded once.
struct KpiContext {
    store::KpiSiteInfo site;
    domain::TimeZone zone;
    std::optional<int> cutoffMinute;
    KpiSettings settings;
};

// Throws util::UserError for an unknown site code or a site whose time zone is not known.
KpiContext loadKpiContext(store::Connection& db, const std::string& siteCode);

struct WeekResult {
    SiteWeek period;
    std::vector<KpiValue> values; // one per registry definition, in registry order
    AgeingResult ageing;          // at the week's on-hand snapshot (empty without one)
    std::optional<domain::DayNumber> snapshotDay;
};

// Reads the facts of the week (and of the trailing demand window for inventory KPIs), runs the
// calculators and applies each definition's minimum sample. Read-only.
WeekResult computeWeek(store::Connection& db, const KpiContext& context, domain::IsoWeek week, std::int64_t nowUtc);

// A value whose sample is below its definition's minimum becomes n/a, with the reason.
void applyMinimumSample(KpiValue& value);

} // namespace stocktower::kpi
