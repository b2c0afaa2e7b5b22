// KPI calculators on small hand-made data sets. Oracle: hand computation, worked out in the
// comments next to each data set (the week is ISO 2026-W47, Monday 16 to Sunday 22 November).
#include "kpi/flow_kpis.h"
#include "kpi/inventory_kpis.h"
#include "kpi/record_accuracy.h"
#include "kpi/service_kpis.h"
#include "kpi/stockout_rate.h"

#include <gtest/gtest.h>

#include <map>

using namespace stocktower;
using store::OrderLineFact;

namespace {

std::int64_t at(const char* stored) { return *domain::parseStoredTimestamp(stored); }
domain::DayNumber day(const char* iso) { return *domain::parseIsoDate(iso); }

const domain::TimeZone& berlin() {
    static const domain::TimeZone zone = *domain::TimeZone::locate("Europe/Berlin");
    return zone;
}

kpi::SiteWeek week47(const char* now, std::optional<int> cutoff = 15 * 60) {
    return kpi::makeSiteWeek(1, "BER", berlin(), cutoff, {2026, 47}, at(now));
}

OrderLineFact line(const char* order, double ordered, double shipped, const char* orderedAt, const char* promised,
                   const char* shippedAt) {
    OrderLineFact fact;
    fact.orderNumber = order;
    fact.itemId = 1;
    fact.orderedQty = ordered;
    fact.shippedQty = shipped;
    fact.orderedAt = at(orderedAt);
    if (promised) fact.promisedDate = day(promised);
    if (shippedAt) fact.shippedAt = at(shippedAt);
    return fact;
}

std::map<std::string, kpi::KpiValue> byId(const std::vector<kpi::KpiValue>& values) {
    std::map<std::string, kpi::KpiValue> map;
    for (const auto& value : values) map.emplace(value.kpiId, value);
    return map;
}

// A: two lines, one a day early (inside the 1-day early window): on time, in full.
// B: partial shipment on the commit date: on time, not in full.
// C: committed Friday 20th, shipped complete Monday 23rd (the next week): in full, late.
// D: committed Saturday 21st, never shipped, now past due: a failed line (0 of 3 units).
// E: committed 26th: not due in the week, left out.
// F: no dates, ordered Sunday 22nd 15:30 local, after the 15:00 cut-off: due the 23rd, left out.
// G: no dates, ordered Sunday 15th 16:00 local (after cut-off): due Monday 16th, shipped then.
// H: committed 20th, shipped the 17th, three days early: shipped on time, but outside OTIF's window.
std::vector<OrderLineFact> weekOfOrders() {
    return {
        line("A", 10, 10, "2026-11-16T08:00:00Z", "2026-11-18", "2026-11-18T09:00:00Z"),
        line("A", 5, 5, "2026-11-16T08:00:00Z", "2026-11-18", "2026-11-17T09:00:00Z"),
        line("B", 8, 6, "2026-11-16T09:00:00Z", "2026-11-19", "2026-11-19T12:00:00Z"),
        line("C", 4, 4, "2026-11-17T09:00:00Z", "2026-11-20", "2026-11-23T10:00:00Z"),
        line("D", 3, 0, "2026-11-18T09:00:00Z", "2026-11-21", nullptr),
        line("E", 7, 0, "2026-11-20T09:00:00Z", "2026-11-26", nullptr),
        line("F", 9, 0, "2026-11-22T14:30:00Z", nullptr, nullptr),
        line("G", 1, 1, "2026-11-15T15:00:00Z", nullptr, "2026-11-16T11:00:00Z"),
        line("H", 2, 2, "2026-11-16T10:00:00Z", "2026-11-20", "2026-11-17T10:00:00Z"),
    };
}

} // namespace

TEST(KpiService, DueDayFollowsCommitDateElseOrderTimeAndCutoff) {
    const auto period = week47("2026-11-25T12:00:00Z");
    const auto lines = weekOfOrders();
    EXPECT_EQ(kpi::dueDay(lines[0], period), day("2026-11-18"));
    EXPECT_EQ(kpi::dueDay(lines[6], period), day("2026-11-23")); // 15:30 local is after the cut-off
    EXPECT_EQ(kpi::dueDay(lines[7], period), day("2026-11-16"));
    auto beforeCutoff = lines[6];
    beforeCutoff.orderedAt = at("2026-11-22T13:59:00Z"); // 14:59 local
    EXPECT_EQ(kpi::dueDay(beforeCutoff, period), day("2026-11-22"));
    auto requestedOnly = lines[6];
    requestedOnly.requestedDate = day("2026-11-19");
    EXPECT_EQ(kpi::dueDay(requestedOnly, period), day("2026-11-19"));
}

TEST(KpiService, FillRatesOtifAndOnTimeByHand) {
    const auto values = byId(kpi::computeServiceKpis(weekOfOrders(), week47("2026-11-25T12:00:00Z"), {1, 0, 0.0}));
    // Decided lines A1 A2 B C D G H: units ordered 10+5+8+4+3+1+2 = 33, shipped 10+5+6+4+0+1+2 = 28.
    EXPECT_DOUBLE_EQ(*values.at("unit_fill_rate").value, 28.0 / 33.0);
    EXPECT_EQ(values.at("unit_fill_rate").sample, 7);
    // Complete lines A1 A2 C G H = 5 of 7.
    EXPECT_DOUBLE_EQ(*values.at("line_fill_rate").value, 5.0 / 7.0);
    // Orders A B C D G H: in full A C G H = 4; OTIF A G = 2; shipped by the commit date A B G H = 4.
    EXPECT_DOUBLE_EQ(*values.at("order_fill_rate").value, 4.0 / 6.0);
    EXPECT_DOUBLE_EQ(*values.at("otif").value, 2.0 / 6.0);
    EXPECT_DOUBLE_EQ(*values.at("on_time_shipment").value, 4.0 / 6.0);
    EXPECT_EQ(values.at("otif").sample, 6);
}

TEST(KpiService, WindowAndToleranceAreConfigurable) {
    // Three days early allowed, one day late, 30 % short still in full: B (6 of 8) is in full,
    // C (one working day late, three calendar days) is still late, H (three days early) is on time.
    const auto values = byId(kpi::computeServiceKpis(weekOfOrders(), week47("2026-11-25T12:00:00Z"), {3, 1, 0.3}));
    EXPECT_DOUBLE_EQ(*values.at("line_fill_rate").value, 6.0 / 7.0);
    // OTIF: A B G H = 4 of 6 (C late by 3 days, D never shipped).
    EXPECT_DOUBLE_EQ(*values.at("otif").value, 4.0 / 6.0);
}

TEST(KpiService, PendingLinesWaitAndAnEmptyWeekIsNotAvailable) {
    // Thursday 19th noon: C (due 20th) and D (due 21st) are not due yet; C's shipment (the 23rd)
    // is in the future, so it is taken out of the data as it would have been then.
    auto lines = weekOfOrders();
    lines[3].shippedAt.reset();
    lines[3].shippedQty = 0;
    const auto values = byId(kpi::computeServiceKpis(lines, week47("2026-11-19T11:00:00Z"), {1, 0, 0.0}));
    // Decided: A1 A2 B G H (H shipped early) → 5 lines; orders A B G H.
    EXPECT_EQ(values.at("line_fill_rate").sample, 5);
    EXPECT_EQ(values.at("otif").sample, 4);
    EXPECT_NE(values.at("otif").inputs.find("\"pending_lines\":2"), std::string::npos);

    const auto empty = byId(kpi::computeServiceKpis({}, week47("2026-11-25T12:00:00Z"), {}));
    EXPECT_FALSE(empty.at("otif").value);
    EXPECT_EQ(empty.at("otif").note, "no orders due in the week");
    EXPECT_EQ(empty.at("unit_fill_rate").note, "no order lines due in the week");
}

TEST(KpiFlow, DockToStockAndOrderCycleTime) {
    const auto period = week47("2026-11-25T12:00:00Z");
    // 4 h and 10 h in the week; the third receipt was put away the next week.
    const std::vector<store::ReceiptFact> receipts{
        {1, 10, at("2026-11-16T08:00:00Z"), at("2026-11-16T12:00:00Z")},
        {2, 10, at("2026-11-15T20:00:00Z"), at("2026-11-16T06:00:00Z")},
        {3, 10, at("2026-11-22T20:00:00Z"), at("2026-11-24T06:00:00Z")},
    };
    const auto dock = kpi::computeDockToStock(receipts, period);
    EXPECT_DOUBLE_EQ(*dock.value, 7.0);
    EXPECT_EQ(dock.sample, 2);
    // X: ordered 16th 08:00, lines shipped 17th and 18th 08:00 → 48 h; Y: 6 h. Mean 27 h.
    const std::vector<OrderLineFact> shipped{
        line("X", 1, 1, "2026-11-16T08:00:00Z", nullptr, "2026-11-17T08:00:00Z"),
        line("X", 1, 1, "2026-11-16T08:00:00Z", nullptr, "2026-11-18T08:00:00Z"),
        line("Y", 1, 1, "2026-11-17T10:00:00Z", nullptr, "2026-11-17T16:00:00Z"),
    };
    const auto cycle = kpi::computeOrderCycleTime(shipped, period);
    EXPECT_DOUBLE_EQ(*cycle.value, 27.0);
    EXPECT_EQ(cycle.sample, 2);
    EXPECT_FALSE(kpi::computeDockToStock({}, period).value);
}

TEST(KpiFlow, PickingAccuracyNeedsChecksAndLinesPerHourNeedsHours) {
    auto x1 = line("X", 1, 1, "2026-11-16T08:00:00Z", nullptr, "2026-11-17T08:00:00Z");
    auto x2 = x1;
    auto y1 = line("Y", 1, 1, "2026-11-16T08:00:00Z", nullptr, "2026-11-17T08:00:00Z");
    auto z1 = line("Z", 1, 1, "2026-11-16T08:00:00Z", nullptr, "2026-11-17T08:00:00Z");
    auto z2 = z1;
    auto w1 = line("W", 1, 1, "2026-11-16T08:00:00Z", nullptr, "2026-11-17T08:00:00Z");
    x1.pickErrors = 0;
    x2.pickErrors = 0;
    y1.pickErrors = 0;
    z1.pickErrors = 1; // Z had a mis-pick; z2 unchecked; W never checked (not counted)
    const std::vector<OrderLineFact> shipped{x1, x2, y1, z1, z2, w1};
    const auto accuracy = kpi::computePickingAccuracy(shipped);
    EXPECT_DOUBLE_EQ(*accuracy.value, 2.0 / 3.0);
    EXPECT_EQ(accuracy.sample, 3);
    EXPECT_FALSE(kpi::computePickingAccuracy({w1}).value);
    EXPECT_NE(kpi::computePickingAccuracy({w1}).note.find("no pick checks"), std::string::npos);

    // 6 lines over 1.5 + 1.5 picking hours = 2 lines an hour; packing hours do not count.
    const std::vector<store::LabourFact> labour{{day("2026-11-16"), "picking", 1.5},
                                                {day("2026-11-17"), "picking", 1.5},
                                                {day("2026-11-17"), "packing", 5.0}};
    EXPECT_DOUBLE_EQ(*kpi::computeLinesPerLabourHour(shipped, labour).value, 2.0);
    EXPECT_FALSE(kpi::computeLinesPerLabourHour(shipped, {}).value);
}

TEST(KpiRecordAccuracy, AbcClassesByParetoCut) {
    // Values 700, 200, 60, 40, 0 of 1000: cumulative before each item 0, .7, .9, .96 → A A B C, and C.
    const auto classes = kpi::classifyAbc({{1, 700}, {2, 200}, {3, 60}, {4, 40}, {5, 0}}, 0.8, 0.95);
    EXPECT_EQ(classes.at(1), 'A');
    EXPECT_EQ(classes.at(2), 'A');
    EXPECT_EQ(classes.at(3), 'B');
    EXPECT_EQ(classes.at(4), 'C');
    EXPECT_EQ(classes.at(5), 'C');
}

TEST(KpiRecordAccuracy, ToleranceByClassAndValueBased) {
    auto count = [](std::int64_t item, double book, double counted, std::optional<char> abc = std::nullopt,
                    std::optional<double> cost = std::nullopt) {
        store::CycleCountFact fact;
        fact.itemId = item;
        fact.bookQty = book;
        fact.countedQty = counted;
        fact.abcClass = abc;
        fact.unitCost = cost;
        return fact;
    };
    // A ±1 %: 100→99 within, 100→98 out. B (the count's own class) ±3 %: 50→52 out (2 > 1.5).
    // C ±5 %: 20→21 within. Zero book: 0→0 within, 0→1 out. Within 3 of 6.
    const std::vector<store::CycleCountFact> counts{count(1, 100, 99),         count(1, 100, 98),
                                                    count(2, 50, 52, 'B', 10), count(3, 20, 21),
                                                    count(4, 0, 0),            count(5, 0, 1)};
    const std::unordered_map<std::int64_t, char> classes{{1, 'A'}, {2, 'A'}};
    const std::unordered_map<std::int64_t, double> costs{{1, 2.0}, {2, 1.0}, {3, 1.0}, {4, 5.0}, {5, 5.0}};
    const auto values = byId(kpi::computeRecordAccuracy(counts, classes, costs, {}));
    EXPECT_DOUBLE_EQ(*values.at("record_accuracy").value, 0.5);
    // |variance| x cost: 1x2 + 2x2 + 2x10 + 1x1 + 0 + 1x5 = 32; book x cost: 200 + 200 + 500 + 20 = 920.
    EXPECT_DOUBLE_EQ(*values.at("record_accuracy_value").value, 1.0 - 32.0 / 920.0);
}

TEST(KpiRecordAccuracy, VariancesAreNeverNetted) {
    // +5 and -5 on the same item net to zero, but both counts are wrong.
    store::CycleCountFact over{7, 0, 100, 105, std::nullopt, 'C'};
    store::CycleCountFact under{7, 0, 100, 95, std::nullopt, 'C'};
    over.countedAt = under.countedAt = at("2026-11-17T08:00:00Z");
    const auto values = byId(kpi::computeRecordAccuracy({over, under}, {}, {{7, 1.0}}, {0.01, 0.03, 0.04}));
    EXPECT_DOUBLE_EQ(*values.at("record_accuracy").value, 0.0);
    EXPECT_DOUBLE_EQ(*values.at("record_accuracy_value").value, 1.0 - 10.0 / 200.0);
    EXPECT_FALSE(byId(kpi::computeRecordAccuracy({}, {}, {}, {})).at("record_accuracy").value);
}

TEST(KpiInventory, TurnsDaysOnHandSupplyAndCarryingCost) {
    const kpi::ItemCosts costs{{1, 2.0}, {2, 5.0}};
    kpi::InventoryInputs inputs;
    // Older snapshot: 100 x 2 + 10 on hold x 5 = 250. Newer: 50 x 2 = 100; item 2 is -5 (counts as
    // zero) and 100 consigned (not ours).
    inputs.snapshots.push_back({day("2026-09-01"), {{1, std::nullopt, "", std::nullopt, "available", 100},
                                                    {2, std::nullopt, "", std::nullopt, "hold", 10}}});
    inputs.snapshots.push_back({day("2026-11-22"), {{1, std::nullopt, "", std::nullopt, "available", 50},
                                                    {2, std::nullopt, "", std::nullopt, "available", -5},
                                                    {2, std::nullopt, "", std::nullopt, "consigned", 100}}});
    inputs.shippedUnits = {{1, 455}, {2, 91}}; // COGS 910 + 455 = 1365 in 91 days
    inputs.windowDays = 91;
    inputs.carryingCostRate = 0.25;
    const auto values = byId(kpi::computeInventoryKpis(inputs, costs));
    // Average 175; annual COGS 1365 x 365 / 91 = 5475; turns 5475 / 175 = 31.2857…
    EXPECT_DOUBLE_EQ(*values.at("inventory_turns").value, 5475.0 / 175.0);
    EXPECT_DOUBLE_EQ(*values.at("days_on_hand").value, 365.0 / (5475.0 / 175.0));
    // Daily COGS 15; 100 on hand → 6.67 days.
    EXPECT_DOUBLE_EQ(*values.at("days_of_supply").value, 100.0 / 15.0);
    EXPECT_DOUBLE_EQ(*values.at("carrying_cost").value, 43.75);
}

TEST(KpiInventory, ZeroInventoryAndNoSnapshotAreNotAvailable) {
    kpi::InventoryInputs inputs;
    auto none = byId(kpi::computeInventoryKpis(inputs, {}));
    EXPECT_FALSE(none.at("inventory_turns").value);
    inputs.snapshots.push_back({day("2026-11-22"), {{1, std::nullopt, "", std::nullopt, "available", 0}}});
    inputs.shippedUnits = {{1, 10}};
    auto zero = byId(kpi::computeInventoryKpis(inputs, {{1, 3.0}}));
    EXPECT_FALSE(zero.at("inventory_turns").value);
    EXPECT_EQ(zero.at("inventory_turns").note, "no inventory value at cost");
    EXPECT_DOUBLE_EQ(*zero.at("days_of_supply").value, 0.0); // nothing on hand, demand continues
    EXPECT_DOUBLE_EQ(*zero.at("carrying_cost").value, 0.0);
}

TEST(KpiInventory, AgeingByFifoReceiptLayers) {
    const auto utc = domain::TimeZone{};
    // Item 1: 120 on hand matched to receipts of 30 (2 days old), 40 (52 days), then 50 of 100
    // (174 days) → values 60, 80, 100 at cost 2. Item 2: 10 at cost 5 with no receipt: older
    // than the history, which starts 1 May (206 days) → 181-365.
    const std::vector<store::OnHandFact> onHand{{1, std::nullopt, "", std::nullopt, "available", 120},
                                                {2, std::nullopt, "", std::nullopt, "available", 10}};
    const std::vector<store::ReceiptFact> receipts{{1, 30, at("2026-11-20T12:00:00Z"), std::nullopt},
                                                   {1, 40, at("2026-10-01T12:00:00Z"), std::nullopt},
                                                   {1, 100, at("2026-06-01T12:00:00Z"), std::nullopt}};
    const auto ageing = kpi::computeAgeing(onHand, day("2026-11-22"), receipts, utc, day("2026-05-01"),
                                           {{1, 2.0}, {2, 5.0}});
    ASSERT_EQ(ageing.buckets.size(), 6u);
    EXPECT_DOUBLE_EQ(ageing.buckets[0].value, 60);  // 0-30
    EXPECT_DOUBLE_EQ(ageing.buckets[1].value, 80);  // 31-60
    EXPECT_DOUBLE_EQ(ageing.buckets[2].value, 0);   // 61-90
    EXPECT_DOUBLE_EQ(ageing.buckets[3].value, 100); // 91-180
    EXPECT_DOUBLE_EQ(ageing.buckets[4].value, 50);  // 181-365
    EXPECT_DOUBLE_EQ(ageing.totalValue, 290);
    EXPECT_DOUBLE_EQ(ageing.unmatchedValue, 50);
    EXPECT_DOUBLE_EQ(*kpi::agedOver90Share(ageing).value, 150.0 / 290.0);
}

TEST(KpiCapacity, UsableStorageLocationsHoldingStock) {
    // Storage = usable forward/reserve: L1 (stock), L2 (empty), L5 (a zero row) → 1 of 3.
    // L3 is blocked and L4 is a dock: neither counts, stock or not.
    const std::vector<store::StorageLocationFact> locations{
        {1, "L1", "forward", true}, {2, "L2", "reserve", true}, {3, "L3", "reserve", false},
        {4, "L4", "dock", true},    {5, "L5", "forward", true}};
    const std::vector<store::OnHandFact> onHand{{1, 1, "", std::nullopt, "available", 5},
                                                {2, 3, "", std::nullopt, "available", 5},
                                                {3, 4, "", std::nullopt, "available", 5},
                                                {4, 5, "", std::nullopt, "available", 0}};
    EXPECT_DOUBLE_EQ(*kpi::computeCapacityUsed(locations, onHand).value, 1.0 / 3.0);
}

TEST(KpiStockout, SkuDaysRolledBackFromALaterSnapshot) {
    const auto utc = domain::TimeZone{};
    kpi::StockoutInputs inputs;
    inputs.items = {1, 2, 3};
    inputs.anchorDay = day("2026-11-22");
    inputs.anchorAvailable = {{1, 5}, {2, 0}, {3, 10}};
    // Item 1: 5 at the end; 5 shipped on the 20th, 10 put away on the 18th → balances
    // 16th 0, 17th 0, 18th 10, 19th 10, 20th 5, 21st 5, 22nd 5: two days out.
    // Item 2: 0 at the end after a put-away of 4 on the 22nd → -4 before: seven days out.
    inputs.shipments = {{1, at("2026-11-20T10:00:00Z"), 5}};
    inputs.putAways = {{1, at("2026-11-18T10:00:00Z"), 10}, {2, at("2026-11-22T10:00:00Z"), 4}};
    const auto value = kpi::computeStockoutRate(inputs, utc, day("2026-11-16"), day("2026-11-22"));
    EXPECT_EQ(value.sample, 21);
    EXPECT_DOUBLE_EQ(*value.value, 9.0 / 21.0);
}

TEST(KpiStockout, SkuDaysRolledForwardFromAnEarlierSnapshot) {
    const auto utc = domain::TimeZone{};
    kpi::StockoutInputs inputs;
    inputs.items = {1};
    inputs.anchorDay = day("2026-11-14");
    inputs.anchorAvailable = {{1, 3}};
    inputs.shipments = {{1, at("2026-11-17T10:00:00Z"), 3}}; // out from the 17th to the 22nd
    const auto value = kpi::computeStockoutRate(inputs, utc, day("2026-11-16"), day("2026-11-22"));
    EXPECT_DOUBLE_EQ(*value.value, 6.0 / 7.0);
}
