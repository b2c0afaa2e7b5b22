// One item's policy: EOQ, rounding, safety stock, min/max and costs together (hand computations).
#include "inventory/explain_json.h"
#include "inventory/inventory_costs.h"
#include "inventory/item_policy.h"
#include "inventory/validation.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace stocktower::inventory;

namespace {
// d = 10/day, σ_d = 3, L = 5 days, CSL 0.95, c = 20, i = 0.25, K = 50, case pack 12.
ItemPolicyInputs example() {
    ItemPolicyInputs in;
    in.safety.demand = {10.0, 3.0, 5.0, 0.0, 0.0};
    in.safety.serviceLevel = 0.95;
    in.safety.distribution.fixedFamily = DistributionFamily::Normal;
    in.unitCost = 20.0;
    in.holdingRate = 0.25;
    in.orderCost = 50.0;
    in.rounding.casePack = 12.0;
    return in;
}
} // namespace

// Hand computation: λ = 3,650/yr, h = 5 → EOQ = √73,000 = 270.185 → 23 cases = 276;
// σ_P = 3·√5 = 6.7082, SS = 1.64485·6.7082 = 11.034, ROP = 61.034, max = 337.034;
// average inventory 149.034 → holding 745.17, ordering 50·3,650/276 = 661.23,
// investment 2,980.68, turns 24.49.
TEST(InventoryItemPolicy, ContinuousReviewHandComputed) {
    const auto result = computeItemPolicy(example());
    EXPECT_EQ(result.kind, PolicyKind::ContinuousReview);
    EXPECT_NEAR(*result.eoq, 270.185, 5e-4);
    EXPECT_EQ(result.orderQuantity, 276.0);
    EXPECT_NEAR(result.safetyStock.safetyStock, 11.034, 5e-4);
    EXPECT_NEAR(result.minLevel, 61.034, 5e-4);
    EXPECT_NEAR(result.maxLevel, 337.034, 5e-4);
    EXPECT_NEAR(result.costs.holding, 745.17, 0.005);
    EXPECT_NEAR(result.costs.ordering, 661.23, 0.005);
    EXPECT_NEAR(result.costs.investment, 2980.68, 0.01);
    EXPECT_NEAR(result.costs.turns, 24.49, 0.005);
    ASSERT_TRUE(result.safetyStock.achievedFillRate);
    EXPECT_GT(*result.safetyStock.achievedFillRate, 0.99);
    // The explanation carries every step, with inputs once.
    auto e = result.explain; // a copy: a caller relabels sources on its own
    for (const char* name : {"eoq", "order_quantity", "sigma_p", "z", "safety_stock",
                             "reorder_point", "max_level", "turns"})
        EXPECT_NE(e.result(name), nullptr) << name;
    EXPECT_NE(e.input("case_pack"), nullptr);
    EXPECT_EQ(e.input("safety_stock"), nullptr); // computed, not an input
    EXPECT_TRUE(e.setSource("demand_sd", {stocktower::util::verbatim("forecast RMSE")}));
    const auto json = explanationToJson(e);
    EXPECT_EQ(json["inputs"]["demand_sd"]["source"], "forecast RMSE");
    EXPECT_NEAR(json["results"]["order_quantity"]["value"].get<double>(), 276.0, 0.0);
}

// A fill-rate target uses the rounded quantity; periodic review orders up to S every R days.
TEST(InventoryItemPolicy, FillRateAndPeriodicReview) {
    auto in = example();
    in.safety.serviceType = ServiceType::FillRate;
    in.safety.serviceLevel = 0.99;
    // Allowed shortage 0.01·276 = 2.76 per cycle = 0.4114·σ_P → k = −0.03: a little under the
    // mean, floored to no safety stock, which gives a bit more than asked.
    const auto fill = computeItemPolicy(in);
    EXPECT_EQ(*fill.safetyStock.orderQuantity, 276.0);
    EXPECT_LT(fill.safetyStock.safetyStockUnbounded, 0.0);
    EXPECT_EQ(fill.safetyStock.safetyStock, 0.0);
    EXPECT_GT(*fill.safetyStock.achievedFillRate, 0.99);
    in.safety.cover.minPeriods.reset();
    EXPECT_NEAR(*computeItemPolicy(in).safetyStock.achievedFillRate, 0.99, 1e-9);

    in = example();
    in.safety.demand.reviewPeriod = 7.0;
    const auto periodic = computeItemPolicy(in);
    EXPECT_EQ(periodic.kind, PolicyKind::PeriodicReview);
    EXPECT_EQ(periodic.orderQuantity, 70.0);
    // S = 12·10 + 1.64485·3·√12 = 137.094.
    EXPECT_NEAR(periodic.maxLevel, 137.094, 5e-4);
    EXPECT_EQ(periodic.minLevel, periodic.maxLevel);
    EXPECT_NEAR(periodic.costs.ordering, 50.0 * 365.0 / 7.0, 1e-9);
}

TEST(InventoryItemPolicy, MissingCostsAreNamed) {
    auto in = example();
    in.unitCost = 0.0;
    try {
        computeItemPolicy(in);
        ADD_FAILURE();
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.argument(), "unit_cost");
    }
    in.orderQuantity = 100.0;                              // a fixed quantity needs no holding cost
    EXPECT_EQ(computeItemPolicy(in).orderQuantity, 108.0); // case pack 12
    in = example();
    in.orderCost = 0.0;
    in.rounding = {};
    try {
        computeItemPolicy(in);
        ADD_FAILURE();
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.argument(), "order_cost");
    }
}

// Hand computation of the cost figures: λ = 1,000, Q = 200, SS = 50, c = 4, i = 0.2, K = 30,
// b = 2, ESC = 1.5 → holding 0.2·4·150 = 120, ordering 150, shortage 2·1.5·5 = 15,
// investment 600, turns 1,000/150 = 6.667.
TEST(InventoryItemPolicy, CostsHandComputed) {
    const auto costs = inventoryCosts({1000.0, 200.0, 50.0, 4.0, 0.2, 30.0, 2.0, 1.5});
    EXPECT_NEAR(costs.holding, 120.0, 1e-12);
    EXPECT_NEAR(costs.ordering, 150.0, 1e-12);
    EXPECT_NEAR(costs.shortage, 15.0, 1e-12);
    EXPECT_NEAR(costs.total, 285.0, 1e-12);
    EXPECT_NEAR(costs.investment, 600.0, 1e-12);
    EXPECT_NEAR(costs.safetyStockValue, 200.0, 1e-12);
    EXPECT_NEAR(costs.turns, 1000.0 / 150.0, 1e-12);
    EXPECT_THROW(inventoryCosts({1000.0, 0.0, 50.0, 4.0, 0.2, 30.0, 0.0, 0.0}), InvalidInput);
}
