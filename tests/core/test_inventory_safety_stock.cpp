// Safety stock, reorder point and order-up-to level (reference/inventory.md rows 2–4, 6–8, 10).
#include "inventory/lead_time_demand.h"
#include "inventory/safety_stock.h"
#include "inventory/service_level.h"
#include "inventory/validation.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace stocktower::inventory;

namespace {

SafetyStockInputs normalInputs(double d, double sd, double lead, double leadSd, double level) {
    SafetyStockInputs in;
    in.demand = {d, sd, lead, leadSd, 0.0};
    in.serviceLevel = level;
    in.distribution.fixedFamily = DistributionFamily::Normal;
    return in;
}

std::string argumentOf(const SafetyStockInputs& in) {
    try {
        computeSafetyStock(in);
    } catch (const InvalidInput& error) {
        return error.argument();
    }
    return "(no error)";
}

} // namespace

// Oracle: inventory.md row 2 (mfgcalcs.com worked example): σ_d = 36/day, L = 12 days,
// z = 1.65 exactly as given, d = 90 → SS = z·σ_d·√L = 205.77, lead-time demand 1,080.
TEST(InventorySafetyStock, ConstantLeadTimeRow2) {
    const auto ltd = leadTimeDemand({90.0, 36.0, 12.0, 0.0, 0.0});
    EXPECT_NEAR(ltd.mean, 1080.0, 1e-9);
    EXPECT_NEAR(1.65 * ltd.sd, 205.77, 0.005);
}

// Oracle: inventory.md row 3 (published Q&A answer, recomputed): d = 30, σ_d = 3, L = 7,
// σ_L = 4, z = 1.28 → SS = z·√(L·σ_d² + d²·σ_L²) = 153.94. The z is given, so the target is
// the CSL with exactly that z.
TEST(InventorySafetyStock, LeadTimeVariabilityRow3) {
    const auto result = computeSafetyStock(normalInputs(30, 3, 7, 4, standardNormalCdf(1.28)));
    EXPECT_NEAR(result.serviceFactor, 1.28, 1e-9);
    EXPECT_NEAR(result.leadTimeDemand.sd, std::sqrt(14463.0), 1e-9);
    EXPECT_NEAR(result.safetyStock, 153.94, 0.005);
    EXPECT_NEAR(result.reorderLevel, 210.0 + 153.94, 0.005);
    EXPECT_NEAR(result.explain.value("safety_stock"), result.safetyStock, 0.0);
}

// Oracle: inventory.md row 4 (textbook problem, recomputed): d = 5 constant, L̄ = 3, σ_L = 2,
// CSL 95 % → σ_DL = 10, SS = 16.45, ROP = 31.45.
TEST(InventorySafetyStock, LeadTimeOnlyRow4) {
    const auto result = computeSafetyStock(normalInputs(5, 0, 3, 2, 0.95));
    EXPECT_NEAR(result.leadTimeDemand.sd, 10.0, 1e-12);
    EXPECT_NEAR(result.safetyStock, 16.45, 0.005);
    EXPECT_NEAR(result.reorderLevel, 31.45, 0.005);
}

// Oracle: inventory.md row 6 (Chopra & Meindl): D = 2,500/wk, σ = 500, L = 2 wk, CSL 0.90
// → ss = Φ⁻¹(0.90)·σ_L = 906.
TEST(InventorySafetyStock, TargetCycleServiceLevelRow6) {
    const auto result = computeSafetyStock(normalInputs(2500, 500, 2, 0, 0.90));
    EXPECT_NEAR(result.safetyStock, 906.0, 0.5);
    EXPECT_NEAR(result.achievedCycleServiceLevel, 0.90, 1e-9);
    EXPECT_TRUE(result.targetMet);
}

// Oracle: inventory.md row 7 (Chopra & Meindl, Dell example): D = 2,500/day, σ_D = 500, L = 7,
// s_L = 7, CSL 0.90 → σ = √(L·σ_D² + D²·s_L²) = 17,550, ss = 22,491.
TEST(InventorySafetyStock, LeadTimeUncertaintyRow7) {
    const auto result = computeSafetyStock(normalInputs(2500, 500, 7, 7, 0.90));
    EXPECT_NEAR(result.leadTimeDemand.sd, 17550.0, 0.5);
    EXPECT_NEAR(result.safetyStock, 22491.0, 0.5);
}

// Oracle: inventory.md row 8 (Chopra & Meindl, periodic review): T = 4 wk, L = 2 wk,
// D = 2,500, σ = 500, CSL 0.90 → σ_{T+L} = 1,225, ss = 1,570, order-up-to level 16,570.
TEST(InventorySafetyStock, OrderUpToLevelRow8) {
    auto in = normalInputs(2500, 500, 2, 0, 0.90);
    in.demand.reviewPeriod = 4;
    const auto result = computeSafetyStock(in);
    EXPECT_NEAR(result.leadTimeDemand.protectionInterval, 6.0, 0.0);
    EXPECT_NEAR(result.leadTimeDemand.sd, 1225.0, 0.5);
    EXPECT_NEAR(result.safetyStock, 1570.0, 0.5);
    EXPECT_NEAR(result.reorderLevel, 16570.0, 0.5);
    EXPECT_NE(result.explain.result("order_up_to_level"), nullptr);
    EXPECT_EQ(result.explain.result("reorder_point"), nullptr);
}

// Oracle: inventory.md row 10 (Silver-Pyke-Thomas method): P2 = 0.99, Q = 10,000,
// σ_L = 707.1 → G(k) = (1 − P2)·Q/σ_L = 0.1414, k ≈ 0.706, ss ≈ 499.
TEST(InventorySafetyStock, FillRateRow10) {
    auto in = normalInputs(2500, 500, 2, 0, 0.99);
    in.serviceType = ServiceType::FillRate;
    in.orderQuantity = 10000;
    const auto result = computeSafetyStock(in);
    EXPECT_NEAR(result.explain.value("loss_value"), 0.1414, 5e-5);
    EXPECT_NEAR(result.serviceFactor, 0.706, 5e-4);
    EXPECT_NEAR(result.safetyStock, 499.0, 0.5);
    ASSERT_TRUE(result.achievedFillRate);
    EXPECT_NEAR(*result.achievedFillRate, 0.99, 1e-9);
}

// Edge: no variability (σ_d = σ_L = 0) → no safety stock, whatever the target.
TEST(InventorySafetyStock, NoVariability) {
    const auto csl = computeSafetyStock(normalInputs(30, 0, 7, 0, 0.99));
    EXPECT_EQ(csl.safetyStock, 0.0);
    EXPECT_EQ(csl.reorderLevel, 210.0);
    EXPECT_NEAR(csl.serviceFactor, 2.3263, 5e-5); // z still says what was asked
    EXPECT_EQ(csl.achievedCycleServiceLevel, 1.0);
    auto in = normalInputs(30, 0, 7, 0, 0.99);
    in.serviceType = ServiceType::FillRate;
    in.orderQuantity = 300;
    const auto fill = computeSafetyStock(in);
    EXPECT_EQ(fill.safetyStock, 0.0); // floored: any level ≥ 210 − 3 would do
    EXPECT_TRUE(std::isnan(fill.serviceFactor));
    EXPECT_EQ(*fill.achievedFillRate, 1.0);
}

// Edge: CSL 50 % → z = 0 → SS = 0.
TEST(InventorySafetyStock, HalfServiceLevel) {
    const auto result = computeSafetyStock(normalInputs(30, 3, 7, 4, 0.5));
    EXPECT_NEAR(result.serviceFactor, 0.0, 1e-15);
    EXPECT_NEAR(result.safetyStock, 0.0, 1e-9);
}

// Edge: a fill-rate target met trivially by a large order (hand computation): d = 10, σ_d = 1,
// L = 1, Q = 1,000, P2 = 0.90 → allowed shortage 100 units per cycle; G(k) = 100 → k ≈ −100,
// SS ≈ −100, floored at 0 by default; without the floor the level is 10 − 100 = −90.
TEST(InventorySafetyStock, FillRateTriviallyMet) {
    auto in = normalInputs(10, 1, 1, 0, 0.90);
    in.serviceType = ServiceType::FillRate;
    in.orderQuantity = 1000;
    const auto floored = computeSafetyStock(in);
    EXPECT_NEAR(floored.safetyStockUnbounded, -100.0, 1e-6);
    EXPECT_EQ(floored.safetyStock, 0.0);
    EXPECT_EQ(floored.bound, SafetyStockBound::Floor);
    EXPECT_GT(*floored.achievedFillRate, 0.9996);
    in.cover.minPeriods.reset();
    const auto free = computeSafetyStock(in);
    EXPECT_NEAR(free.reorderLevel, -90.0, 1e-6);
    EXPECT_NEAR(*free.achievedFillRate, 0.90, 1e-9);
}

// Edge: a cap in days of cover keeps the target out of reach, and the result says so
// (row 3 inputs: cap 0.5 days × 30 = 15 units; CSL Φ(15 / 120.26) = 0.5496).
TEST(InventorySafetyStock, CapMakesTargetUnreachable) {
    auto in = normalInputs(30, 3, 7, 4, 0.99);
    in.cover.maxPeriods = 0.5;
    const auto result = computeSafetyStock(in);
    EXPECT_EQ(result.bound, SafetyStockBound::Cap);
    EXPECT_EQ(result.safetyStock, 15.0);
    EXPECT_FALSE(result.targetMet);
    EXPECT_NEAR(result.achievedCycleServiceLevel, 0.5496, 5e-5);
    in.cover.minPeriods = 2.0; // floor above the cap
    EXPECT_EQ(argumentOf(in), "max_cover");
}

// Slow mover, hand computation from the Poisson(6) table (d = 2/day, L = 3): CSL 0.90 → the
// smallest r with F(r) ≥ 0.9 is 9 (F(8) = 0.8472, F(9) = 0.9161), SS = 3. Fill rate 0.95 with
// Q = 10: n(7) = 0.5701 > 0.5 ≥ n(8) = 0.3140 → r = 8.
TEST(InventorySafetyStock, PoissonSlowMover) {
    SafetyStockInputs in;
    in.demand = {2.0, std::sqrt(2.0), 3.0, 0.0, 0.0};
    in.serviceLevel = 0.90;
    in.distribution.demandClass = stocktower::forecast::DemandClass::Intermittent;
    const auto csl = computeSafetyStock(in);
    EXPECT_EQ(csl.distribution.family, DistributionFamily::Poisson);
    EXPECT_EQ(csl.reorderLevel, 9.0);
    EXPECT_EQ(csl.safetyStock, 3.0);
    EXPECT_NEAR(csl.achievedCycleServiceLevel, 0.9161, 5e-5);
    in.serviceType = ServiceType::FillRate;
    in.serviceLevel = 0.95;
    in.orderQuantity = 10;
    const auto fill = computeSafetyStock(in);
    EXPECT_EQ(fill.reorderLevel, 8.0);
    EXPECT_NEAR(fill.explain.value("expected_shortage_per_cycle"), 0.3140, 5e-5);
}

// Over-dispersed intermittent demand → negative binomial; gamma for continuous quantities;
// each level meets its target and the one below it would not.
TEST(InventorySafetyStock, NegativeBinomialAndGamma) {
    SafetyStockInputs in;
    in.demand = {2.0, 4.0, 3.0, 0.0, 0.0}; // μ_P = 6, σ_P² = 48
    in.serviceLevel = 0.95;
    in.distribution.demandClass = stocktower::forecast::DemandClass::Lumpy;
    const auto nb = computeSafetyStock(in);
    ASSERT_EQ(nb.distribution.family, DistributionFamily::NegativeBinomial);
    const DemandDistribution nbDist(DistributionFamily::NegativeBinomial, 6.0, std::sqrt(48.0));
    EXPECT_GE(nbDist.cdf(nb.reorderLevel), 0.95);
    EXPECT_LT(nbDist.cdf(nb.reorderLevel - 1.0), 0.95);
    EXPECT_EQ(nb.reorderLevel, std::floor(nb.reorderLevel));
    in.distribution.integerQuantities = false;
    const auto gamma = computeSafetyStock(in);
    ASSERT_EQ(gamma.distribution.family, DistributionFamily::Gamma);
    EXPECT_NEAR(gamma.achievedCycleServiceLevel, 0.95, 1e-9);
    in.serviceType = ServiceType::FillRate;
    in.orderQuantity = 20;
    const auto gammaFill = computeSafetyStock(in);
    EXPECT_NEAR(*gammaFill.achievedFillRate, 0.95, 1e-9);
}

// Invalid inputs name the argument.
TEST(InventorySafetyStock, InvalidInputsNameTheArgument) {
    EXPECT_EQ(argumentOf(normalInputs(30, -3, 7, 4, 0.9)), "demand_sd");
    EXPECT_EQ(argumentOf(normalInputs(-30, 3, 7, 4, 0.9)), "demand_mean");
    EXPECT_EQ(argumentOf(normalInputs(30, 3, 7, -4, 0.9)), "lead_time_sd");
    EXPECT_EQ(argumentOf(normalInputs(30, 3, 0, 4, 0.9)), "lead_time");
    EXPECT_EQ(argumentOf(normalInputs(30, 3, 7, 4, 1.0)), "service_level");
    EXPECT_EQ(argumentOf(normalInputs(30, 3, 7, 4, 0.0)), "service_level");
    auto fill = normalInputs(30, 3, 7, 4, 0.98);
    fill.serviceType = ServiceType::FillRate;
    EXPECT_EQ(argumentOf(fill), "order_quantity"); // continuous review needs Q
    fill.orderQuantity = 0.0;
    EXPECT_EQ(argumentOf(fill), "order_quantity");
    // Periodic review: Q defaults to d·R, and a lead time of 0 is allowed.
    fill.orderQuantity.reset();
    fill.demand.reviewPeriod = 7;
    fill.demand.leadTime = 0;
    const auto periodic = computeSafetyStock(fill);
    EXPECT_EQ(*periodic.orderQuantity, 210.0);
}

// A fill-rate target counts each shortage once. (R,S) with R = 1, L = 1, Poisson demand of 1 a
// period, target 0.55: the shortage allowed per cycle is 0.45·Q = 0.45 (Q = d·R = 1). The textbook
// E[(D_P − S)⁺] alone, D_P ~ Poisson(2), is 0.5413 at S = 2 and −1 + 9e⁻² = 0.2180 at S = 3, so it
// asks for S = 3. The exact shortage, less what D_L ~ Poisson(1) left short at the cycle's start,
// is 0.5413 − 0.1036 = 0.4377 ≤ 0.45 at S = 2 and (1 + e⁻²) − e⁻¹ = 0.7675 > 0.45 at S = 1: S = 2.
TEST(InventorySafetyStock, FillRateLevelCountsAShortageOnce) {
    SafetyStockInputs in;
    in.demand = {1.0, 1.0, 1.0, 0.0, 1.0};
    in.serviceType = ServiceType::FillRate;
    in.serviceLevel = 0.55;
    in.distribution.fixedFamily = DistributionFamily::Poisson;
    const auto result = computeSafetyStock(in);
    EXPECT_DOUBLE_EQ(result.reorderLevel, 2.0);
    ASSERT_TRUE(result.achievedFillRate.has_value());
    EXPECT_NEAR(*result.achievedFillRate, 1.0 - 0.437703, 5e-7);
    EXPECT_TRUE(result.targetMet);
}
