// Periodic-review (s,S) policies with discrete demand: Zheng–Federgruen optimisation.
#pragma once

#include "inventory/demand_distribution.h"
#include "inventory/explain.h"

namespace stocktower::inventory {

// Per-period costs: at each review, order up to S when the inventory position is at or below s.
struct PeriodicCosts {
    double orderCost = 0.0;    // K per order
    double holdingCost = 0.0;  // h per unit left at the end of a period
    double stockoutCost = 0.0; // p per unit backordered at the end of a period
    int leadTimePeriods = 0;   // orders arrive this many periods later (0 = same period)
};

struct SSPolicy {
    double reorderPoint = 0.0; // s
    double orderUpTo = 0.0;    // S
    double cost = 0.0;         // expected cost per period
    Explanation explain;
};

// c(s,S) = (K + Σ_{j=0}^{S−s−1} m(j)·G(S − j)) / M(S − s), where G is the newsvendor cost
// against demand over L + 1 periods, m the renewal function of one period's demand
// (m(0) = 1/(1 − f(0)), m(j) = m(0)·Σ_{l=1}^{j} f(l)·m(j − l)) and M(n) = Σ_{j<n} m(j).
double ssPolicyCost(const DemandDistribution& periodDemand, const PeriodicCosts& costs,
                    long long reorderPoint, long long orderUpTo);

// Zheng & Federgruen (1991): from the minimiser y* of G, find s for S = y*, then raise S while
// G(S) ≤ the incumbent cost, moving s up whenever S improves. Poisson or negative binomial
// demand per period with mean > 0 (InvalidInput "distribution" / "demand_mean" otherwise).
// Snyder & Shen Ex. 4.7 (reference/inventory.md row 15).
SSPolicy optimiseSSPolicy(const DemandDistribution& periodDemand, const PeriodicCosts& costs);

} // namespace stocktower::inventory
