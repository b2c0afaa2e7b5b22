#include "inventory/policy_types.h"

#include <cmath>

namespace stocktower::inventory {

PolicyTotals totalsOf(const std::vector<PolicyRow>& rows) {
    return totalsOf(rows, 0);
}

void TotalsAccumulator::add(const PolicyRow& row) {
    auto& t = m_sums;
    ++t.itemSites;
    if (!row.error.empty()) {
        ++t.errors;
        return;
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
        m_cslWeight += row.annualDemand;
        m_cslSum += row.annualDemand * row.achievedCsl;
    }
    if (row.annualDemand > 0.0 && std::isfinite(row.achievedFillRate)) {
        m_fillWeight += row.annualDemand;
        m_fillSum += row.annualDemand * row.achievedFillRate;
    }
    if (row.proposedQuantity > 0.0) {
        ++t.proposals;
        t.proposedValue += row.proposedQuantity * row.unitCost;
    }
}

void TotalsAccumulator::merge(const TotalsAccumulator& other) {
    auto& t = m_sums;
    const auto& o = other.m_sums;
    t.itemSites += o.itemSites;
    t.errors += o.errors;
    t.safetyStockValue += o.safetyStockValue;
    t.cycleStockValue += o.cycleStockValue;
    t.expectedStockoutUnitsPerYear += o.expectedStockoutUnitsPerYear;
    t.holdingCost += o.holdingCost;
    t.orderingCost += o.orderingCost;
    t.totalCost += o.totalCost;
    t.annualDemandValue += o.annualDemandValue;
    t.proposals += o.proposals;
    t.proposedValue += o.proposedValue;
    m_cslWeight += other.m_cslWeight;
    m_cslSum += other.m_cslSum;
    m_fillWeight += other.m_fillWeight;
    m_fillSum += other.m_fillSum;
}

PolicyTotals TotalsAccumulator::totals() const {
    PolicyTotals t = m_sums;
    t.inventoryInvestment = t.safetyStockValue + t.cycleStockValue;
    if (m_cslWeight > 0.0) t.expectedCsl = m_cslSum / m_cslWeight;
    if (m_fillWeight > 0.0) t.expectedFillRate = m_fillSum / m_fillWeight;
    if (t.inventoryInvestment > 0.0) t.turns = t.annualDemandValue / t.inventoryInvestment;
    return t;
}

PolicyTotals totalsOf(const std::vector<PolicyRow>& rows, char abc) {
    TotalsAccumulator sums;
    for (const auto& row : rows)
        if (abc == 0 || row.abc == abc) sums.add(row);
    return sums.totals();
}

double defaultServiceTarget(const PolicyDefaults& defaults, char abc) {
    const std::size_t index = abc == 'A' ? 0 : abc == 'B' ? 1 : 2;
    return defaults.serviceByAbc[index];
}

} // namespace stocktower::inventory
