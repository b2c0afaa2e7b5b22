// policy, scenario, simulate: the workspace inventory policy, what-if scenarios and the
// simulation check of the policy.
#pragma once

#include "cli/cli_context.h"

#include "inventory/policy_types.h"
#include "store/sqlite.h"

#include <cstdint>
#include <optional>
#include <string>

namespace stocktower::cli {

void addPolicyCommand(CLI::App& app, GlobalOptions& options, int& exitCode);
void addScenarioCommands(CLI::App& app, GlobalOptions& options, int& exitCode);
void addSimulateCommand(CLI::App& app, GlobalOptions& options, int& exitCode);

// Shared by the three: --site / --item codes to ids (usage errors name the option), numbers
// for JSON (NaN → null).
std::optional<std::int64_t> siteOption(store::Connection& db, const std::string& code);
std::optional<std::int64_t> itemOption(store::Connection& db, const std::string& sku);
nlohmann::json numberOrNull(double value);
nlohmann::json policyRowJson(const inventory::PolicyRow& row);
nlohmann::json policyTotalsJson(const inventory::PolicyTotals& totals);

} // namespace stocktower::cli
