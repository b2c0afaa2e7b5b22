// forecast override set|remove|list: a planner's corrections of single forecast periods;
// forecast export: a run's forecasts as CSV.
#include "cli/commands_forecast.h"
#include "cli/terminal_progress.h"

#include "domain/date.h"
#include "forecast/forecast_export.h"
#include "store/forecast_overrides.h"
#include "store/forecast_store.h"
#include "store/workspace.h"
#include "util/errors.h"

#include <fmt/core.h>

#include <cmath>
#include <iostream>
#include <memory>

namespace stocktower::cli {

namespace {

struct OverrideArguments {
    std::string item, site, period, comment, user;
    double quantity = 0.0;
    std::int64_t run = 0;
};

struct SeriesKey {
    std::int64_t runId = 0, itemId = 0, siteId = 0;
};

SeriesKey resolve(store::Connection& db, const OverrideArguments& args) {
    SeriesKey key;
    key.runId = requireRun(db, args.run).runId;
    const auto item = store::findItemId(db, args.item);
    if (!item) throw util::UserError("no item with SKU '" + args.item + "'");
    const auto site = store::findSiteId(db, args.site);
    if (!site) throw util::UserError("no site with code '" + args.site + "'");
    key.itemId = *item;
    key.siteId = *site;
    return key;
}

void checkPeriod(const std::string& period) {
    if (!domain::parseIsoDate(period))
        throw CLI::ValidationError("--period", "expected the first day of a forecast period as YYYY-MM-DD, got '" +
                                                   period + "'");
}

nlohmann::json overrideJson(store::Connection& db, const store::ForecastOverride& entry) {
    return {{"run_id", entry.runId},
            {"item", store::itemSku(db, entry.itemId)},
            {"site", store::siteCode(db, entry.siteId)},
            {"period_start", entry.periodStart},
            {"quantity", entry.quantity},
            {"comment", entry.comment},
            {"user", entry.userName},
            {"created_at", entry.createdAt}};
}

} // namespace

store::ForecastRunHeader requireRun(store::Connection& db, std::int64_t runId) {
    auto run = runId > 0 ? store::loadForecastRun(db, runId) : store::latestForecastRun(db);
    if (run) return *run;
    if (runId > 0) throw util::UserError("there is no forecast run " + std::to_string(runId));
    throw util::UserError("the workspace has no forecast runs yet; run `stocktower-cli forecast`");
}

void addForecastOverrideCommands(CLI::App& forecast, GlobalOptions& options) {
    auto* command = forecast.add_subcommand("override", "Override single forecast periods (set, remove, list)");
    command->require_subcommand(1);

    auto set = std::make_shared<OverrideArguments>();
    auto* setCommand = command->add_subcommand("set", "Replace one period's forecast by a quantity of your own");
    setCommand->add_option("--item", set->item, "Item SKU")->required();
    setCommand->add_option("--site", set->site, "Site code")->required();
    setCommand->add_option("--period", set->period, "First day of the forecast period, YYYY-MM-DD")->required();
    setCommand->add_option("--quantity", set->quantity, "The quantity that replaces the forecast (0 or more)")
        ->required();
    setCommand->add_option("--comment", set->comment, "Why (shown beside the number)");
    setCommand->add_option("--user", set->user, "Who (default: the login name)");
    setCommand->add_option("--run", set->run, "Forecast run (default: the latest)")->check(CLI::PositiveNumber);
    setCommand->callback([&options, set] {
        checkPeriod(set->period);
        if (!std::isfinite(set->quantity) || set->quantity < 0.0)
            throw CLI::ValidationError("--quantity", fmt::format("must be 0 or more, got {}", set->quantity));
        auto workspace = store::Workspace::open(requireWorkspace(options));
        if (workspace->isReadOnly())
            throw util::UserError("the workspace is open read-only: " + workspace->readOnlyReason());
        auto& db = workspace->db();
        const auto key = resolve(db, *set);
        store::ForecastOverride entry;
        entry.runId = key.runId;
        entry.itemId = key.itemId;
        entry.siteId = key.siteId;
        entry.periodStart = set->period;
        entry.quantity = set->quantity;
        entry.comment = set->comment;
        entry.userName = set->user.empty() ? store::defaultUserName() : set->user;
        entry.createdAt = store::utcNowIso();
        store::setForecastOverride(db, entry);
        if (options.json)
            printJson(overrideJson(db, entry));
        else
            std::cout << fmt::format("Override set: {} @ {} {} = {} (run {})\n", set->item, set->site, set->period,
                                     set->quantity, key.runId);
    });

    auto remove = std::make_shared<OverrideArguments>();
    auto* removeCommand = command->add_subcommand("remove", "Remove one period's override (the forecast counts again)");
    removeCommand->add_option("--item", remove->item, "Item SKU")->required();
    removeCommand->add_option("--site", remove->site, "Site code")->required();
    removeCommand->add_option("--period", remove->period, "First day of the forecast period, YYYY-MM-DD")->required();
    removeCommand->add_option("--run", remove->run, "Forecast run (default: the latest)")->check(CLI::PositiveNumber);
    removeCommand->callback([&options, remove] {
        checkPeriod(remove->period);
        auto workspace = store::Workspace::open(requireWorkspace(options));
        if (workspace->isReadOnly())
            throw util::UserError("the workspace is open read-only: " + workspace->readOnlyReason());
        auto& db = workspace->db();
        const auto key = resolve(db, *remove);
        if (!store::removeForecastOverride(db, key.runId, key.itemId, key.siteId, remove->period))
            throw util::UserError("there is no override for " + remove->item + " @ " + remove->site + " " +
                                  remove->period + " in run " + std::to_string(key.runId));
        if (options.json)
            printJson({{"removed", true}, {"run_id", key.runId}, {"period_start", remove->period}});
        else
            std::cout << fmt::format("Override removed: {} @ {} {} (run {})\n", remove->item, remove->site,
                                     remove->period, key.runId);
    });

    auto list = std::make_shared<OverrideArguments>();
    auto* listCommand = command->add_subcommand("list", "List a run's overrides");
    listCommand->add_option("--run", list->run, "Forecast run (default: the latest)")->check(CLI::PositiveNumber);
    listCommand->callback([&options, list] {
        auto workspace = openForReading(options);
        auto& db = workspace->db();
        const auto run = requireRun(db, list->run);
        const auto entries = store::listRunOverrides(db, run.runId);
        if (options.json) {
            nlohmann::json array = nlohmann::json::array();
            for (const auto& entry : entries)
                array.push_back(overrideJson(db, entry));
            printJson({{"run_id", run.runId}, {"overrides", array}});
            return;
        }
        std::cout << fmt::format("Forecast run {}: {} override{}\n", run.runId, entries.size(),
                                 entries.size() == 1 ? "" : "s");
        for (const auto& entry : entries) {
            const auto json = overrideJson(db, entry);
            std::cout << fmt::format("  {:<14} {:<10} {}  {:>10.2f}  {} {}  {}\n", json["item"].get<std::string>(),
                                     json["site"].get<std::string>(), entry.periodStart, entry.quantity,
                                     entry.userName, entry.createdAt, entry.comment);
        }
    });
}

void addForecastExportCommand(CLI::App& forecast, GlobalOptions& options) {
    struct ExportArguments {
        std::string out;
        std::int64_t run = 0;
        bool european = false, bom = false;
    };
    auto args = std::make_shared<ExportArguments>();
    auto* command = forecast.add_subcommand(
        "export", "Write a run's forecasts to CSV: one row per item, site and period, with overrides and intervals");
    command->add_option("--out", args->out, "CSV file to write (replaced whole, or left as it was on failure)")
        ->required();
    command->add_option("--run", args->run, "Forecast run (default: the latest)")->check(CLI::PositiveNumber);
    command->add_flag("--european", args->european, "Semicolons and decimal commas");
    command->add_flag("--bom", args->bom, "Start with a UTF-8 byte order mark (for Excel)");
    command->callback([&options, args] {
        auto workspace = openForReading(options);
        auto& db = workspace->db();
        const auto run = requireRun(db, args->run);
        exchange::CsvWriteDialect dialect;
        if (args->european) {
            dialect.delimiter = ';';
            dialect.decimalMark = ',';
        }
        dialect.byteOrderMark = args->bom;
        TerminalProgress progress(options.quiet || options.json);
        const auto rows = forecast::exportForecastRun(db, run.runId, args->out, dialect, progress);
        progress.finish();
        if (options.json)
            printJson({{"run_id", run.runId}, {"rows", rows}, {"path", args->out}});
        else
            std::cout << fmt::format("Exported {} rows of forecast run {} to {}\n", rows, run.runId, args->out);
    });
}

} // namespace stocktower::cli
