// The simulation check of a workspace policy, per demand class against the targets.
#include "inventory/scenario_simulation.h"

#include "inventory/scenario.h"
#include "store/scenario_store.h"
#include "util/errors.h"

#include <chrono>

namespace stocktower::inventory {

ScenarioSimulation simulateScenario(store::Connection& db, const std::string& scenario,
                                    const PolicyRunOptions& runOptions, const SimSettings& settings,
                                    std::size_t maxItems, util::Progress& progress) {
    const auto start = std::chrono::steady_clock::now();
    std::vector<ParameterChange> changes;
    if (scenario.empty()) {
        changes = baseChanges(db);
    } else {
        const auto record = store::findScenario(db, scenario);
        if (!record) throw util::UserError("no scenario named '" + scenario + "'");
        changes = scenarioChanges(db, *record);
    }
    const auto defaults = loadPolicyDefaults(db);
    const auto inputs = gatherPolicyInputs(db, defaults, runOptions, progress);
    const auto run = computePolicies(inputs, defaults, changes, runOptions, progress);
    const auto items = buildSimItems(run.rows, run.period, maxItems);
    std::vector<SimItem> simItems;
    simItems.reserve(items.size());
    for (const auto& setup : items) simItems.push_back(setup.item);
    progress.setStage("simulating");
    const auto sim = runSimulation(simItems, settings, progress);

    ScenarioSimulation out;
    out.scenario = scenario;
    out.period = run.period;
    out.simulatedItemSites = items.size();
    out.classes = summariseSimulation(items, run.rows, sim);
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return out;
}

} // namespace stocktower::inventory
