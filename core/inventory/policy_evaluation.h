// Evaluates a given reorder level and order quantity: safety stock, CSL, shortage, fill rate.
#pragma once

#include "inventory/demand_distribution.h"
#include "inventory/distribution_choice.h"
#include "inventory/explain.h"
#include "inventory/lead_time_demand.h"

namespace stocktower::inventory {

// What a reorder level achieves against demand over the protection interval D_P.
struct ServiceAtLevel {
    double cycleServiceLevel = 0.0;        // P(D_P ≤ level)
    double expectedShortagePerCycle = 0.0; // ESC = E[(D_P − level)⁺]
    double fillRate = 0.0;                 // 1 − ESC/Q, at least 0
};

// Q is the quantity per replenishment cycle (> 0): the order quantity, or d·R under periodic
// review. A fill rate from ESC/Q assumes backorders (Chopra & Meindl, Silver-Pyke-Thomas).
ServiceAtLevel serviceAtLevel(const DemandDistribution& demand, double level, double orderQuantity);

struct PolicyEvaluationInputs {
    LeadTimeDemandInputs demand;
    double reorderLevel = 0.0;     // reorder point, or order-up-to level under periodic review
    double orderQuantity = 0.0;    // Q > 0
    DistributionRule distribution; // auto by default; the textbook case is normal
};

struct PolicyEvaluation {
    LeadTimeDemand leadTimeDemand;
    DistributionDecision distribution;
    double safetyStock = 0.0;   // level − μ_P
    double serviceFactor = 0.0; // safety stock / σ_P (NaN when σ_P = 0)
    ServiceAtLevel service;
    Explanation explain;
};

// Chopra & Meindl Ex. 12-1…12-3 (reference/inventory.md row 5), for any family.
PolicyEvaluation evaluatePolicy(const PolicyEvaluationInputs& inputs);

} // namespace stocktower::inventory
