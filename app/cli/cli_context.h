// What every command shares: global options, output helpers and exit codes.
#pragma once

#include <nlohmann/json.hpp>

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string>

namespace stocktower::store {
class Workspace;
}

namespace stocktower::cli {

enum ExitCode : int { kOk = 0, kInputProblems = 1, kUsage = 2, kInternalError = 3 };

struct GlobalOptions {
    std::string workspace;
    bool json = false;
    bool quiet = false;
};

// Prints a JSON document (with --json) or nothing; commands print their text themselves.
void printJson(const nlohmann::json& document);
// A value that may be missing (a KPI without data, a forecast without intervals) as a number or null.
nlohmann::json optionalJson(const std::optional<double>& value);
// The workspace path from -w, or a usage error naming the option.
const std::string& requireWorkspace(const GlobalOptions& options);
// Opens the -w workspace for reading. A file in an older format is refused with the way to upgrade
// it (`stocktower-cli upgrade`): a reading command cannot migrate it, and would otherwise meet
// tables the file does not have yet.
std::unique_ptr<store::Workspace> openForReading(const GlobalOptions& options);

void addWorkspaceCommands(CLI::App& app, GlobalOptions& options, int& exitCode);
void addExchangeCommands(CLI::App& app, GlobalOptions& options, int& exitCode);
void addDemoCommand(CLI::App& app, GlobalOptions& options, int& exitCode);
void addForecastCommands(CLI::App& app, GlobalOptions& options, int& exitCode);
void addForecastRunCommands(CLI::App& app, GlobalOptions& options, int& exitCode);
void addSettingsCommand(CLI::App& app, GlobalOptions& options, int& exitCode);
void addKpiCommands(CLI::App& app, GlobalOptions& options, int& exitCode);
void addReportCommands(CLI::App& app, GlobalOptions& options, int& exitCode);
void addSegmentCommand(CLI::App& app, GlobalOptions& options, int& exitCode);

} // namespace stocktower::cli
