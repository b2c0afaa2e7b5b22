// Continuous-review (r,Q) policies that minimise expected cost: exact and EOQ + safety stock.
#pragma once

#include "inventory/demand_distribution.h"
#include "inventory/explain.h"

namespace stocktower::inventory {

// Costs per unit time (Snyder & Shen ch. 5): a stockout costs p per unit per unit time
// backordered. All rates on one time base (a year, or a period).
struct RQCosts {
    double demandRate = 0.0;   // λ
    double orderCost = 0.0;    // K per order
    double holdingCost = 0.0;  // h per unit per unit time
    double stockoutCost = 0.0; // p per unit per unit time
};

struct RQPolicy {
    double reorderPoint = 0.0;
    double orderQuantity = 0.0;
    double cost = 0.0; // expected cost per unit time g(r, Q)
    Explanation explain;
};

// g(r,Q) = (K·λ + ∫_r^{r+Q} g(y) dy) / Q for continuous lead-time demand (the integral through
// the second-order loss), and (K·λ + Σ_{y=r+1}^{r+Q} g(y)) / Q for the counting families, where
// g is newsvendorCost().
double rqCost(const DemandDistribution& leadTimeDemand, const RQCosts& costs, double reorderPoint,
              double orderQuantity);

// The optimal (r,Q). Normal / gamma: for each Q the best r solves g(r) = g(r + Q) (a bracketed
// root), and the cost of Q so minimised is convex, minimised by Brent's method (Boost.Math).
// Poisson / negative binomial: Federgruen & Zheng (1992) — grow Q one unit at a time, adding
// the cheaper neighbour of the window {r+1, …, r+Q}, until the cost rises.
// Rows 14 (exact) and 16 of reference/inventory.md.
RQPolicy optimiseRQ(const DemandDistribution& leadTimeDemand, const RQCosts& costs);

// "EOQ + SS" approximation (Snyder & Shen §5.4): Q = EOQ, r = F⁻¹(p / (p + h)) (row 14).
RQPolicy eoqPlusSafetyStockRQ(const DemandDistribution& leadTimeDemand, const RQCosts& costs);

} // namespace stocktower::inventory
