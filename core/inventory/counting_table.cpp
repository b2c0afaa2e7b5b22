// The cdf and first-order loss of a Poisson or negative binomial at 0, 1, 2, … by recurrence.
#include "inventory/counting_table.h"

#include <algorithm>
#include <cmath>

namespace stocktower::inventory {

namespace {

// Long enough for every slow or intermittent item (mean over the protection interval in the
// hundreds); beyond it the direct evaluation is cheaper than the pass.
constexpr std::size_t kMaxEntries = 4096;
// Below exp(-700) a double loses precision and soon underflows.
constexpr double kMinLogF0 = -700.0;
// The table ends once what lies beyond holds less probability than this.
constexpr double kTail = 1e-17;

// Whether the table would end before kMaxEntries: the tail beyond mean + 12 sd is negligible for
// these families. Saves a pass that could only fail.
bool fits(double mean, double sd) {
    return mean + 12.0 * sd + 32.0 < static_cast<double>(kMaxEntries);
}

} // namespace

template <typename Ratio>
std::shared_ptr<const CountingTable> CountingTable::tabulate(double f0, double mean, double limitRatio, Ratio ratio) {
    std::shared_ptr<CountingTable> table(new CountingTable);
    auto& cdf = table->m_cdf;
    auto& survival = table->m_survival;
    auto& loss = table->m_loss;
    // Forward: the probabilities, and the cdf summed from the left (accurate where it is small).
    double f = f0;
    double below = 0.0;
    for (std::size_t k = 0;; ++k) {
        if (k == kMaxEntries) return nullptr;
        below += f;
        cdf.push_back(std::min(below, 1.0));
        survival.push_back(f); // P(X = k) for now
        const double next = f * ratio(static_cast<double>(k));
        // Past the mode the probabilities fall at least geometrically, with ratio at most
        // max(ratio(k + 1), limitRatio): the whole tail beyond k is below next / (1 − that).
        const double fall = std::max(ratio(static_cast<double>(k + 1)), limitRatio);
        if (static_cast<double>(k) > mean && fall < 1.0 && next / (1.0 - fall) < kTail) break;
        f = next;
    }
    // Backward: P(X > k) and E[(X − k)⁺] = Σ_{j ≥ k} P(X > j) summed from the right, so the tail
    // (where safety stock lives) is not the difference of two numbers near 1 or near the mean.
    const std::size_t n = survival.size();
    loss.assign(n, 0.0);
    double above = 0.0;
    double lossAbove = 0.0;
    for (std::size_t k = n; k-- > 0;) {
        const double pk = survival[k];
        survival[k] = above; // P(X > k)
        lossAbove += above;  // E[(X − k)⁺] = P(X > k) + E[(X − k − 1)⁺]
        loss[k] = lossAbove;
        above += pk;
    }
    return table;
}

std::shared_ptr<const CountingTable> CountingTable::poisson(double mean) {
    if (-mean < kMinLogF0 || !fits(mean, std::sqrt(mean))) return nullptr;
    return tabulate(std::exp(-mean), mean, 0.0, [mean](double k) { return mean / (k + 1.0); });
}

std::shared_ptr<const CountingTable> CountingTable::negativeBinomial(double r, double p, double mean) {
    const double logF0 = r * std::log(p);
    if (!(logF0 >= kMinLogF0) || !fits(mean, std::sqrt(mean / p))) return nullptr;
    const double q = 1.0 - p;
    return tabulate(std::exp(logF0), mean, q, [r, q](double k) { return (k + r) / (k + 1.0) * q; });
}

double CountingTable::loss(double x) const {
    const double m = std::floor(x);
    const auto k = static_cast<std::size_t>(m);
    return m_loss[k] - (x - m) * m_survival[k];
}

long long CountingTable::quantile(double p) const {
    const auto it = std::lower_bound(m_cdf.begin(), m_cdf.end(), p);
    return it == m_cdf.end() ? -1 : static_cast<long long>(it - m_cdf.begin());
}

} // namespace stocktower::inventory
