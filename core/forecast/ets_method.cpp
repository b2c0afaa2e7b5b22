// ETS as a forecasting strategy.
#include "forecast/ets_method.h"

#include <algorithm>
#include <cmath>

namespace stocktower::forecast {

std::vector<std::pair<std::string, double>> describeEtsFit(const EtsFit& fit) {
    std::vector<std::pair<std::string, double>> out{{"alpha", fit.parameters.alpha}};
    if (fit.spec.trend != Component::None) out.emplace_back("beta", fit.parameters.beta);
    if (fit.spec.season != Component::None) out.emplace_back("gamma", fit.parameters.gamma);
    if (fit.spec.damped) out.emplace_back("phi", fit.parameters.phi);
    out.emplace_back("l0", fit.initialStates.level);
    if (fit.spec.trend != Component::None) out.emplace_back("b0", fit.initialStates.trend);
    return out;
}

InnovationsErrorModel etsErrorModel(const EtsFit& fit) {
    InnovationsErrorModel model;
    model.sigma = std::sqrt(std::max(0.0, fit.sigma2));
    model.relative = fit.spec.error == Component::Multiplicative;
    model.alpha = fit.parameters.alpha;
    if (fit.spec.trend != Component::None) {
        model.beta = fit.parameters.beta;
        if (fit.spec.damped) model.phi = fit.parameters.phi;
    }
    if (fit.spec.season != Component::None) {
        model.gamma = fit.parameters.gamma;
        model.period = fit.spec.period;
    }
    return model;
}

std::vector<InnovationsErrorModel> EtsMethod::errorModels() const {
    if (!m_fit) return m_fallback.errorModels();
    return {etsErrorModel(*m_fit)};
}

FitResult EtsMethod::fit(const Series& series) {
    requireValues(series);
    FitResult result;
    m_fit.reset();
    m_candidateFits.clear();
    if (m_spec) {
        EtsSpec spec = *m_spec;
        spec.period = series.frequency;
        m_fit = fitEtsModel(spec, series.values);
        if (m_fit) result.candidates.emplace_back(m_fit->spec.name(), m_fit->aicc);
    } else {
        auto automatic = fitAutoEts(series.values, series.frequency);
        m_fit = std::move(automatic.best);
        result.candidates = std::move(automatic.candidates);
        m_candidateFits = std::move(automatic.fits);
    }
    if (!m_fit) {
        // Too short (or unsuitable) for the model: a planner still needs a number.
        result = m_fallback.fit(series);
        result.model = "Naive (series too short for ETS)";
        return result;
    }
    result.model = m_fit->spec.name();
    result.parameters = describeEtsFit(*m_fit);
    result.fitted = m_fit->fitted;
    result.logLikelihood = m_fit->logLikelihood;
    result.aicc = m_fit->aicc;
    result.sigma2 = m_fit->sigma2;
    result.hasLikelihood = true;
    return result;
}

Forecast EtsMethod::forecast(int horizon) const {
    checkHorizon(horizon);
    if (!m_fit) return m_fallback.forecast(horizon);
    Forecast out;
    out.mean = etsPointForecast(m_fit->spec, m_fit->parameters, m_fit->finalStates, horizon);
    out.intervals =
        normalIntervals(out.mean, etsForecastStandardDeviation(m_fit->spec, m_fit->parameters,
                                                               m_fit->sigma2, out.mean));
    return out;
}

} // namespace stocktower::forecast
