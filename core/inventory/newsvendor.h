// The single-period (newsvendor) problem, and the per-period cost g(y) the (r,Q) and (s,S) models
// share.
#pragma once

#include "inventory/demand_distribution.h"
#include "inventory/explain.h"

namespace stocktower::inventory {

// g(y) = h·E[(y − D)⁺] + p·E[(D − y)⁺] = h·(y − μ) + (h + p)·n(y): expected holding and
// stockout cost with y on hand against demand D.
double newsvendorCost(const DemandDistribution& demand, double level, double holdingCost,
                      double stockoutCost);

struct NewsvendorResult {
    double criticalRatio = 0.0; // p / (p + h)
    double orderUpTo = 0.0; // S* = F⁻¹(p / (p + h)); for normal μ + σ·Φ⁻¹(p / (p + h))
    double cost = 0.0;      // g(S*); for normal (p + h)·σ·φ(z*)
    Explanation explain;
};

// Snyder & Shen Ex. 4.3 (reference/inventory.md row 13). h > 0, p > 0 ("holding_cost",
// "stockout_cost").
NewsvendorResult solveNewsvendor(const DemandDistribution& demand, double holdingCost,
                                 double stockoutCost);

} // namespace stocktower::inventory
