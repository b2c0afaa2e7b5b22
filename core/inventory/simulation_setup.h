// Turns policy results into simulation inputs (one SimItem per item-site) and summarises the
// simulated service per demand class against the targets: the check that the closed-form policy
// delivers what it promises.
#pragma once

#include "inventory/policy_types.h"
#include "inventory/simulation.h"

#include <string>
#include <vector>

namespace stocktower::inventory {

// Period = the policy run's period. Demand model by class: smooth → normal (mean, σ), erratic →
// gamma, intermittent and lumpy → an occurrence model (probability p of a demand per period,
// sizes gamma or Poisson so that p·size = mean and the per-period variance matches σ²), new →
// normal, inactive → left out. Policy: (s,Q) with s = reorder point, Q = order quantity for
// continuous review; (R,S) for periodic review. Lead time mean/sd in periods.
struct SimSetupItem {
    std::size_t row = 0; // index into the policy rows
    SimItem item;
    forecast::DemandClass demandClass = forecast::DemandClass::Smooth;
    ServiceType serviceType = ServiceType::CycleServiceLevel;
    double serviceTarget = 0.0;
};

// Rows with an error or without demand are skipped; `maxItems` > 0 keeps the first that many.
std::vector<SimSetupItem> buildSimItems(const std::vector<PolicyRow>& rows, const PolicyPeriod& period,
                                        std::size_t maxItems = 0);

// Achieved against target for one demand class (or "all").
struct SimClassSummary {
    std::string demandClass;
    std::int64_t itemSites = 0;
    double meanTarget = kNaN;           // unweighted mean of the targets
    double achievedCsl = kNaN;          // unweighted mean of the items' simulated CSL
    double expectedCsl = kNaN;          // unweighted mean of the closed-form achieved CSL
    double achievedFillRate = kNaN;     // Σ filled ÷ Σ demanded
    double expectedFillRate = kNaN;     // demand-weighted closed-form fill rate
    double cslTargetGapPp = kNaN;       // (achieved CSL − target) in percentage points, CSL items
    double fillRateTargetGapPp = kNaN;  // (achieved fill rate − target) in pp, fill-rate items
};

std::vector<SimClassSummary> summariseSimulation(const std::vector<SimSetupItem>& items,
                                                 const std::vector<PolicyRow>& rows,
                                                 const SimResult& result);

} // namespace stocktower::inventory
