// Annual cost and investment figures of a replenishment policy: holding, ordering, shortage, turns.
#pragma once

#include "inventory/explain.h"

namespace stocktower::inventory {

struct CostInputs {
    double annualDemand = 0.0; // λ, units per year
    // Quantity per replenishment cycle: the order quantity, or d·R under periodic review.
    double orderQuantity = 0.0;
    double safetyStock = 0.0;
    double unitCost = 0.0;                 // c, money per unit
    double holdingRate = 0.0;              // i, share of the unit cost per year (0.25 = 25 %)
    double orderCost = 0.0;                // K per order
    double shortageCost = 0.0;             // b per unit short (0 = not costed)
    double expectedShortagePerCycle = 0.0; // ESC, units
};

struct InventoryCosts {
    double cycleStock = 0.0;       // Q/2
    double averageInventory = 0.0; // SS + Q/2, units
    double ordersPerYear = 0.0;    // λ/Q
    double holding = 0.0;          // i·c·(SS + Q/2)
    double ordering = 0.0;         // K·λ/Q
    double shortage = 0.0;         // b·ESC·λ/Q
    double total = 0.0;            // holding + ordering + shortage
    double safetyStockValue = 0.0; // SS·c
    double investment = 0.0;       // (SS + Q/2)·c
    double turns = 0.0;            // λ·c / investment (NaN without average inventory)
    Explanation explain;
};

// Throws InvalidInput for negative inputs ("annual_demand", "unit_cost", …) and Q ≤ 0.
InventoryCosts inventoryCosts(const CostInputs& inputs);

} // namespace stocktower::inventory
