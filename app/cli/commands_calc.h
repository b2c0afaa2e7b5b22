// calc: the closed-form inventory calculator (safety stock, EOQ, fill rate, service levels).
#pragma once

#include "cli/cli_context.h"

namespace stocktower::cli {

void addCalcCommands(CLI::App& app, GlobalOptions& options, int& exitCode);

} // namespace stocktower::cli
