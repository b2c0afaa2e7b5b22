#include "kpi/kpi_engine.h"

#include "kpi/flow_kpis.h"
#include "kpi/kpi_definition.h"
#include "kpi/record_accuracy.h"
#include "kpi/service_kpis.h"
#include "kpi/stockout_rate.h"
#include "store/kpi_config_store.h"
#include "util/errors.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <future>
#include <map>

namespace stocktower::kpi {

using domain::DayNumber;

namespace {

// A snapshot further than this from the week is too far to roll daily balances from.
constexpr int kMaxRollDays = 120;

KpiValue notAvailable(const std::string& id, const std::string& note) {
    KpiValue value;
    value.kpiId = id;
    value.note = note;
    return value;
}

struct SiteItems {
    std::vector<store::SiteItemFact> rows;
    ItemCosts costs;
    std::vector<std::int64_t> active; // status active or new: the SKUs a stockout counts for
};

SiteItems loadItems(store::Connection& db, std::int64_t siteId) {
    SiteItems items;
    items.rows = store::loadSiteItems(db, siteId);
    for (const auto& row : items.rows) {
        items.costs.emplace(row.itemId, row.unitCost);
        if (row.status == "active" || row.status == "new") items.active.push_back(row.itemId);
    }
    return items;
}

std::unordered_map<std::int64_t, double> availableByItem(const std::vector<store::OnHandFact>& rows) {
    std::unordered_map<std::int64_t, double> available;
    for (const auto& row : rows)
        if (row.status == "available") available[row.itemId] += row.quantity;
    return available;
}

// The snapshot the stockout roll starts from: one inside the week if any, else the nearest.
std::optional<DayNumber> stockoutAnchor(store::Connection& db, const SiteWeek& period, DayNumber lastCounted) {
    const auto before = store::latestSnapshotOnOrBefore(db, period.siteId, lastCounted);
    if (before && *before >= period.firstDay) return before;
    const auto after = store::earliestSnapshotOnOrAfter(db, period.siteId, period.firstDay);
    std::optional<DayNumber> best;
    int distance = kMaxRollDays + 1;
    if (before && period.firstDay - *before < distance) {
        best = before;
        distance = period.firstDay - *before;
    }
    if (after && *after - lastCounted < distance) best = after;
    return best;
}

KpiValue stockoutRate(store::Connection& db, const SiteWeek& period, const SiteItems& items,
                      const std::optional<DayNumber>& weekSnapshot, const std::vector<store::OnHandFact>& weekRows) {
    const DayNumber lastCounted = std::min(period.lastDay, period.today());
    if (lastCounted < period.firstDay) return notAvailable("stockout_rate", kpiNote(util::MessageId::KpiNoteWeekNotStarted));
    const auto anchor = stockoutAnchor(db, period, lastCounted);
    if (!anchor)
        return notAvailable("stockout_rate",
                            kpiNote(util::MessageId::KpiNoteNoSnapshotWithinDays, {std::to_string(kMaxRollDays)}));
    StockoutInputs inputs;
    inputs.items = items.active;
    inputs.anchorDay = *anchor;
    inputs.anchorAvailable =
        availableByItem(weekSnapshot == anchor ? weekRows : store::loadOnHand(db, period.siteId, *anchor));
    const DayNumber from = std::min(period.firstDay, *anchor);
    const DayNumber to = std::max(lastCounted, *anchor);
    const auto fromUtc = period.dayStartUtc(from);
    const auto toUtc = period.dayStartUtc(to + 1);
    inputs.shipments = store::loadShipments(db, period.siteId, fromUtc, toUtc);
    inputs.putAways = store::loadPutAways(db, period.siteId, fromUtc, toUtc);
    return computeStockoutRate(inputs, period.zone, period.firstDay, lastCounted);
}

// One snapshot per week of the window (the last in each week) keeps the average cheap when a
// workspace holds daily snapshots.
std::vector<DayNumber> weeklySnapshotDays(const std::vector<DayNumber>& days) {
    std::map<domain::IsoWeek, DayNumber> lastOfWeek;
    for (DayNumber day : days) lastOfWeek[domain::isoWeekOf(day)] = day;
    std::vector<DayNumber> picked;
    for (const auto& [week, day] : lastOfWeek) picked.push_back(day);
    return picked;
}

} // namespace

KpiContext loadKpiContext(store::Connection& db, const std::string& siteCode) {
    auto site = store::loadKpiSite(db, siteCode);
    if (!site) throw util::UserError("no site with code '" + siteCode + "'");
    auto zone = domain::TimeZone::locate(site->timezone);
    if (!zone)
        throw util::UserError("site '" + siteCode + "' has the time zone '" + site->timezone +
                              "', which is not a known IANA zone; correct the site first");
    KpiContext context{*site, *zone, parseCutoff(site->cutoffTime),
                       KpiSettings::fromValues(store::kpiSettingValues(db))};
    return context;
}

void applyMinimumSample(KpiValue& value) {
    const KpiDefinition* definition = findKpi(value.kpiId);
    if (!definition || !value.value) return;
    if (static_cast<double>(value.sample) < definition->minimumSample) {
        value.value.reset();
        value.note = kpiNote(util::MessageId::KpiNoteSampleBelowMinimum,
                             {std::to_string(value.sample), definition->sampleUnit, fmt::format("{}", definition->minimumSample)});
    }
}

WeekResult computeWeek(store::Connection& db, const KpiContext& context, domain::IsoWeek week, std::int64_t nowUtc) {
    WeekResult result;
    const SiteWeek period =
        makeSiteWeek(context.site.id, context.site.code, context.zone, context.cutoffMinute, week, nowUtc);
    result.period = period;
    const KpiSettings& settings = context.settings;
    const std::int64_t siteId = period.siteId;
    std::map<std::string, KpiValue> byId;
    auto keep = [&](KpiValue value) { byId[value.kpiId] = std::move(value); };

    // The trailing window's shipments are the largest read (a million lines for a big site): on
    // a second, read-only connection they load while this thread reads everything else. A
    // database without a file (in memory) cannot be opened twice: then it is read here.
    const DayNumber windowFirst = period.lastDay - settings.demandWindowDays + 1;
    const std::int64_t windowFromUtc = period.dayStartUtc(windowFirst);
    const std::string path = db.path();
    const bool separateReader = !path.empty() && path != ":memory:";
    auto usage = std::async(separateReader ? std::launch::async : std::launch::deferred,
                            [&db, path, separateReader, siteId, windowFromUtc, end = period.endUtc] {
                                if (!separateReader) return store::shippedUnitsByItem(db, siteId, windowFromUtc, end);
                                store::Connection reader(path, store::Connection::Mode::ReadOnly);
                                reader.setBusyTimeout(5000);
                                return store::shippedUnitsByItem(reader, siteId, windowFromUtc, end);
                            });

    // Service: lines due in the week. Undated lines ordered late the day before are due Monday.
    const auto due = store::loadOrderLinesDue(db, siteId, period.firstDay, period.lastDay,
                                              period.startUtc - 86400, period.endUtc);
    for (auto& value : computeServiceKpis(due, period, {settings.otifEarlyDays, settings.otifLateDays,
                                                        settings.inFullTolerance}))
        keep(std::move(value));

    // What happened in the week.
    const auto shipped = store::loadOrderLinesShipped(db, siteId, period.startUtc, period.endUtc);
    keep(computeOrderCycleTime(shipped, period));
    keep(computePickingAccuracy(shipped));
    keep(computeLinesPerLabourHour(shipped, store::loadLabourHours(db, siteId, period.firstDay, period.lastDay)));
    keep(computeDockToStock(store::loadReceiptsPutAway(db, siteId, period.startUtc, period.endUtc), period));

    // Usage over the trailing demand window: ABC classes, cost of goods, average demand.
    const SiteItems items = loadItems(db, siteId);
    std::unordered_map<std::int64_t, double> shippedUnits, usageValue;
    for (const auto& row : usage.get()) {
        shippedUnits[row.itemId] = row.quantity;
        auto cost = items.costs.find(row.itemId);
        usageValue[row.itemId] = row.quantity * (cost == items.costs.end() ? 0.0 : cost->second);
    }
    const auto classes = classifyAbc(usageValue, settings.abcAShare, settings.abcBShare);
    for (auto& value : computeRecordAccuracy(store::loadCycleCounts(db, siteId, period.startUtc, period.endUtc),
                                             classes, items.costs,
                                             {settings.recordToleranceA, settings.recordToleranceB,
                                              settings.recordToleranceC}))
        keep(std::move(value));

    // Stock: the latest on-hand snapshot on or before the week's last day.
    result.snapshotDay = store::latestSnapshotOnOrBefore(db, siteId, period.lastDay);
    std::vector<store::OnHandFact> weekRows;
    const std::string noSnapshot =
        kpiNote(util::MessageId::KpiNoteNoSnapshotOnOrBefore, {domain::formatIsoDate(period.lastDay)});
    if (result.snapshotDay && *result.snapshotDay >= windowFirst) {
        weekRows = store::loadOnHand(db, siteId, *result.snapshotDay);
        InventoryInputs inputs;
        for (DayNumber day : weeklySnapshotDays(store::snapshotDays(db, siteId, windowFirst, *result.snapshotDay)))
            inputs.snapshots.push_back({day, day == *result.snapshotDay ? weekRows : store::loadOnHand(db, siteId, day)});
        inputs.shippedUnits = shippedUnits;
        inputs.windowDays = settings.demandWindowDays;
        inputs.carryingCostRate = settings.carryingCostRate;
        for (auto& value : computeInventoryKpis(inputs, items.costs)) keep(std::move(value));
        const auto firstArrival = store::firstArrival(db, siteId);
        result.ageing = computeAgeing(
            weekRows, *result.snapshotDay,
            store::loadReceiptsArrivedBefore(db, siteId, period.dayStartUtc(*result.snapshotDay + 1)), period.zone,
            firstArrival ? std::optional<DayNumber>(period.zone.localDay(*firstArrival)) : std::nullopt, items.costs);
        keep(agedOver90Share(result.ageing));
        keep(computeCapacityUsed(store::usableStorageLocationIds(db, siteId), weekRows));
    } else {
        for (const char* id : {"inventory_turns", "days_on_hand", "days_of_supply", "carrying_cost",
                               "aged_over_90_share", "capacity_used"})
            keep(notAvailable(id, noSnapshot));
    }
    keep(stockoutRate(db, period, items, result.snapshotDay, weekRows));

    for (const auto& definition : kpiDefinitions()) {
        auto it = byId.find(definition.id);
        KpiValue value = it != byId.end() ? it->second : notAvailable(definition.id, kpiNote(util::MessageId::KpiNoteNotComputed));
        if (value.value && !std::isfinite(*value.value)) {
            value.value.reset();
            value.note = kpiNote(util::MessageId::KpiNoteNotFinite);
        }
        applyMinimumSample(value);
        result.values.push_back(std::move(value));
    }
    return result;
}

} // namespace stocktower::kpi
