#include "cli/cli_context.h"

#include "store/workspace.h"
#include "util/errors.h"

#include <fmt/format.h>

#include <iostream>

namespace stocktower::cli {

void printJson(const nlohmann::json& document) { std::cout << document.dump(2) << '\n'; }

nlohmann::json optionalJson(const std::optional<double>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json();
}

const std::string& requireWorkspace(const GlobalOptions& options) {
    if (options.workspace.empty())
        throw CLI::RequiredError("--workspace (-w): the workspace file to work on");
    return options.workspace;
}

std::unique_ptr<store::Workspace> openForReading(const GlobalOptions& options) {
    const auto& path = requireWorkspace(options);
    auto workspace = store::Workspace::open(path, store::Workspace::Access::ReadOnly);
    if (workspace->fileSchemaVersion() < store::kSchemaVersion)
        throw util::UserError(fmt::format("{}: workspace format {} is older than this version's {}; upgrade it once "
                                          "with `stocktower-cli upgrade -w {}` (the old file is kept as a backup) "
                                          "or open it in StockTower",
                                          path, workspace->fileSchemaVersion(), store::kSchemaVersion, path));
    return workspace;
}

} // namespace stocktower::cli
