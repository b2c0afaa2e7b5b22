// Turns replication totals into an item-site's estimates, and item-sites into totals.
#pragma once

#include "inventory/sim_replication.h"
#include "inventory/simulation.h"

#include <span>

namespace stocktower::inventory::sim {

// `countedPeriods` = periods − warm-up, the same in every replication.
SimItemResult summarise(std::span<const ReplicationTotals> replications, int countedPeriods);

// Sums in the order given, so the totals are identical for any thread count.
SimTotals totalsOf(std::span<const SimItemResult> items);

} // namespace stocktower::inventory::sim
