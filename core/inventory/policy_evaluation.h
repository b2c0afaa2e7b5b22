// Evaluates a given reorder level and order quantity: safety stock, CSL, shortage, fill rate.
#pragma once

#include "inventory/demand_distribution.h"
#include "inventory/distribution_choice.h"
#include "inventory/explain.h"
#include "inventory/lead_time_demand.h"

#include <string>
#include <string_view>

namespace stocktower::inventory {

// What a reorder level achieves against demand over the protection interval D_P.
struct ServiceAtLevel {
    double cycleServiceLevel = 0.0;        // P(D_P ≤ level)
    double expectedShortagePerCycle = 0.0; // ESC, see expectedShortagePerCycle
    double fillRate = 0.0;                 // 1 − ESC/Q, at least 0
};

// Demand over the protection interval D_P and over the lead time alone D_L (the same family and
// moments from the same inputs; under continuous review they are one and the same).
struct CycleDemand {
    DemandDistribution protection;
    DemandDistribution leadTime;
    bool periodic = false;
};
// `protection` is leadTimeDemand(inputs), which every caller has already computed.
CycleDemand cycleDemand(DistributionFamily family, const LeadTimeDemandInputs& inputs,
                        const LeadTimeDemand& protection);

// The exact expected shortage per cycle with backorders: what a cycle ends short minus what it
// began short (Hadley & Whitin). (s,Q): E[(D_L − s)⁺] − E[(D_L − s − Q)⁺]; (R,S):
// E[(D_{R+L} − S)⁺] − E[(D_L − S)⁺]. The textbook form keeps the first term only, which counts
// a shortage again in every cycle it lasts: harmless when Q is large next to σ_P (the worked
// examples agree to many digits), far too pessimistic for slow and intermittent items.
double expectedShortagePerCycle(const CycleDemand& demand, double level, double orderQuantity);

// Q is the quantity per replenishment cycle (> 0): the order quantity, or d·R under periodic
// review. A fill rate from ESC/Q assumes backorders (Chopra & Meindl, Silver-Pyke-Thomas).
ServiceAtLevel serviceAtLevel(const CycleDemand& demand, double level, double orderQuantity);
// "E[(D_L − s − order_quantity)⁺]" or "E[(D_L − S)⁺]", for explanations.
std::string shortAtCycleStartFormula(bool periodic, std::string_view levelName);

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
