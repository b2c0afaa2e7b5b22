#include "inventory/policy_types.h"

#include <cmath>

namespace stocktower::inventory {

PolicyTotals totalsOf(const std::vector<PolicyRow>& rows) {
    return totalsOf(rows, 0);
}

PolicyTotals totalsOf(const std::vector<PolicyRow>& rows, char abc) {
    PolicyTotals t;
    double weight = 0.0, cslSum = 0.0, fillWeight = 0.0, fillSum = 0.0;
    for (const auto& row : rows) {
        if (abc != 0 && row.abc != abc) continue;
        ++t.itemSites;
        if (!row.error.empty()) {
            ++t.errors;
            continue;
        }
        t.safetyStockValue += row.safetyStockValue;
        t.cycleStockValue += row.cycleStockValue;
        t.expectedStockoutUnitsPerYear += row.expectedStockoutUnitsPerYear;
        t.holdingCost += row.holdingCost;
        t.orderingCost += row.orderingCost;
        t.totalCost += row.totalCost;
        t.annualDemandValue += row.annualDemand * row.unitCost;
        // Demand-weighted: a service level matters in proportion to the units it serves.
        if (row.annualDemand > 0.0 && std::isfinite(row.achievedCsl)) {
            weight += row.annualDemand;
            cslSum += row.annualDemand * row.achievedCsl;
        }
        if (row.annualDemand > 0.0 && std::isfinite(row.achievedFillRate)) {
            fillWeight += row.annualDemand;
            fillSum += row.annualDemand * row.achievedFillRate;
        }
        if (row.proposedQuantity > 0.0) {
            ++t.proposals;
            t.proposedValue += row.proposedQuantity * row.unitCost;
        }
    }
    t.inventoryInvestment = t.safetyStockValue + t.cycleStockValue;
    if (weight > 0.0) t.expectedCsl = cslSum / weight;
    if (fillWeight > 0.0) t.expectedFillRate = fillSum / fillWeight;
    if (t.inventoryInvestment > 0.0) t.turns = t.annualDemandValue / t.inventoryInvestment;
    return t;
}

double defaultServiceTarget(const PolicyDefaults& defaults, char abc) {
    const std::size_t index = abc == 'A' ? 0 : abc == 'B' ? 1 : 2;
    return defaults.serviceByAbc[index];
}

} // namespace stocktower::inventory
