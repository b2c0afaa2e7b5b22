#include "inventory/sim_lead_time.h"

namespace stocktower::inventory::sim {

LeadTimeSampler::LeadTimeSampler(const SimLeadTime& leadTime)
    : m_mean(leadTime.mean), m_sd(leadTime.sd) {
    m_fixed = m_sd == 0.0 && m_mean == std::floor(m_mean);
    if (m_sd > 0.0) m_normal = boost::random::normal_distribution<double>(m_mean, m_sd);
    // Beyond mean + 6 sd the normal has probability ~1e-9: capping there changes no statistic and
    // keeps the ring of orders in transit small.
    m_cap = static_cast<int>(std::ceil(m_mean + 6.0 * m_sd));
}

} // namespace stocktower::inventory::sim
