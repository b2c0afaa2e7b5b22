// Draws the lead time of one order, in periods (see SimLeadTime).
#pragma once

#include "inventory/sim_random.h"
#include "inventory/simulation.h"

#include <boost/random/normal_distribution.hpp>
#include <boost/random/uniform_real_distribution.hpp>

#include <algorithm>
#include <cmath>

namespace stocktower::inventory::sim {

class LeadTimeSampler {
public:
    explicit LeadTimeSampler(const SimLeadTime& leadTime);

    int draw(Rng& rng) {
        if (m_fixed) return m_cap;
        const double x = m_sd > 0.0 ? std::max(0.0, m_normal(rng)) : m_mean;
        // Random rounding keeps the mean: E⌊x + U⌋ = x for x ≥ 0.
        const int periods = static_cast<int>(std::floor(x + m_unit(rng)));
        return std::min(periods, m_cap);
    }

    // A continuous lead time (SimLeadTime::continuous): the draw itself, in periods.
    double drawContinuous(Rng& rng) {
        if (m_sd <= 0.0) return m_mean;
        return std::min(std::max(0.0, m_normal(rng)), static_cast<double>(m_cap));
    }
    // The longest lead time draw() returns, which sizes the ring of orders in transit.
    [[nodiscard]] int cap() const { return m_cap; }

    void reset() { m_normal.reset(); }

private:
    double m_mean = 0.0;
    double m_sd = 0.0;
    bool m_fixed = false;
    int m_cap = 0;
    boost::random::normal_distribution<double> m_normal;
    boost::random::uniform_real_distribution<double> m_unit;
};

} // namespace stocktower::inventory::sim
