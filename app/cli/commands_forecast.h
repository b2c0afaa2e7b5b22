// The forecast command's own subcommands beyond run and show, added by addForecastRunCommands.
#pragma once

#include "cli/cli_context.h"

#include <cstdint>
#include <optional>

namespace stocktower::store {
class Connection;
struct ForecastRunHeader;
} // namespace stocktower::store

namespace stocktower::cli {

// forecast override set|remove|list and forecast export.
void addForecastOverrideCommands(CLI::App& forecast, GlobalOptions& options);
void addForecastExportCommand(CLI::App& forecast, GlobalOptions& options);

// The run --run names (0: the latest); util::UserError when there is none.
store::ForecastRunHeader requireRun(store::Connection& db, std::int64_t runId);

} // namespace stocktower::cli
