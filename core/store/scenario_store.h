// Scenarios in the workspace (schema v4): headers, their parameter changes (as canonical text),
// the stored results of a recompute (per item-site and totals), and the policy defaults.
#pragma once

#include "store/sqlite.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace stocktower::store {

// "Base" is the reserved scenario row (is_base = 1, name "base") created by the migration: its
// changes are the workspace's promoted parameters, applied over the defaults and item_site
// values before any scenario's own changes. It cannot be renamed or deleted.
inline constexpr const char* kBaseScenarioName = "base";

struct ScenarioRecord {
    std::int64_t scenarioId = 0;
    std::string name;
    std::string description;
    bool isBase = false;
    std::string createdAt;
    std::string updatedAt;
    std::optional<std::string> computedAt;      // last recompute; nullopt = never
    std::optional<std::int64_t> forecastRunId; // the run the last recompute used
    std::vector<std::string> changes;           // canonical change texts, in order
};

// The numbers of one item-site in a recompute.
struct ScenarioResultRow {
    std::int64_t itemId = 0;
    std::int64_t siteId = 0;
    std::string error; // empty = computed
    std::string policyKind;
    std::string serviceType;
    double serviceTarget = 0, leadTimeDays = 0, reviewPeriodDays = 0, demandPerPeriod = 0,
           demandSdPerPeriod = 0, unitCost = 0;
    double safetyStock = 0, reorderPoint = 0, orderQuantity = 0, minLevel = 0, maxLevel = 0;
    std::optional<double> achievedCsl, achievedFillRate;
    double annualDemand = 0, expectedStockoutUnits = 0, safetyStockValue = 0, cycleStockValue = 0,
           holdingCost = 0, orderingCost = 0, totalCost = 0, proposedQuantity = 0;
};

struct ScenarioTotalsRow {
    std::int64_t itemSites = 0, errors = 0, proposals = 0;
    double safetyStockValue = 0, cycleStockValue = 0, inventoryInvestment = 0;
    std::optional<double> expectedCsl, expectedFillRate, turns;
    double expectedStockoutUnits = 0, holdingCost = 0, orderingCost = 0, totalCost = 0,
           annualDemandValue = 0, proposedValue = 0;
};

// Throws util::UserError for a duplicate or empty name.
std::int64_t createScenario(Connection& db, const std::string& name, const std::string& description,
                            const std::vector<std::string>& changes);
// Base first, then by name.
std::vector<ScenarioRecord> listScenarios(Connection& db);
std::optional<ScenarioRecord> findScenario(Connection& db, const std::string& name);
// Throw util::UserError for an unknown name, the base (rename/delete), or a taken new name.
void renameScenario(Connection& db, const std::string& name, const std::string& newName);
std::int64_t duplicateScenario(Connection& db, const std::string& name, const std::string& newName);
void deleteScenario(Connection& db, const std::string& name);
void setScenarioChanges(Connection& db, std::int64_t scenarioId, const std::vector<std::string>& changes);
void setScenarioDescription(Connection& db, std::int64_t scenarioId, const std::string& description);

// Replaces the scenario's results and totals and stamps computed_at. The caller holds the
// transaction (the whole recompute is one: a failure leaves the previous results).
void replaceScenarioResults(Connection& db, std::int64_t scenarioId,
                            std::optional<std::int64_t> forecastRunId,
                            const std::vector<ScenarioResultRow>& rows,
                            const ScenarioTotalsRow& totals);
std::optional<ScenarioTotalsRow> loadScenarioTotals(Connection& db, std::int64_t scenarioId);
// By item, site; onRow returns false to stop.
std::int64_t forEachScenarioResult(Connection& db, std::int64_t scenarioId,
                                   const std::function<bool(const ScenarioResultRow&)>& onRow);

// policy_setting key/value pairs (numbers and words as text).
std::vector<std::pair<std::string, std::string>> loadPolicySettings(Connection& db);
void savePolicySetting(Connection& db, const std::string& key, const std::string& value);

} // namespace stocktower::store
