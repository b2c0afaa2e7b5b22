// Policy simulation against closed forms: long seeded runs must land on textbook values. Oracles
// (each test names its own): normal (R,S) cycle service and fill rate (Chopra & Meindl; Silver,
// Pyke & Thomas), Poisson base-stock (Zipkin 2000), (r, nQ) with Poisson demand (Hadley & Whitin
// 1963; Zipkin 2000), (s,S) cost of Snyder & Shen Ex. 4.7, and the moments of each demand model.
// Seeds are fixed, so the runs are exact repeats, not flaky; tolerances are about four standard
// errors of the simulation (printed on failure).
#include "inventory/simulation.h"

#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/poisson.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

using namespace stocktower::inventory;

namespace {

const boost::math::normal kStandardNormal;

double phi(double z) {
    return boost::math::cdf(kStandardNormal, z);
}

// Standard normal loss G(k) = φ(k) − k(1 − Φ(k)) (inventory.md row 9).
double normalLoss(double k) {
    return boost::math::pdf(kStandardNormal, k) - k * (1.0 - phi(k));
}

// E[(N − x)⁺] and E[(x − N)⁺] for N ~ Poisson(mean), from Boost.Math's pmf.
double poissonExcess(double mean, int x) {
    const boost::math::poisson n(mean);
    double sum = 0.0;
    for (int k = x + 1; k < 400; ++k)
        sum += (k - x) * boost::math::pdf(n, k);
    return sum;
}

double poissonShortfall(double mean, int x) {
    const boost::math::poisson n(mean);
    double sum = 0.0;
    for (int k = 0; k < x; ++k)
        sum += (x - k) * boost::math::pdf(n, k);
    return sum;
}

double poissonCdf(double mean, int x) {
    return boost::math::cdf(boost::math::poisson(mean), x);
}

SimItem poissonItem(double mean) {
    SimItem item;
    item.demand.distribution = SimDemandDistribution::Poisson;
    item.demand.mean = mean;
    return item;
}

SimSettings longRun(int periods, int warmUp, int replications) {
    SimSettings settings;
    settings.periods = periods;
    settings.warmUpPeriods = warmUp;
    settings.replications = replications;
    settings.seed = 42;
    return settings;
}

} // namespace

// (R,S) with normal demand (μ = 100, σ = 30 a period), R = 4, L = 2, backordering. An order placed
// at a review covers demand until the next order arrives, R + L periods later, so the share of
// cycles without stockout is Φ(k) with k = (S − (R+L)μ)/(σ√(R+L)) (Chopra & Meindl, periodic
// review; inventory.md row 8). S is set for 90%. The fill rate is 1 − σ√(R+L)·G(k)/(R·μ) (Silver,
// Pyke & Thomas: expected shortage per cycle over demand per cycle; the shortage carried in from
// the previous cycle, E[(D_L − S)⁺], is ~1e-15 here). The ready rate averages P(no backorder) over
// the R periods of a cycle: (1/R)·Σ_{j=1..R} Φ((S − (L+j)μ)/(σ√(L+j))).
TEST(InventorySimulationOracle, PeriodicReviewNormalDemand) {
    const double mu = 100, sigma = 30;
    const int review = 4, lead = 2;
    const double k = boost::math::quantile(kStandardNormal, 0.90); // 1.2816 (row 1)
    const double protection = sigma * std::sqrt(review + lead);
    SimItem item;
    item.policy.kind = SimPolicyKind::PeriodicOrderUpTo;
    item.policy.reviewPeriod = review;
    item.policy.orderUpTo = (review + lead) * mu + k * protection; // 694.17
    item.demand = {SimDemandDistribution::Normal, mu, sigma, {}, 1.0};
    item.leadTime.mean = lead;
    const auto result = simulateItem(item, 0, longRun(104, 8, 4000));

    EXPECT_NEAR(result.cycleServiceLevel.mean, 0.90, 0.01)
        << "SE " << result.cycleServiceLevel.standardError;
    const double fillRate = 1.0 - protection * normalLoss(k) / (review * mu); // 0.99130
    EXPECT_NEAR(result.fillRate.mean, fillRate, 0.0006) << "SE " << result.fillRate.standardError;
    double readyRate = 0.0;
    for (int j = 1; j <= review; ++j)
        readyRate +=
            phi((item.policy.orderUpTo - (lead + j) * mu) / (sigma * std::sqrt(lead + j))) / review;
    EXPECT_NEAR(result.readyRate.mean, readyRate, 0.003) << "SE " << result.readyRate.standardError;
    // Orders of periods 0, 4, …, 100 arrive in 3, 7, …, 103; the 24 receipts from period 11 on
    // (after the warm-up) close 23 cycles — the last is still open at the horizon.
    EXPECT_EQ(result.cycles, 23.0);
}

// Base-stock (R = 1, order-up-to S = 12), Poisson demand λ = 3 a period, fixed lead time L = 2,
// backordering. Zipkin (2000), Foundations of Inventory Management, §6.2: with a base-stock policy
// the net inventory is S minus the demand over the protection interval. With this simulation's
// event order (review at the end of period t raises IP to S; that order is received at the start of
// period t + L + 1) the net inventory at the end of period t + L + 1 is S − D(t+1 … t+L+1): demand
// over L + 1 periods, N ~ Poisson((L+1)λ) = Poisson(9). Hence
//   P(no backorder at a period's end) = P(N ≤ S)     = 0.8758 (the ready rate),
//   P(stock left at a period's end)   = P(N ≤ S − 1) = 0.8030 (not what is measured here),
//   average backorders = E[(N − S)⁺], average on hand = E[(S − N)⁺],
//   fill rate = 1 − (E[(N − S)⁺] − E[(N_L − S)⁺])/λ with N_L ~ Poisson(Lλ): the units short
//   in a period are the backorders at its end minus those left after its receipt.
TEST(InventorySimulationOracle, PoissonBaseStock) {
    const double lambda = 3;
    const int lead = 2, s = 12;
    auto item = poissonItem(lambda);
    item.policy.orderUpTo = s;
    item.leadTime.mean = lead;
    const auto result = simulateItem(item, 0, longRun(200, 10, 4000));
    const double n = (lead + 1) * lambda;

    EXPECT_NEAR(result.readyRate.mean, poissonCdf(n, s), 0.004)
        << "SE " << result.readyRate.standardError;
    EXPECT_GT(std::abs(result.readyRate.mean - poissonCdf(n, s - 1)), 0.05);
    EXPECT_NEAR(result.averageBackorders.mean, poissonExcess(n, s), 0.01)
        << "SE " << result.averageBackorders.standardError;
    EXPECT_NEAR(result.averageOnHand.mean, poissonShortfall(n, s), 0.02)
        << "SE " << result.averageOnHand.standardError;
    const double fillRate = 1.0 - (poissonExcess(n, s) - poissonExcess(lead * lambda, s)) / lambda;
    EXPECT_NEAR(result.fillRate.mean, fillRate, 0.003) << "SE " << result.fillRate.standardError;
    EXPECT_NEAR(result.demandUnits / 190.0, lambda, 0.01);
}

// (s,Q) = (3, 5) reviewed every period, Poisson demand λ = 2, L = 1, backordering. Under the
// (r, nQ) rule with integer demand the inventory position after ordering is uniform on s+1 … s+Q
// (Hadley & Whitin 1963; Zipkin 2000, §6.5), so the net inventory at a period's end is y − N with y
// uniform on 4 … 8 and N ~ Poisson((L+1)λ) = Poisson(4) (as in the base-stock case): P(no
// backorder) = (1/Q)·Σ_y P(N ≤ y), and likewise the mean on hand and backorders. Units ordered per
// period equal demand, λ.
TEST(InventorySimulationOracle, ReorderPointPoissonDemand) {
    const double lambda = 2;
    const int lead = 1, s = 3, q = 5;
    auto item = poissonItem(lambda);
    item.policy.kind = SimPolicyKind::ReorderPointQuantity;
    item.policy.reorderPoint = s;
    item.policy.orderQuantity = q;
    item.leadTime.mean = lead;
    const auto result = simulateItem(item, 0, longRun(200, 20, 4000));
    const double n = (lead + 1) * lambda;
    double ready = 0, onHand = 0, backorders = 0;
    for (int y = s + 1; y <= s + q; ++y) {
        ready += poissonCdf(n, y) / q;
        onHand += poissonShortfall(n, y) / q;
        backorders += poissonExcess(n, y) / q;
    }
    EXPECT_NEAR(result.readyRate.mean, ready, 0.004) << "SE " << result.readyRate.standardError;
    EXPECT_NEAR(result.averageOnHand.mean, onHand, 0.02)
        << "SE " << result.averageOnHand.standardError;
    EXPECT_NEAR(result.averageBackorders.mean, backorders, 0.01)
        << "SE " << result.averageBackorders.standardError;
    EXPECT_NEAR(result.orderedUnits / 180.0, lambda, 0.02);
}

// Snyder & Shen, Fundamentals of Supply Chain Theory, Ex. 4.7 (inventory.md row 15): periodic
// review, Poisson demand μ = 6, zero lead time, h = 1, p = 4, K = 5; the optimal (s,S) = (4, 10)
// costs 8.0341 a period (Zheng–Federgruen; order up to S when IP ≤ s). Cost per period =
// K·orders + h·(end on hand) + p·(end backorders). With L = 0 an order of period t is received
// before period t+1's demand, as in the textbook's model.
TEST(InventorySimulationOracle, MinMaxCostSnyderShen47) {
    auto item = poissonItem(6);
    item.policy.kind = SimPolicyKind::MinMax;
    item.policy.reorderPoint = 4;
    item.policy.orderUpTo = 10;
    const auto settings = longRun(200, 10, 4000);
    const auto result = simulateItem(item, 0, settings);
    const double periods = settings.periods - settings.warmUpPeriods;
    const double cost = 5.0 * result.orders / periods + 1.0 * result.averageOnHand.mean +
                        4.0 * result.averageBackorders.mean;
    EXPECT_NEAR(cost, 8.0341, 0.03);
}

namespace {

struct Moments {
    double mean = 0, sd = 0, zeroShare = 0, smallestPositive = 1e300;
};

// Demand of one long replication, read from the trace (an order-up-to 0 keeps the policy idle).
Moments demandMoments(const SimDemand& demand) {
    SimItem item;
    item.demand = demand;
    SimSettings settings;
    settings.periods = 40000;
    settings.replications = 1;
    const auto trace = traceReplication(item, 0, 0, settings);
    Moments m;
    for (const auto& p : trace)
        m.mean += p.demand / trace.size();
    for (const auto& p : trace) {
        m.sd += (p.demand - m.mean) * (p.demand - m.mean) / (trace.size() - 1.0);
        if (p.demand == 0)
            m.zeroShare += 1.0 / trace.size();
        else
            m.smallestPositive = std::min(m.smallestPositive, p.demand);
    }
    m.sd = std::sqrt(m.sd);
    return m;
}

} // namespace

// Each demand model reproduces the mean and sd it is given (per period, or per occurrence for
// intermittent models: then the period mean is p·mean and the period variance
// p·(sd² + mean²) − (p·mean)²). Parametrisations: gamma k = μ²/σ², θ = σ²/μ; negative binomial
// p = μ/σ², r = μ²/(σ² − μ) (inventory.md, "Slow movers"). Bootstrap: the history's own moments
// (the series of inventory.md row 18: mean 14/12, variance 70/12 − (14/12)²).
TEST(InventorySimulationOracle, DemandModelsHaveTheirMoments) {
    struct Case {
        SimDemand demand;
        double mean, sd, zeroShare;
    };
    auto intermittentSd = [](double p, double mean, double sd) {
        return std::sqrt(p * (sd * sd + mean * mean) - p * p * mean * mean);
    };
    const std::vector<double> row18{0, 0, 5, 0, 0, 0, 3, 0, 6, 0, 0, 0};
    const double row18Mean = 14.0 / 12.0;
    const double row18Sd = std::sqrt((25.0 + 9.0 + 36.0) / 12.0 - row18Mean * row18Mean);
    const std::vector<Case> cases{
        {{SimDemandDistribution::Normal, 10, 3, {}, 1.0}, 10, 3, -1},
        {{SimDemandDistribution::Gamma, 5, 4, {}, 1.0}, 5, 4, 0},
        {{SimDemandDistribution::Poisson, 2.5, 0, {}, 1.0}, 2.5, std::sqrt(2.5), std::exp(-2.5)},
        {{SimDemandDistribution::Poisson, 40, 0, {}, 1.0}, 40, std::sqrt(40.0), -1},
        // Negative binomial μ = 3, σ = 3: p = 1/3, r = 1.5, P(0) = p^r = 0.19245.
        {{SimDemandDistribution::NegativeBinomial, 3, 3, {}, 1.0}, 3, 3, std::pow(1.0 / 3.0, 1.5)},
        {{SimDemandDistribution::Bootstrap, 0, 0, row18, 1.0}, row18Mean, row18Sd, 9.0 / 12.0},
        // Intermittent (Croston-type): demand in 25% of periods.
        {{SimDemandDistribution::Gamma, 8, 4, {}, 0.25}, 2, intermittentSd(0.25, 8, 4), 0.75},
        {{SimDemandDistribution::Poisson, 4, 0, {}, 0.25},
         1,
         intermittentSd(0.25, 4, std::sqrt(3.0)),
         0.75},
        {{SimDemandDistribution::NegativeBinomial, 6, 4, {}, 0.25},
         1.5,
         intermittentSd(0.25, 6, 4),
         0.75},
        // Intermittent bootstrap: sizes from the history's non-zero values 5, 3, 6.
        {{SimDemandDistribution::Bootstrap, 0, 0, row18, 0.5},
         0.5 * 14.0 / 3.0,
         intermittentSd(0.5, 14.0 / 3.0, std::sqrt(70.0 / 3.0 - 196.0 / 9.0)),
         0.5},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(simDemandDistributionName(c.demand.distribution)) +
                     " p=" + std::to_string(c.demand.occurrenceProbability));
        const auto m = demandMoments(c.demand);
        // 40,000 periods: the mean's standard error is sd/200; the sd's about sd/280 (more for
        // skewed models).
        EXPECT_NEAR(m.mean, c.mean, 4.0 * c.sd / 200.0);
        EXPECT_NEAR(m.sd, c.sd, 0.03 * c.sd);
        if (c.zeroShare >= 0) {
            EXPECT_NEAR(m.zeroShare, c.zeroShare, 0.01);
        }
        // Sizes of intermittent count and bootstrap models are at least 1.
        if (c.demand.occurrenceProbability < 1.0 &&
            c.demand.distribution != SimDemandDistribution::Gamma) {
            EXPECT_GE(m.smallestPositive, 1.0);
        }
    }
}
