// gatherPolicyInputs: every item-site's inputs from the workspace, each with its source named.
#include "inventory/policy_run.h"

#include "domain/date.h"
#include "forecast/lead_time_demand.h"
#include "forecast/series_parameters.h"
#include "inventory/distribution_choice.h"
#include "inventory/segmentation_reader.h"
#include "store/demand_reader.h"
#include "store/forecast_store.h"
#include "store/policy_queries.h"
#include "util/errors.h"

#include <fmt/format.h>

#include <chrono>
#include <cmath>
#include <map>
#include <unordered_map>

namespace stocktower::inventory {

namespace {

using M = util::MessageId;

// A value read from a workspace column, which is its source ("item.lead_time_days").
SourcedValue fromColumn(double value, const char* column) { return {value, {util::verbatim(column)}}; }

std::uint64_t keyOf(std::int64_t itemId, std::int64_t siteId) {
    return (static_cast<std::uint64_t>(itemId) << 32) ^ static_cast<std::uint64_t>(siteId);
}

struct HistoryStats {
    double mean = 0.0; // per week
    double sd = 0.0;   // per week, sample
    forecast::DemandClass demandClass = forecast::DemandClass::Inactive;
    int weeks = 0;
};

// Weekly totals of the `weeks` whole weeks before `today` (the most recent last), counted from
// the first week with demand when the history is shorter: a new item is not diluted by zeros
// from before it existed.
HistoryStats historyStats(const store::DailySeries& series, domain::DayNumber today, int weeks) {
    std::vector<double> totals(static_cast<std::size_t>(weeks), 0.0);
    const domain::DayNumber first = today - 7 * weeks;
    std::optional<domain::DayNumber> firstDemand;
    for (const auto& d : series.days) {
        if (d.quantity > 0.0 && !firstDemand) firstDemand = d.day;
        if (d.day < first || d.day >= today) continue;
        totals[static_cast<std::size_t>((d.day - first) / 7)] += d.quantity;
    }
    std::size_t from = 0;
    if (firstDemand && *firstDemand > first) from = static_cast<std::size_t>((*firstDemand - first) / 7);
    if (!firstDemand || *firstDemand >= today) from = totals.size();
    HistoryStats stats;
    const std::span<const double> used(totals.data() + from, totals.size() - from);
    stats.weeks = static_cast<int>(used.size());
    if (used.empty()) return stats;
    for (double v : used) stats.mean += v;
    stats.mean /= static_cast<double>(used.size());
    if (used.size() > 1) {
        double ss = 0.0;
        for (double v : used) ss += (v - stats.mean) * (v - stats.mean);
        stats.sd = std::sqrt(ss / static_cast<double>(used.size() - 1));
    }
    stats.demandClass = forecast::classifyDemand(used).demandClass;
    return stats;
}

domain::DayNumber systemToday() {
    const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    return static_cast<domain::DayNumber>(now.time_since_epoch().count());
}

} // namespace

PolicyInputSet gatherPolicyInputs(store::Connection& db, const PolicyDefaults& defaults,
                                  const PolicyRunOptions& options, util::Progress& progress) {
    PolicyInputSet set;
    progress.setStage("reading policy inputs");
    const auto lastDemand = store::lastDemandDay(db);
    domain::DayNumber today = 0;
    if (!options.today.empty()) {
        const auto parsed = domain::parseIsoDate(options.today);
        if (!parsed) throw util::UserError("today: '" + options.today + "' is not a date (YYYY-MM-DD)");
        today = *parsed;
    } else {
        today = lastDemand ? *lastDemand + 1 : systemToday();
    }
    set.today = domain::formatIsoDate(today);

    const auto params = store::loadPolicyParameters(db, options.siteId, options.itemId);
    std::unordered_map<std::uint64_t, std::size_t> indexOf;
    set.inputs.resize(params.size());
    for (std::size_t i = 0; i < params.size(); ++i) {
        const auto& p = params[i];
        auto& in = set.inputs[i];
        indexOf[keyOf(p.itemId, p.siteId)] = i;
        in.itemId = p.itemId;
        in.siteId = p.siteId;
        in.sku = p.sku;
        in.description = p.description;
        in.siteCode = p.siteCode;
        in.supplier = p.supplier;
        in.category = p.category;
        in.unitCost = p.unitCost;
        in.moq = p.moq.value_or(0.0);
        in.orderMultiple = p.orderMultiple.value_or(0.0);
        in.casePack = p.casePack.value_or(0.0);
        // item_site (per site, from the ERP) before item (the supplier's quote).
        if (p.siteLeadTimeDays) in.leadTimeDays = fromColumn(*p.siteLeadTimeDays, "item_site.lead_time_days");
        else if (p.itemLeadTimeDays) in.leadTimeDays = fromColumn(*p.itemLeadTimeDays, "item.lead_time_days");
        if (p.siteLeadTimeSdDays) in.leadTimeSdDays = fromColumn(*p.siteLeadTimeSdDays, "item_site.lead_time_sd_days");
        else if (p.itemLeadTimeSdDays) in.leadTimeSdDays = fromColumn(*p.itemLeadTimeSdDays, "item.lead_time_sd_days");
        if (p.reviewPeriodDays) in.reviewPeriodDays = fromColumn(*p.reviewPeriodDays, "item_site.review_period_days");
        if (p.serviceTarget) in.serviceTarget = fromColumn(*p.serviceTarget, "item_site.service_target");
    }
    if (progress.isCancelled()) throw util::Cancelled();

    // ABC/XYZ per item-site from the segmentation engine with its default settings.
    try {
        SegmentationSettings settings;
        settings.siteId = options.siteId;
        settings.today = lastDemand; // the segmentation's own default, read once above
        util::NullProgress quiet;
        const auto segments = segmentWorkspace(db, settings, quiet);
        for (auto& in : set.inputs) {
            if (const auto* row = segments.find(in.itemId, in.siteId)) {
                in.abc = abcLetter(row->abc);
                in.xyz = xyzLetter(row->xyz);
            }
        }
    } catch (const util::Cancelled&) {
        throw;
    } catch (const std::exception& error) {
        set.notices.push_back(std::string("segmentation unavailable, ABC class C assumed: ") + error.what());
    }

    // Stock position.
    for (const auto& row : store::loadAvailableOnHand(db))
        if (auto it = indexOf.find(keyOf(row.itemId, row.siteId)); it != indexOf.end())
            set.inputs[it->second].onHand = row.quantity;
    for (const auto& row : store::loadCommittedQuantities(db))
        if (auto it = indexOf.find(keyOf(row.itemId, row.siteId)); it != indexOf.end())
            set.inputs[it->second].committed = row.quantity;
    for (const auto& row : store::loadOpenPurchaseLines(db)) {
        const auto it = indexOf.find(keyOf(row.itemId, row.siteId));
        const auto due = domain::parseIsoDate(row.day);
        if (it == indexOf.end() || !due) continue;
        // Overdue lines are expected any day now: count them as due today.
        set.inputs[it->second].openReceipts.emplace_back(std::max(0, *due - today), row.quantity);
    }

    // Demand history: always read, as the fallback for series the forecast run lacks.
    const int weeks = std::max(1, defaults.historyWeeks);
    std::vector<HistoryStats> history(set.inputs.size());
    std::vector<bool> hasHistory(set.inputs.size(), false);
    store::readDemandSeries(db, today - 1, [&](store::DailySeries& series) {
        if (auto it = indexOf.find(keyOf(series.itemId, series.siteId)); it != indexOf.end()) {
            history[it->second] = historyStats(series, today, weeks);
            hasHistory[it->second] = true;
        }
        return !progress.isCancelled();
    });
    if (progress.isCancelled()) throw util::Cancelled();

    const auto run = store::latestForecastRun(db);
    if (run && run->bucket == "month") set.period = PolicyPeriod{"month", 365.25 / 12.0, 12.0};
    if (run) set.forecastRunId = run->runId;
    else set.notices.push_back(fmt::format("no forecast run: demand from the last {} weeks of history", weeks));

    // History is weekly; a month holds days/7 weeks (variance adds up over independent weeks).
    const double weeksPerPeriod = set.period.days / 7.0;
    std::int64_t fromHistory = 0;
    std::optional<store::ForecastSeriesLoader> forecasts;
    if (run) forecasts.emplace(db, run->runId);
    for (std::size_t i = 0; i < set.inputs.size(); ++i) {
        auto& in = set.inputs[i];
        std::optional<store::ForecastSeriesRow> series;
        if (forecasts) series = forecasts->load(in.itemId, in.siteId);
        const auto& h = history[i];
        in.demandClass = h.demandClass;
        if (series) {
            const auto base = effectiveParameters(in, defaults, {});
            const double p = std::max((base.leadTimeDays + base.reviewPeriodDays) / set.period.days, 1e-9);
            const auto ltd = forecast::leadTimeDemand(*series, p);
            if (const auto cls = parseDemandClass(series->demandClass)) in.demandClass = *cls;
            const std::string runId = std::to_string(run->runId);
            in.demandMean = {ltd.mean / p,
                             {{M::ExplainSourceForecastMean, {runId, fmt::format("{:.3g}", p * set.period.days)}}}};
            if (std::isfinite(ltd.standardDeviation)) {
                in.demandSd = {ltd.standardDeviation / std::sqrt(p),
                               {{M::ExplainSourceForecastSd,
                                 {runId, std::string(forecast::intervalMethodName(ltd.basis)), fmt::format("{:.3g}", p)}}}};
            } else {
                in.demandSd = {h.sd * std::sqrt(weeksPerPeriod),
                               {{M::ExplainSourceHistorySdNoError, {std::to_string(h.weeks), runId}}}};
            }
        } else if (h.demandClass == forecast::DemandClass::Inactive && h.weeks > 0) {
            // What the forecast engine would say: an item without demand for the last weeks is
            // expected to sell nothing (moving average over them), so it gets no stock. The
            // year's mean would otherwise keep a safety stock for demand that stopped.
            if (hasHistory[i]) ++fromHistory;
            const int quiet = forecast::ClassificationOptions{}.inactiveAfterPeriods;
            in.demandMean = {0.0, {{M::ExplainSourceHistoryInactive, {std::to_string(quiet)}}}};
            in.demandSd = {0.0, in.demandMean.source};
        } else {
            if (hasHistory[i]) ++fromHistory;
            in.demandMean = {h.mean * weeksPerPeriod, {{M::ExplainSourceHistoryMean, {std::to_string(h.weeks)}}}};
            in.demandSd = {h.sd * std::sqrt(weeksPerPeriod), {{M::ExplainSourceHistorySd, {std::to_string(h.weeks)}}}};
        }
        if ((i & 255U) == 0 && progress.isCancelled()) throw util::Cancelled();
    }
    if (run && fromHistory > 0)
        set.notices.push_back(fmt::format("{} item-sites not in forecast run {}: demand from history", fromHistory, run->runId));
    return set;
}

} // namespace stocktower::inventory
