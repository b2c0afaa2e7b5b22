// The single-period (newsvendor) problem and the per-period cost g(y).
#include "inventory/newsvendor.h"

#include "inventory/validation.h"

#include <fmt/format.h>

namespace stocktower::inventory {

double newsvendorCost(const DemandDistribution& demand, double level, double holdingCost,
                      double stockoutCost) {
    return holdingCost * (level - demand.mean()) +
           (holdingCost + stockoutCost) * demand.loss(level);
}

NewsvendorResult solveNewsvendor(const DemandDistribution& demand, double holdingCost,
                                 double stockoutCost) {
    requirePositive("holding_cost", holdingCost);
    requirePositive("stockout_cost", stockoutCost);
    NewsvendorResult out;
    out.criticalRatio = stockoutCost / (stockoutCost + holdingCost);
    // g is convex with slope h − (h + p)·(1 − F(y)): it turns upward at the critical fractile.
    out.orderUpTo = demand.quantile(out.criticalRatio);
    out.cost = newsvendorCost(demand, out.orderUpTo, holdingCost, stockoutCost);
    auto& e = out.explain;
    e.addInput("demand_mean", demand.mean(), "units");
    e.addInput("demand_sd", demand.sd(), "units");
    e.addInput("holding_cost", holdingCost, "money/unit");
    e.addInput("stockout_cost", stockoutCost, "money/unit");
    e.addNote({util::MessageId::ExplainNoteDemandFamily, {std::string(distributionFamilyName(demand.family()))}});
    e.addResult("critical_ratio", out.criticalRatio, "",
                "stockout_cost / (stockout_cost + holding_cost)");
    e.addResult("order_up_to_level", out.orderUpTo, "units", "S* = F⁻¹(critical_ratio)");
    e.addResult(
        "expected_cost", out.cost, "money",
        "g(S*) = holding_cost·(S* − demand_mean) + (holding_cost + stockout_cost)·E[(D − S*)⁺]");
    return out;
}

} // namespace stocktower::inventory
