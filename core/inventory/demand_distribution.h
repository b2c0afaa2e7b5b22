// Demand over a protection interval as a distribution: normal, Poisson, negative binomial, gamma.
#pragma once

#include <memory>
#include <optional>
#include <string_view>

namespace stocktower::inventory {

// The families the engine uses (reference/inventory.md, "Slow movers"). Fitted by moments:
//   Normal(μ, σ);  Poisson(μ) (σ is ignored: σ² = μ);
//   NegativeBinomial with p = μ/σ², r = μ²/(σ² − μ), for counts with σ² > μ;
//   Gamma with shape k = μ²/σ², scale θ = σ²/μ, for continuous quantities.
class CountingTable;

enum class DistributionFamily { Normal, Poisson, NegativeBinomial, Gamma };

std::string_view
distributionFamilyName(DistributionFamily family); // normal, poisson, negbin, gamma
std::optional<DistributionFamily> parseDistributionFamily(std::string_view name);

// A moment-fitted demand distribution. Degenerate cases (σ = 0, or μ = 0) are a point mass at μ,
// so a planner's item with steady or no demand still gets well-defined numbers.
class DemandDistribution {
public:
    // Validates: mean ≥ 0, sd ≥ 0 (InvalidInput "demand_mean" / "demand_sd"); a negative binomial
    // needs σ² > μ (InvalidInput "distribution").
    DemandDistribution(DistributionFamily family, double mean, double sd);

    DistributionFamily family() const { return m_family; }
    double mean() const { return m_mean; }
    // For Poisson, √μ whatever sd was given.
    double sd() const { return m_sd; }
    bool isDiscrete() const;
    bool isDegenerate() const { return m_degenerate; }

    // P(X ≤ x). For the counting families x is taken down to an integer first.
    double cdf(double x) const;
    // The smallest x with P(X ≤ x) ≥ p, p in (0, 1); an integer for the counting families.
    double quantile(double p) const;
    // First-order loss n(x) = E[(X − x)⁺]: expected units short when x are on hand.
    double loss(double x) const;
    // Second-order loss n₂(x) = ½·E[((X − x)⁺)²], so that ∫ₐᵇ n = n₂(a) − n₂(b). Continuous
    // families only (asserted); the counting families sum n over integers instead.
    double secondOrderLoss(double x) const;
    // P(X = k) for the counting families (asserted).
    double pmf(long long k) const;

    // The same family with mean and variance scaled by `periods` (a sum of independent periods).
    DemandDistribution scaled(double periods) const;

private:
    DistributionFamily m_family;
    double m_mean;
    double m_sd;
    bool m_degenerate;
    // Fitted parameters: negative binomial (r, p) or gamma (shape, scale).
    double m_a = 0.0;
    double m_b = 0.0;
    // The counting families' cdf and loss tabulated at the integers, when that pays (shared:
    // copies of a distribution look up the same table).
    std::shared_ptr<const CountingTable> m_table;
};

} // namespace stocktower::inventory
