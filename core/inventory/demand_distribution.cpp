// Demand over a protection interval as a distribution: normal, Poisson, negative binomial, gamma.
#include "inventory/demand_distribution.h"

#include "inventory/counting_table.h"
#include "inventory/service_level.h"
#include "inventory/validation.h"

#include <boost/math/distributions/gamma.hpp>
#include <boost/math/distributions/negative_binomial.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/poisson.hpp>

#include <fmt/format.h>

#include <cassert>
#include <cmath>

namespace stocktower::inventory {

namespace bm = boost::math;

std::string_view distributionFamilyName(DistributionFamily family) {
    switch (family) {
    case DistributionFamily::Normal:
        return "normal";
    case DistributionFamily::Poisson:
        return "poisson";
    case DistributionFamily::NegativeBinomial:
        return "negbin";
    case DistributionFamily::Gamma:
        return "gamma";
    }
    return "normal";
}

std::optional<DistributionFamily> parseDistributionFamily(std::string_view name) {
    if (name == "normal") return DistributionFamily::Normal;
    if (name == "poisson") return DistributionFamily::Poisson;
    if (name == "negbin") return DistributionFamily::NegativeBinomial;
    if (name == "gamma") return DistributionFamily::Gamma;
    return std::nullopt;
}

DemandDistribution::DemandDistribution(DistributionFamily family, double mean, double sd)
    : m_family(family), m_mean(mean), m_sd(sd), m_degenerate(false) {
    requireNonNegative("demand_mean", mean);
    requireNonNegative("demand_sd", sd);
    switch (family) {
    case DistributionFamily::Normal:
        m_degenerate = sd == 0.0;
        break;
    case DistributionFamily::Poisson:
        m_sd = std::sqrt(mean);
        m_degenerate = mean == 0.0;
        if (!m_degenerate) m_table = CountingTable::poisson(mean);
        break;
    case DistributionFamily::NegativeBinomial: {
        const double variance = sd * sd;
        if (mean == 0.0) {
            m_degenerate = true;
            break;
        }
        if (!(variance > mean))
            throw InvalidInput("distribution",
                               fmt::format("negbin needs variance > mean (got variance {:.6g}, "
                                           "mean {:.6g}); use poisson",
                                           variance, mean));
        m_b = mean / variance;                 // p
        m_a = mean * mean / (variance - mean); // r
        m_table = CountingTable::negativeBinomial(m_a, m_b, mean);
        break;
    }
    case DistributionFamily::Gamma:
        m_degenerate = mean == 0.0 || sd == 0.0;
        if (!m_degenerate) {
            m_a = mean * mean / (sd * sd); // shape k
            m_b = sd * sd / mean;          // scale θ
        }
        break;
    }
}

bool DemandDistribution::isDiscrete() const {
    return m_family == DistributionFamily::Poisson ||
           m_family == DistributionFamily::NegativeBinomial;
}

double DemandDistribution::cdf(double x) const {
    if (m_degenerate) return x >= m_mean ? 1.0 : 0.0;
    if (isDiscrete()) {
        if (x < 0.0) return 0.0;
        // Boost evaluates discrete cdfs at non-integers by interpolation; counts step.
        const double k = std::floor(x);
        if (m_table && k <= static_cast<double>(m_table->last())) return m_table->cdf(static_cast<long long>(k));
        if (m_family == DistributionFamily::Poisson)
            return bm::cdf(bm::poisson_distribution<double>(m_mean), k);
        return bm::cdf(bm::negative_binomial_distribution<double>(m_a, m_b), k);
    }
    if (m_family == DistributionFamily::Gamma)
        return x <= 0.0 ? 0.0 : bm::cdf(bm::gamma_distribution<double>(m_a, m_b), x);
    return standardNormalCdf((x - m_mean) / m_sd);
}

double DemandDistribution::quantile(double p) const {
    requireOpenUnit("probability", p);
    if (m_degenerate) return m_mean;
    if (!isDiscrete()) {
        if (m_family == DistributionFamily::Gamma)
            return bm::quantile(bm::gamma_distribution<double>(m_a, m_b), p);
        return bm::quantile(bm::normal_distribution<double>(m_mean, m_sd), p);
    }
    if (m_table) {
        if (const long long k = m_table->quantile(p); k >= 0) return static_cast<double>(k);
    }
    // Start from the continuous approximation of Boost's discrete quantile and step to the
    // smallest integer whose cdf reaches p, so the definition is exact whatever the rounding.
    double k = 0.0;
    if (m_family == DistributionFamily::Poisson)
        k = bm::quantile(bm::poisson_distribution<double>(m_mean), p);
    else
        k = bm::quantile(bm::negative_binomial_distribution<double>(m_a, m_b), p);
    k = std::max(0.0, std::floor(k));
    while (k > 0.0 && cdf(k - 1.0) >= p)
        k -= 1.0;
    while (cdf(k) < p)
        k += 1.0;
    return k;
}

double DemandDistribution::loss(double x) const {
    if (m_degenerate) return std::max(m_mean - x, 0.0);
    // Demand of the other families is never negative: below zero every unit of X is short.
    if (m_family != DistributionFamily::Normal && x <= 0.0) return m_mean - x;
    if (m_table && x < static_cast<double>(m_table->last())) return m_table->loss(x);
    switch (m_family) {
    case DistributionFamily::Normal:
        return m_sd * standardNormalLoss((x - m_mean) / m_sd);
    case DistributionFamily::Poisson: {
        // Σ_{j>m} (j − x)·f(j) with m = ⌊x⌋ and j·f(j) = λ·f(j − 1).
        const bm::poisson_distribution<double> d(m_mean);
        const double m = std::floor(x);
        const double atLeastM = m >= 1.0 ? bm::cdf(bm::complement(d, m - 1.0)) : 1.0;
        return m_mean * atLeastM - x * bm::cdf(bm::complement(d, m));
    }
    case DistributionFamily::NegativeBinomial: {
        // j·f_r(j) = μ·f_{r+1}(j − 1): the tail sum of j·f is μ times a tail of NB(r + 1, p).
        const bm::negative_binomial_distribution<double> d(m_a, m_b);
        const bm::negative_binomial_distribution<double> next(m_a + 1.0, m_b);
        const double m = std::floor(x);
        const double atLeastM = m >= 1.0 ? bm::cdf(bm::complement(next, m - 1.0)) : 1.0;
        return m_mean * atLeastM - x * bm::cdf(bm::complement(d, m));
    }
    case DistributionFamily::Gamma: {
        // ∫ₓ^∞ t·f_k(t) dt = kθ·(1 − F_{k+1}(x)).
        const bm::gamma_distribution<double> d(m_a, m_b);
        const bm::gamma_distribution<double> next(m_a + 1.0, m_b);
        return m_mean * bm::cdf(bm::complement(next, x)) - x * bm::cdf(bm::complement(d, x));
    }
    }
    return 0.0;
}

double DemandDistribution::secondOrderLoss(double x) const {
    assert(!isDiscrete() && "second-order loss is for continuous families");
    if (m_degenerate) {
        const double gap = std::max(m_mean - x, 0.0);
        return 0.5 * gap * gap;
    }
    if (m_family == DistributionFamily::Normal)
        return m_sd * m_sd * standardNormalSecondLoss((x - m_mean) / m_sd);
    // Gamma: ½·E[(X − x)²; X > x] from the partial moments E[Xⁿ; X > x] = θⁿ·k…(k+n−1)·Q(k+n).
    if (x <= 0.0) {
        const double variance = m_sd * m_sd;
        return 0.5 * (variance + (m_mean - x) * (m_mean - x));
    }
    const bm::gamma_distribution<double> d0(m_a, m_b);
    const bm::gamma_distribution<double> d1(m_a + 1.0, m_b);
    const bm::gamma_distribution<double> d2(m_a + 2.0, m_b);
    const double m1 = m_mean * bm::cdf(bm::complement(d1, x));
    const double m2 = m_a * (m_a + 1.0) * m_b * m_b * bm::cdf(bm::complement(d2, x));
    const double tail = bm::cdf(bm::complement(d0, x));
    return 0.5 * std::max(0.0, m2 - 2.0 * x * m1 + x * x * tail);
}

double DemandDistribution::pmf(long long k) const {
    assert(isDiscrete() && "pmf is for the counting families");
    if (k < 0) return 0.0;
    if (m_degenerate) return static_cast<double>(k) == m_mean ? 1.0 : 0.0;
    const auto kk = static_cast<double>(k);
    if (m_family == DistributionFamily::Poisson)
        return bm::pdf(bm::poisson_distribution<double>(m_mean), kk);
    return bm::pdf(bm::negative_binomial_distribution<double>(m_a, m_b), kk);
}

DemandDistribution DemandDistribution::scaled(double periods) const {
    requirePositive("periods", periods);
    return DemandDistribution(m_family, m_mean * periods, m_sd * std::sqrt(periods));
}

} // namespace stocktower::inventory
