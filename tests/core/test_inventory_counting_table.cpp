// The tabulated cdf and loss of the counting families against hand computation and against
// Boost's incomplete gamma and beta functions evaluated directly.
#include "inventory/counting_table.h"

#include <boost/math/distributions/negative_binomial.hpp>
#include <boost/math/distributions/poisson.hpp>

#include <gtest/gtest.h>

#include <cmath>

using namespace stocktower::inventory;
namespace bm = boost::math;

// Hand computation, Poisson(2): f(0) = e⁻², f(1) = 2e⁻², f(2) = 2e⁻²; E[(X − k)⁺] falls from
// E[X] = 2 by P(X > k) per unit: 2, 2 − (1 − e⁻²), that − (1 − 3e⁻²).
TEST(InventoryCountingTable, PoissonByHand) {
    const auto table = CountingTable::poisson(2.0);
    ASSERT_TRUE(table);
    const double e2 = std::exp(-2.0);
    EXPECT_NEAR(table->cdf(0), e2, 1e-15);
    EXPECT_NEAR(table->cdf(1), 3.0 * e2, 1e-15);
    EXPECT_NEAR(table->cdf(2), 5.0 * e2, 1e-15);
    EXPECT_NEAR(table->loss(0.0), 2.0, 1e-15);
    EXPECT_NEAR(table->loss(1.0), 1.0 + e2, 1e-15);
    EXPECT_NEAR(table->loss(2.0), 4.0 * e2, 1e-15);
    // Between integers the loss is linear: halfway from 1 to 2 it falls by P(X > 1)/2.
    EXPECT_NEAR(table->loss(1.5), 1.0 + e2 - 0.5 * (1.0 - 3.0 * e2), 1e-15);
    EXPECT_EQ(table->quantile(0.5), 2);  // cdf(1) = 0.406, cdf(2) = 0.677
    EXPECT_EQ(table->quantile(0.4), 1);
}

// Hand computation, negative binomial r = 2, p = 0.5: f(k) = (k + 1)·0.5^(k+2), mean r(1 − p)/p = 2.
TEST(InventoryCountingTable, NegativeBinomialByHand) {
    const auto table = CountingTable::negativeBinomial(2.0, 0.5, 2.0);
    ASSERT_TRUE(table);
    EXPECT_NEAR(table->cdf(0), 0.25, 1e-15);
    EXPECT_NEAR(table->cdf(1), 0.5, 1e-15);
    EXPECT_NEAR(table->cdf(2), 0.6875, 1e-15);
    EXPECT_NEAR(table->loss(1.0), 1.25, 1e-15);
    EXPECT_NEAR(table->loss(2.0), 0.75, 1e-15);
    EXPECT_NEAR(table->loss(1.5), 1.0, 1e-15);
    EXPECT_EQ(table->quantile(0.5), 1);
    EXPECT_EQ(table->quantile(0.6), 2);
}

// Every entry against Boost, from the body into the far tail, for means from slow movers to a
// few hundred units: the cdf to 1e-13, and the loss (Boost: μ·P(Y ≥ k) − k·P(X > k) with Y the
// size-biased family, itself a difference: 1e-14 absolute) to 1e-10 relative, far into the tail.
TEST(InventoryCountingTable, AgreesWithBoostEverywhere) {
    for (const double mean : {0.3, 4.0, 37.5, 350.0}) {
        const auto table = CountingTable::poisson(mean);
        ASSERT_TRUE(table) << mean;
        const bm::poisson_distribution<double> d(mean);
        for (long long k = 0; k < table->last(); ++k) {
            const double kk = static_cast<double>(k);
            ASSERT_NEAR(table->cdf(k), bm::cdf(d, kk), 1e-13) << mean << " " << k;
            const double tailFromK = k >= 1 ? bm::cdf(bm::complement(d, kk - 1.0)) : 1.0;
            const double loss = mean * tailFromK - kk * bm::cdf(bm::complement(d, kk));
            ASSERT_NEAR(table->loss(kk), loss, std::max(1e-14, 1e-10 * loss)) << mean << " " << k;
        }
    }
    for (const auto& [r, p] : {std::pair{0.4, 0.3}, std::pair{3.0, 0.6}, std::pair{12.0, 0.1}}) {
        const double mean = r * (1.0 - p) / p;
        const auto table = CountingTable::negativeBinomial(r, p, mean);
        ASSERT_TRUE(table) << r << " " << p;
        const bm::negative_binomial_distribution<double> d(r, p);
        const bm::negative_binomial_distribution<double> next(r + 1.0, p);
        for (long long k = 0; k < table->last(); ++k) {
            const double kk = static_cast<double>(k);
            ASSERT_NEAR(table->cdf(k), bm::cdf(d, kk), 1e-13) << r << " " << p << " " << k;
            const double tailFromK = k >= 1 ? bm::cdf(bm::complement(next, kk - 1.0)) : 1.0;
            const double loss = mean * tailFromK - kk * bm::cdf(bm::complement(d, kk));
            ASSERT_NEAR(table->loss(kk), loss, std::max(1e-14, 1e-10 * loss)) << r << " " << p << " " << k;
        }
        // The table runs until the tail is negligible.
        EXPECT_GT(bm::cdf(d, static_cast<double>(table->last())), 1.0 - 1e-12);
    }
}

// No table where it cannot be accurate or would be long: f(0) = e^(−800) underflows a double;
// a mean of 10,000 needs more entries than a direct evaluation costs.
TEST(InventoryCountingTable, DeclinesWhereItDoesNotPay) {
    EXPECT_FALSE(CountingTable::poisson(800.0));
    EXPECT_FALSE(CountingTable::negativeBinomial(5.0, 5.0 / 10'005.0, 10'000.0));
    EXPECT_FALSE(CountingTable::negativeBinomial(2000.0, 0.5, 2000.0));
}
