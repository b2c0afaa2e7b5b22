// The Theta method as SES with drift, and the deseasonalised damped-trend benchmark.
#include "forecast/theta_method.h"

#include "forecast/ets_method.h"
#include "forecast/simple_methods.h"

#include <algorithm>
#include <cmath>

namespace stocktower::forecast {

namespace {

const EtsSpec kSes{Component::Additive, Component::None, Component::None, false, 1};
const EtsSpec kDamped{Component::Additive, Component::Additive, Component::None, true, 1};

// Slope of the least-squares line through (t, y_t), t = 0..n−1.
double leastSquaresSlope(std::span<const double> y) {
    const auto n = static_cast<double>(y.size());
    if (y.size() < 2) return 0.0;
    double st = 0, sy = 0, stt = 0, sty = 0;
    for (std::size_t i = 0; i < y.size(); ++i) {
        const auto t = static_cast<double>(i);
        st += t;
        sy += y[i];
        stt += t * t;
        sty += t * y[i];
    }
    return (n * sty - st * sy) / (n * stt - st * st);
}

// A reusable fit of `spec` when the data was not adjusted, else a fresh one.
std::optional<EtsFit> fitOrReuse(const EtsSpec& spec, const std::vector<double>& data,
                                 bool adjusted, const std::vector<EtsFit>* reusable) {
    if (!adjusted && reusable)
        if (const auto* fit = findEtsFit(*reusable, spec)) return *fit;
    return fitEtsModel(spec, data);
}

// Naive on the adjusted data when no model could be fitted.
Forecast flatForecast(double level, int horizon) {
    return Forecast{std::vector<double>(static_cast<std::size_t>(horizon), level), {}};
}

} // namespace

FitResult ThetaMethod::fit(const Series& series) {
    requireValues(series);
    m_adjustment.emplace(series.values, series.frequency);
    const auto adjusted = m_adjustment->adjust(series.values);
    m_length = adjusted.size();
    m_last = adjusted.back();
    m_drift = leastSquaresSlope(adjusted) / 2.0;
    m_ses = fitOrReuse(kSes, adjusted, m_adjustment->applied(), m_reusable);
    FitResult result;
    result.model = m_adjustment->applied() ? "Theta (deseasonalised)" : "Theta";
    if (m_ses) {
        result.parameters = describeEtsFit(*m_ses);
        result.fitted = m_ses->fitted;
        for (std::size_t t = 0; t < result.fitted.size(); ++t)
            result.fitted[t] += m_drift;
        m_adjustment->reseasonaliseFitted(result.fitted);
        result.sigma2 = m_ses->sigma2;
    } else {
        result.model += " (naive: series too short)";
    }
    result.parameters.emplace_back("drift", m_drift);
    return result;
}

Forecast ThetaMethod::forecast(int horizon) const {
    checkHorizon(horizon);
    if (!m_ses) {
        Forecast out = flatForecast(m_last, horizon);
        m_adjustment->reseasonalise(out);
        return out;
    }
    const double alpha = std::max(1e-10, m_ses->parameters.alpha);
    const auto base = etsPointForecast(kSes, m_ses->parameters, m_ses->finalStates, horizon);
    // Hyndman & Billah (2003): drift b/2·(h − 1 + (1 − (1 − α)^n)/α).
    const double start = (1.0 - std::pow(1.0 - alpha, static_cast<double>(m_length))) / alpha;
    Forecast out;
    std::vector<double> sd;
    for (int h = 0; h < horizon; ++h) {
        out.mean.push_back(base[static_cast<std::size_t>(h)] + m_drift * (h + start));
        sd.push_back(std::sqrt(m_ses->sigma2 * (h * alpha * alpha + 1.0)));
    }
    out.intervals = normalIntervals(out.mean, sd);
    m_adjustment->reseasonalise(out);
    return out;
}

std::vector<InnovationsErrorModel> ThetaMethod::errorModels() const {
    if (!m_ses) return {};
    return {etsErrorModel(*m_ses)};
}

std::vector<InnovationsErrorModel> DampedTrendMethod::errorModels() const {
    if (!m_fit) return {};
    return {etsErrorModel(*m_fit)};
}

FitResult DampedTrendMethod::fit(const Series& series) {
    requireValues(series);
    m_adjustment.emplace(series.values, series.frequency);
    const auto adjusted = m_adjustment->adjust(series.values);
    m_last = adjusted.back();
    m_fit = fitOrReuse(kDamped, adjusted, m_adjustment->applied(), m_reusable);
    if (!m_fit) m_fit = fitOrReuse(kSes, adjusted, m_adjustment->applied(), m_reusable);
    FitResult result;
    if (!m_fit) {
        result.model = "Naive (series too short for damped trend)";
        return result;
    }
    result.model = m_fit->spec.name() + (m_adjustment->applied() ? " deseasonalised" : "");
    result.parameters = describeEtsFit(*m_fit);
    result.fitted = m_fit->fitted;
    m_adjustment->reseasonaliseFitted(result.fitted);
    result.logLikelihood = m_fit->logLikelihood;
    result.aicc = m_fit->aicc;
    result.sigma2 = m_fit->sigma2;
    return result;
}

Forecast DampedTrendMethod::forecast(int horizon) const {
    checkHorizon(horizon);
    Forecast out;
    if (!m_fit) {
        out = flatForecast(m_last, horizon);
    } else {
        out.mean = etsPointForecast(m_fit->spec, m_fit->parameters, m_fit->finalStates, horizon);
        out.intervals =
            normalIntervals(out.mean, etsForecastStandardDeviation(m_fit->spec, m_fit->parameters,
                                                                   m_fit->sigma2, out.mean));
    }
    m_adjustment->reseasonalise(out);
    return out;
}

} // namespace stocktower::forecast
