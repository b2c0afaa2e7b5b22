// segment: ABC/XYZ segmentation of a workspace, its matrix, class summaries and cycle-count plan.
#include "cli/cli_context.h"
#include "cli/terminal_progress.h"

#include "domain/date.h"
#include "inventory/cycle_count.h"
#include "inventory/segmentation_export.h"
#include "inventory/segmentation_reader.h"
#include "store/item_queries.h"
#include "store/segmentation_queries.h"
#include "store/workspace.h"

#include <fmt/core.h>
#include <fmt/format.h>

#include <chrono>
#include <iostream>
#include <memory>

namespace stocktower::cli {

namespace {

using namespace inventory;

struct SegmentArguments {
    std::string site, basis = "value", cutoffs = "80,15,5", xyzPreset, xyz, xyzPeriod = "week", today;
    bool acrossSites = false;
    int windowWeeks = 52;
    std::string exportPath, countPlanPath, countFrequencies = "4,2,1", countStart, closedWeeks;
};

const char* kClassNames[] = {"A", "B", "C"};
const char* kXyzNames[] = {"X", "Y", "Z"};

std::string basisTitle(AbcBasis basis) {
    switch (basis) {
    case AbcBasis::UsageValue: return "usage value";
    case AbcBasis::Units: return "units";
    case AbcBasis::Picks: return "picks";
    case AbcBasis::Margin: return "margin";
    }
    return "usage value";
}

std::string percent(double share) { return fmt::format("{:.1f} %", 100.0 * share); }

domain::DayNumber parseDay(const std::string& option, const std::string& text) {
    const auto day = domain::parseIsoDate(text);
    if (!day) throw CLI::ValidationError(option, "expected YYYY-MM-DD, got '" + text + "'");
    return *day;
}

// Everything a person can get wrong on the command line is a usage error (exit code 2).
SegmentationSettings settingsFrom(const SegmentArguments& args, store::Connection& db) {
    SegmentationSettings settings;
    settings.basis = *parseAbcBasis(args.basis);
    settings.scope = args.acrossSites ? AbcScope::AcrossSites : AbcScope::PerSite;
    const auto cutoffs = parseCutoffs(args.cutoffs);
    if (!cutoffs) throw CLI::ValidationError("--cutoffs", "expected three percentages like 80,15,5, got '" + args.cutoffs + "'");
    if (auto problem = cutoffsProblem(*cutoffs)) throw CLI::ValidationError("--cutoffs", *problem);
    settings.cutoffs = *cutoffs;
    if (!args.xyzPreset.empty()) {
        const auto preset = findXyzPreset(args.xyzPreset);
        if (!preset) {
            std::vector<std::string> names;
            for (const auto& p : xyzPresets()) names.emplace_back(p.name);
            throw CLI::ValidationError("--xyz-preset", fmt::format("unknown preset '{}' (presets: {})", args.xyzPreset,
                                                                   fmt::join(names, ", ")));
        }
        settings.xyz = *preset;
    } else if (!args.xyz.empty()) {
        double x = 0, y = 0;
        char comma = 0, extra = 0;
        if (std::sscanf(args.xyz.c_str(), "%lf %c %lf %c", &x, &comma, &y, &extra) != 3 || comma != ',')
            throw CLI::ValidationError("--xyz", "expected two CV thresholds like 0.25,0.5, got '" + args.xyz + "'");
        settings.xyz = {x, y};
    }
    if (auto problem = xyzProblem(settings.xyz)) throw CLI::ValidationError("--xyz", *problem);
    settings.xyzPeriod = *parseXyzPeriod(args.xyzPeriod);
    if (auto problem = windowProblem(args.windowWeeks)) throw CLI::ValidationError("--window-weeks", *problem);
    settings.windowWeeks = args.windowWeeks;
    if (!args.today.empty()) settings.today = parseDay("--today", args.today);
    if (!args.site.empty()) {
        const auto sites = store::loadSites(db);
        std::vector<std::string> codes;
        for (const auto& site : sites) {
            if (site.code == args.site) settings.siteId = site.id;
            codes.push_back(site.code);
        }
        if (!settings.siteId)
            throw CLI::ValidationError("--site", fmt::format("no site with code '{}' (sites: {})", args.site,
                                                             codes.empty() ? "none" : fmt::format("{}", fmt::join(codes, ", "))));
    }
    return settings;
}

// `lastDay`: the plan starts the Monday after it unless --count-start says otherwise.
CycleCountSettings countSettingsFrom(const SegmentArguments& args, domain::DayNumber lastDay) {
    CycleCountSettings settings;
    const auto frequencies = parseFrequencies(args.countFrequencies);
    if (!frequencies)
        throw CLI::ValidationError("--count-freq", "expected three counts a year like 4,2,1, got '" + args.countFrequencies + "'");
    settings.perYear = *frequencies;
    settings.firstMonday =
        mondayOnOrAfter(args.countStart.empty() ? lastDay + 1 : parseDay("--count-start", args.countStart));
    if (!args.closedWeeks.empty()) {
        std::size_t start = 0;
        while (start <= args.closedWeeks.size()) {
            const auto end = std::min(args.closedWeeks.find(',', start), args.closedWeeks.size());
            const std::string part = args.closedWeeks.substr(start, end - start);
            try {
                std::size_t used = 0;
                const int week = std::stoi(part, &used);
                if (used != part.size() || week < 1 || week > 53) throw std::invalid_argument(part);
                settings.closedIsoWeeks.push_back(static_cast<unsigned>(week));
            } catch (const std::exception&) {
                throw CLI::ValidationError("--closed-weeks", "expected ISO week numbers 1-53 like 52,1, got '" +
                                                                 args.closedWeeks + "'");
            }
            start = end + 1;
        }
    }
    if (auto problem = cycleCountProblem(settings)) throw CLI::ValidationError("--count-freq", *problem);
    return settings;
}

nlohmann::json totalsJson(const ClassTotals& t) {
    return {{"count", t.count},   {"count_share", t.countShare}, {"value", t.value}, {"value_share", t.valueShare},
            {"basis", t.basis},   {"basis_share", t.basisShare}, {"units", t.units}, {"picks", t.picks}};
}

nlohmann::json resultJson(const SegmentationResult& r, const std::string& site, const CycleCountPlan& plan) {
    const auto& s = r.settings;
    nlohmann::json matrix = nlohmann::json::object();
    for (std::size_t a = 0; a < kClassCount; ++a)
        for (std::size_t x = 0; x < kClassCount; ++x) {
            const auto& cell = r.matrix[a][x];
            matrix[kClassNames[a]][kXyzNames[x]] = {{"count", cell.count},         {"value", cell.value},
                                                   {"value_share", cell.valueShare}, {"basis", cell.basis},
                                                   {"basis_share", cell.basisShare}, {"no_usage", cell.noUsage}};
        }
    nlohmann::json abc = nlohmann::json::object(), xyz = nlohmann::json::object();
    for (std::size_t k = 0; k < kClassCount; ++k) {
        abc[kClassNames[k]] = totalsJson(r.abcTotals[k]);
        abc[kClassNames[k]]["counts_per_year"] = plan.settings.perYear.of(static_cast<AbcClass>(k));
        xyz[kXyzNames[k]] = totalsJson(r.xyzTotals[k]);
    }
    nlohmann::json items = nlohmann::json::array();
    for (const auto& row : r.rows)
        items.push_back({{"sku", row.sku},
                         {"site", row.siteCode.empty() ? nlohmann::json() : nlohmann::json(row.siteCode)},
                         {"rank", row.rank},
                         {"units", row.units},
                         {"picks", row.picks},
                         {"value", row.value},
                         {"margin", row.margin},
                         {"basis", row.basis},
                         {"share", row.share},
                         {"cumulative_share", row.cumulativeShare},
                         {"abc", std::string(1, abcLetter(row.abc))},
                         {"no_usage", row.noUsage},
                         {"mean_per_period", row.meanPerPeriod},
                         {"cv", row.cv ? nlohmann::json(*row.cv) : nlohmann::json()},
                         {"xyz", std::string(1, xyzLetter(row.xyz))}});
    nlohmann::json weeks = nlohmann::json::array();
    for (const auto& week : plan.weeks)
        weeks.push_back({{"week_start", domain::formatIsoDate(week.weekStart)},
                         {"closed", week.closed},
                         {"A", week.itemSites[0]},
                         {"B", week.itemSites[1]},
                         {"C", week.itemSites[2]},
                         {"locations", week.locations}});
    return {
        {"basis", abcBasisName(s.basis)},
        {"scope", s.scope == AbcScope::PerSite ? "site" : "across_sites"},
        {"site", site.empty() ? nlohmann::json() : nlohmann::json(site)},
        {"cutoffs", {{"A", s.cutoffs.a}, {"B", s.cutoffs.b}, {"C", s.cutoffs.c}}},
        {"xyz_thresholds", {{"preset", xyzPresetName(s.xyz)}, {"X", s.xyz.x}, {"Y", s.xyz.y}, {"period", xyzPeriodName(s.xyzPeriod)}}},
        {"window",
         {{"first", r.hasDemand ? nlohmann::json(domain::formatIsoDate(r.windowFirst)) : nlohmann::json()},
          {"last", r.hasDemand ? nlohmann::json(domain::formatIsoDate(r.windowLast)) : nlohmann::json()},
          {"weeks", s.windowWeeks},
          {"periods", r.periods}}},
        {"conventions",
         {{"boundary", kBoundaryRule}, {"ties", kTieRule}, {"zero_usage", kZeroUsageRule}, {"zero_mean", kZeroMeanRule}}},
        {"rows", r.rows.size()},
        {"no_usage", r.noUsage},
        {"cost_missing", r.costMissing},
        {"price_missing", r.priceMissing},
        {"demand_rows", r.demandRows},
        {"rows_without_order_lines", r.rowsWithoutOrderLines},
        {"matrix", matrix},
        {"abc", abc},
        {"xyz", xyz},
        {"total", totalsJson(r.total)},
        {"count_plan",
         {{"first_week", domain::formatIsoDate(plan.settings.firstMonday)},
          {"working_weeks", plan.workingWeeks},
          {"counts_per_year", {{"A", plan.countsPerYear[0]}, {"B", plan.countsPerYear[1]}, {"C", plan.countsPerYear[2]}}},
          {"mean_per_week", plan.meanPerWorkingWeek},
          {"busiest_week", plan.busiestWeek},
          {"schedule_lines", plan.tasks.size()},
          {"weeks", weeks}}},
        {"items", items},
        {"seconds", {{"read", r.readSeconds}, {"total", r.readSeconds + r.classifySeconds}}},
    };
}

void printResult(const SegmentationResult& r, const std::string& site, const CycleCountPlan& plan) {
    const auto& s = r.settings;
    const char* unit = s.scope == AbcScope::PerSite ? "item-sites" : "items";
    std::cout << fmt::format("Segmentation by {}, {}\n", basisTitle(s.basis),
                             !site.empty() ? "site " + site
                             : s.scope == AbcScope::PerSite ? std::string("each site ranked on its own")
                                                            : std::string("items ranked across all sites"));
    if (!r.hasDemand) std::cout << "  The workspace has no demand history: every item has no usage.\n";
    else
        std::cout << fmt::format("  window      {} .. {} ({} weeks; XYZ over {} {} periods)\n",
                                 domain::formatIsoDate(r.windowFirst), domain::formatIsoDate(r.windowLast),
                                 s.windowWeeks, r.periods, s.xyzPeriod == XyzPeriod::Week ? "weekly" : "monthly");
    std::cout << fmt::format("  ABC         {} of {}; {}\n", formatCutoffs(s.cutoffs), basisTitle(s.basis), kBoundaryRule);
    const auto preset = xyzPresetName(s.xyz);
    std::cout << fmt::format("  XYZ         {}X: CV <= {:g}, Y: CV <= {:g}, Z: above, or no demand\n",
                             preset.empty() ? std::string() : std::string(preset) + "  ", s.xyz.x, s.xyz.y);
    std::cout << fmt::format("  {:<11} {} ({} without usage: class C)\n", unit, r.rows.size(), r.noUsage);
    if (r.costMissing > 0 && (s.basis == AbcBasis::UsageValue || s.basis == AbcBasis::Margin))
        std::cout << fmt::format("  no cost     {} (their usage value counts as 0)\n", r.costMissing);
    if (r.priceMissing > 0 && s.basis == AbcBasis::Margin)
        std::cout << fmt::format("  no price    {} (their margin counts as 0)\n", r.priceMissing);
    if (r.rowsWithoutOrderLines > 0 && s.basis == AbcBasis::Picks)
        std::cout << fmt::format("  no lines    {} demand rows without order lines count as one pick each\n",
                                 r.rowsWithoutOrderLines);
    std::cout << fmt::format("  demand      {} rows read in {:.2f} s\n\n", r.demandRows, r.readSeconds);

    std::cout << fmt::format("ABC-XYZ matrix    {:>14} {:>14} {:>14} {:>14}\n", "X", "Y", "Z", "total");
    for (std::size_t a = 0; a <= kClassCount; ++a) {
        const bool total = a == kClassCount;
        const auto cell = [&](std::size_t x) -> MatrixCell {
            if (!total) return r.matrix[a][x];
            MatrixCell sum;
            for (std::size_t k = 0; k < kClassCount; ++k) {
                sum.count += r.matrix[k][x].count;
                sum.value += r.matrix[k][x].value;
                sum.valueShare += r.matrix[k][x].valueShare;
            }
            return sum;
        };
        const ClassTotals& rowTotal = total ? r.total : r.abcTotals[a];
        const std::string label = total ? "total" : kClassNames[a];
        std::cout << fmt::format("  {:<5} {:<10} {:>14} {:>14} {:>14} {:>14}\n", label, unit, cell(0).count,
                                 cell(1).count, cell(2).count, rowTotal.count);
        std::cout << fmt::format("  {:<5} {:<10} {:>14.2f} {:>14.2f} {:>14.2f} {:>14.2f}\n", "", "value", cell(0).value,
                                 cell(1).value, cell(2).value, rowTotal.value);
        std::cout << fmt::format("  {:<5} {:<10} {:>14} {:>14} {:>14} {:>14}\n", "", "share", percent(cell(0).valueShare),
                                 percent(cell(1).valueShare), percent(cell(2).valueShare), percent(rowTotal.valueShare));
    }

    // Ranked by something else than value: its share too, since that is what the classes cut.
    const bool otherBasis = s.basis != AbcBasis::UsageValue;
    const std::string basisShare = otherBasis ? fmt::format(" {:>14}", basisTitle(s.basis) + " share") : "";
    std::cout << fmt::format("\n{:<6} {:>10} {:>8} {:>14} {:>8}{} {:>12} {:>10} {:>8}\n", "Class", unit, "share",
                             "usage value", "share", basisShare, "units", "picks", "counts");
    const auto classLine = [&](const char* name, const ClassTotals& t, std::string counts) {
        const std::string basis = otherBasis ? fmt::format(" {:>14}", percent(t.basisShare)) : "";
        std::cout << fmt::format("{:<6} {:>10} {:>8} {:>14.2f} {:>8}{} {:>12.2f} {:>10.0f} {:>8}\n", name, t.count,
                                 percent(t.countShare), t.value, percent(t.valueShare), basis, t.units, t.picks, counts);
    };
    for (std::size_t k = 0; k < kClassCount; ++k)
        classLine(kClassNames[k], r.abcTotals[k], fmt::format("{}x", plan.settings.perYear.of(static_cast<AbcClass>(k))));
    for (std::size_t k = 0; k < kClassCount; ++k) classLine(kXyzNames[k], r.xyzTotals[k], "");

    std::cout << fmt::format("\nCycle counts: A {}x, B {}x, C {}x a year over {} working weeks from {}\n",
                             plan.settings.perYear.a, plan.settings.perYear.b, plan.settings.perYear.c, plan.workingWeeks,
                             domain::formatIsoDate(plan.settings.firstMonday));
    std::cout << fmt::format("  {} counts a year (A {}, B {}, C {}): {:.1f} a week on average, at most {} in a week\n",
                             plan.countsPerYear[0] + plan.countsPerYear[1] + plan.countsPerYear[2], plan.countsPerYear[0],
                             plan.countsPerYear[1], plan.countsPerYear[2], plan.meanPerWorkingWeek, plan.busiestWeek);
    // The weekly workload in one line ("-" for a closed week): the schedule CSV has the details.
    std::string loads;
    for (const auto& week : plan.weeks) loads += week.closed ? std::string(" -") : fmt::format(" {}", week.total());
    std::cout << fmt::format("  per week   {}\n", loads);
}

} // namespace

void addSegmentCommand(CLI::App& app, GlobalOptions& options, int& /*exitCode*/) {
    auto args = std::make_shared<SegmentArguments>();
    auto* command = app.add_subcommand("segment", "ABC/XYZ segmentation, its matrix and a cycle-count plan");
    command->add_option("--site", args->site, "Only this site (code); default: every site, each ranked on its own");
    auto* across = command->add_flag("--across-sites", args->acrossSites,
                                     "Rank items over all sites (usage summed) instead of item-sites per site");
    across->excludes(command->get_option("--site"));
    command->add_option("--basis", args->basis, "What ABC ranks by: value (units x cost, default), units, picks, margin")
        ->check(CLI::IsMember({"value", "units", "picks", "margin"}));
    command->add_option("--cutoffs", args->cutoffs, "A,B,C shares in percent, adding up to 100 (default 80,15,5)");
    std::vector<std::string> presets;
    for (const auto& preset : xyzPresets()) presets.push_back(fmt::format("{} ({})", preset.name, preset.description));
    auto* preset = command->add_option("--xyz-preset", args->xyzPreset,
                                       fmt::format("XYZ thresholds by name: {}", fmt::join(presets, "; ")));
    command->add_option("--xyz", args->xyz, "XYZ thresholds X,Y on the coefficient of variation (default 0.25,0.5)")
        ->excludes(preset);
    command->add_option("--xyz-period", args->xyzPeriod, "Period of the CV: week (default) or month")
        ->check(CLI::IsMember({"week", "month"}));
    command->add_option("--window-weeks", args->windowWeeks, "Weeks of history up to the last day (default 52)");
    command->add_option("--today", args->today, "Last day of the window, YYYY-MM-DD (default: last demand date)");
    command->add_option("--export", args->exportPath, "Write every row (classes, shares, CV) to this CSV file");
    command->add_option("--count-plan", args->countPlanPath, "Write the cycle-count schedule to this CSV file");
    command->add_option("--count-freq", args->countFrequencies, "Counts a year for A,B,C (default 4,2,1)");
    command->add_option("--count-start", args->countStart,
                        "The count plan starts on the Monday on or after this day (default: after the window)");
    command->add_option("--closed-weeks", args->closedWeeks, "ISO weeks without counting, e.g. 52,53,1");

    command->callback([&options, args] {
        auto workspace = openForReading(options);
        auto& db = workspace->db();
        const auto settings = settingsFrom(*args, db);
        // Before reading the demand: a typo in the count options should not wait for it.
        (void)countSettingsFrom(*args, settings.today.value_or(0));
        TerminalProgress progress(options.quiet || options.json);
        const auto result = segmentWorkspace(db, settings, progress);
        progress.finish();
        const auto countSettings = countSettingsFrom(*args, result.windowLast);
        const auto locations = store::loadStockLocations(db, settings.siteId);
        const auto plan = planCycleCounts(result, locations, countSettings);
        std::string written;
        if (!args->exportPath.empty()) {
            const auto rows = writeSegmentationCsv(args->exportPath, result);
            written += fmt::format("Wrote {} rows to {}\n", rows, args->exportPath);
        }
        if (!args->countPlanPath.empty()) {
            const auto lines = writeCountScheduleCsv(args->countPlanPath, plan);
            written += fmt::format("Wrote the count schedule ({} lines) to {}\n", lines, args->countPlanPath);
        }
        if (options.json) {
            printJson(resultJson(result, args->site, plan));
        } else {
            printResult(result, args->site, plan);
            if (!written.empty()) std::cout << '\n' << written;
        }
    });
}

} // namespace stocktower::cli
