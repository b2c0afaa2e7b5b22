// The cdf and first-order loss of a Poisson or negative binomial at 0, 1, 2, … by recurrence.
#pragma once

#include <memory>
#include <vector>

namespace stocktower::inventory {

// Safety-stock searches evaluate the cdf and the loss of one counting distribution dozens of
// times; each evaluation through the incomplete gamma or beta function costs a microsecond or
// more. The probabilities follow from one another by a multiplication (Poisson
// f(k+1) = f(k)·λ/(k+1); negative binomial f(k+1) = f(k)·(k + r)/(k + 1)·(1 − p)), so one pass
// tabulates every integer up to where the tail is negligible, and a lookup replaces the call.
class CountingTable {
public:
    // nullptr when a table does not pay or cannot be built accurately: a long table (large mean
    // or spread) or f(0) below what a double holds (the recurrence would start from zero). The
    // caller then evaluates the distribution directly.
    static std::shared_ptr<const CountingTable> poisson(double mean);
    static std::shared_ptr<const CountingTable> negativeBinomial(double r, double p, double mean);

    // Both for 0 ≤ k ≤ last() only.
    [[nodiscard]] long long last() const { return static_cast<long long>(m_cdf.size()) - 1; }
    [[nodiscard]] double cdf(long long k) const { return m_cdf[static_cast<std::size_t>(k)]; }
    // E[(X − x)⁺] for 0 ≤ x < last(): between integers m and m + 1 it falls linearly with slope
    // P(X > m).
    [[nodiscard]] double loss(double x) const;
    // The smallest k ≤ last() with cdf(k) ≥ p, or −1 when the table ends first.
    [[nodiscard]] long long quantile(double p) const;

private:
    CountingTable() = default;
    // Fills the table from f(0) by f(k+1) = f(k)·ratio(k) until the tail is negligible;
    // limitRatio is ratio(k) as k grows (0 for the Poisson, 1 − p for the negative binomial).
    template <typename Ratio>
    static std::shared_ptr<const CountingTable> tabulate(double f0, double mean, double limitRatio, Ratio ratio);

    std::vector<double> m_cdf;      // P(X ≤ k)
    std::vector<double> m_survival; // P(X > k)
    std::vector<double> m_loss;     // E[(X − k)⁺]
};

} // namespace stocktower::inventory
