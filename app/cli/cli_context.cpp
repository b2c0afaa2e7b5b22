#include "cli/cli_context.h"

#include <iostream>

namespace stocktower::cli {

void printJson(const nlohmann::json& document) { std::cout << document.dump(2) << '\n'; }

const std::string& requireWorkspace(const GlobalOptions& options) {
    if (options.workspace.empty())
        throw CLI::RequiredError("--workspace (-w): the workspace file to work on");
    return options.workspace;
}

} // namespace stocktower::cli
