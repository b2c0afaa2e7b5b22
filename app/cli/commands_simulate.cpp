// simulate: Monte-Carlo check of the closed-form policy — achieved CSL and fill rate per demand
// class against the targets.
#include "cli/commands_policy.h"
#include "cli/terminal_progress.h"

#include "inventory/policy_run.h"
#include "inventory/scenario.h"
#include "inventory/scenario_simulation.h"
#include "store/scenario_store.h"
#include "store/workspace.h"

#include <fmt/format.h>

#include <cmath>
#include <iostream>
#include <memory>

namespace stocktower::cli {

using namespace inventory;

namespace {

struct SimulateArguments {
    std::string scenario, site, today;
    int items = 0, periods = 104, warmUp = 13, replications = 100, threads = 0;
    std::uint64_t seed = 42;
    bool receiptsInOrder = false;
};

std::string pct(double v) { return std::isfinite(v) ? fmt::format("{:.2f}", 100.0 * v) : std::string("-"); }
std::string pp(double v) { return std::isfinite(v) ? fmt::format("{:+.2f}", v) : std::string("-"); }

} // namespace

void addSimulateCommand(CLI::App& app, GlobalOptions& options, int& /*exitCode*/) {
    auto args = std::make_shared<SimulateArguments>();
    auto* command = app.add_subcommand("simulate", "Simulate the policy (base or a scenario): achieved service per demand class");
    command->add_option("--scenario", args->scenario, "Apply this scenario's changes (default: the base)");
    command->add_option("--site", args->site, "Only this site (code)");
    command->add_option("--items", args->items, "At most this many item-sites (0 = all)")->check(CLI::NonNegativeNumber);
    // Ranges rather than PositiveNumber: its refusal quotes the largest double.
    command->add_option("--periods", args->periods, "Simulated periods per replication, warm-up included (default 104)")
        ->check(CLI::Range(1, 10'000));
    command->add_option("--warm-up", args->warmUp, "Leading periods left out of the statistics (default 13)")
        ->check(CLI::NonNegativeNumber);
    command->add_option("--replications", args->replications, "Replications per item-site (default 100)")
        ->check(CLI::Range(1, 100'000));
    command->add_option("--seed", args->seed, "Random seed (default 42)");
    command->add_flag("--receipts-in-order", args->receiptsInOrder,
                      "Receipts keep the order sequence, as with one supplier and one lane: an order that "
                      "would overtake an earlier one waits for it (default: each order arrives after its "
                      "own lead time, drawn from the recorded mean and sd)");
    command->add_option("--today", args->today, "Day the policy is computed for, YYYY-MM-DD");
    command->add_option("--threads", args->threads, "Worker threads (0 = all cores; results do not depend on it)")
        ->check(CLI::NonNegativeNumber);
    command->callback([&options, args] {
        if (args->warmUp >= args->periods)
            throw CLI::ValidationError("--warm-up", fmt::format("must be below --periods ({})", args->periods));
        auto workspace = store::Workspace::open(requireWorkspace(options));
        auto& db = workspace->db();
        PolicyRunOptions runOptions;
        runOptions.siteId = siteOption(db, args->site);
        runOptions.today = args->today;
        runOptions.threads = args->threads;
        if (!args->scenario.empty() && !store::findScenario(db, args->scenario))
            throw CLI::ValidationError("--scenario", "no scenario named '" + args->scenario + "'");
        SimSettings settings;
        settings.periods = args->periods;
        settings.warmUpPeriods = args->warmUp;
        settings.replications = args->replications;
        settings.seed = args->seed;
        settings.threads = args->threads;
        settings.receiptsInOrder = args->receiptsInOrder;
        TerminalProgress progress(options.quiet || options.json);
        const auto check = simulateScenario(db, args->scenario, runOptions, settings,
                                            static_cast<std::size_t>(args->items), progress);
        progress.finish();
        const auto& summary = check.classes;
        if (options.json) {
            nlohmann::json classes = nlohmann::json::array();
            for (const auto& s : summary)
                classes.push_back({{"demand_class", s.demandClass},
                                   {"item_sites", s.itemSites},
                                   {"mean_target", numberOrNull(s.meanTarget)},
                                   {"expected_csl", numberOrNull(s.expectedCsl)},
                                   {"simulated_csl", numberOrNull(s.achievedCsl)},
                                   {"expected_fill_rate", numberOrNull(s.expectedFillRate)},
                                   {"simulated_fill_rate", numberOrNull(s.achievedFillRate)},
                                   {"csl_gap_pp", numberOrNull(s.cslTargetGapPp)},
                                   {"fill_rate_gap_pp", numberOrNull(s.fillRateTargetGapPp)}});
            printJson({{"scenario", args->scenario.empty() ? std::string("base") : args->scenario},
                       {"period", check.period.name},
                       {"periods", args->periods},
                       {"warm_up", args->warmUp},
                       {"replications", args->replications},
                       {"seed", args->seed},
                       {"simulated_item_sites", check.simulatedItemSites},
                       {"classes", classes}});
            return;
        }
        std::cout << fmt::format("Simulated {} item-sites ({}), {} {}s ({} warm-up) x {} replications, seed {}\n",
                                 check.simulatedItemSites, args->scenario.empty() ? "base" : "scenario " + args->scenario,
                                 args->periods, check.period.name, args->warmUp, args->replications, args->seed);
        std::cout << fmt::format("\n{:<13} {:>6} {:>7} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}\n", "Demand class", "Items",
                                 "Target", "CSL exp", "CSL sim", "FR exp", "FR sim", "CSL gap", "FR gap");
        std::cout << fmt::format("{:<13} {:>6} {:>7} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}\n", "", "", "%", "%", "%", "%", "%",
                                 "pp", "pp");
        for (const auto& s : summary)
            std::cout << fmt::format("{:<13} {:>6} {:>7} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}\n", s.demandClass,
                                     s.itemSites, pct(s.meanTarget), pct(s.expectedCsl), pct(s.achievedCsl),
                                     pct(s.expectedFillRate), pct(s.achievedFillRate), pp(s.cslTargetGapPp),
                                     pp(s.fillRateTargetGapPp));
        std::cout << "\nGap: simulated minus target, for the item-sites whose target is of that type.\n";
    });
}

} // namespace stocktower::cli
