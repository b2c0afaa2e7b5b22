// What the KPI-based commands (kpi …, report weekly) share: the site, week and clock options and
// how they open the workspace.
#pragma once

#include "cli/cli_context.h"

#include "domain/date.h"
#include "kpi/kpi_engine.h"
#include "store/workspace.h"

#include <cstdint>
#include <memory>
#include <string>

namespace stocktower::cli {

// The site, or a usage error (exit 2) naming --site: a mistyped code is a usage mistake.
kpi::KpiContext kpiContextFor(store::Connection& db, const std::string& siteCode);

// --week as an ISO week (2026-W47), or a usage error.
domain::IsoWeek weekOption(const std::string& text);

// "Now" for the KPI engine: the end of --today at the site (so that day's commitments are still
// open), or the system clock when --today is empty.
std::int64_t nowFor(const std::string& today, const kpi::KpiContext& context);

// Read-write to store the weeks a command computes, read-only otherwise; a workspace from before
// KPIs must be opened read-write once to be upgraded. `readOnlyHint` follows the read-only error.
std::unique_ptr<store::Workspace> openKpiWorkspace(const GlobalOptions& options, bool write,
                                                   const std::string& readOnlyHint = {});

} // namespace stocktower::cli
