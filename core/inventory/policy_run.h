// The workspace-wide inventory policy: gather every item-site's inputs, compute its policy with
// computeItemPolicy in parallel, and today's order proposal.
#pragma once

#include "inventory/policy_change.h"
#include "inventory/policy_types.h"
#include "store/sqlite.h"
#include "util/progress.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace stocktower::inventory {

struct PolicyRunOptions {
    std::optional<std::int64_t> siteId; // only this site
    std::optional<std::int64_t> itemId; // only this item
    // "Today" (YYYY-MM-DD) for the proposal and the history window; empty = the day after the
    // last demand day (the demo's data ends yesterday), else the current date.
    std::string today;
    // Keep the Explanation per row (for one item or a detail panel; 100,000 explanations cost
    // memory and time, so a workspace run leaves them out).
    bool explain = false;
    int threads = 0; // 0 = all cores; results do not depend on it
};

struct PolicyRunResult {
    PolicyPeriod period;
    std::optional<std::int64_t> forecastRunId;
    std::string today;
    std::vector<PolicyRow> rows; // same order as the inputs: (item, site)
    PolicyTotals totals;
    std::vector<std::string> notices;
    int threads = 1;
    double gatherSeconds = 0.0;
    double computeSeconds = 0.0;
};

// Reads every item-site's inputs (see PolicyInput for the sources, in order of precedence):
// demand from the latest forecast run over the base protection interval via
// forecast::leadTimeDemand, or without one from the last `defaults.historyWeeks` weeks of
// history (mean and sample sd per week); lead time from item_site, else item, else the default;
// ABC/XYZ from segmentWorkspace with its stored settings; on-hand, open purchase order lines and
// open customer order lines. Item-sites are those with demand, item_site rows or stock.
// Throws util::Cancelled when progress is cancelled.
PolicyInputSet gatherPolicyInputs(store::Connection& db, const PolicyDefaults& defaults,
                                  const PolicyRunOptions& options, util::Progress& progress);

// Computes every input with the defaults and `changes` applied (see effectiveParameters), on
// `options.threads` workers; each row depends on its input only, so the result is identical
// for any thread count. Bad inputs become the row's `error`, not an exception. Throws
// util::Cancelled when progress is cancelled.
PolicyRunResult computePolicies(const PolicyInputSet& inputs, const PolicyDefaults& defaults,
                                std::span<const ParameterChange> changes,
                                const PolicyRunOptions& options, util::Progress& progress);

// One row (the unit of computePolicies).
PolicyRow computePolicyRow(const PolicyInput& input, const PolicyPeriod& period,
                           const std::string& today, const PolicyDefaults& defaults,
                           std::span<const ParameterChange> changes, bool explain);

// gatherPolicyInputs + computePolicies with the workspace's stored defaults and base changes
// (store/scenario_store.h): what `stocktower-cli policy` shows.
PolicyRunResult runWorkspacePolicy(store::Connection& db, const PolicyRunOptions& options,
                                   util::Progress& progress);

// The workspace's stored defaults (policy_setting), factory values for keys not stored.
PolicyDefaults loadPolicyDefaults(store::Connection& db);
void savePolicyDefaults(store::Connection& db, const PolicyDefaults& defaults);

} // namespace stocktower::inventory
