// Settings kept in the workspace file (the meta table), so that every planner who opens it and
// the nightly command line use the same ones.
#pragma once

#include "store/sqlite.h"

#include <string>
#include <string_view>
#include <vector>

namespace stocktower::store {

struct WorkspaceSettingSpec {
    std::string key;
    std::string defaultValue;
    std::vector<std::string> allowed; // the values a user may set
    std::string description;
};

// Every workspace setting, in the order the command line lists them.
const std::vector<WorkspaceSettingSpec>& workspaceSettingSpecs();
// nullptr for an unknown key.
const WorkspaceSettingSpec* findWorkspaceSetting(std::string_view key);

// The stored value; the default when unset, or when the stored text is not an allowed value (a
// file edited by hand must not break a nightly run). Throws util::UserError for an unknown key.
std::string workspaceSetting(Connection& db, std::string_view key);
// Stores a value after checking it. Throws util::UserError naming the allowed values or keys.
void setWorkspaceSetting(Connection& db, std::string_view key, std::string_view value);

} // namespace stocktower::store
