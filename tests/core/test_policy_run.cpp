// Workspace policy run: per-row numbers against textbook oracles (reference/inventory.md rows 3,
// 8, 10 and 11 put into item-site inputs), today's proposal by hand, scenario scopes by hand,
// the workspace reader's sources, thread-count independence and the trade-off curve.
#include "inventory/policy_run.h"
#include "inventory/tradeoff.h"
#include "inventory/validation.h"
#include "store/workspace.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace stocktower;
using namespace stocktower::inventory;
using stocktower::testsupport::TempDir;

namespace {

// A value with a verbatim source, as a workspace column gives it.
SourcedValue sourced(double value, const char* source) { return {value, {util::verbatim(source)}}; }

const PolicyPeriod kDay{"day", 1.0, 365.0};
const PolicyPeriod kWeek{"week", 7.0, 52.0};

// Row 3: d=30, σ_d=3, L=7, σ_L=4 (days), z=1.28 → SS = 1.28·√(7·9 + 30²·16) = 153.94.
PolicyInput row3Input() {
    PolicyInput in;
    in.itemId = 1;
    in.siteId = 1;
    in.sku = "R3";
    in.siteCode = "S1";
    in.abc = 'A';
    in.demandMean = sourced(30.0, "test");
    in.demandSd = sourced(3.0, "test");
    in.leadTimeDays = sourced(7.0, "item_site.lead_time_days");
    in.leadTimeSdDays = sourced(4.0, "item_site.lead_time_sd_days");
    in.serviceTarget = sourced(standardNormalCdf(1.28), "item_site.service_target");
    in.unitCost = 10.0;
    in.orderMultiple = 100.0;
    return in;
}

// Row 8: (R,S) with T=4 wk, L=2 wk, D=2,500/wk, σ=500/wk, CSL 0.90 → ss 1,570, OUL 16,570.
PolicyInput row8Input() {
    PolicyInput in;
    in.itemId = 2;
    in.siteId = 1;
    in.sku = "R8";
    in.siteCode = "S1";
    in.abc = 'B';
    in.demandMean = sourced(2500.0, "test");
    in.demandSd = sourced(500.0, "test");
    in.leadTimeDays = sourced(14.0, "item_site.lead_time_days");
    in.reviewPeriodDays = sourced(28.0, "item_site.review_period_days");
    in.serviceTarget = sourced(0.90, "item_site.service_target");
    in.unitCost = 1.0;
    return in;
}

// Row 10 (with row 5's demand): D=2,500/wk, σ=500/wk, L=2 wk, fill rate 0.99 with Q=10,000 →
// k≈0.706, ss≈499. Q=10,000 is the EOQ when λ=130,000/yr, K=100, h=0.26·1 (row 11's formula).
PolicyInput row10Input() {
    PolicyInput in;
    in.itemId = 3;
    in.siteId = 1;
    in.sku = "R10";
    in.siteCode = "S1";
    in.abc = 'C';
    in.supplier = "ACME";
    in.demandMean = sourced(2500.0, "test");
    in.demandSd = sourced(500.0, "test");
    in.leadTimeDays = sourced(14.0, "item.lead_time_days");
    in.serviceTarget = sourced(0.99, "item_site.service_target");
    in.unitCost = 1.0;
    return in;
}

PolicyDefaults row10Defaults() {
    PolicyDefaults d;
    d.serviceType = ServiceType::FillRate;
    d.holdingRate = 0.26;
    d.orderCost = 100.0;
    return d;
}

TEST(PolicyRun, Row3SafetyStockAndProposal) {
    auto in = row3Input();
    in.onHand = 200.0;
    in.openReceipts = {{5, 100.0}, {10, 500.0}}; // the second is due after L = 7 days
    in.committed = 20.0;
    PolicyDefaults defaults; // K = 50, i = 0.25
    const auto row = computePolicyRow(in, kDay, "2026-11-28", defaults, {}, true);
    ASSERT_TRUE(row.error.empty()) << row.error;
    EXPECT_NEAR(row.safetyStock, 153.94, 0.01);
    EXPECT_NEAR(row.reorderPoint, 210.0 + 153.94, 0.01);
    // EOQ = √(2·50·10,950/2.5) = 661.8 → up to the multiple of 100.
    EXPECT_DOUBLE_EQ(row.orderQuantity, 700.0);
    EXPECT_NEAR(row.achievedCsl, standardNormalCdf(1.28), 1e-9);
    // Projected 200 + 100 − 20 = 280 ≤ 363.94: one Q lifts it above the reorder point.
    EXPECT_DOUBLE_EQ(row.onOrderWithin, 100.0);
    EXPECT_DOUBLE_EQ(row.projectedAvailable, 280.0);
    EXPECT_DOUBLE_EQ(row.proposedQuantity, 700.0);
    EXPECT_EQ(row.orderDate, "2026-11-28");
    // Costs: holding 0.25·10·(SS + Q/2), ordering 50·10,950/700.
    EXPECT_NEAR(row.holdingCost, 2.5 * (153.935 + 350.0), 0.05);
    EXPECT_NEAR(row.orderingCost, 50.0 * 10950.0 / 700.0, 1e-9);
    EXPECT_NEAR(row.safetyStockValue, 1539.35, 0.1);
    EXPECT_DOUBLE_EQ(row.cycleStockValue, 3500.0);
    ASSERT_TRUE(row.explain);
    ASSERT_NE(row.explain->input("lead_time"), nullptr);
    // Where each input came from: the column, then the conversion from days to periods.
    EXPECT_EQ(englishSource(row.explain->input("lead_time")->source),
              "item_site.lead_time_days; converted: ÷ 1 days per planning period");
    EXPECT_EQ(englishSource(row.explain->input("service_level")->source), "item_site.service_target");
    EXPECT_EQ(englishSource(row.explain->input("unit_cost")->source), "item.unit_cost");
    EXPECT_EQ(row.explain->input("holding_rate")->source,
              (ExplainSource{{util::MessageId::ExplainSourceDefault, {}}}));
}

TEST(PolicyRun, Row8PeriodicReviewInWeeks) {
    const auto row = computePolicyRow(row8Input(), kWeek, "2026-11-28", PolicyDefaults{}, {}, false);
    ASSERT_TRUE(row.error.empty()) << row.error;
    EXPECT_EQ(row.kind, PolicyKind::PeriodicReview);
    EXPECT_NEAR(row.safetyStock, 1570.0, 1.0);
    EXPECT_NEAR(row.maxLevel, 16570.0, 1.0);
    EXPECT_DOUBLE_EQ(row.orderQuantity, 10000.0); // d·R
    // Nothing on hand: order up to S.
    EXPECT_NEAR(row.proposedQuantity, row.maxLevel, 1.0);
}

TEST(PolicyRun, Row10FillRateWithEoq) {
    const auto row = computePolicyRow(row10Input(), kWeek, "2026-11-28", row10Defaults(), {}, false);
    ASSERT_TRUE(row.error.empty()) << row.error;
    EXPECT_NEAR(row.orderQuantity, 10000.0, 1e-6);
    EXPECT_NEAR(row.safetyStock, 499.0, 1.5);
    EXPECT_NEAR(row.achievedFillRate, 0.99, 1e-6);
    EXPECT_NEAR(row.achievedCsl, standardNormalCdf(0.706), 2e-3);
    EXPECT_NEAR(row.expectedStockoutUnitsPerYear, 0.01 * 130000.0, 1e-3);
    EXPECT_NEAR(row.orderingCost, 1300.0, 1e-6);
}

TEST(PolicyRun, MissingCostIsARowError) {
    auto in = row3Input();
    in.unitCost.reset();
    const auto row = computePolicyRow(in, kDay, "2026-11-28", PolicyDefaults{}, {}, false);
    EXPECT_EQ(row.error, "unit_cost: missing in the item master");
    const auto totals = totalsOf({row});
    EXPECT_EQ(totals.errors, 1);
    EXPECT_DOUBLE_EQ(totals.inventoryInvestment, 0.0);
}

TEST(PolicyRun, ChangesScopedByClassSupplierAndItem) {
    // Hand check: abc:A raises only R3's target; supplier:ACME doubles only R10's lead time;
    // a later item-scoped change wins over an earlier all-scoped one.
    const std::vector<ParameterChange> changes = {
        parseParameterChange("scope=abc:A,service=0.99"),
        parseParameterChange("scope=supplier:ACME,lead-time-factor=2"),
        parseParameterChange("scope=all,holding-rate=0.3"),
        parseParameterChange("scope=item:R8,holding-rate=0.1,demand-factor=1.5"),
    };
    PolicyDefaults defaults;
    const auto r3 = effectiveParameters(row3Input(), defaults, changes);
    const auto r8 = effectiveParameters(row8Input(), defaults, changes);
    const auto r10 = effectiveParameters(row10Input(), defaults, changes);
    EXPECT_DOUBLE_EQ(r3.serviceTarget, 0.99);
    EXPECT_DOUBLE_EQ(r8.serviceTarget, 0.90);
    EXPECT_DOUBLE_EQ(r10.serviceTarget, 0.99);
    EXPECT_DOUBLE_EQ(r3.leadTimeDays, 7.0);
    EXPECT_DOUBLE_EQ(r10.leadTimeDays, 28.0);
    EXPECT_DOUBLE_EQ(r3.holdingRate, 0.3);
    EXPECT_DOUBLE_EQ(r8.holdingRate, 0.1);
    EXPECT_DOUBLE_EQ(r8.demandMean, 3750.0);
    EXPECT_DOUBLE_EQ(r8.demandSd, 750.0);
    // Class defaults apply where item_site says nothing.
    auto bare = row8Input();
    bare.serviceTarget.reset();
    EXPECT_DOUBLE_EQ(effectiveParameters(bare, defaults, {}).serviceTarget, 0.95); // B
}

TEST(PolicyRun, ChangeTextRoundTripsAndRejectsNonsense) {
    const auto change = parseParameterChange("scope=abc:a, service=0.99, service-type=fill-rate, lead-time-sd=3");
    EXPECT_EQ(formatParameterChange(change), "scope=abc:A,service=0.99,service-type=fill-rate,lead-time-sd=3");
    EXPECT_EQ(parseParameterChange(formatParameterChange(change)), change);
    EXPECT_THROW(parseParameterChange("service=1.2"), util::UserError);
    EXPECT_THROW(parseParameterChange("scope=abc:D,service=0.9"), util::UserError);
    EXPECT_THROW(parseParameterChange("speed=3"), util::UserError);
    EXPECT_THROW(parseParameterChange("scope=all"), util::UserError);
}

PolicyInputSet manyInputs(std::size_t n) {
    PolicyInputSet set;
    set.period = kWeek;
    set.today = "2026-11-28";
    for (std::size_t i = 0; i < n; ++i) {
        PolicyInput in = i % 3 == 0 ? row3Input() : i % 3 == 1 ? row8Input() : row10Input();
        in.itemId = static_cast<std::int64_t>(i + 1);
        in.demandMean.value *= 1.0 + 0.01 * static_cast<double>(i % 17);
        in.serviceTarget.reset();
        in.abc = "ABC"[i % 3];
        set.inputs.push_back(in);
    }
    return set;
}

TEST(PolicyRun, IdenticalForAnyThreadCount) {
    const auto set = manyInputs(300);
    util::NullProgress progress;
    PolicyRunOptions one, four;
    one.threads = 1;
    four.threads = 4;
    const auto a = computePolicies(set, PolicyDefaults{}, {}, one, progress);
    const auto b = computePolicies(set, PolicyDefaults{}, {}, four, progress);
    ASSERT_EQ(a.rows.size(), b.rows.size());
    for (std::size_t i = 0; i < a.rows.size(); ++i) {
        EXPECT_EQ(a.rows[i].safetyStock, b.rows[i].safetyStock);
        EXPECT_EQ(a.rows[i].orderQuantity, b.rows[i].orderQuantity);
    }
    EXPECT_EQ(a.totals.inventoryInvestment, b.totals.inventoryInvestment);
    EXPECT_EQ(a.totals.expectedFillRate, b.totals.expectedFillRate);
}

TEST(PolicyRun, CancelThrows) {
    const auto set = manyInputs(100);
    util::NullProgress progress;
    progress.cancel();
    EXPECT_THROW(computePolicies(set, PolicyDefaults{}, {}, PolicyRunOptions{}, progress), util::Cancelled);
}

TEST(Tradeoff, MonotoneAndEqualToThePolicyRunAtTheBaseTarget) {
    const auto set = manyInputs(60);
    PolicyDefaults defaults;
    defaults.serviceByAbc = {0.95, 0.95, 0.95};
    util::NullProgress progress;
    const auto targets = defaultTradeoffTargets();
    ASSERT_EQ(targets.size(), 20U);
    const auto curve = computeTradeoff(set, defaults, {}, targets, std::nullopt, 2, progress);
    ASSERT_EQ(curve.curves.size(), 4U); // all, A, B, C
    for (const auto& c : curve.curves)
        for (std::size_t k = 1; k < c.points.size(); ++k) {
            EXPECT_GE(c.points[k].inventoryInvestment, c.points[k - 1].inventoryInvestment) << c.segment << k;
            EXPECT_GE(c.points[k].expectedCsl, c.points[k - 1].expectedCsl) << c.segment << k;
        }
    // The segment curves add up to the overall one.
    const auto& all = curve.curves[0].points[10];
    EXPECT_NEAR(all.inventoryInvestment, curve.curves[1].points[10].inventoryInvestment +
                                             curve.curves[2].points[10].inventoryInvestment +
                                             curve.curves[3].points[10].inventoryInvestment, 1e-6);
    ASSERT_DOUBLE_EQ(all.serviceTarget, 0.95);
    const auto run = computePolicies(set, defaults, {}, PolicyRunOptions{}, progress);
    EXPECT_DOUBLE_EQ(all.inventoryInvestment, run.totals.inventoryInvestment);
    EXPECT_DOUBLE_EQ(all.expectedFillRate, run.totals.expectedFillRate);
}

} // namespace

namespace {

// Several blocks of 256 item-sites, so that threads really share the sweep.
TEST(Tradeoff, IdenticalForAnyThreadCount) {
    const auto set = manyInputs(700);
    util::NullProgress progress;
    const std::vector<double> targets = {0.85, 0.95, 0.99};
    const auto one = computeTradeoff(set, PolicyDefaults{}, {}, targets, ServiceType::FillRate, 1, progress);
    const auto three = computeTradeoff(set, PolicyDefaults{}, {}, targets, ServiceType::FillRate, 3, progress);
    ASSERT_EQ(one.curves.size(), three.curves.size());
    for (std::size_t c = 0; c < one.curves.size(); ++c)
        for (std::size_t k = 0; k < targets.size(); ++k) {
            EXPECT_EQ(one.curves[c].points[k].inventoryInvestment, three.curves[c].points[k].inventoryInvestment);
            EXPECT_EQ(one.curves[c].points[k].expectedFillRate, three.curves[c].points[k].expectedFillRate);
        }
    // A fill-rate sweep reaches each target on average over the item-sites.
    for (std::size_t k = 0; k < targets.size(); ++k)
        EXPECT_GE(one.curves[0].points[k].expectedFillRate, targets[k] - 1e-9);
}

TEST(Tradeoff, CancelThrows) {
    const auto set = manyInputs(50);
    util::NullProgress progress;
    progress.cancel();
    EXPECT_THROW(computeTradeoff(set, PolicyDefaults{}, {}, defaultTradeoffTargets(), std::nullopt, 2, progress),
                 util::Cancelled);
}

} // namespace
