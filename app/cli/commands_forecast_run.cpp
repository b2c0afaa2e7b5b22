// forecast: run and store a forecast over a whole workspace; forecast show: one item's result.
#include "cli/cli_context.h"
#include "cli/commands_forecast.h"
#include "cli/terminal_progress.h"

#include "domain/date.h"
#include "forecast/bucketing.h"
#include "forecast/forecast_run.h"
#include "forecast/lead_time_demand.h"
#include "forecast/method_registry.h"
#include "forecast/series_parameters.h"
#include "store/demand_reader.h"
#include "store/forecast_store.h"
#include "store/workspace.h"
#include "util/errors.h"

#include <fmt/core.h>
#include <fmt/format.h>

#include <cmath>
#include <iostream>
#include <memory>

namespace stocktower::cli {

namespace {

std::string optionalText(const std::optional<double>& value, int decimals = 2) {
    return value ? fmt::format("{:.{}f}", *value, decimals) : std::string("-");
}

nlohmann::json summaryJson(const forecast::ForecastRunSummary& s) {
    return {{"run_id", s.runId},
            {"bucket", s.bucket},
            {"horizon", s.horizon},
            {"method", s.method},
            {"threads", s.threads},
            {"last_day", s.lastDay},
            {"demand_rows", s.demandRows},
            {"series", s.series},
            {"series_without_sales", s.seriesWithoutSales},
            {"fallbacks", s.fallbacks},
            {"classes", s.classCounts},
            {"scored", s.scored},
            {"mean_mase", s.meanMase},
            {"mean_smape", s.meanSmape},
            {"mean_bias", s.meanBias},
            {"seconds",
             {{"read", s.readSeconds}, {"fit", s.fitSeconds}, {"write", s.writeSeconds}, {"total", s.seconds}}}};
}

void printSummary(const forecast::ForecastRunSummary& s) {
    std::cout << fmt::format("Forecast run {}: {} series, {} bucket, horizon {}, method {}, {} thread{}\n",
                             s.runId, s.series, s.bucket, s.horizon, s.method, s.threads,
                             s.threads == 1 ? "" : "s");
    std::cout << fmt::format("  history to      {}  ({} demand rows; {} item-sites without sales skipped)\n",
                             s.lastDay.empty() ? "-" : s.lastDay, s.demandRows, s.seriesWithoutSales);
    for (const auto& [name, count] : s.classCounts)
        std::cout << fmt::format("  {:<15} {:>9}\n", name, count);
    std::cout << fmt::format("  backtest        {} series scored: mean MASE {:.3f}, sMAPE {:.2f}, bias {:.3f}\n",
                             s.scored, s.meanMase, s.meanSmape, s.meanBias);
    if (s.fallbacks > 0) std::cout << fmt::format("  fallbacks       {} (method failed; naive used)\n", s.fallbacks);
    std::cout << fmt::format("  seconds         {:.1f} (read {:.1f}, fit {:.1f}, write {:.1f})\n", s.seconds,
                             s.readSeconds, s.fitSeconds, s.writeSeconds);
}

struct ShowArguments {
    std::string item, site;
    int tail = 26;
    std::int64_t run = 0;
    double leadTime = -1.0; // periods; < 0: not asked
};

nlohmann::json modelParametersJson(const forecast::SeriesParameters& parameters) {
    nlohmann::json object = nlohmann::json::object();
    for (const auto& [name, value] : parameters.model)
        object[name] = std::isfinite(value) ? nlohmann::json(value) : nlohmann::json();
    return object;
}

void showItem(const GlobalOptions& options, const ShowArguments& args) {
    auto workspace = openForReading(options);
    auto& db = workspace->db();
    if (workspace->fileSchemaVersion() < 2) throw util::UserError("the workspace has no forecast runs yet");
    const auto run = std::optional<store::ForecastRunHeader>(requireRun(db, args.run));
    const auto itemId = store::findItemId(db, args.item);
    if (!itemId) throw util::UserError("no item with SKU '" + args.item + "'");
    std::vector<std::int64_t> sites;
    if (!args.site.empty()) {
        const auto siteId = store::findSiteId(db, args.site);
        if (!siteId) throw util::UserError("no site with code '" + args.site + "'");
        sites.push_back(*siteId);
    } else {
        sites = store::demandSitesOfItem(db, *itemId);
    }
    const auto bucket = forecast::parseBucket(run->bucket).value_or(forecast::Bucket::Week);
    nlohmann::json seriesJson = nlohmann::json::array();
    bool any = false;
    for (const auto siteId : sites) {
        const auto stored = store::loadForecastSeries(db, run->runId, *itemId, siteId);
        if (!stored) continue;
        any = true;
        const auto parameters = forecast::parseSeriesParameters(stored->parametersJson);
        const std::string site = store::siteCode(db, siteId);
        // The history as the run saw it: bucketed up to the period before the first forecast one.
        std::optional<int> endPeriod;
        if (!stored->values.empty())
            if (auto first = domain::parseIsoDate(stored->values.front().periodStart))
                endPeriod = forecast::periodOf(*first, bucket) - 1;
        const auto history = forecast::bucketSeries(store::readDemandSeries(db, *itemId, siteId), bucket, endPeriod);
        const std::size_t tail = std::min(history.values.size(), static_cast<std::size_t>(std::max(0, args.tail)));
        const std::size_t from = history.values.size() - tail;
        if (options.json) {
            nlohmann::json hist = nlohmann::json::array();
            for (std::size_t i = from; i < history.values.size(); ++i)
                hist.push_back({{"period_start", domain::formatIsoDate(forecast::periodStart(
                                                     history.firstPeriod + static_cast<int>(i), bucket))},
                                {"quantity", history.values[i]}});
            nlohmann::json values = nlohmann::json::array();
            for (const auto& v : stored->values) {
                nlohmann::json value{{"period_start", v.periodStart}, {"mean", v.mean},
                                     {"lo80", optionalJson(v.lo80)},  {"hi80", optionalJson(v.hi80)},
                                     {"lo95", optionalJson(v.lo95)},  {"hi95", optionalJson(v.hi95)},
                                     {"override", optionalJson(v.overrideQuantity)}, {"final", v.finalValue()}};
                if (v.overrideQuantity) {
                    value["override_comment"] = v.overrideComment;
                    value["override_user"] = v.overrideUser;
                    value["override_at"] = v.overrideAt;
                }
                values.push_back(std::move(value));
            }
            nlohmann::json entry{{"site", site},
                                  {"demand_class", stored->demandClass},
                                  {"model", stored->model},
                                  {"parameters", modelParametersJson(parameters)},
                                  {"interval_method", std::string(forecast::intervalMethodName(parameters.intervalMethod))},
                                  {"candidates", nlohmann::json::parse(stored->candidatesJson)},
                                  {"mase", optionalJson(stored->mase)},
                                  {"smape", optionalJson(stored->smape)},
                                  {"bias", optionalJson(stored->bias)},
                                  {"sigma", optionalJson(stored->sigma)},
                                  {"history", hist},
                                  {"forecast", values}};
            if (args.leadTime >= 0.0) {
                const auto demand = forecast::leadTimeDemand(*stored, args.leadTime);
                entry["lead_time"] = {{"periods", args.leadTime},
                                      {"mean", demand.mean},
                                      {"sd", std::isfinite(demand.standardDeviation)
                                                 ? nlohmann::json(demand.standardDeviation)
                                                 : nlohmann::json()},
                                      {"basis", std::string(forecast::intervalMethodName(demand.basis))}};
            }
            seriesJson.push_back(std::move(entry));
            continue;
        }
        std::cout << fmt::format("{} @ {}  (run {}, {}, {} bucket)\n", args.item, site, run->runId, run->createdAt,
                                 run->bucket);
        std::cout << fmt::format("  class {}, model {}\n", stored->demandClass, stored->model);
        std::string parameterText;
        for (const auto& [name, value] : parameters.model)
            parameterText += fmt::format("{}{}={}", parameterText.empty() ? "" : ", ", name,
                                         std::isfinite(value) ? fmt::format("{:.4g}", value) : std::string("-"));
        std::cout << fmt::format("  parameters {}\n", parameterText.empty() ? "-" : parameterText);
        std::cout << fmt::format("  backtest MASE {}, sMAPE {}, bias {}; sigma {}\n", optionalText(stored->mase, 3),
                                 optionalText(stored->smape), optionalText(stored->bias, 3),
                                 optionalText(stored->sigma));
        std::cout << fmt::format("  intervals {}\n", forecast::intervalMethodName(parameters.intervalMethod));
        std::cout << fmt::format("  {:<12} {:>10}\n", "history", "quantity");
        for (std::size_t i = from; i < history.values.size(); ++i)
            std::cout << fmt::format("  {:<12} {:>10.2f}\n",
                                     domain::formatIsoDate(forecast::periodStart(
                                         history.firstPeriod + static_cast<int>(i), bucket)),
                                     history.values[i]);
        std::cout << fmt::format("  {:<12} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10}\n", "forecast", "mean", "lo80",
                                 "hi80", "lo95", "hi95", "final");
        for (const auto& v : stored->values) {
            // An overridden period is marked, with who and why: the final value is not the model's.
            const std::string mark =
                v.overrideQuantity ? fmt::format("  * override by {}: {}", v.overrideUser,
                                                 v.overrideComment.empty() ? "-" : v.overrideComment)
                                   : std::string();
            std::cout << fmt::format("  {:<12} {:>10.2f} {:>10} {:>10} {:>10} {:>10} {:>10.2f}{}\n", v.periodStart,
                                     v.mean, optionalText(v.lo80), optionalText(v.hi80), optionalText(v.lo95),
                                     optionalText(v.hi95), v.finalValue(), mark);
        }
        if (args.leadTime >= 0.0) {
            const auto demand = forecast::leadTimeDemand(*stored, args.leadTime);
            std::cout << fmt::format("  over {:g} periods: mean {:.2f}, sd {} ({})\n", args.leadTime, demand.mean,
                                     std::isfinite(demand.standardDeviation)
                                         ? fmt::format("{:.2f}", demand.standardDeviation)
                                         : std::string("-"),
                                     forecast::intervalMethodName(demand.basis));
        }
    }
    if (!any)
        throw util::UserError("the latest forecast run (" + std::to_string(run->runId) + ") has no series for item '" +
                              args.item + "'" + (args.site.empty() ? "" : " at site '" + args.site + "'"));
    if (options.json)
        printJson({{"run_id", run->runId}, {"item", args.item}, {"bucket", run->bucket}, {"series", seriesJson}});
}

} // namespace

void addForecastRunCommands(CLI::App& app, GlobalOptions& options, int& /*exitCode*/) {
    struct RunArguments {
        std::string bucket; // empty: the workspace's setting
        std::string today;
        forecast::ForecastRunSettings settings;
    };
    auto args = std::make_shared<RunArguments>();
    auto* command = app.add_subcommand("forecast", "Forecast every item and site of a workspace and store the run");
    command->add_option("--bucket", args->bucket,
                        "week (ISO weeks) or month (default: the workspace's demand_bucket setting)")
        ->check(CLI::IsMember({"week", "month"}));
    command->add_option("--horizon", args->settings.horizon, "Periods ahead (default 13 weeks or 6 months)")
        ->check(CLI::Range(1, 520));
    command->add_option("--method", args->settings.method,
                        fmt::format("Method (default auto): {}", fmt::join(forecast::methodNames(), ", ")));
    command->add_option("--threads", args->settings.threads, "Worker threads (default: all cores)")
        ->check(CLI::Range(0, 1024));
    command->add_option("--today", args->today, "Last day of history, YYYY-MM-DD (default: last demand date)");
    command->add_option("--backtest", args->settings.backtestPeriods,
                        "Hold-out backtest periods (default: the horizon)")
        ->check(CLI::Range(1, 520));

    auto show = std::make_shared<ShowArguments>();
    auto* showCommand = command->add_subcommand("show", "Show the latest run's history, forecast and intervals for an item");
    showCommand->add_option("--item", show->item, "Item SKU")->required();
    showCommand->add_option("--site", show->site, "Site code (default: every site with demand)");
    showCommand->add_option("--tail", show->tail, "History periods to show (default 26)")->check(CLI::Range(0, 10000));
    showCommand->add_option("--run", show->run, "Forecast run (default: the latest)")->check(CLI::PositiveNumber);
    showCommand->add_option("--lead-time", show->leadTime,
                            "Also the total demand over this many periods (fractions allowed) and its sd")
        ->check(CLI::Range(0.0, 520.0));
    showCommand->callback([&options, show] { showItem(options, *show); });
    addForecastOverrideCommands(*command, options);
    addForecastExportCommand(*command, options);

    command->callback([&options, args, command] {
        if (!command->get_subcommands().empty()) return; // show, override or export did the work
        if (!args->today.empty()) {
            const auto day = domain::parseIsoDate(args->today);
            if (!day) throw CLI::ValidationError("--today", "expected YYYY-MM-DD, got '" + args->today + "'");
            args->settings.today = *day;
        }
        forecast::validate(args->settings);
        auto workspace = store::Workspace::open(requireWorkspace(options));
        args->settings.bucket = args->bucket.empty() ? forecast::workspaceBucket(workspace->db())
                                                     : *forecast::parseBucket(args->bucket);
        if (!options.quiet && !options.json)
            for (const auto& notice : workspace->notices()) std::cerr << "Note: " << notice << '\n';
        TerminalProgress progress(options.quiet || options.json);
        const auto summary = forecast::runForecast(*workspace, args->settings, progress);
        progress.finish();
        if (options.json)
            printJson(summaryJson(summary));
        else
            printSummary(summary);
    });
}

} // namespace stocktower::cli
