// Evaluating a given reorder point and order quantity (reference/inventory.md row 5).
#include "inventory/policy_evaluation.h"
#include "inventory/validation.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace stocktower::inventory;

// Oracle: inventory.md row 5 (Chopra & Meindl, Ex. 12-1…12-3): D = 2,500/wk, σ = 500/wk,
// L = 2 wk, ROP = 6,000, Q = 10,000 → ss = 1,000, σ_L = 707.1, CSL = 0.9214, ESC = 25.13,
// fill rate = 0.9975.
TEST(InventoryPolicyEvaluation, ChopraMeindlRow5) {
    PolicyEvaluationInputs in;
    in.demand = {2500.0, 500.0, 2.0, 0.0, 0.0};
    in.reorderLevel = 6000.0;
    in.orderQuantity = 10000.0;
    const auto result = evaluatePolicy(in);
    EXPECT_EQ(result.distribution.family, DistributionFamily::Normal); // smooth, large mean
    EXPECT_NEAR(result.safetyStock, 1000.0, 1e-9);
    EXPECT_NEAR(result.leadTimeDemand.sd, 707.1, 0.05);
    EXPECT_NEAR(result.service.cycleServiceLevel, 0.9214, 5e-5);
    EXPECT_NEAR(result.service.expectedShortagePerCycle, 25.13, 0.005);
    EXPECT_NEAR(result.service.fillRate, 0.9975, 5e-5);
    EXPECT_NEAR(result.explain.value("fill_rate"), result.service.fillRate, 0.0);
}

// Hand computation: a reorder point at the mean gives CSL ½ and ESC = σ·φ(0) = 0.3989·σ.
TEST(InventoryPolicyEvaluation, ReorderPointAtMean) {
    PolicyEvaluationInputs in;
    in.demand = {100.0, 20.0, 1.0, 0.0, 0.0};
    in.reorderLevel = 100.0;
    in.orderQuantity = 400.0;
    const auto result = evaluatePolicy(in);
    EXPECT_NEAR(result.service.cycleServiceLevel, 0.5, 1e-12);
    EXPECT_NEAR(result.service.expectedShortagePerCycle, 20.0 * 0.3989423, 1e-6);
    EXPECT_NEAR(result.service.fillRate, 1.0 - 20.0 * 0.3989423 / 400.0, 1e-8);
}

TEST(InventoryPolicyEvaluation, InvalidQuantity) {
    PolicyEvaluationInputs in;
    in.demand = {100.0, 20.0, 1.0, 0.0, 0.0};
    in.reorderLevel = 100.0;
    in.orderQuantity = 0.0;
    try {
        evaluatePolicy(in);
        ADD_FAILURE();
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.argument(), "order_quantity");
    }
}

// Exact shortage per cycle, periodic review (R,S) = (1, 2) with Poisson demand of 1 a period and
// L = 1: D_P ~ Poisson(2), D_L ~ Poisson(1). E[(D_P − 2)⁺] = (2 − 2) + 2·P(0) + 1·P(1) = 4e⁻²
// = 0.541341; E[(D_L − 2)⁺] = (1 − 2) + 2e⁻¹ + e⁻¹ = 0.103638 was already short when the cycle
// began. ESC = 0.437703, Q = d·R = 1, fill rate 0.562297; CSL = P(D_P ≤ 2) = 5e⁻² = 0.676676.
TEST(InventoryPolicyEvaluation, PeriodicReviewCountsAShortageOnce) {
    PolicyEvaluationInputs in;
    in.demand = {1.0, 1.0, 1.0, 0.0, 1.0};
    in.distribution.fixedFamily = DistributionFamily::Poisson;
    in.reorderLevel = 2.0;
    in.orderQuantity = 1.0;
    const auto result = evaluatePolicy(in);
    EXPECT_NEAR(result.service.cycleServiceLevel, 5.0 * std::exp(-2.0), 1e-9);
    EXPECT_NEAR(result.service.expectedShortagePerCycle, 4.0 * std::exp(-2.0) - (3.0 * std::exp(-1.0) - 1.0), 1e-9);
    EXPECT_NEAR(result.service.fillRate, 0.562297, 5e-7);
}

// Exact shortage per cycle, continuous review: s = 0, Q = 1, lead-time demand Poisson(2). Ordering
// one unit per unit sold keeps the position at 1, so a unit is filled when D_L = 0: fill rate
// P(D_L = 0) = e⁻² = 0.135335. ESC = E[(D_L − 0)⁺] − E[(D_L − 1)⁺] = 2 − (1 + e⁻²) = 1 − e⁻².
TEST(InventoryPolicyEvaluation, ContinuousReviewCountsAShortageOnce) {
    PolicyEvaluationInputs in;
    in.demand = {2.0, std::sqrt(2.0), 1.0, 0.0, 0.0};
    in.distribution.fixedFamily = DistributionFamily::Poisson;
    in.reorderLevel = 0.0;
    in.orderQuantity = 1.0;
    const auto result = evaluatePolicy(in);
    EXPECT_NEAR(result.service.expectedShortagePerCycle, 1.0 - std::exp(-2.0), 1e-9);
    EXPECT_NEAR(result.service.fillRate, std::exp(-2.0), 1e-9);
}
