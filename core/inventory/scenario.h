// What-if scenarios: recompute the workspace policy with a scenario's changes (stored in one
// transaction), compare scenarios' totals with the base and each other, export the comparison.
#pragma once

#include "inventory/policy_run.h"
#include "store/scenario_store.h"

#include <filesystem>
#include <string>
#include <vector>

namespace stocktower::inventory {

// What "base" means: the stored defaults (policy_setting) plus the base scenario's changes (the
// promoted ones), applied over item_site / item values from the ERP. A scenario is the base plus
// its own changes, applied after the base's (so a scenario's change wins).
std::vector<ParameterChange> baseChanges(store::Connection& db);
// The changes a scenario's recompute applies: the base's, then its own (none for the base).
std::vector<ParameterChange> scenarioChanges(store::Connection& db, const store::ScenarioRecord& scenario);

// Validates the change texts (parseParameterChange) and stores them canonically. Throws
// util::UserError for a bad change or a taken name.
std::int64_t createScenarioFromText(store::Connection& db, const std::string& name,
                                    const std::string& description,
                                    const std::vector<std::string>& changes);

struct ScenarioRunResult {
    store::ScenarioRecord scenario;
    PolicyRunResult run;
    double writeSeconds = 0.0;
};

// Gathers inputs, computes with the scenario's changes, and writes rows and totals in ONE
// transaction: a failure or cancel leaves the previous results untouched. "base" recomputes
// the base. Throws util::UserError for an unknown scenario, util::Cancelled on cancel.
ScenarioRunResult recomputeScenario(store::Connection& db, const std::string& name,
                                    const PolicyRunOptions& options, util::Progress& progress);
// The store part alone (for tests and the benchmark): writes `run` as the scenario's results.
void storeScenarioResults(store::Connection& db, std::int64_t scenarioId, const PolicyRunResult& run);

// Makes the scenario's parameters the new base: the base's changes become base + scenario
// changes, and the base's stored results become the scenario's. The scenario stays.
void promoteScenario(store::Connection& db, const std::string& name);

// One compared measure: the value per scenario (in the order asked) and the delta to the base.
struct ComparisonMeasure {
    std::string key;   // snake_case, stable (JSON, CSV)
    std::string label; // for tables
    std::string unit;  // "money", "ratio", "units", "per year"
    std::vector<std::optional<double>> values;
    std::vector<std::optional<double>> deltas; // value − base value; nullopt without either
};

struct ScenarioComparison {
    std::vector<std::string> scenarios; // names as shown; "base" first
    std::vector<std::optional<std::string>> computedAt;
    std::vector<ComparisonMeasure> measures;
};

// Totals side by side: the base first, then `names` (duplicates of "base" ignored). A scenario
// not yet recomputed has empty values. Throws util::UserError for an unknown name.
ScenarioComparison compareScenarios(store::Connection& db, const std::vector<std::string>& names);
// One row per measure: key, label, unit, then value and delta columns per scenario. Written
// atomically (a failure leaves no partial file).
void exportComparisonCsv(const ScenarioComparison& comparison, const std::filesystem::path& path);

// PolicyTotals ⇄ stored totals.
store::ScenarioTotalsRow toTotalsRow(const PolicyTotals& totals);
store::ScenarioResultRow toResultRow(const PolicyRow& row);

} // namespace stocktower::inventory
