// Cost-optimal policies: newsvendor, (r,Q) normal and Poisson, (s,S) (reference/inventory.md rows
// 13–16).
#include "inventory/demand_distribution.h"
#include "inventory/lead_time_demand.h"
#include "inventory/newsvendor.h"
#include "inventory/rq_policy.h"
#include "inventory/ss_policy.h"
#include "inventory/validation.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace stocktower::inventory;

// Oracle: inventory.md row 13 (Snyder & Shen Ex. 4.3): h = 0.18, p = 0.70, μ = 50, σ = 8 →
// S* = 56.604, g* = 1.9976.
TEST(InventoryPolicies, NewsvendorRow13) {
    const DemandDistribution demand(DistributionFamily::Normal, 50.0, 8.0);
    const auto result = solveNewsvendor(demand, 0.18, 0.70);
    EXPECT_NEAR(result.orderUpTo, 56.604, 5e-4);
    EXPECT_NEAR(result.cost, 1.9976, 5e-5);
}

namespace {
// Row 14: annual demand N(1300, 150²), L = 1/12 year → lead-time demand N(108.33, 43.30²).
DemandDistribution row14LeadTimeDemand() {
    const auto ltd = leadTimeDemand({1300.0, 150.0, 1.0 / 12.0, 0.0, 0.0});
    return {DistributionFamily::Normal, ltd.mean, ltd.sd};
}
const RQCosts kRow14Costs{1300.0, 8.0, 0.225, 7.5};
} // namespace

// Oracle: inventory.md row 14 (Snyder & Shen Ex. 5.1): λ = 1,300/yr, σ = 150, L = 1/12 yr,
// K = 8, h = 0.225, p = 7.5 → exact r = 126.8, Q = 328.5, cost 78.07.
// The cost surface is flat near the optimum: the true minimiser is r = 126.8671, Q = 328.4491
// (cost 78.071146), which stockpyl's doctest of the same example (Ex. 5.6, Hadley–Whitin
// conditions, exact here since n(r + Q) ≈ 1e-13) also gives: (126.8670634, 328.4491422). The
// book's one-decimal pair costs 78.071163, a little more. So: the cost to the published
// decimals, r and Q to within 0.07 of the book and to 1e-5 of the independent computation.
TEST(InventoryPolicies, RQNormalExactRow14) {
    const auto policy = optimiseRQ(row14LeadTimeDemand(), kRow14Costs);
    EXPECT_NEAR(policy.cost, 78.07, 0.005);
    EXPECT_NEAR(policy.reorderPoint, 126.8, 0.07);
    EXPECT_NEAR(policy.orderQuantity, 328.5, 0.07);
    EXPECT_NEAR(policy.reorderPoint, 126.8670634479628, 1e-5);
    EXPECT_NEAR(policy.orderQuantity, 328.4491421980451, 1e-5);
    // The book's rounded policy costs 78.0712 (stockpyl's r_q_cost doctest of Ex. 5.1), no less
    // than the optimum.
    const double bookCost = rqCost(row14LeadTimeDemand(), kRow14Costs, 126.8, 328.5);
    EXPECT_NEAR(bookCost, 78.0712, 5e-5);
    EXPECT_LE(policy.cost, bookCost);
}

// Oracle: inventory.md row 14 (Snyder & Shen Ex. 5.5): EOQ + SS approximation r = 190.34,
// Q = 304.05.
TEST(InventoryPolicies, RQEoqPlusSafetyStockRow14) {
    const auto policy = eoqPlusSafetyStockRQ(row14LeadTimeDemand(), kRow14Costs);
    EXPECT_NEAR(policy.reorderPoint, 190.34, 0.005);
    EXPECT_NEAR(policy.orderQuantity, 304.05, 0.005);
    EXPECT_GT(policy.cost, 78.07); // an approximation costs more than the optimum
}

// Oracle: inventory.md row 16 (Snyder & Shen Ex. 5.8): Poisson λ = 1.5/period, L = 2, h = 20,
// p = 150, K = 100 → r = 3, Q = 5, cost 107.92.
TEST(InventoryPolicies, RQPoissonRow16) {
    const DemandDistribution ltd(DistributionFamily::Poisson, 1.5 * 2.0, 0.0);
    const RQCosts costs{1.5, 100.0, 20.0, 150.0};
    const auto policy = optimiseRQ(ltd, costs);
    EXPECT_EQ(policy.reorderPoint, 3.0);
    EXPECT_EQ(policy.orderQuantity, 5.0);
    EXPECT_NEAR(policy.cost, 107.92, 0.005);
    EXPECT_NEAR(rqCost(ltd, costs, 3.0, 5.0), policy.cost, 1e-12);
    // Neighbours cost more (the optimum is a local minimum over the integer grid).
    for (const auto& [r, q] : {std::pair{2.0, 5.0}, {4.0, 5.0}, {3.0, 4.0}, {3.0, 6.0}})
        EXPECT_GT(rqCost(ltd, costs, r, q), policy.cost) << r << "," << q;
}

// Oracle: inventory.md row 15 (Snyder & Shen Ex. 4.7, Zheng–Federgruen): Poisson μ = 6 per
// period, h = 1, p = 4, K = 5 → s = 4, S = 10, cost 8.0341.
TEST(InventoryPolicies, SSPolicyZhengFedergruenRow15) {
    const DemandDistribution period(DistributionFamily::Poisson, 6.0, 0.0);
    const PeriodicCosts costs{5.0, 1.0, 4.0, 0};
    const auto policy = optimiseSSPolicy(period, costs);
    EXPECT_EQ(policy.reorderPoint, 4.0);
    EXPECT_EQ(policy.orderUpTo, 10.0);
    EXPECT_NEAR(policy.cost, 8.0341, 5e-5);
    EXPECT_NEAR(ssPolicyCost(period, costs, 4, 10), policy.cost, 1e-12);
    // Neighbouring policies cost more (hand check of optimality on the grid).
    for (const auto& [s, S] : {std::pair{3LL, 10LL}, {5LL, 10LL}, {4LL, 9LL}, {4LL, 11LL}})
        EXPECT_GT(ssPolicyCost(period, costs, s, S), policy.cost) << s << "," << S;
}

TEST(InventoryPolicies, InvalidInputs) {
    const DemandDistribution normal(DistributionFamily::Normal, 6.0, 2.0);
    try {
        optimiseSSPolicy(normal, {5.0, 1.0, 4.0, 0});
        ADD_FAILURE();
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.argument(), "distribution");
    }
    try {
        optimiseRQ(normal, {1300.0, 8.0, 0.225, 0.0});
        ADD_FAILURE();
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.argument(), "stockout_cost");
    }
    EXPECT_THROW(solveNewsvendor(normal, -1.0, 1.0), InvalidInput);
    EXPECT_THROW(rqCost(normal, kRow14Costs, 100.0, 0.0), InvalidInput);
}
