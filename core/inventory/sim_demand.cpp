#include "inventory/sim_demand.h"

#include <cmath>

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

double DemandSampler::drawPart(Rng& rng, double length) {
    switch (m_kind) {
    case Kind::Constant:
        return m_constant * length;
    case Kind::Normal:
        return std::max(0.0, boost::random::normal_distribution<double>(
                                 length * m_normal.mean(), std::sqrt(length) * m_normal.sigma())(rng));
    case Kind::Gamma:
        return boost::random::gamma_distribution<double>(length * m_gamma.alpha(), m_gamma.beta())(rng);
    case Kind::Poisson:
        return boost::random::poisson_distribution<int, double>(length * m_poisson.mean())(rng);
    case Kind::GammaPoisson: {
        const double rate = boost::random::gamma_distribution<double>(length * m_gamma.alpha(), m_gamma.beta())(rng);
        return rate > 0.0 ? boost::random::poisson_distribution<int, double>(rate)(rng) : 0.0;
    }
    case Kind::Resample:
        break;
    }
    return 0.0;
}

void DemandSampler::drawParts(Rng& rng, std::span<const double> lengths, std::span<double> parts) {
    if (m_intermittent || m_kind == Kind::Resample) {
        const double total = draw(rng);
        if (m_intermittent) {
            std::fill(parts.begin(), parts.end(), 0.0);
            const double moment = m_unit(rng);
            double end = 0.0;
            std::size_t part = 0;
            for (; part + 1 < lengths.size(); ++part) {
                end += lengths[part];
                if (moment < end) break;
            }
            parts[part] = total;
        } else {
            for (std::size_t i = 0; i < lengths.size(); ++i) parts[i] = total * lengths[i];
        }
        return;
    }
    for (std::size_t i = 0; i < lengths.size(); ++i)
        parts[i] = lengths[i] > 0.0 ? drawPart(rng, lengths[i]) : 0.0;
}

} // namespace stocktower::inventory::sim
