// init, info, check, backup: commands about the workspace file itself.
#include "cli/cli_context.h"

#include "store/integrity.h"
#include "store/workspace.h"
#include "store/workspace_summary.h"
#include "util/errors.h"

#include <fmt/core.h>

#include <iostream>

namespace stocktower::cli {

namespace {

nlohmann::json summaryJson(const store::WorkspaceSummary& summary) {
    nlohmann::json tables = nlohmann::json::object();
    for (const auto& table : summary.tables) {
        nlohmann::json entry{{"rows", table.rows}};
        if (!table.firstDate.empty()) {
            entry["first_date"] = table.firstDate;
            entry["last_date"] = table.lastDate;
        }
        tables[table.recordType] = entry;
    }
    return {{"path", summary.path},     {"schema_version", summary.schemaVersion},
            {"journal_mode", summary.journalMode}, {"file_bytes", summary.fileBytes},
            {"imports", summary.imports}, {"tables", tables}};
}

void printSummary(const store::WorkspaceSummary& summary, const std::vector<std::string>& notices) {
    std::cout << fmt::format("Workspace  {}\nFormat     {} (journal {})\nSize       {:.1f} MB\nImports    {}\n\n",
                             summary.path, summary.schemaVersion, summary.journalMode,
                             static_cast<double>(summary.fileBytes) / 1e6, summary.imports);
    std::cout << fmt::format("{:<22} {:>12}  {}\n", "Record type", "Rows", "Dates");
    for (const auto& table : summary.tables) {
        const std::string dates = table.firstDate.empty() ? "" : table.firstDate + " .. " + table.lastDate;
        std::cout << fmt::format("{:<22} {:>12}  {}\n", table.title, table.rows, dates);
    }
    for (const auto& notice : notices) std::cout << "\nNote: " << notice << '\n';
}

} // namespace

void addWorkspaceCommands(CLI::App& app, GlobalOptions& options, int& exitCode) {
    auto* init = app.add_subcommand("init", "Create a new, empty workspace");
    init->callback([&options] {
        const auto& path = requireWorkspace(options);
        auto workspace = store::Workspace::create(path);
        if (options.json) printJson({{"created", path}, {"schema_version", store::kSchemaVersion}});
        else std::cout << "Created workspace " << path << '\n';
    });

    auto* info = app.add_subcommand("info", "Counts per record type and date ranges");
    info->callback([&options] {
        auto workspace = openForReading(options);
        const auto summary = store::summarise(*workspace);
        if (options.json) printJson(summaryJson(summary));
        else printSummary(summary, workspace->notices());
    });

    auto* upgrade = app.add_subcommand("upgrade", "Bring a workspace from an older version to this version's format");
    upgrade->callback([&options] {
        // Opening read-write migrates, after a backup of the old file next to it.
        auto workspace = store::Workspace::open(requireWorkspace(options));
        if (workspace->isReadOnly()) throw util::UserError("cannot upgrade: " + workspace->readOnlyReason());
        const bool upgraded = workspace->fileSchemaVersion() < store::kSchemaVersion;
        if (options.json) {
            printJson({{"from", workspace->fileSchemaVersion()}, {"to", store::kSchemaVersion}, {"upgraded", upgraded},
                       {"notices", workspace->notices()}});
        } else {
            for (const auto& notice : workspace->notices()) std::cout << notice << '\n';
            if (!upgraded) std::cout << "Already in format " << store::kSchemaVersion << '\n';
        }
    });

    auto* check = app.add_subcommand("check", "Full integrity and foreign-key check");
    check->callback([&options, &exitCode] {
        auto workspace = store::Workspace::open(requireWorkspace(options), store::Workspace::Access::ReadOnly);
        const std::vector<std::string> findings = store::fullCheckFindings(workspace->db());
        if (options.json) printJson({{"ok", findings.empty()}, {"findings", findings}});
        else if (findings.empty()) std::cout << "ok\n";
        else for (const auto& finding : findings) std::cout << finding << '\n';
        if (!findings.empty()) exitCode = kInputProblems;
    });

    auto* backup = app.add_subcommand("backup", "Write a consistent copy of the workspace");
    auto target = std::make_shared<std::string>();
    backup->add_option("target", *target, "New file for the copy")->required();
    backup->callback([&options, target] {
        auto workspace = store::Workspace::open(requireWorkspace(options), store::Workspace::Access::ReadOnly);
        workspace->backupTo(*target);
        if (options.json) printJson({{"backup", *target}});
        else std::cout << "Backed up to " << *target << '\n';
    });
}

} // namespace stocktower::cli
