// Evaluates a given reorder level and order quantity: safety stock, CSL, shortage, fill rate.
#include "inventory/policy_evaluation.h"

#include "inventory/validation.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace stocktower::inventory {

ServiceAtLevel serviceAtLevel(const DemandDistribution& demand, double level,
                              double orderQuantity) {
    requireFinite("reorder_point", level);
    requirePositive("order_quantity", orderQuantity);
    ServiceAtLevel out;
    out.cycleServiceLevel = demand.cdf(level);
    out.expectedShortagePerCycle = demand.loss(level);
    out.fillRate = std::max(0.0, 1.0 - out.expectedShortagePerCycle / orderQuantity);
    return out;
}

PolicyEvaluation evaluatePolicy(const PolicyEvaluationInputs& in) {
    PolicyEvaluation out;
    out.leadTimeDemand = leadTimeDemand(in.demand);
    requireFinite("reorder_point", in.reorderLevel);
    requirePositive("order_quantity", in.orderQuantity);
    const auto& ltd = out.leadTimeDemand;
    out.distribution = chooseDistribution(in.distribution, ltd.mean, ltd.sd);
    const DemandDistribution dist(out.distribution.family, ltd.mean, ltd.sd);
    out.safetyStock = in.reorderLevel - ltd.mean;
    out.serviceFactor =
        dist.sd() > 0.0 ? out.safetyStock / dist.sd() : std::numeric_limits<double>::quiet_NaN();
    out.service = serviceAtLevel(dist, in.reorderLevel, in.orderQuantity);

    const bool periodic = isPeriodicReview(in.demand);
    const char* levelName = periodic ? "order_up_to_level" : "reorder_point";
    auto& e = out.explain;
    e = ltd.explain;
    e.addInput(levelName, in.reorderLevel, "units");
    e.addInput("order_quantity", in.orderQuantity, "units");
    e.addNote(out.distribution.reason);
    e.addResult("safety_stock", out.safetyStock, "units", fmt::format("{} − mean_p", levelName));
    const bool normal = dist.family() == DistributionFamily::Normal;
    e.addResult("service_factor", out.serviceFactor, "", "safety_stock / sigma_p");
    e.addResult("cycle_service_level", out.service.cycleServiceLevel, "",
                normal ? "Φ(safety_stock / sigma_p)"
                       : fmt::format("P(D_P ≤ {}), D_P {}", levelName,
                                     distributionFamilyName(dist.family())));
    e.addResult("expected_shortage_per_cycle", out.service.expectedShortagePerCycle, "units",
                normal ? "sigma_p·G(safety_stock / sigma_p), G(k) = φ(k) − k·(1 − Φ(k))"
                       : fmt::format("E[(D_P − {})⁺]", levelName));
    e.addResult("fill_rate", out.service.fillRate, "",
                "1 − expected_shortage_per_cycle / order_quantity");
    return out;
}

} // namespace stocktower::inventory
