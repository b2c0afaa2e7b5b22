// Stockout rate as SKU-days with no available stock, from daily balances rolled from a snapshot.
#pragma once

#include "domain/time_zone.h"
#include "kpi/kpi_value.h"
#include "store/kpi_fact_queries.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace stocktower::kpi {

struct StockoutInputs {
    std::vector<std::int64_t> items;                        // SKUs counted (active items at the site)
    domain::DayNumber anchorDay = 0;                        // the on-hand snapshot's date
    std::unordered_map<std::int64_t, double> anchorAvailable; // available quantity per item at its end
    std::vector<store::MovementFact> shipments;             // between the anchor and the days counted
    std::vector<store::MovementFact> putAways;
};

// The end-of-day available balance of each item on each local day in [firstDay, lastDay] is the
// anchor snapshot rolled back (days before it: + shipments − put-aways after the day) or forward
// (days after it: + put-aways − shipments up to the day). A day with a balance ≤ 0 is a stockout
// SKU-day. Movements are bucketed by the site's local day.
KpiValue computeStockoutRate(const StockoutInputs& inputs, const domain::TimeZone& zone, domain::DayNumber firstDay,
                             domain::DayNumber lastDay);

} // namespace stocktower::kpi
