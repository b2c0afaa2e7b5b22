// Draws one period's demand of an item-site from its demand model (see SimDemand).
#pragma once

#include "inventory/sim_random.h"
#include "inventory/simulation.h"

#include <boost/random/bernoulli_distribution.hpp>
#include <boost/random/gamma_distribution.hpp>
#include <boost/random/normal_distribution.hpp>
#include <boost/random/poisson_distribution.hpp>
#include <boost/random/uniform_int_distribution.hpp>
#include <boost/random/uniform_real_distribution.hpp>

#include <algorithm>
#include <span>
#include <vector>

namespace stocktower::inventory::sim {

// Built once per item-site from a validated model; draw() is the hot path (no allocation). Boost
// distributions may carry state between draws, so reset() before each replication keeps a
// replication's draws a function of its own stream only.
class DemandSampler {
public:
    explicit DemandSampler(const SimDemand& model);

    double draw(Rng& rng) {
        if (m_intermittent && !m_occurs(rng)) return 0.0;
        return drawSize(rng);
    }

    // One period's demand split into consecutive parts of the period (`lengths`, summing to 1) at
    // the moments orders arrive. Normal, gamma, Poisson and negative binomial demand is drawn part
    // by part with its parameters scaled by the part's length, so parts are independent and the
    // period keeps its distribution; an intermittent period's single demand falls, whole, in the
    // part its uniformly drawn moment lands in; resampled history is spread in proportion.
    void drawParts(Rng& rng, std::span<const double> lengths, std::span<double> parts);
    void reset() {
        m_normal.reset();
        m_gamma.reset();
    }

private:
    enum class Kind { Constant, Normal, Gamma, Poisson, GammaPoisson, Resample };

    double drawSize(Rng& rng) {
        switch (m_kind) {
        case Kind::Constant:
            return m_constant;
        case Kind::Normal:
            return std::max(0.0, m_normal(rng));
        case Kind::Gamma:
            return m_gamma(rng);
        case Kind::Poisson:
            return m_shift + m_poisson(rng);
        case Kind::GammaPoisson: {
            // Negative binomial as a Poisson whose rate is gamma-distributed: works for any real
            // shape r, where Boost's negative_binomial_distribution takes an integer one.
            const double rate = m_gamma(rng);
            if (!(rate > 0.0)) return m_shift;
            return m_shift + boost::random::poisson_distribution<int, double>(rate)(rng);
        }
        case Kind::Resample:
            return m_values[m_index(rng)];
        }
        return 0.0;
    }

    double drawPart(Rng& rng, double length);

    Kind m_kind = Kind::Constant;
    bool m_intermittent = false;
    double m_constant = 0.0;
    double m_shift = 0.0; // 1 for intermittent count sizes, which are 1 + X
    boost::random::bernoulli_distribution<double> m_occurs;
    boost::random::normal_distribution<double> m_normal;
    boost::random::gamma_distribution<double> m_gamma;
    boost::random::poisson_distribution<int, double> m_poisson;
    boost::random::uniform_int_distribution<std::size_t> m_index;
    boost::random::uniform_real_distribution<double> m_unit;
    std::vector<double> m_values;
};

} // namespace stocktower::inventory::sim
