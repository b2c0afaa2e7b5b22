// demo: generate the realistic, deterministic demo workspace.
#include "cli/cli_context.h"
#include "cli/terminal_progress.h"

#include "demo/demo_generator.h"
#include "domain/date.h"

#include <fmt/core.h>

#include <chrono>
#include <iostream>

namespace stocktower::cli {

void addDemoCommand(CLI::App& app, GlobalOptions& options, int& /*exitCode*/) {
    struct DemoArguments {
        std::string out, csvDir, lastDay;
        demo::DemoOptions demo;
    };
    auto args = std::make_shared<DemoArguments>();
    auto* command = app.add_subcommand("demo", "Generate a realistic demo workspace (deterministic for a seed)");
    command->add_option("--out", args->out, "New workspace file (default: the --workspace file)");
    command->add_option("--items", args->demo.items, "Number of items (default 2000)")->check(CLI::Range(1, 10'000'000));
    command->add_option("--sites", args->demo.sites, "Number of sites (default 2)")->check(CLI::Range(1, 20));
    command->add_option("--years", args->demo.years, "Years of daily history (default 3)")->check(CLI::Range(1, 10));
    command->add_option("--seed", args->demo.seed, "Random seed (default 42)");
    command->add_option("--last-day", args->lastDay, "Last day of history, YYYY-MM-DD (default: yesterday)");
    command->add_option("--csv-dir", args->csvDir, "Also write the data as template CSV files into this folder");
    command->callback([&options, args] {
        const std::string out = args->out.empty() ? requireWorkspace(options) : args->out;
        if (args->lastDay.empty()) {
            const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
            args->demo.lastDay = static_cast<domain::DayNumber>(today.time_since_epoch().count()) - 1;
        } else if (auto day = domain::parseIsoDate(args->lastDay)) {
            args->demo.lastDay = *day;
        } else {
            throw CLI::ValidationError("--last-day", "expected YYYY-MM-DD, got '" + args->lastDay + "'");
        }
        args->demo.csvDir = args->csvDir;
        TerminalProgress progress(options.quiet || options.json);
        const auto summary = demo::generateDemo(out, args->demo, progress);
        progress.finish();
        if (options.json) {
            printJson({{"workspace", out}, {"rows", summary.rowsByType}, {"seconds", summary.seconds}});
        } else {
            std::cout << fmt::format("Created demo workspace {} in {:.1f} s\n", out, summary.seconds);
            for (const auto& [type, rows] : summary.rowsByType) std::cout << fmt::format("  {:<16} {:>12}\n", type, rows);
        }
    });
}

} // namespace stocktower::cli
