// stocktower-cli: the headless entry point for scripts and nightly jobs.
#include "cli/cli_context.h"
#include "cli/commands_calc.h"
#include "cli/commands_policy.h"

#include "store/sqlite.h"
#include "util/errors.h"

#include <cstdio>
#include <iostream>

using namespace stocktower;

int main(int argc, char** argv) {
    CLI::App app{"StockTower command line: workspaces, imports, exports and planning runs.",
                 "stocktower-cli"};
    app.set_version_flag("--version", std::string("stocktower-cli ") + STOCKTOWER_VERSION);
    app.require_subcommand(1);
    app.fallthrough(); // global options may follow the command: `info -w FILE`
    app.footer("Exit codes: 0 ok, 1 input problems, 2 usage error, 3 internal error.");

    cli::GlobalOptions options;
    app.add_option("-w,--workspace", options.workspace, "Workspace file (.stdb)");
    app.add_flag("--json", options.json, "Machine-readable output on stdout");
    app.add_flag("-q,--quiet", options.quiet, "No progress on stderr");

    int exitCode = cli::kOk;
    cli::addWorkspaceCommands(app, options, exitCode);
    cli::addExchangeCommands(app, options, exitCode);
    cli::addDemoCommand(app, options, exitCode);
    cli::addForecastRunCommands(app, options, exitCode);
    cli::addSettingsCommand(app, options, exitCode);
    cli::addForecastCommands(app, options, exitCode);
    cli::addKpiCommands(app, options, exitCode);
    cli::addReportCommands(app, options, exitCode);
    cli::addCalcCommands(app, options, exitCode);
    cli::addSegmentCommand(app, options, exitCode);
    cli::addPolicyCommand(app, options, exitCode);
    cli::addScenarioCommands(app, options, exitCode);
    cli::addSimulateCommand(app, options, exitCode);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int code = app.exit(error);
        return code == 0 ? cli::kOk : cli::kUsage;
    } catch (const util::Cancelled&) {
        std::cerr << "cancelled\n";
        return cli::kInputProblems;
    } catch (const util::UserError& error) {
        std::cerr << "error: " << error.what() << '\n';
        return cli::kInputProblems;
    } catch (const std::exception& error) {
        std::cerr << "internal error: " << error.what() << '\n';
        return cli::kInternalError;
    }
    return exitCode;
}
