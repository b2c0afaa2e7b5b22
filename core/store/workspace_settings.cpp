// Settings kept in the workspace file.
#include "store/workspace_settings.h"

#include "util/errors.h"

#include <algorithm>

namespace stocktower::store {

namespace {

std::string joined(const std::vector<std::string>& values) {
    std::string text;
    for (const auto& value : values)
        text += (text.empty() ? "" : ", ") + value;
    return text;
}

const WorkspaceSettingSpec& requireSetting(std::string_view key) {
    if (const auto* spec = findWorkspaceSetting(key)) return *spec;
    std::vector<std::string> keys;
    for (const auto& spec : workspaceSettingSpecs())
        keys.push_back(spec.key);
    throw util::UserError("unknown workspace setting '" + std::string(key) + "' (known: " + joined(keys) +
                          ")");
}

} // namespace

const std::vector<WorkspaceSettingSpec>& workspaceSettingSpecs() {
    // demand_bucket is written by the version 1 migration already; its default must stay "week".
    static const std::vector<WorkspaceSettingSpec> specs = {
        {"demand_bucket", "week", {"week", "month"},
         "Time bucket of demand history and forecasts: ISO weeks or calendar months"},
    };
    return specs;
}

const WorkspaceSettingSpec* findWorkspaceSetting(std::string_view key) {
    const auto& specs = workspaceSettingSpecs();
    const auto found = std::find_if(specs.begin(), specs.end(), [key](const auto& spec) { return spec.key == key; });
    return found == specs.end() ? nullptr : &*found;
}

std::string workspaceSetting(Connection& db, std::string_view key) {
    const auto& spec = requireSetting(key);
    auto statement = db.prepare("SELECT value FROM meta WHERE key = ?");
    statement.bind(1, spec.key);
    if (!statement.step()) return spec.defaultValue;
    std::string value = statement.getText(0);
    const bool allowed = std::find(spec.allowed.begin(), spec.allowed.end(), value) != spec.allowed.end();
    return allowed ? value : spec.defaultValue;
}

void setWorkspaceSetting(Connection& db, std::string_view key, std::string_view value) {
    const auto& spec = requireSetting(key);
    if (std::find(spec.allowed.begin(), spec.allowed.end(), value) == spec.allowed.end())
        throw util::UserError("'" + std::string(value) + "' is not a valid value for " + spec.key + " (use " +
                              joined(spec.allowed) + ")");
    Transaction transaction(db);
    auto statement = db.prepare("INSERT INTO meta(key, value) VALUES (?, ?) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    statement.bind(1, spec.key).bind(2, value).run();
    transaction.commit();
}

} // namespace stocktower::store
