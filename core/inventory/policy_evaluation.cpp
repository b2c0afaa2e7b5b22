// Evaluates a given reorder level and order quantity: safety stock, CSL, shortage, fill rate.
#include "inventory/policy_evaluation.h"

#include "inventory/validation.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace stocktower::inventory {

std::string shortAtCycleStartFormula(bool periodic, std::string_view levelName) {
    return periodic ? fmt::format("E[(D_L − {})⁺]", levelName) : fmt::format("E[(D_L − {} − order_quantity)⁺]", levelName);
}

CycleDemand cycleDemand(DistributionFamily family, const LeadTimeDemandInputs& in, const LeadTimeDemand& protection) {
    const bool periodic = isPeriodicReview(in);
    DemandDistribution p(family, protection.mean, protection.sd);
    if (!periodic) return {p, p, false};
    // D_L from the same inputs without the review period (L may be 0: no demand in transit).
    const double mean = in.demandMean * in.leadTime;
    const double sd = std::sqrt(in.leadTime * in.demandSd * in.demandSd +
                                in.demandMean * in.demandMean * in.leadTimeSd * in.leadTimeSd);
    const bool pointMass = sd == 0.0 || (family == DistributionFamily::NegativeBinomial && !(sd * sd > mean));
    return {p, DemandDistribution(pointMass ? DistributionFamily::Normal : family, mean, pointMass ? 0.0 : sd), true};
}

double expectedShortagePerCycle(const CycleDemand& demand, double level, double orderQuantity) {
    const double endsShort = demand.protection.loss(level);
    const double beganShort = demand.periodic ? demand.leadTime.loss(level)
                                              : demand.leadTime.loss(level + orderQuantity);
    return std::max(0.0, endsShort - beganShort);
}

ServiceAtLevel serviceAtLevel(const CycleDemand& demand, double level, double orderQuantity) {
    requireFinite("reorder_point", level);
    requirePositive("order_quantity", orderQuantity);
    ServiceAtLevel out;
    out.cycleServiceLevel = demand.protection.cdf(level);
    out.expectedShortagePerCycle = expectedShortagePerCycle(demand, level, orderQuantity);
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
    const auto cycle = cycleDemand(out.distribution.family, in.demand, ltd);
    const auto& dist = cycle.protection;
    out.safetyStock = in.reorderLevel - ltd.mean;
    out.serviceFactor =
        dist.sd() > 0.0 ? out.safetyStock / dist.sd() : std::numeric_limits<double>::quiet_NaN();
    out.service = serviceAtLevel(cycle, in.reorderLevel, in.orderQuantity);

    const bool periodic = cycle.periodic;
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
                normal ? fmt::format("sigma_p·G(safety_stock / sigma_p) − {}, G(k) = φ(k) − k·(1 − Φ(k))",
                                     shortAtCycleStartFormula(periodic, levelName))
                       : fmt::format("E[(D_P − {})⁺] − {}", levelName, shortAtCycleStartFormula(periodic, levelName)));
    e.addResult("fill_rate", out.service.fillRate, "",
                "1 − expected_shortage_per_cycle / order_quantity");
    return out;
}

} // namespace stocktower::inventory
