// The simulation check of a workspace policy: the base's or a scenario's closed-form policy,
// simulated by Monte Carlo, summarised per demand class against the targets.
#pragma once

#include "inventory/policy_run.h"
#include "inventory/simulation.h"
#include "inventory/simulation_setup.h"

#include <string>
#include <vector>

namespace stocktower::inventory {

struct ScenarioSimulation {
    std::string scenario; // empty for the base
    PolicyPeriod period;
    std::size_t simulatedItemSites = 0;
    std::vector<SimClassSummary> classes; // per demand class, then "all"
    double seconds = 0.0;
};

// Gathers the policy inputs (runOptions: site, day, threads), computes the policies with the
// base's changes or, when `scenario` is not empty, that scenario's, simulates at most `maxItems`
// item-sites (0 = all) under `settings`, and summarises. Reads only. Throws util::UserError for
// an unknown scenario or invalid settings, util::Cancelled on cancel.
ScenarioSimulation simulateScenario(store::Connection& db, const std::string& scenario,
                                    const PolicyRunOptions& runOptions, const SimSettings& settings,
                                    std::size_t maxItems, util::Progress& progress);

} // namespace stocktower::inventory
