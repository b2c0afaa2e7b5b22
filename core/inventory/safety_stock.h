// Safety stock and reorder level for a cycle-service-level or fill-rate target.
#pragma once

#include "inventory/distribution_choice.h"
#include "inventory/explain.h"
#include "inventory/lead_time_demand.h"
#include "inventory/policy_evaluation.h"
#include "inventory/service_level.h"

#include <optional>

namespace stocktower::inventory {

// Bounds on safety stock in periods of mean demand ("days of cover" when the period is a day).
// The default floor of 0 keeps a generous order quantity from turning safety stock negative;
// set minPeriods to nullopt to allow it.
struct CoverBounds {
    std::optional<double> minPeriods = 0.0;
    std::optional<double> maxPeriods;
};

struct SafetyStockInputs {
    LeadTimeDemandInputs demand;
    ServiceType serviceType = ServiceType::CycleServiceLevel;
    double serviceLevel = 0.95; // the target, strictly between 0 and 1
    // Q per replenishment cycle, needed for a fill-rate target. Under periodic review it
    // defaults to the demand per review period d·R.
    std::optional<double> orderQuantity;
    DistributionRule distribution;
    CoverBounds cover;
};

enum class SafetyStockBound { None, Floor, Cap };

struct SafetyStockResult {
    LeadTimeDemand leadTimeDemand;
    DistributionDecision distribution;
    // z (cycle service level) or k (fill rate) for normal demand; for the other families the
    // implied (level − μ_P)/σ_P. NaN when there is no variability to scale.
    double serviceFactor = 0.0;
    double safetyStockUnbounded = 0.0; // what the target asks for, before cover bounds
    double safetyStock = 0.0;
    // μ_P + safety stock: the reorder point (continuous review) or the order-up-to level
    // (periodic review, (R,S)). An integer for the counting families.
    double reorderLevel = 0.0;
    std::optional<double> orderQuantity; // the Q the fill rate refers to
    SafetyStockBound bound = SafetyStockBound::None;
    // What the final level achieves (after bounds); fillRate only when Q is known.
    double achievedCycleServiceLevel = 0.0;
    std::optional<double> achievedFillRate;
    std::optional<double> expectedShortagePerCycle; // at the final level, when Q is known
    bool targetMet = true; // false when a cap keeps the target out of reach
    Explanation explain;
};

// Normal demand: type 1 SS = z·σ_P with z = Φ⁻¹(CSL); type 2 solves σ_P·G(k) = (1 − P2)·Q and
// SS = k·σ_P. Poisson / negative binomial: the smallest integer level whose CSL, or fill rate
// 1 − E[(D_P − r)⁺]/Q, reaches the target. Gamma: the same conditions solved continuously.
// Throws InvalidInput naming the argument ("service_level", "order_quantity", "min_cover",
// "max_cover", and those of leadTimeDemand()).
SafetyStockResult computeSafetyStock(const SafetyStockInputs& inputs);

} // namespace stocktower::inventory
