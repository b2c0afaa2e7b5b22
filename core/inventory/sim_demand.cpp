#include "inventory/sim_demand.h"

namespace stocktower::inventory::sim {

DemandSampler::DemandSampler(const SimDemand& model)
    : m_intermittent(model.occurrenceProbability < 1.0), m_occurs(model.occurrenceProbability) {
    const bool countSizes =
        m_intermittent && (model.distribution == SimDemandDistribution::Poisson ||
                           model.distribution == SimDemandDistribution::NegativeBinomial);
    // Sizes of an intermittent count model are 1 + X: a period "with demand" never has zero.
    m_shift = countSizes ? 1.0 : 0.0;
    const double mean = model.mean - m_shift;
    const double sd = model.sd;
    m_constant = std::max(0.0, mean) + m_shift;
    switch (model.distribution) {
    case SimDemandDistribution::Normal:
        if (sd > 0.0) {
            m_kind = Kind::Normal;
            m_normal = boost::random::normal_distribution<double>(mean, sd);
        }
        break;
    case SimDemandDistribution::Gamma:
        if (sd > 0.0 && mean > 0.0) {
            m_kind = Kind::Gamma;
            m_gamma =
                boost::random::gamma_distribution<double>(mean * mean / (sd * sd), sd * sd / mean);
        }
        break;
    case SimDemandDistribution::Poisson:
        if (mean > 0.0) {
            m_kind = Kind::Poisson;
            m_poisson = boost::random::poisson_distribution<int, double>(mean);
        }
        break;
    case SimDemandDistribution::NegativeBinomial:
        // p = mean/sd², r = mean²/(sd² − mean): the rate is Gamma(shape r, scale (1−p)/p).
        if (mean > 0.0) {
            m_kind = Kind::GammaPoisson;
            const double excess = sd * sd - mean;
            m_gamma =
                boost::random::gamma_distribution<double>(mean * mean / excess, excess / mean);
        }
        break;
    case SimDemandDistribution::Bootstrap:
        for (double value : model.history)
            if (!m_intermittent || value > 0.0) m_values.push_back(value);
        m_kind = Kind::Resample;
        m_index = boost::random::uniform_int_distribution<std::size_t>(0, m_values.size() - 1);
        break;
    }
}

} // namespace stocktower::inventory::sim
