// kpi: weekly scorecards, snapshots, exception queues and KPI configuration.
#include "cli/cli_context.h"
#include "cli/kpi_options.h"
#include "cli/terminal_progress.h"

#include "domain/date.h"
#include "domain/time_zone.h"
#include "kpi/exceptions.h"
#include "kpi/kpi_definition.h"
#include "kpi/kpi_engine.h"
#include "kpi/kpi_snapshots.h"
#include "kpi/scorecard.h"
#include "kpi/site_week.h"
#include "store/kpi_config_store.h"
#include "store/kpi_fact_queries.h"
#include "store/workspace.h"
#include "util/errors.h"
#include "util/message.h"
#include "util/text_columns.h"

#include <fmt/core.h>
#include <fmt/format.h>

#include <chrono>
#include <cmath>
#include <iostream>
#include <memory>

namespace stocktower::cli {

namespace {

using nlohmann::json;
using util::padRight;

std::string valueText(const kpi::KpiDefinition& definition, const std::optional<double>& value) {
    return value ? kpi::formatKpiValue(definition.unit, *value) : "n/a";
}

std::string sparkline(const kpi::ScorecardRow& row) {
    static const char* const bars[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
    std::string out;
    for (const auto& value : row.trend) {
        if (!value) {
            out += "·";
            continue;
        }
        const double span = row.scaleMax - row.scaleMin;
        const int level = span > 0 ? static_cast<int>(std::lround((*value - row.scaleMin) / span * 7.0)) : 3;
        out += bars[std::clamp(level, 0, 7)];
    }
    return out;
}

std::string benchmarkText(const kpi::ScorecardRow& row) {
    std::string out;
    for (const auto& benchmark : row.benchmarks) {
        if (!out.empty()) out += "; ";
        out += fmt::format("{} {}", benchmark.level, kpi::formatKpiValue(row.definition->unit, benchmark.value));
    }
    return out.empty() ? "-" : out;
}

json scorecardJson(const kpi::Scorecard& card) {
    json rows = json::array();
    for (const auto& row : card.rows) {
        const auto& d = *row.definition;
        json trend = json::array();
        for (const auto& value : row.trend) trend.push_back(optionalJson(value));
        json benchmarks = json::array();
        for (const auto& b : row.benchmarks)
            benchmarks.push_back({{"level", b.level}, {"value", b.value}, {"source", b.source},
                                  {"year", b.year ? json(*b.year) : json()}, {"note", b.note}});
        rows.push_back({{"kpi", d.id},
                        {"name", d.name},
                        {"group", kpi::groupName(d.group)},
                        {"unit", kpi::unitName(d.unit)},
                        {"direction", d.direction == kpi::Direction::HigherIsBetter ? "higher" : "lower"},
                        {"target", optionalJson(row.target)},
                        {"amber_band", row.amberBand},
                        {"hysteresis", row.hysteresis},
                        {"this_week", optionalJson(row.thisWeek)},
                        {"last_week", optionalJson(row.lastWeek)},
                        {"change", optionalJson(row.change)},
                        {"trend", trend},
                        {"scale", {row.scaleMin, row.scaleMax}},
                        {"status", kpi::statusName(row.status)},
                        {"last_status", kpi::statusName(row.lastStatus)},
                        {"benchmarks", benchmarks},
                        {"owner", row.owner},
                        {"comment", row.comment},
                        {"note", row.note},
                        {"sample", row.sample},
                        {"numerator", row.numerator},
                        {"denominator", row.denominator},
                        {"formula", d.formula},
                        {"minimum_sample", d.minimumSample}});
    }
    json ageing = json::array();
    for (const auto& bucket : card.ageing)
        ageing.push_back({{"days", bucket.label}, {"value", bucket.value}, {"share", bucket.share}});
    return {{"site", card.siteCode},
            {"site_name", card.siteName},
            {"time_zone", card.timeZone},
            {"cutoff_time", card.cutoffTime},
            {"week", domain::formatIsoWeek(card.week)},
            {"first_day", domain::formatIsoDate(card.firstDay)},
            {"last_day", domain::formatIsoDate(card.lastDay)},
            {"as_of", card.asOf},
            {"computed_at", card.computedAt},
            {"on_hand_snapshot", card.snapshotDay ? json(*card.snapshotDay) : json()},
            {"trend_weeks", card.trendWeeks},
            {"rows", rows},
            {"ageing", ageing},
            {"footnotes", util::englishTexts(card.footnotes)}};
}

void printScorecard(const kpi::Scorecard& card) {
    std::cout << fmt::format("KPI scorecard {} ({}), {} = {} .. {}, {}\n", card.siteCode, card.siteName,
                             domain::formatIsoWeek(card.week), domain::formatIsoDate(card.firstDay),
                             domain::formatIsoDate(card.lastDay), card.timeZone);
    std::cout << fmt::format("as of {}; trend {} .. {}; {} week(s) computed, the rest from snapshots\n", card.asOf,
                             card.trendWeeks.front(), card.trendWeeks.back(), card.weeksComputed);
    std::optional<kpi::KpiGroup> group;
    for (const auto& row : card.rows) {
        const auto& d = *row.definition;
        if (group != d.group) {
            group = d.group;
            std::cout << fmt::format("\n{} {:>11} {:>11} {:>11} {:>10}  {:<8} {}  {}\n",
                                     padRight(std::string(kpi::groupName(d.group)), 44), "target", "this week",
                                     "last week", "change", "status", padRight("trend", static_cast<int>(row.trend.size())),
                                     "benchmark");
        }
        // The arrows and block characters are several bytes but one column wide: pad by columns.
        const std::string name =
            d.unit == kpi::Unit::Currency
                ? fmt::format("{} {}", kpi::directionSymbol(d.direction), d.name)
                : fmt::format("{} {} ({})", kpi::directionSymbol(d.direction), d.name, kpi::unitName(d.unit));
        std::cout << fmt::format("  {} {:>11} {:>11} {:>11} {:>10}  {} {:<6} {}  {}", padRight(name, 42),
                                 valueText(d, row.target), valueText(d, row.thisWeek), valueText(d, row.lastWeek),
                                 row.change ? kpi::formatKpiChange(d.unit, *row.change) : "-",
                                 kpi::statusSymbol(row.status), kpi::statusName(row.status), sparkline(row),
                                 benchmarkText(row));
        if (!row.owner.empty()) std::cout << "  owner " << row.owner;
        std::cout << '\n';
        if (!row.note.empty()) std::cout << "      note: " << row.note << '\n';
        if (!row.comment.empty()) std::cout << "      comment: " << row.comment << '\n';
    }
    if (!card.ageing.empty()) {
        std::cout << fmt::format("\nStock by age (FIFO receipt layers, on-hand snapshot {})\n",
                                 card.snapshotDay.value_or("-"));
        for (const auto& bucket : card.ageing)
            std::cout << fmt::format("  {:>8} days {:>14} {:>6.1f} %\n", bucket.label,
                                     kpi::formatKpiValue(kpi::Unit::Currency, bucket.value), bucket.share * 100.0);
    }
    std::cout << "\nNotes\n";
    for (const auto& note : card.footnotes) std::cout << "  - " << util::englishText(note) << '\n';
}

json exceptionRowJson(const kpi::ExceptionRow& row) {
    return {{"kind", kpi::exceptionKindId(row.kind)}, {"item_id", row.itemId},     {"sku", row.sku},
            {"description", row.description},         {"site", row.site},          {"reason", util::englishText(row.reason)},
            {"impact", row.impact},                   {"quantity", row.quantity},  {"reference", row.reference}};
}

void printExceptions(const kpi::ExceptionReport& report) {
    std::cout << fmt::format("Exceptions at {}, today {} (on-hand snapshot {})\n", report.site,
                             domain::formatIsoDate(report.today),
                             report.snapshotDay ? domain::formatIsoDate(*report.snapshotDay) : "none");
    for (const auto& note : report.notes) std::cout << "note: " << util::englishText(note) << '\n';
    for (const auto& queue : report.queues) {
        std::cout << fmt::format("\n{}: {} row(s), value at risk {}\n", kpi::exceptionKindTitle(queue.kind),
                                 queue.total, kpi::formatKpiValue(kpi::Unit::Currency, queue.totalImpact));
        for (const auto& row : queue.rows)
            std::cout << fmt::format("  {:<12} {:>12}  {}{}\n", row.sku,
                                     kpi::formatKpiValue(kpi::Unit::Currency, row.impact), util::englishText(row.reason),
                                     row.reference.empty() ? "" : " [" + row.reference + "]");
        if (queue.total > queue.rows.size())
            std::cout << fmt::format("  … {} more\n", queue.total - queue.rows.size());
    }
}

struct KpiArguments {
    std::string site;
    std::string week;
    std::string weeks;
    std::string today;
    int trendWeeks = 13;
    bool recompute = false;
    bool noStore = false;
    std::size_t limit = 10;
    // targets set
    std::string kpiId;
    std::optional<double> target, band, hysteresis;
    std::optional<std::string> owner, comment;
    bool clearTarget = false;
    // settings set / comment
    std::string key;
    double value = 0;
    std::string text;
    std::string user;
};

void runScorecard(const GlobalOptions& options, const KpiArguments& args) {
    const auto week = weekOption(args.week);
    auto workspace = openKpiWorkspace(options, !args.noStore);
    auto& db = workspace->db();
    const auto context = kpiContextFor(db, args.site);
    kpi::ScorecardRequest request;
    request.siteCode = args.site;
    request.week = week;
    request.nowUtc = nowFor(args.today, context);
    request.trendWeeks = args.trendWeeks;
    request.policy = kpi::SnapshotPolicy{args.recompute, !args.noStore};
    TerminalProgress progress(options.quiet || options.json);
    const auto card = kpi::buildScorecard(db, request, progress);
    progress.finish();
    if (options.json) printJson(scorecardJson(card));
    else printScorecard(card);
}

void runSnapshot(const GlobalOptions& options, const KpiArguments& args) {
    const auto weeks = kpi::parseWeekRange(args.weeks);
    if (!weeks) throw CLI::ValidationError("--weeks", "expected 2026-W35..2026-W47 (first..last), got '" + args.weeks + "'");
    auto workspace = openKpiWorkspace(options, true);
    auto& db = workspace->db();
    const auto context = kpiContextFor(db, args.site);
    TerminalProgress progress(options.quiet || options.json);
    const auto summary = kpi::ensureWeeks(db, context, *weeks, nowFor(args.today, context),
                                          kpi::SnapshotPolicy{args.recompute, true}, progress);
    progress.finish();
    if (options.json) {
        json weeksJson = json::array();
        for (const auto& week : summary.weeks) weeksJson.push_back({{"week", week.isoWeek}, {"as_of", week.asOf}});
        printJson({{"site", args.site}, {"weeks", weeksJson}, {"computed", summary.computed}, {"stored", summary.stored}});
        return;
    }
    std::cout << fmt::format("{}: {} week(s) {} .. {}; {} computed and stored, {} already current\n", args.site,
                             summary.weeks.size(), summary.weeks.front().isoWeek, summary.weeks.back().isoWeek,
                             summary.stored, summary.weeks.size() - static_cast<std::size_t>(summary.computed));
}

void runExceptions(const GlobalOptions& options, const KpiArguments& args) {
    auto workspace = openKpiWorkspace(options, false);
    auto& db = workspace->db();
    const auto context = kpiContextFor(db, args.site);
    kpi::ExceptionRequest request;
    request.siteCode = args.site;
    request.nowUtc = nowFor(args.today, context);
    request.limitPerQueue = args.limit;
    const auto report = kpi::findExceptions(db, request);
    if (!options.json) {
        printExceptions(report);
        return;
    }
    json queues = json::array();
    for (const auto& queue : report.queues) {
        json rows = json::array();
        for (const auto& row : queue.rows) rows.push_back(exceptionRowJson(row));
        queues.push_back({{"kind", kpi::exceptionKindId(queue.kind)},
                          {"title", kpi::exceptionKindTitle(queue.kind)},
                          {"total", queue.total},
                          {"total_impact", queue.totalImpact},
                          {"rows", rows}});
    }
    printJson({{"site", report.site},
               {"today", domain::formatIsoDate(report.today)},
               {"on_hand_snapshot", report.snapshotDay ? json(domain::formatIsoDate(*report.snapshotDay)) : json()},
               {"notes", util::englishTexts(report.notes)},
               {"queues", queues}});
}

void listTargets(const GlobalOptions& options, const KpiArguments& args) {
    auto workspace = openKpiWorkspace(options, false);
    auto& db = workspace->db();
    std::optional<std::int64_t> siteId;
    if (!args.site.empty()) siteId = kpiContextFor(db, args.site).site.id;
    const auto rows = store::loadKpiTargets(db);
    json out = json::array();
    if (!options.json)
        std::cout << fmt::format("{:<24} {:<8} {:>11} {:>11} {:>11}  {:<14} {}\n", "kpi", "site", "target", "band",
                                 "hysteresis", "owner", "comment");
    for (const auto& definition : kpi::kpiDefinitions()) {
        std::optional<store::KpiTargetRow> row;
        if (siteId) row = store::effectiveKpiTarget(rows, definition.id, *siteId);
        else
            for (const auto& candidate : rows)
                if (candidate.kpiId == definition.id && !candidate.siteId) row = candidate;
        const std::string scope = row && row->siteId ? args.site : "all";
        if (options.json) {
            out.push_back({{"kpi", definition.id},
                           {"site", row && row->siteId ? json(args.site) : json()},
                           {"target", row ? optionalJson(row->target) : json()},
                           {"amber_band", row ? row->amberBand : 0.0},
                           {"hysteresis", row ? row->hysteresis : 0.0},
                           {"owner", row ? row->owner : ""},
                           {"comment", row ? row->comment : ""}});
            continue;
        }
        auto shown = [&](const std::optional<double>& v) { return v ? kpi::formatKpiValue(definition.unit, *v) : "-"; };
        std::cout << fmt::format("{:<24} {:<8} {:>11} {:>11} {:>11}  {:<14} {}\n", definition.id, scope,
                                 row ? shown(row->target) : "-", row ? shown(row->amberBand) : "-",
                                 row ? shown(row->hysteresis) : "-", row ? row->owner : "", row ? row->comment : "");
    }
    if (options.json) printJson(out);
}

void setTarget(const GlobalOptions& options, const KpiArguments& args) {
    if (!kpi::findKpi(args.kpiId)) throw CLI::ValidationError("--kpi", "unknown KPI '" + args.kpiId + "'");
    auto workspace = openKpiWorkspace(options, true);
    auto& db = workspace->db();
    std::optional<std::int64_t> siteId;
    if (!args.site.empty()) siteId = kpiContextFor(db, args.site).site.id;
    const auto rows = store::loadKpiTargets(db);
    // Start from the row being edited (or, for a new site row, the workspace default).
    store::KpiTargetRow row;
    bool found = false;
    for (const auto& candidate : rows)
        if (candidate.kpiId == args.kpiId && candidate.siteId == siteId) {
            row = candidate;
            found = true;
        }
    if (!found) {
        if (auto fallback = store::effectiveKpiTarget(rows, args.kpiId, siteId.value_or(0))) row = *fallback;
        row.kpiId = args.kpiId;
        row.siteId = siteId;
    }
    if (args.target) row.target = args.target;
    if (args.clearTarget) row.target.reset();
    if (args.band) row.amberBand = *args.band;
    if (args.hysteresis) row.hysteresis = *args.hysteresis;
    if (args.owner) row.owner = *args.owner;
    if (args.comment) row.comment = *args.comment;
    store::saveKpiTarget(db, row);
    if (options.json) printJson({{"kpi", row.kpiId}, {"site", args.site.empty() ? json() : json(args.site)},
                                 {"target", optionalJson(row.target)}, {"amber_band", row.amberBand},
                                 {"hysteresis", row.hysteresis}, {"owner", row.owner}, {"comment", row.comment}});
    else std::cout << fmt::format("{} target saved for {}\n", row.kpiId, args.site.empty() ? "all sites" : args.site);
}

} // namespace

void addKpiCommands(CLI::App& app, GlobalOptions& options, int& /*exitCode*/) {
    auto args = std::make_shared<KpiArguments>();
    auto* kpiCommand = app.add_subcommand("kpi", "KPI scorecards, weekly snapshots, exceptions and targets");
    kpiCommand->require_subcommand(1);
    const std::string todayHelp = "Evaluate as of the end of this local day, YYYY-MM-DD (default: now)";

    auto* scorecard = kpiCommand->add_subcommand("scorecard", "Every KPI of a site and ISO week against target, with its trend");
    scorecard->add_option("--site", args->site, "Site code")->required();
    scorecard->add_option("--week", args->week, "ISO week, e.g. 2026-W47")->required();
    scorecard->add_option("--today", args->today, todayHelp);
    scorecard->add_option("--trend", args->trendWeeks, "Weeks of trend (default 13)")->check(CLI::Range(1, 104));
    scorecard->add_flag("--recompute", args->recompute, "Compute every week again instead of reading snapshots");
    scorecard->add_flag("--no-store", args->noStore, "Do not store the weeks computed (read-only)");
    scorecard->callback([&options, args] { runScorecard(options, *args); });

    auto* snapshot = kpiCommand->add_subcommand("snapshot", "Compute and store the weekly KPI snapshots of a site");
    snapshot->add_option("--site", args->site, "Site code")->required();
    snapshot->add_option("--weeks", args->weeks, "ISO weeks first..last, e.g. 2026-W35..2026-W47")->required();
    snapshot->add_option("--today", args->today, todayHelp);
    snapshot->add_flag("--recompute", args->recompute, "Compute weeks that are already stored again");
    snapshot->callback([&options, args] { runSnapshot(options, *args); });

    auto* exceptions = kpiCommand->add_subcommand("exceptions", "Exception queues of a site, ranked by value at risk");
    exceptions->add_option("--site", args->site, "Site code")->required();
    exceptions->add_option("--limit", args->limit, "Rows per queue (default 10)")->check(CLI::Range(1, 100000));
    exceptions->add_option("--today", args->today, todayHelp);
    exceptions->callback([&options, args] { runExceptions(options, *args); });

    auto* targets = kpiCommand->add_subcommand("targets", "KPI targets, tolerance bands, owners and comments");
    targets->require_subcommand(1);
    auto* list = targets->add_subcommand("list", "List the targets (a site's own, else the workspace default)");
    list->add_option("--site", args->site, "Site code (default: the workspace defaults)");
    list->callback([&options, args] { listTargets(options, *args); });
    auto* set = targets->add_subcommand("set", "Set a KPI's target, band, hysteresis, owner or comment");
    set->add_option("--kpi", args->kpiId, "KPI id (see kpi definitions)")->required();
    set->add_option("--site", args->site, "Site code (default: the workspace default for all sites)");
    set->add_option("--target", args->target, "Target value (ratios as fractions: 0.95)");
    set->add_flag("--clear-target", args->clearTarget, "Remove the target (the KPI is then not rated)");
    set->add_option("--band", args->band, "Amber band beyond the target, in the KPI's unit")->check(CLI::NonNegativeNumber);
    set->add_option("--hysteresis", args->hysteresis, "Margin past a band edge before the status changes")
        ->check(CLI::NonNegativeNumber);
    set->add_option("--owner", args->owner, "Who owns the KPI");
    set->add_option("--comment", args->comment, "Standing comment");
    set->callback([&options, args] { setTarget(options, *args); });

    auto* definitions = kpiCommand->add_subcommand("definitions", "The KPI registry: formulas, units, minimum samples");
    definitions->callback([&options] {
        json out = json::array();
        for (const auto& d : kpi::kpiDefinitions()) {
            if (options.json) {
                out.push_back({{"kpi", d.id}, {"name", d.name}, {"group", kpi::groupName(d.group)},
                               {"unit", kpi::unitName(d.unit)},
                               {"direction", d.direction == kpi::Direction::HigherIsBetter ? "higher" : "lower"},
                               {"formula", d.formula}, {"data", d.dataNeeded}, {"minimum_sample", d.minimumSample},
                               {"sample_unit", d.sampleUnit}});
                continue;
            }
            std::cout << fmt::format("{:<24} {} {} [{}, {}] min {} {}\n    {}\n", d.id, kpi::directionSymbol(d.direction),
                                     d.name, kpi::groupName(d.group), kpi::unitName(d.unit), d.minimumSample,
                                     d.sampleUnit, d.formula);
        }
        if (options.json) printJson(out);
    });

    auto* settings = kpiCommand->add_subcommand("settings", "KPI rules: carrying cost rate, OTIF window, tolerances, thresholds");
    settings->require_subcommand(1);
    settings->add_subcommand("list", "List the settings")->callback([&options] {
        auto workspace = openKpiWorkspace(options, false);
        json out = json::object();
        for (const auto& row : store::loadKpiSettings(workspace->db())) {
            if (options.json) out[row.key] = row.value;
            else std::cout << fmt::format("{:<24} {:>8g}  {}\n", row.key, row.value, row.description);
        }
        if (options.json) printJson(out);
    });
    auto* settingSet = settings->add_subcommand("set", "Change a setting");
    settingSet->add_option("key", args->key, "Setting name (see kpi settings list)")->required();
    settingSet->add_option("value", args->value, "New value")->required();
    settingSet->callback([&options, args] {
        auto workspace = openKpiWorkspace(options, true);
        if (!std::isfinite(args->value) || args->value < 0)
            throw CLI::ValidationError("value", "must be a number of zero or more");
        if (!store::setKpiSetting(workspace->db(), args->key, args->value))
            throw CLI::ValidationError("key", "unknown KPI setting '" + args->key + "'");
        if (!options.json) std::cout << fmt::format("{} = {:g}\n", args->key, args->value);
    });

    auto* benchmarks = kpiCommand->add_subcommand("benchmarks", "Benchmark values with their source and year");
    benchmarks->callback([&options] {
        auto workspace = openKpiWorkspace(options, false);
        json out = json::array();
        for (const auto& b : store::loadKpiBenchmarks(workspace->db())) {
            const auto* d = kpi::findKpi(b.kpiId);
            if (options.json) {
                out.push_back({{"id", b.id}, {"kpi", b.kpiId}, {"level", b.level}, {"value", b.value},
                               {"source", b.source}, {"year", b.year ? json(*b.year) : json()}, {"note", b.note}});
                continue;
            }
            std::cout << fmt::format("{:<24} {:<15} {:>9}  {}{}{}\n", b.kpiId, b.level,
                                     d ? kpi::formatKpiValue(d->unit, b.value) : fmt::format("{:g}", b.value), b.source,
                                     b.year ? fmt::format(" {}", *b.year) : "", b.note.empty() ? "" : " (" + b.note + ")");
        }
        if (options.json) printJson(out);
    });

    auto* comment = kpiCommand->add_subcommand("comment", "Comment on a KPI for a site and week (empty text removes it)");
    comment->add_option("--site", args->site, "Site code")->required();
    comment->add_option("--week", args->week, "ISO week, e.g. 2026-W47")->required();
    comment->add_option("--kpi", args->kpiId, "KPI id")->required();
    comment->add_option("--text", args->text, "The comment")->required();
    comment->add_option("--user", args->user, "Who comments");
    comment->callback([&options, args] {
        const auto week = weekOption(args->week);
        if (!kpi::findKpi(args->kpiId)) throw CLI::ValidationError("--kpi", "unknown KPI '" + args->kpiId + "'");
        auto workspace = openKpiWorkspace(options, true);
        const auto context = kpiContextFor(workspace->db(), args->site);
        store::saveKpiComment(workspace->db(), context.site.id, domain::formatIsoWeek(week), args->kpiId, args->text,
                              args->user);
        if (!options.json) std::cout << "comment saved\n";
    });
}

} // namespace stocktower::cli
