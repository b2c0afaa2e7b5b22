// settings: the workspace's own settings (kept in the file, so every user and nightly job
// shares them).
#include "cli/cli_context.h"

#include "store/workspace.h"
#include "store/workspace_settings.h"
#include "util/errors.h"

#include <fmt/core.h>

#include <algorithm>
#include <iostream>
#include <memory>

namespace stocktower::cli {

namespace {

const store::WorkspaceSettingSpec& settingNamed(const std::string& key) {
    if (const auto* spec = store::findWorkspaceSetting(key)) return *spec;
    std::string known;
    for (const auto& spec : store::workspaceSettingSpecs())
        known += (known.empty() ? "" : ", ") + spec.key;
    throw CLI::ValidationError("KEY", "unknown setting '" + key + "' (known: " + known + ")");
}

std::string allowedText(const store::WorkspaceSettingSpec& spec) {
    std::string text;
    for (const auto& value : spec.allowed)
        text += (text.empty() ? "" : "|") + value;
    return text;
}

} // namespace

void addSettingsCommand(CLI::App& app, GlobalOptions& options, int& /*exitCode*/) {
    struct Arguments {
        std::string key, value;
    };
    auto args = std::make_shared<Arguments>();
    auto* command = app.add_subcommand("settings", "Show or change the workspace's settings (get KEY, set KEY VALUE)");

    auto* get = command->add_subcommand("get", "Print one setting's value");
    get->add_option("key", args->key, "Setting name")->required();
    get->callback([&options, args] {
        const auto& spec = settingNamed(args->key);
        auto workspace = openForReading(options);
        const auto value = store::workspaceSetting(workspace->db(), spec.key);
        if (options.json)
            printJson({{spec.key, value}});
        else
            std::cout << value << '\n';
    });

    auto* set = command->add_subcommand("set", "Change one setting");
    set->add_option("key", args->key, "Setting name")->required();
    set->add_option("value", args->value, "New value")->required();
    set->callback([&options, args] {
        const auto& spec = settingNamed(args->key);
        if (std::find(spec.allowed.begin(), spec.allowed.end(), args->value) == spec.allowed.end())
            throw CLI::ValidationError("VALUE", "'" + args->value + "' is not a valid " + spec.key + " (use " +
                                                    allowedText(spec) + ")");
        auto workspace = store::Workspace::open(requireWorkspace(options));
        if (workspace->isReadOnly())
            throw util::UserError("the workspace is open read-only: " + workspace->readOnlyReason());
        store::setWorkspaceSetting(workspace->db(), spec.key, args->value);
        if (options.json)
            printJson({{spec.key, args->value}});
        else
            std::cout << fmt::format("{} = {}\n", spec.key, args->value);
    });

    command->callback([&options, command] {
        if (!command->get_subcommands().empty()) return; // get or set did the work
        auto workspace = openForReading(options);
        nlohmann::json all = nlohmann::json::object();
        for (const auto& spec : store::workspaceSettingSpecs()) {
            const auto value = store::workspaceSetting(workspace->db(), spec.key);
            if (options.json)
                all[spec.key] = value;
            else
                std::cout << fmt::format("{:<16} {:<8} ({}; default {}) {}\n", spec.key, value, allowedText(spec),
                                         spec.defaultValue, spec.description);
        }
        if (options.json) printJson(all);
    });
}

} // namespace stocktower::cli
