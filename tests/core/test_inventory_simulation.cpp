// Policy simulation, deterministic cases: every number below is a hand computation of the event
// order in inventory/simulation.h (receive → demand → review; an order placed in period t with lead
// time L is received at the start of period t + L + 1).
#include "inventory/simulation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

using namespace stocktower::inventory;

namespace {

// Constant demand: a normal with sd 0 draws exactly its mean.
SimItem constantDemand(double perPeriod) {
    SimItem item;
    item.demand.distribution = SimDemandDistribution::Normal;
    item.demand.mean = perPeriod;
    return item;
}

SimItem reorderPointItem(double s, double q, double demand, double leadTime) {
    auto item = constantDemand(demand);
    item.policy.kind = SimPolicyKind::ReorderPointQuantity;
    item.policy.reorderPoint = s;
    item.policy.orderQuantity = q;
    item.leadTime.mean = leadTime;
    return item;
}

SimSettings periods(int count, int warmUp = 0) {
    SimSettings settings;
    settings.periods = count;
    settings.warmUpPeriods = warmUp;
    settings.replications = 3;
    return settings;
}

std::vector<double> onHandOf(const std::vector<SimTracePeriod>& trace) {
    std::vector<double> values;
    for (const auto& p : trace)
        values.push_back(p.onHand);
    return values;
}

std::vector<int> orderPeriodsOf(const std::vector<SimTracePeriod>& trace) {
    std::vector<int> values;
    for (const auto& p : trace)
        if (p.ordered > 0) values.push_back(p.period);
    return values;
}

} // namespace

// (s,Q) = (10, 20), demand 4 a period, lead time 2, start with s + Q = 30 on hand. On hand falls
// 26, 22, 18, 14, 10; at 10 (IP = s) it orders 20, received in period 4 + 2 + 1 = 7, when on hand
// 2 + 20 − 4 = 18. The cycle repeats every 5 periods and never runs out.
TEST(InventorySimulation, ReorderPointNoStockout) {
    const auto item = reorderPointItem(10, 20, 4, 2);
    const auto settings = periods(20);
    const auto trace = traceReplication(item, 0, 0, settings);
    EXPECT_EQ(onHandOf(trace), (std::vector<double>{26, 22, 18, 14, 10, 6, 2, 18, 14, 10,
                                                    6,  2,  18, 14, 10, 6, 2, 18, 14, 10}));
    EXPECT_EQ(orderPeriodsOf(trace), (std::vector<int>{4, 9, 14, 19}));
    EXPECT_EQ(trace[4].ordered, 20);
    EXPECT_EQ(trace[4].arrival, 7);
    EXPECT_EQ(trace[4].inventoryPosition, 30);
    EXPECT_EQ(trace[7].received, 20);

    const auto result = simulateItem(item, 0, settings);
    EXPECT_EQ(result.stockoutPeriods, 0);
    EXPECT_EQ(result.stockoutUnits, 0);
    EXPECT_EQ(result.orders, 4);
    EXPECT_EQ(result.orderedUnits, 80);
    EXPECT_EQ(result.demandUnits, 80);
    EXPECT_DOUBLE_EQ(result.fillRate.mean, 1.0);
    EXPECT_DOUBLE_EQ(result.readyRate.mean, 1.0);
    // Receipts in periods 7, 12, 17: two completed cycles (7–11, 12–16), both without stockout.
    EXPECT_EQ(result.cycles, 2);
    EXPECT_DOUBLE_EQ(result.cycleServiceLevel.mean, 1.0);
    EXPECT_DOUBLE_EQ(result.averageBackorders.mean, 0.0);
    // Identical replications: a standard error of zero.
    EXPECT_DOUBLE_EQ(result.averageOnHand.standardError, 0.0);
}

// The same with lead time 3: the order of period 4 arrives in period 8, one period too late.
// Backordering: period 7 fills 2 of 4 and backorders 2; the receipt of period 8 clears them first
// (20 − 2 − 4 = 14 on hand). Stockouts in periods 7 and 12, 2 units each.
TEST(InventorySimulation, ReorderPointKnownStockoutsWithBackorders) {
    const auto item = reorderPointItem(10, 20, 4, 3);
    const auto settings = periods(15);
    const auto trace = traceReplication(item, 0, 0, settings);
    EXPECT_EQ(onHandOf(trace),
              (std::vector<double>{26, 22, 18, 14, 10, 6, 2, 0, 14, 10, 6, 2, 0, 14, 10}));
    EXPECT_EQ(trace[7].filledFromStock, 2);
    EXPECT_EQ(trace[7].shortage, 2);
    EXPECT_EQ(trace[7].backorders, 2);
    EXPECT_EQ(trace[7].inventoryPosition,
              18); // 0 + 20 on order − 2 backordered: no order
    EXPECT_TRUE(trace[7].stockout);
    EXPECT_EQ(trace[8].backorders, 0);
    EXPECT_EQ(orderPeriodsOf(trace), (std::vector<int>{4, 9, 14}));

    const auto result = simulateItem(item, 0, settings);
    EXPECT_EQ(result.stockoutPeriods, 2);
    EXPECT_EQ(result.stockoutUnits, 4);
    EXPECT_EQ(result.orders, 3);
    EXPECT_DOUBLE_EQ(result.fillRate.mean, 56.0 / 60.0);
    EXPECT_DOUBLE_EQ(result.readyRate.mean, 13.0 / 15.0);
    EXPECT_DOUBLE_EQ(result.averageOnHand.mean, 154.0 / 15.0);
    EXPECT_DOUBLE_EQ(result.averageBackorders.mean, 4.0 / 15.0);
    // Receipts in periods 8 and 13: one completed cycle (8–12), with the stockout of period 12.
    EXPECT_EQ(result.cycles, 1);
    EXPECT_DOUBLE_EQ(result.cycleServiceLevel.mean, 0.0);
}

// Lost sales on the same item: period 7 sells 2 and loses 2, IP is then 0 + 20 = 20 (no backorders
// to net), so the next order waits until on hand reaches 8 in period 10 and arrives in period 14 —
// period 13 finds the shelf empty and loses all 4. Lost: 2 + 4 = 6 units.
TEST(InventorySimulation, LostSalesDifferFromBackorders) {
    auto item = reorderPointItem(10, 20, 4, 3);
    item.shortage = SimShortage::LostSales;
    const auto settings = periods(15);
    const auto trace = traceReplication(item, 0, 0, settings);
    EXPECT_EQ(onHandOf(trace),
              (std::vector<double>{26, 22, 18, 14, 10, 6, 2, 0, 16, 12, 8, 4, 0, 0, 16}));
    EXPECT_EQ(orderPeriodsOf(trace), (std::vector<int>{4, 10}));
    EXPECT_EQ(trace[7].shortage, 2);
    EXPECT_EQ(trace[7].backorders, 0);
    EXPECT_EQ(trace[13].shortage, 4);
    EXPECT_FALSE(trace[12].stockout); // on hand reached 0, but every unit asked for was sold

    const auto result = simulateItem(item, 0, settings);
    EXPECT_EQ(result.stockoutUnits, 6);
    EXPECT_EQ(result.stockoutPeriods, 2);
    EXPECT_EQ(result.orders, 2);
    EXPECT_DOUBLE_EQ(result.fillRate.mean, 54.0 / 60.0);
    EXPECT_DOUBLE_EQ(result.averageBackorders.mean, 0.0);
}

// Warm-up periods are left out: periods 5–14 of the backorder case hold 40 units of demand and the
// stockouts of periods 7 and 12; the order of period 4 is not counted.
TEST(InventorySimulation, WarmUpPeriodsAreNotCounted) {
    const auto item = reorderPointItem(10, 20, 4, 3);
    const auto result = simulateItem(item, 0, periods(15, 5));
    EXPECT_EQ(result.demandUnits, 40);
    EXPECT_EQ(result.stockoutPeriods, 2);
    EXPECT_EQ(result.orders, 2);
    EXPECT_DOUBLE_EQ(result.readyRate.mean, 8.0 / 10.0);
}

// (R,S) with R = 3, offset 1, L = 1, demand 5, S = (R + L)·5 = 20: reviews in periods 1, 4, 7, …
// Period 1 orders 20 − 10 = 10 (received in period 3), later reviews order 15. S covers exactly
// R + L periods of demand, so on hand touches 0 (periods 5, 8, …) without a stockout.
TEST(InventorySimulation, PeriodicReviewWithOffset) {
    auto item = constantDemand(5);
    item.policy.kind = SimPolicyKind::PeriodicOrderUpTo;
    item.policy.orderUpTo = 20;
    item.policy.reviewPeriod = 3;
    item.policy.reviewOffset = 1;
    item.leadTime.mean = 1;
    const auto settings = periods(12);
    const auto trace = traceReplication(item, 0, 0, settings);
    EXPECT_EQ(onHandOf(trace), (std::vector<double>{15, 10, 5, 10, 5, 0, 10, 5, 0, 10, 5, 0}));
    EXPECT_EQ(orderPeriodsOf(trace), (std::vector<int>{1, 4, 7, 10}));
    EXPECT_EQ(trace[1].ordered, 10);
    EXPECT_EQ(trace[4].ordered, 15);
    EXPECT_EQ(trace[4].arrival, 6);
    const auto result = simulateItem(item, 0, settings);
    EXPECT_EQ(result.stockoutPeriods, 0);
    EXPECT_DOUBLE_EQ(result.fillRate.mean, 1.0);
}

// (s,S) min-max = (8, 20), weekly review, L = 0, demand 5 from 20: on hand 15, 10, 5 → order 15
// (IP 5 ≤ 8), received before the next demand: 15, 10, 5 → … Orders every third period.
TEST(InventorySimulation, MinMaxOrdersUpToMaxAtOrBelowMin) {
    auto item = constantDemand(5);
    item.policy.kind = SimPolicyKind::MinMax;
    item.policy.reorderPoint = 8;
    item.policy.orderUpTo = 20;
    const auto trace = traceReplication(item, 0, 0, periods(9));
    EXPECT_EQ(onHandOf(trace), (std::vector<double>{15, 10, 5, 15, 10, 5, 15, 10, 5}));
    EXPECT_EQ(orderPeriodsOf(trace), (std::vector<int>{2, 5, 8}));
    EXPECT_EQ(trace[2].ordered, 15);
}

// (s,Q) = (10, 4) and a demand far above Q: 14 on hand (s + Q), 25 demanded → 11 backordered,
// IP −11. The (s, nQ) rule orders the smallest n·Q that lifts IP above s: n = ⌊21/4⌋ + 1 = 6,
// 24 units, IP 13 — one order, not one Q per period while IP stays below s.
TEST(InventorySimulation, ReorderPointOrdersMultiplesOfQ) {
    const auto item = reorderPointItem(10, 4, 25, 1);
    auto settings = periods(1);
    settings.replications = 1;
    const auto trace = traceReplication(item, 0, 0, settings);
    ASSERT_EQ(trace.size(), 1u);
    EXPECT_EQ(trace[0].onHand, 0);
    EXPECT_EQ(trace[0].backorders, 11);
    EXPECT_EQ(trace[0].ordered, 24);
    EXPECT_EQ(trace[0].inventoryPosition, 13);
}

// MOQ 10 and multiple 4 on (R,S), S = 20, R = 1, L = 0, demand 7: wanted 7 → MOQ 10 → 12. On hand
// 13, 18, 23, 16, 21, 14, 19, 24, 17, 22, 15; no order while IP ≥ S (periods 2, 4, 7, 9).
TEST(InventorySimulation, MinimumOrderAndMultipleRounding) {
    auto item = constantDemand(7);
    item.policy.kind = SimPolicyKind::PeriodicOrderUpTo;
    item.policy.orderUpTo = 20;
    item.policy.minimumOrder = 10;
    item.policy.orderMultiple = 4;
    const auto trace = traceReplication(item, 0, 0, periods(11));
    EXPECT_EQ(onHandOf(trace), (std::vector<double>{13, 18, 23, 16, 21, 14, 19, 24, 17, 22, 15}));
    EXPECT_EQ(orderPeriodsOf(trace), (std::vector<int>{0, 1, 3, 5, 6, 8, 10}));
    for (const auto& p : trace)
        if (p.ordered > 0) {
            EXPECT_EQ(p.ordered, 12);
        }
}

// An explicit initial stock replaces the default (S): 5 on hand, demand 5, (R,S) S = 20, L = 0.
TEST(InventorySimulation, InitialOnHand) {
    auto item = constantDemand(5);
    item.policy.orderUpTo = 20;
    item.initialOnHand = 5;
    const auto trace = traceReplication(item, 0, 0, periods(2));
    EXPECT_EQ(trace[0].onHand, 0);
    EXPECT_EQ(trace[0].ordered, 20);
    EXPECT_EQ(trace[1].onHand, 15);
}

// Lead time 2.5 with sd 0 is 2 or 3 periods, each half of the time (random rounding keeps the
// mean). With orders every period and a variable lead time, orders overtake each other and each
// arrives exactly after its own lead time; with receiptsInOrder (FIFO) they never overtake.
TEST(InventorySimulation, LeadTimeRoundingAndOrderCrossing) {
    auto item = constantDemand(5);
    item.policy.orderUpTo = 100;
    item.leadTime.mean = 2.5;
    auto settings = periods(4000);
    settings.replications = 1;
    double sum = 0;
    int count = 0;
    for (const auto& p : traceReplication(item, 0, 0, settings))
        if (p.leadTime >= 0) {
            EXPECT_TRUE(p.leadTime == 2 || p.leadTime == 3) << p.leadTime;
            sum += p.leadTime;
            ++count;
        }
    EXPECT_NEAR(sum / count, 2.5, 0.03); // binomial sd 0.5/√4000 = 0.008

    item.leadTime = {4.0, 3.0};
    settings.periods = 300;
    for (const bool mayCross : {false, true}) {
        settings.receiptsInOrder = !mayCross;
        int previous = -1;
        int overtaken = 0;
        for (const auto& p : traceReplication(item, 0, 0, settings)) {
            if (p.arrival < 0) continue;
            EXPECT_GE(p.arrival, p.period + 1 + p.leadTime);
            if (mayCross) {
                EXPECT_EQ(p.arrival, p.period + 1 + p.leadTime);
            }
            if (p.arrival < previous) ++overtaken;
            previous = std::max(previous, p.arrival);
        }
        if (mayCross)
            EXPECT_GT(overtaken, 10);
        else
            EXPECT_EQ(overtaken, 0);
    }
}

// A continuous lead time of 5/7 period (5 days in weekly buckets): (R,S) with R = 1, S = 10 and
// constant demand 7. Period 0 sells 7 (on hand 3) and orders 7, which arrives 5/7 into period 1.
// Period 1 sells 5 before it (3 from stock, 2 backordered), receives 7 (clears the 2: on hand 5)
// and sells 2 after it: on hand 3 again. S = 10 < demand over R + L = 12, so every period is
// 2 short and every review cycle has a stockout: fill rate 5/7, cycle service level 0, as the
// closed form says (S − D_P = −2). Rounding the lead time to 0 or 1 period would not show this.
TEST(InventorySimulation, ContinuousLeadTimeSplitsThePeriodAtTheArrival) {
    auto item = constantDemand(7);
    item.policy.kind = SimPolicyKind::PeriodicOrderUpTo;
    item.policy.orderUpTo = 10;
    item.leadTime.mean = 5.0 / 7.0;
    item.leadTime.continuous = true;
    const auto settings = periods(10, 1);
    const auto trace = traceReplication(item, 0, 0, settings);
    EXPECT_DOUBLE_EQ(trace[0].onHand, 3);
    EXPECT_EQ(trace[0].arrival, 1);
    EXPECT_DOUBLE_EQ(trace[1].received, 7);
    EXPECT_NEAR(trace[1].shortage, 2, 1e-9);
    EXPECT_NEAR(trace[1].onHand, 3, 1e-9);
    EXPECT_DOUBLE_EQ(trace[1].backorders, 0);
    EXPECT_FALSE(trace[1].stockout); // nothing is owed at the period's end
    const auto result = simulateItem(item, 0, settings);
    EXPECT_NEAR(result.fillRate.mean, 5.0 / 7.0, 1e-9);
    EXPECT_DOUBLE_EQ(result.cycleServiceLevel.mean, 0.0);
    EXPECT_DOUBLE_EQ(result.stockoutPeriods, 0);
}

// Under (R,S) every review is a replenishment cycle, also one that orders nothing. No demand, S = 5,
// R = 1, L = 0: ten reviews order nothing; their "receipts" reach periods 1…9 (the last review's
// falls beyond the horizon), closing 8 cycles, none short: cycle service level 1 (the closed form's
// P(D(R+L) ≤ S) = 1), where counting real receipts only would find no cycle at all.
TEST(InventorySimulation, PeriodicReviewCountsReviewsWithoutOrdersAsCycles) {
    auto item = constantDemand(0);
    item.policy.kind = SimPolicyKind::PeriodicOrderUpTo;
    item.policy.orderUpTo = 5;
    const auto result = simulateItem(item, 0, periods(10));
    EXPECT_EQ(result.orders, 0);
    EXPECT_EQ(result.cycles, 8);
    EXPECT_DOUBLE_EQ(result.cycleServiceLevel.mean, 1.0);
}
