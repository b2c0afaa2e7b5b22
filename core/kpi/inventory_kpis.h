// Inventory KPIs at a week's on-hand snapshot: turns, days on hand and of supply, carrying cost,
// ageing by FIFO receipt layers, and capacity used.
#pragma once

#include "domain/time_zone.h"
#include "kpi/kpi_value.h"
#include "store/kpi_fact_queries.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace stocktower::kpi {

using ItemCosts = std::unordered_map<std::int64_t, double>;

// Owned stock at cost: every status but consigned; an item's negative total counts as zero.
double inventoryValue(const std::vector<store::OnHandFact>& onHand, const ItemCosts& unitCosts);

struct DatedSnapshot {
    domain::DayNumber day = 0;
    std::vector<store::OnHandFact> rows;
};

struct InventoryInputs {
    std::vector<DatedSnapshot> snapshots;              // in the window, oldest first; the last is the week's
    std::unordered_map<std::int64_t, double> shippedUnits; // per item over the window
    int windowDays = 91;
    double carryingCostRate = 0.25;
};

// inventory_turns, days_on_hand, days_of_supply, carrying_cost (in that order).
std::vector<KpiValue> computeInventoryKpis(const InventoryInputs& inputs, const ItemCosts& unitCosts);

struct AgeingBucket {
    std::string label; // "0-30", …, ">365"
    int fromDays = 0;
    int toDays = -1; // inclusive; -1 = open-ended
    double value = 0;
    double share = 0; // of the total value
};

struct AgeingResult {
    std::vector<AgeingBucket> buckets;
    double totalValue = 0;
    double unmatchedValue = 0; // stock older than the receipt history (aged from its start)
};

// Ages the stock on hand at `asOf` by FIFO: each item's quantity is matched to its receipts,
// newest first (`receipts` ordered by item, then arrival descending); an arrival's local day gives
// the layer's age. Stock beyond the recorded receipts predates them all and is aged from the
// first recorded arrival at the site (a lower bound).
AgeingResult computeAgeing(const std::vector<store::OnHandFact>& onHand, domain::DayNumber asOf,
                           const std::vector<store::ReceiptFact>& receipts, const domain::TimeZone& zone,
                           std::optional<domain::DayNumber> historyStart, const ItemCosts& unitCosts);

// aged_over_90_share from the ageing result.
KpiValue agedOver90Share(const AgeingResult& ageing);

// Usable storage locations (forward and reserve) holding stock / usable storage locations.
KpiValue computeCapacityUsed(const std::vector<store::StorageLocationFact>& locations,
                             const std::vector<store::OnHandFact>& onHand);
// The same from the ids of the usable storage locations (what the engine loads: no codes).
KpiValue computeCapacityUsed(const std::vector<std::int64_t>& usableStorage,
                             const std::vector<store::OnHandFact>& onHand);

} // namespace stocktower::kpi
