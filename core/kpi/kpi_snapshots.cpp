#include "kpi/kpi_snapshots.h"

#include "kpi/kpi_definition.h"
#include "kpi/status.h"
#include "store/kpi_config_store.h"
#include "store/workspace.h"
#include "util/errors.h"

#include <nlohmann/json.hpp>

#include <map>

namespace stocktower::kpi {

namespace {

bool isCurrent(const store::KpiWeekRecord& stored, const SiteWeek& period) {
    // A week stored before it ended is refreshed once more of it is known.
    const auto asOf = domain::parseStoredTimestamp(stored.asOf);
    return stored.engineVersion == kKpiEngineVersion && asOf && (*asOf >= period.endUtc || *asOf >= period.nowUtc);
}

} // namespace

store::KpiWeekRecord toWeekRecord(const WeekResult& result, const KpiContext& context,
                                  const store::KpiWeekRecord* previous, store::Connection& db) {
    store::KpiWeekRecord record;
    record.siteId = context.site.id;
    record.isoWeek = domain::formatIsoWeek(result.period.week);
    record.computedAt = store::utcNowIso();
    record.asOf = domain::formatStoredTimestamp(result.period.nowUtc);
    record.engineVersion = kKpiEngineVersion;
    nlohmann::json settings = context.settings.toJson();
    settings["time_zone"] = context.zone.name();
    settings["cutoff_time"] = context.site.cutoffTime;
    settings["on_hand_snapshot"] =
        result.snapshotDay ? nlohmann::json(domain::formatIsoDate(*result.snapshotDay)) : nlohmann::json();
    record.settings = settings.dump();

    std::map<std::string, Status> previousStatus;
    if (previous)
        for (const auto& row : previous->rows) previousStatus[row.kpiId] = parseStatus(row.status).value_or(Status::NotRated);
    const auto targets = store::loadKpiTargets(db);
    for (const auto& value : result.values) {
        store::KpiSnapshotRow row;
        row.kpiId = value.kpiId;
        row.value = value.value;
        row.numerator = value.numerator;
        row.denominator = value.denominator;
        row.sample = value.sample;
        row.note = value.note;
        row.inputs = value.inputs;
        if (const auto* definition = findKpi(value.kpiId)) {
            const auto target = store::effectiveKpiTarget(targets, value.kpiId, context.site.id);
            StatusRule rule;
            if (target) rule = {target->target, target->amberBand, target->hysteresis};
            const auto before = previousStatus.find(value.kpiId);
            row.status = std::string(statusName(rateStatus(value.value, definition->direction, rule,
                                                           before == previousStatus.end() ? Status::NotRated
                                                                                          : before->second)));
        }
        record.rows.push_back(std::move(row));
    }
    for (const auto& bucket : result.ageing.buckets) {
        store::KpiSnapshotRow row;
        row.kpiId = kAgeingRowPrefix + bucket.label;
        row.value = bucket.value;
        row.numerator = bucket.value;
        row.denominator = result.ageing.totalValue;
        row.sample = 1;
        record.rows.push_back(std::move(row));
    }
    return record;
}

SnapshotSummary ensureWeeks(store::Connection& db, const KpiContext& context, const std::vector<domain::IsoWeek>& weeks,
                            std::int64_t nowUtc, SnapshotPolicy policy, util::Progress& progress) {
    SnapshotSummary summary;
    if (weeks.empty()) return summary;
    // The week before the first one too: its stored status seeds the first week's hysteresis.
    const auto before = domain::addWeeks(weeks.front(), -1);
    auto stored = store::loadKpiWeeks(db, context.site.id, domain::formatIsoWeek(before),
                                      domain::formatIsoWeek(weeks.back()));
    std::map<std::string, store::KpiWeekRecord> byWeek;
    for (auto& week : stored) byWeek.emplace(week.isoWeek, std::move(week));
    const store::KpiWeekRecord* previous = nullptr;
    if (auto it = byWeek.find(domain::formatIsoWeek(before)); it != byWeek.end()) previous = &it->second;

    progress.setStage("KPI weeks of " + context.site.code);
    std::size_t done = 0;
    for (const auto& week : weeks) {
        if (progress.isCancelled()) throw util::Cancelled();
        const std::string name = domain::formatIsoWeek(week);
        const SiteWeek period = makeSiteWeek(context.site.id, context.site.code, context.zone, context.cutoffMinute,
                                             week, nowUtc);
        auto it = byWeek.find(name);
        const bool reuse = it != byWeek.end() && !policy.recompute && isCurrent(it->second, period);
        if (!reuse) {
            auto record = toWeekRecord(computeWeek(db, context, week, nowUtc), context, previous, db);
            ++summary.computed;
            if (policy.store) {
                store::saveKpiWeek(db, record);
                ++summary.stored;
            }
            it = byWeek.insert_or_assign(name, std::move(record)).first;
        }
        previous = &it->second;
        summary.weeks.push_back(it->second);
        progress.report(++done, weeks.size());
    }
    return summary;
}

} // namespace stocktower::kpi
