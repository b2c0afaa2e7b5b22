// scenario: create, list, run, compare, rename, duplicate, promote and delete what-if scenarios.
#include "cli/commands_policy.h"
#include "cli/terminal_progress.h"

#include "inventory/scenario.h"
#include "inventory/tradeoff.h"
#include "store/workspace.h"
#include "util/errors.h"

#include <fmt/format.h>

#include <iostream>
#include <memory>

namespace stocktower::cli {

using namespace inventory;

namespace {

struct ScenarioArguments {
    std::string name, newName, description, exportPath, today;
    std::vector<std::string> changes, names;
    int threads = 0;
    bool tradeoff = false;
};

nlohmann::json recordJson(const store::ScenarioRecord& r) {
    return {{"name", r.name},
            {"description", r.description},
            {"base", r.isBase},
            {"created_at", r.createdAt},
            {"updated_at", r.updatedAt},
            {"computed_at", r.computedAt ? nlohmann::json(*r.computedAt) : nlohmann::json(nullptr)},
            {"changes", r.changes}};
}

std::string cell(const std::optional<double>& value, const std::string& unit) {
    if (!value) return "-";
    if (unit == "ratio") return fmt::format("{:.4f}", *value);
    if (unit == "count") return fmt::format("{:.0f}", *value);
    return fmt::format("{:.2f}", *value);
}

std::string deltaCell(const std::optional<double>& value, const std::string& unit) {
    if (!value) return "";
    if (unit == "ratio") return fmt::format("{:+.2f}pp", 100.0 * *value);
    if (unit == "count") return fmt::format("{:+.0f}", *value);
    return fmt::format("{:+.2f}", *value);
}

void printComparison(const ScenarioComparison& c) {
    std::cout << fmt::format("{:<38}", "Measure");
    for (const auto& name : c.scenarios) std::cout << fmt::format(" {:>26}", name);
    std::cout << '\n';
    for (const auto& m : c.measures) {
        std::cout << fmt::format("{:<38}", m.label);
        for (std::size_t i = 0; i < m.values.size(); ++i) {
            const std::string text = i == 0 ? cell(m.values[i], m.unit)
                                            : fmt::format("{} {}", cell(m.values[i], m.unit), deltaCell(m.deltas[i], m.unit));
            std::cout << fmt::format(" {:>26}", text);
        }
        std::cout << '\n';
    }
    for (std::size_t i = 0; i < c.scenarios.size(); ++i)
        if (!c.computedAt[i]) std::cout << fmt::format("note: '{}' is not computed yet (scenario run {})\n", c.scenarios[i], c.scenarios[i]);
}

nlohmann::json comparisonJson(const ScenarioComparison& c) {
    nlohmann::json measures = nlohmann::json::array();
    const auto opt = [](const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
    for (const auto& m : c.measures) {
        nlohmann::json values = nlohmann::json::object(), deltas = nlohmann::json::object();
        for (std::size_t i = 0; i < c.scenarios.size(); ++i) {
            values[c.scenarios[i]] = opt(m.values[i]);
            deltas[c.scenarios[i]] = opt(m.deltas[i]);
        }
        measures.push_back({{"key", m.key}, {"unit", m.unit}, {"values", values}, {"deltas_to_base", deltas}});
    }
    return {{"scenarios", c.scenarios}, {"measures", measures}};
}

void printTradeoff(const TradeoffResult& t) {
    std::cout << fmt::format("\nTrade-off ({} targets): inventory investment / expected fill rate\n",
                             serviceTypeName(t.serviceType));
    std::cout << fmt::format("{:>8}", "target");
    for (const auto& curve : t.curves) std::cout << fmt::format(" {:>24}", curve.segment);
    std::cout << '\n';
    for (std::size_t k = 0; k < (t.curves.empty() ? 0 : t.curves[0].points.size()); ++k) {
        std::cout << fmt::format("{:>8.3f}", t.curves[0].points[k].serviceTarget);
        for (const auto& curve : t.curves)
            std::cout << fmt::format(" {:>15.2f} / {:.4f}", curve.points[k].inventoryInvestment, curve.points[k].expectedFillRate);
        std::cout << '\n';
    }
    for (const auto& mark : t.marks)
        std::cout << fmt::format("  scenario {:<20} {:>15.2f} / {:.4f}\n", mark.name, mark.inventoryInvestment, mark.expectedFillRate);
}

} // namespace

void addScenarioCommands(CLI::App& app, GlobalOptions& options, int& /*exitCode*/) {
    auto args = std::make_shared<ScenarioArguments>();
    auto* command = app.add_subcommand("scenario", "What-if scenarios: parameter changes, recompute, compare with the base");
    command->require_subcommand(1);
    const char* changeHelp =
        "A change: comma-separated key=value; scope=all|abc:A|xyz:X|supplier:NAME|site:CODE|category:NAME|item:SKU, "
        "service=0.99, service-type=csl|fill-rate, lead-time=DAYS, lead-time-factor=F, lead-time-sd=DAYS, "
        "demand-factor=F, error-factor=F, review-period=DAYS, holding-rate=R, order-cost=K (repeatable)";

    auto* create = command->add_subcommand("create", "Create a scenario from parameter changes");
    create->add_option("name", args->name, "Scenario name")->required();
    create->add_option("--change", args->changes, changeHelp);
    create->add_option("--description", args->description, "What the scenario explores");
    create->callback([&options, args] {
        auto workspace = store::Workspace::open(requireWorkspace(options));
        std::vector<ParameterChange> parsed;
        for (const auto& text : args->changes) {
            try {
                parsed.push_back(parseParameterChange(text));
            } catch (const util::UserError& error) {
                throw CLI::ValidationError("--change", error.what());
            }
        }
        createScenarioFromText(workspace->db(), args->name, args->description, args->changes);
        const auto record = *store::findScenario(workspace->db(), args->name);
        if (options.json) printJson(recordJson(record));
        else std::cout << fmt::format("Created scenario '{}' with {} change(s)\n", record.name, record.changes.size());
    });

    auto* list = command->add_subcommand("list", "List scenarios (the base first)");
    list->callback([&options] {
        auto workspace = store::Workspace::open(requireWorkspace(options));
        const auto records = store::listScenarios(workspace->db());
        if (options.json) {
            nlohmann::json all = nlohmann::json::array();
            for (const auto& r : records) all.push_back(recordJson(r));
            printJson(all);
            return;
        }
        for (const auto& r : records) {
            std::cout << fmt::format("{:<20} {:<10} {}\n", r.name, r.computedAt ? "computed" : "not run",
                                     r.description);
            for (const auto& change : r.changes) std::cout << "    " << change << '\n';
        }
    });

    auto* run = command->add_subcommand("run", "Recompute a scenario (or 'base') and store its results");
    run->add_option("name", args->name, "Scenario name, or base")->required();
    run->add_option("--today", args->today, "Order date of the proposals, YYYY-MM-DD");
    run->add_option("--threads", args->threads, "Worker threads (0 = all cores)")->check(CLI::NonNegativeNumber);
    run->callback([&options, args] {
        auto workspace = store::Workspace::open(requireWorkspace(options));
        PolicyRunOptions runOptions;
        runOptions.today = args->today;
        runOptions.threads = args->threads;
        TerminalProgress progress(options.quiet || options.json);
        const auto result = recomputeScenario(workspace->db(), args->name, runOptions, progress);
        progress.finish();
        if (options.json) {
            printJson({{"scenario", recordJson(result.scenario)}, {"totals", policyTotalsJson(result.run.totals)}});
            return;
        }
        const auto& t = result.run.totals;
        std::cout << fmt::format("Scenario '{}': {} item-sites ({} not computed)\n", result.scenario.name, t.itemSites, t.errors);
        std::cout << fmt::format("  investment {:.2f} (safety {:.2f}, cycle {:.2f}), CSL {:.4f}, fill rate {:.4f}, total cost {:.2f}/yr\n",
                                 t.inventoryInvestment, t.safetyStockValue, t.cycleStockValue, t.expectedCsl,
                                 t.expectedFillRate, t.totalCost);
    });

    auto* compare = command->add_subcommand("compare", "Totals side by side with the base, with deltas");
    compare->add_option("names", args->names, "Scenario names")->required();
    compare->add_option("--export", args->exportPath, "Write the comparison to this CSV file");
    compare->add_flag("--tradeoff", args->tradeoff, "Also print the base's trade-off curve with the scenarios as points");
    compare->callback([&options, args] {
        auto workspace = store::Workspace::open(requireWorkspace(options));
        const auto comparison = compareScenarios(workspace->db(), args->names);
        if (!args->exportPath.empty()) exportComparisonCsv(comparison, args->exportPath);
        std::optional<TradeoffResult> tradeoff;
        if (args->tradeoff) {
            TerminalProgress progress(options.quiet || options.json);
            tradeoff = workspaceTradeoff(workspace->db(), PolicyRunOptions{}, std::nullopt, progress);
            progress.finish();
        }
        if (options.json) {
            auto document = comparisonJson(comparison);
            if (tradeoff) {
                nlohmann::json curves = nlohmann::json::array();
                for (const auto& curve : tradeoff->curves) {
                    nlohmann::json points = nlohmann::json::array();
                    for (const auto& p : curve.points)
                        points.push_back({{"target", p.serviceTarget}, {"investment", p.inventoryInvestment},
                                          {"fill_rate", numberOrNull(p.expectedFillRate)}, {"csl", numberOrNull(p.expectedCsl)}});
                    curves.push_back({{"segment", curve.segment}, {"points", points}});
                }
                document["tradeoff"] = curves;
            }
            printJson(document);
            return;
        }
        printComparison(comparison);
        if (tradeoff) printTradeoff(*tradeoff);
        if (!args->exportPath.empty()) std::cout << "Wrote the comparison to " << args->exportPath << '\n';
    });

    auto* rename = command->add_subcommand("rename", "Rename a scenario");
    rename->add_option("name", args->name, "Scenario name")->required();
    rename->add_option("new-name", args->newName, "New name")->required();
    rename->callback([&options, args] {
        auto workspace = store::Workspace::open(requireWorkspace(options));
        store::renameScenario(workspace->db(), args->name, args->newName);
        if (!options.json) std::cout << fmt::format("Renamed '{}' to '{}'\n", args->name, args->newName);
    });

    auto* duplicate = command->add_subcommand("duplicate", "Copy a scenario's changes under a new name");
    duplicate->add_option("name", args->name, "Scenario name")->required();
    duplicate->add_option("new-name", args->newName, "Name of the copy")->required();
    duplicate->callback([&options, args] {
        auto workspace = store::Workspace::open(requireWorkspace(options));
        store::duplicateScenario(workspace->db(), args->name, args->newName);
        if (!options.json) std::cout << fmt::format("Copied '{}' to '{}'\n", args->name, args->newName);
    });

    auto* promote = command->add_subcommand("promote", "Make a scenario's parameters the new base");
    promote->add_option("name", args->name, "Scenario name")->required();
    promote->callback([&options, args] {
        auto workspace = store::Workspace::open(requireWorkspace(options));
        promoteScenario(workspace->db(), args->name);
        if (!options.json) std::cout << fmt::format("Promoted '{}': its changes now apply to the base\n", args->name);
    });

    auto* remove = command->add_subcommand("delete", "Delete a scenario and its results");
    remove->add_option("name", args->name, "Scenario name")->required();
    remove->callback([&options, args] {
        auto workspace = store::Workspace::open(requireWorkspace(options));
        store::deleteScenario(workspace->db(), args->name);
        if (!options.json) std::cout << fmt::format("Deleted '{}'\n", args->name);
    });
}

} // namespace stocktower::cli
