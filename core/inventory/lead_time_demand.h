// Demand over the protection interval (L, or R + L for periodic review): mean and σ.
#pragma once

#include "inventory/explain.h"

namespace stocktower::inventory {

// Per-period inputs; all in the same period (a day, a week). σ_d is the standard deviation of
// demand per period or of the forecast error (RMSE) — the caller labels which through the
// explanation source ("variability source", reference/inventory.md).
struct LeadTimeDemandInputs {
    double demandMean = 0.0;   // d, units per period, ≥ 0
    double demandSd = 0.0;     // σ_d, units per period, ≥ 0
    double leadTime = 0.0;     // L, periods; > 0 for continuous review, ≥ 0 for periodic
    double leadTimeSd = 0.0;   // σ_L, periods, ≥ 0
    double reviewPeriod = 0.0; // R, periods; 0 = continuous review
};

struct LeadTimeDemand {
    double protectionInterval = 0.0; // P = L (continuous) or R + L (periodic)
    double mean = 0.0;               // μ_P = d·P
    double sd = 0.0;                 // σ_P = √(P·σ_d² + d²·σ_L²)
    Explanation explain;
};

bool isPeriodicReview(const LeadTimeDemandInputs& inputs);

// Independent per-period demand and lead time (Chopra & Meindl): the review period is fixed,
// only L varies, so σ_L adds d²·σ_L². Invalid inputs raise InvalidInput naming them
// ("demand_mean", "demand_sd", "lead_time", "lead_time_sd", "review_period").
LeadTimeDemand leadTimeDemand(const LeadTimeDemandInputs& inputs);

} // namespace stocktower::inventory
