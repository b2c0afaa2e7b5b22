// Demand distributions over the protection interval: loss functions, quantiles, the family rule.
#include "inventory/demand_distribution.h"
#include "inventory/distribution_choice.h"
#include "inventory/validation.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace stocktower::inventory;
using stocktower::forecast::DemandClass;

// Oracle: inventory.md row 17 (stockpyl test suite): E[(X − x)⁺] for Gamma(shape 2, scale 3)
// at 4 = 2.635971; Poisson(7) at 5 = 2.292600; Poisson(200) at 220 = 0.536006.
TEST(InventoryDistributions, LossFunctionsRow17) {
    // Gamma by moments: mean kθ = 6, σ² = kθ² = 18.
    const DemandDistribution gamma(DistributionFamily::Gamma, 6.0, std::sqrt(18.0));
    EXPECT_NEAR(gamma.loss(4.0), 2.635971, 5e-7);
    const DemandDistribution poisson7(DistributionFamily::Poisson, 7.0, 0.0);
    EXPECT_NEAR(poisson7.loss(5.0), 2.292600, 5e-7);
    const DemandDistribution poisson200(DistributionFamily::Poisson, 200.0, 0.0);
    EXPECT_NEAR(poisson200.loss(220.0), 0.536006, 5e-7);
}

// Hand computation: the loss by direct summation Σ_{j>x} (j − x)·f(j) matches the closed forms
// (Poisson, negative binomial) at integers and between them; below zero n(x) = μ − x.
TEST(InventoryDistributions, DiscreteLossMatchesSummation) {
    for (const auto& d : {DemandDistribution(DistributionFamily::Poisson, 3.0, 0.0),
                          DemandDistribution(DistributionFamily::NegativeBinomial, 3.0, 2.5)}) {
        for (double x : {0.0, 0.5, 1.0, 2.0, 2.7, 5.0, 9.0}) {
            double sum = 0.0;
            for (long long j = static_cast<long long>(std::floor(x)) + 1; j < 400; ++j)
                sum += (static_cast<double>(j) - x) * d.pmf(j);
            EXPECT_NEAR(d.loss(x), sum, 1e-10) << distributionFamilyName(d.family()) << " " << x;
        }
        EXPECT_NEAR(d.loss(-2.0), 5.0, 1e-12);
    }
}

// Moments are preserved by the fitted parameters (p = μ/σ², r = μ²/(σ² − μ); k = μ²/σ², θ = σ²/μ):
// the mean equals n(0) (all demand is short with nothing on hand).
TEST(InventoryDistributions, MomentFit) {
    const DemandDistribution nb(DistributionFamily::NegativeBinomial, 4.0, 3.0);
    EXPECT_NEAR(nb.loss(0.0), 4.0, 1e-12);
    const DemandDistribution g(DistributionFamily::Gamma, 4.0, 3.0);
    EXPECT_NEAR(g.loss(0.0), 4.0, 1e-12);
    // Second-order loss at 0 is ½·E[X²] = ½·(σ² + μ²) = 12.5.
    EXPECT_NEAR(g.secondOrderLoss(0.0), 12.5, 1e-9);
    const DemandDistribution n(DistributionFamily::Normal, 4.0, 3.0);
    EXPECT_NEAR(n.loss(4.0), 3.0 * 0.3989423, 1e-6);
}

// Hand computation from the Poisson(6) table: F(8) = 0.8472, F(9) = 0.9161.
TEST(InventoryDistributions, DiscreteQuantileIsSmallestLevel) {
    const DemandDistribution d(DistributionFamily::Poisson, 6.0, 0.0);
    EXPECT_EQ(d.quantile(0.90), 9.0);
    EXPECT_EQ(d.quantile(0.84), 8.0);
    EXPECT_NEAR(d.cdf(8.0), 0.8472, 5e-5);
    EXPECT_EQ(d.cdf(8.9), d.cdf(8.0)); // counts step
}

TEST(InventoryDistributions, DegenerateAndInvalid) {
    const DemandDistribution flat(DistributionFamily::Normal, 15.0, 0.0);
    EXPECT_TRUE(flat.isDegenerate());
    EXPECT_EQ(flat.loss(10.0), 5.0);
    EXPECT_EQ(flat.loss(20.0), 0.0);
    EXPECT_EQ(flat.quantile(0.99), 15.0);
    const DemandDistribution none(DistributionFamily::Poisson, 0.0, 0.0);
    EXPECT_EQ(none.quantile(0.99), 0.0);
    EXPECT_EQ(none.loss(0.0), 0.0);
    EXPECT_THROW(DemandDistribution(DistributionFamily::Normal, 5.0, -1.0), InvalidInput);
    try {
        DemandDistribution(DistributionFamily::NegativeBinomial, 5.0, 2.0); // σ² = 4 < μ
        ADD_FAILURE();
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.argument(), "distribution");
    }
}

// The rule by demand class (docs/inventory_formulas.md).
TEST(InventoryDistributions, ChoiceByDemandClass) {
    DistributionRule rule;
    rule.demandClass = DemandClass::Smooth;
    EXPECT_EQ(chooseDistribution(rule, 210.0, 120.0).family, DistributionFamily::Normal);
    rule.demandClass = DemandClass::Erratic;
    // Erratic demand is skewed: a normal with CV 0.8 would put Φ(−1.25) = 10.6% of it below
    // zero. σ² = 1600 > 1.1·50, so negative binomial.
    const auto skewed = chooseDistribution(rule, 50.0, 40.0);
    EXPECT_EQ(skewed.family, DistributionFamily::NegativeBinomial);
    // Why, as an id with its arguments: the class, the variance 40² and the dispersion limit.
    EXPECT_EQ(skewed.reason.id, stocktower::util::MessageId::DistributionNegbinClass);
    EXPECT_EQ(skewed.reason.args, (std::vector<std::string>{"erratic", "1600", "1.1"}));
    EXPECT_EQ(stocktower::util::englishText(skewed.reason), "negbin: erratic demand, variance 1600 > 1.1 × mean (over-dispersed)");
    // A smooth item selling 6 units over its lead time is a slow mover.
    rule.demandClass = DemandClass::Smooth;
    EXPECT_EQ(chooseDistribution(rule, 6.0, 2.4).family, DistributionFamily::Poisson);
    rule.demandClass = DemandClass::Intermittent;
    EXPECT_EQ(chooseDistribution(rule, 30.0, std::sqrt(32.0)).family, DistributionFamily::Poisson);
    EXPECT_EQ(chooseDistribution(rule, 30.0, 9.0).family, DistributionFamily::NegativeBinomial);
    rule.demandClass = DemandClass::Lumpy;
    rule.integerQuantities = false;
    const auto gamma = chooseDistribution(rule, 30.0, 9.0);
    EXPECT_EQ(gamma.family, DistributionFamily::Gamma);
    EXPECT_NE(stocktower::util::englishText(gamma.reason).find("continuous"), std::string::npos);
    rule.fixedFamily = DistributionFamily::Normal;
    EXPECT_EQ(chooseDistribution(rule, 1.0, 3.0).family, DistributionFamily::Normal);
    EXPECT_EQ(parseDistributionFamily("negbin"), DistributionFamily::NegativeBinomial);
    EXPECT_EQ(parseDemandClass("lumpy"), DemandClass::Lumpy);
    EXPECT_EQ(parseDemandClass("bursty"), std::nullopt);
}
