#include "kpi/scorecard.h"

#include "store/kpi_config_store.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace stocktower::kpi {

namespace {

std::vector<util::Message> footnotesFor(const Scorecard& card, const KpiSettings& settings) {
    using M = util::MessageId;
    const auto percent = [](double share) { return fmt::format("{:.0f}", share * 100.0); };
    std::vector<util::Message> notes;
    std::vector<std::string> week{domain::formatIsoWeek(card.week), domain::formatIsoDate(card.firstDay),
                                  domain::formatIsoDate(card.lastDay), card.siteCode, card.timeZone};
    if (card.cutoffTime.empty()) {
        notes.push_back({M::ScorecardNoteWeekNoCutoff, std::move(week)});
    } else {
        week.push_back(card.cutoffTime);
        notes.push_back({M::ScorecardNoteWeek, std::move(week)});
    }
    notes.push_back({M::ScorecardNoteService, {std::to_string(settings.otifEarlyDays), std::to_string(settings.otifLateDays),
                                               percent(settings.inFullTolerance)}});
    notes.push_back({M::ScorecardNoteRecordAccuracy,
                     {percent(settings.recordToleranceA), percent(settings.recordToleranceB),
                      percent(settings.recordToleranceC), percent(settings.abcAShare), percent(settings.abcBShare)}});
    const std::string window = std::to_string(settings.demandWindowDays);
    if (card.snapshotDay)
        notes.push_back({M::ScorecardNoteInventory, {*card.snapshotDay, window, percent(settings.carryingCostRate)}});
    else
        notes.push_back({M::ScorecardNoteInventoryNoSnapshot, {window, percent(settings.carryingCostRate)}});
    // The list in English for the command line; the ui writes it from the registry in its language.
    std::string minimums;
    for (const auto& definition : kpiDefinitions())
        if (definition.minimumSample > 1)
            minimums += fmt::format("{}{} {} {}", minimums.empty() ? "" : "; ", definition.name,
                                    definition.minimumSample, definition.sampleUnit);
    notes.push_back({M::ScorecardNoteMinimumSamples, {minimums}});
    notes.push_back({M::ScorecardNoteStatus, {}});
    return notes;
}

} // namespace

void setTrendScale(ScorecardRow& row) {
    bool any = false;
    auto widen = [&](double v) {
        row.scaleMin = any ? std::min(row.scaleMin, v) : v;
        row.scaleMax = any ? std::max(row.scaleMax, v) : v;
        any = true;
    };
    for (const auto& value : row.trend)
        if (value) widen(*value);
    if (row.target) widen(*row.target);
}

Scorecard buildScorecard(store::Connection& db, const ScorecardRequest& request, util::Progress& progress) {
    const KpiContext context = loadKpiContext(db, request.siteCode);
    std::vector<domain::IsoWeek> weeks;
    for (int k = std::max(1, request.trendWeeks) - 1; k >= 0; --k) weeks.push_back(domain::addWeeks(request.week, -k));
    const auto snapshots = ensureWeeks(db, context, weeks, request.nowUtc, request.policy, progress);

    Scorecard card;
    card.siteCode = context.site.code;
    card.siteName = context.site.name;
    card.timeZone = context.zone.name();
    card.cutoffTime = context.site.cutoffTime;
    card.week = request.week;
    card.firstDay = domain::mondayOf(request.week);
    card.lastDay = card.firstDay + 6;
    card.weeksComputed = snapshots.computed;
    for (const auto& week : snapshots.weeks) card.trendWeeks.push_back(week.isoWeek);
    const auto& current = snapshots.weeks.back();
    card.computedAt = current.computedAt;
    card.asOf = current.asOf;
    if (const auto settings = nlohmann::json::parse(current.settings, nullptr, false);
        settings.is_object() && settings.contains("on_hand_snapshot") && settings["on_hand_snapshot"].is_string())
        card.snapshotDay = settings["on_hand_snapshot"].get<std::string>();

    // Values by week and KPI.
    std::vector<std::map<std::string, const store::KpiSnapshotRow*>> byWeek;
    for (const auto& week : snapshots.weeks) {
        auto& rows = byWeek.emplace_back();
        for (const auto& row : week.rows) rows.emplace(row.kpiId, &row);
    }
    const auto targets = store::loadKpiTargets(db);
    const auto benchmarks = store::loadKpiBenchmarks(db);
    const auto comments = store::loadKpiComments(db, context.site.id, domain::formatIsoWeek(request.week));
    for (const auto& definition : kpiDefinitions()) {
        ScorecardRow row;
        row.definition = &definition;
        if (const auto target = store::effectiveKpiTarget(targets, definition.id, context.site.id)) {
            row.target = target->target;
            row.amberBand = target->amberBand;
            row.hysteresis = target->hysteresis;
            row.owner = target->owner;
            row.comment = target->comment;
        }
        for (const auto& rows : byWeek) {
            auto it = rows.find(definition.id);
            row.trend.push_back(it == rows.end() ? std::nullopt : it->second->value);
        }
        // Statuses are re-rated along the trend with today's targets, so a changed target shows
        // at once; the status stored with each snapshot records what was shown then.
        const auto statuses = rateSeries(row.trend, definition.direction, {row.target, row.amberBand, row.hysteresis});
        row.status = statuses.back();
        row.lastStatus = statuses.size() > 1 ? statuses[statuses.size() - 2] : Status::NotRated;
        row.thisWeek = row.trend.back();
        if (row.trend.size() > 1) row.lastWeek = row.trend[row.trend.size() - 2];
        if (row.thisWeek && row.lastWeek) row.change = *row.thisWeek - *row.lastWeek;
        if (auto it = byWeek.back().find(definition.id); it != byWeek.back().end()) {
            row.note = it->second->note;
            row.sample = it->second->sample;
            row.numerator = it->second->numerator;
            row.denominator = it->second->denominator;
        }
        for (const auto& benchmark : benchmarks)
            if (benchmark.kpiId == definition.id)
                row.benchmarks.push_back({benchmark.level, benchmark.value, benchmark.source, benchmark.year, benchmark.note});
        if (auto it = comments.find(definition.id); it != comments.end()) row.comment = it->second;
        setTrendScale(row);
        card.rows.push_back(std::move(row));
    }
    for (const auto& [id, row] : byWeek.back()) {
        if (id.rfind(kAgeingRowPrefix, 0) != 0) continue;
        AgeingBucket bucket;
        bucket.label = id.substr(std::string(kAgeingRowPrefix).size());
        bucket.value = row->value.value_or(0);
        bucket.share = row->denominator > 0 ? bucket.value / row->denominator : 0;
        card.ageing.push_back(bucket);
    }
    // Stored by id; show them youngest first.
    const std::vector<std::string> order{"0-30", "31-60", "61-90", "91-180", "181-365", ">365"};
    std::sort(card.ageing.begin(), card.ageing.end(), [&](const AgeingBucket& a, const AgeingBucket& b) {
        return std::find(order.begin(), order.end(), a.label) < std::find(order.begin(), order.end(), b.label);
    });
    card.footnotes = footnotesFor(card, context.settings);
    return card;
}

} // namespace stocktower::kpi
