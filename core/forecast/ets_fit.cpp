// Maximum-likelihood fitting of ETS models and choice by AICc.
#include "forecast/ets_fit.h"

#include "forecast/nelder_mead.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace stocktower::forecast {

namespace {

constexpr double kLower = 1e-4;
constexpr double kUpper = 0.9999;
constexpr double kPhiLower = 0.8;
constexpr double kPhiUpper = 0.98;
constexpr double kInfeasible = std::numeric_limits<double>::infinity();

// Layout of the optimisation vector: α [β] [γ] [φ] ℓ0 [b0].
struct Layout {
    bool trend, season, damped;
    [[nodiscard]] std::size_t size() const {
        return 2u + (trend ? 2u : 0u) + (season ? 1u : 0u) + (damped ? 1u : 0u);
    }
    void unpack(const std::vector<double>& x, EtsParameters& p, EtsStates& s) const {
        std::size_t i = 0;
        p.alpha = x[i++];
        if (trend) p.beta = x[i++];
        if (season) p.gamma = x[i++];
        p.phi = damped ? x[i++] : 1.0;
        s.level = x[i++];
        if (trend) s.trend = x[i++];
    }
};

} // namespace

bool etsParametersAdmissible(const EtsSpec& spec, const EtsParameters& p) {
    if (!(p.alpha >= kLower && p.alpha <= kUpper)) return false;
    if (spec.trend != Component::None && !(p.beta >= kLower && p.beta <= p.alpha)) return false;
    if (spec.season != Component::None && !(p.gamma >= kLower && p.gamma <= 1.0 - p.alpha))
        return false;
    if (spec.damped && !(p.phi >= kPhiLower && p.phi <= kPhiUpper)) return false;
    return true;
}

std::optional<EtsFit> fitEtsModel(const EtsSpec& spec, std::span<const double> y,
                                  const EtsFit* warmStart) {
    const auto n = y.size();
    const bool trend = spec.trend != Component::None;
    const bool season = spec.season != Component::None;
    const int k = spec.parameterCount();
    if (n < 3 || static_cast<int>(n) <= k + 1) return std::nullopt;
    if (season && (spec.period < 2 || n < 2 * static_cast<std::size_t>(spec.period)))
        return std::nullopt;
    const bool needPositive =
        spec.error == Component::Multiplicative || spec.season == Component::Multiplicative;
    if (needPositive && std::any_of(y.begin(), y.end(), [](double v) { return v <= 0.0; }))
        return std::nullopt;

    const Layout layout{trend, season, spec.damped};
    const EtsStates heuristic = heuristicInitialStates(spec, y);
    const double m = season ? static_cast<double>(spec.period) : 1.0;
    // Starting values as R's forecast::ets.
    EtsParameters start;
    start.alpha = kLower + 0.2 * (kUpper - kLower) / m;
    start.beta = kLower + 0.1 * (kUpper - kLower);
    if (start.beta > start.alpha) start.beta = start.alpha - 1e-3;
    start.beta = std::max(start.beta, kLower);
    start.gamma = kLower + 0.05 * (kUpper - kLower);
    if (start.gamma > 1.0 - start.alpha) start.gamma = 0.95 - start.alpha;
    start.phi = kPhiLower + 0.99 * (kPhiUpper - kPhiLower);

    double scale = 0.0;
    for (double v : y)
        scale += std::abs(v);
    scale = scale / static_cast<double>(n) + 1e-8;

    std::vector<double> x0, step;
    x0.push_back(start.alpha);
    step.push_back(0.1);
    if (trend) {
        x0.push_back(start.beta);
        step.push_back(std::max(0.5 * start.beta, 1e-3));
    }
    if (season) {
        x0.push_back(start.gamma);
        step.push_back(0.05);
    }
    if (spec.damped) {
        x0.push_back(start.phi);
        step.push_back(-0.05);
    }
    x0.push_back(heuristic.level);
    step.push_back(0.1 * std::max(std::abs(heuristic.level), 0.1 * scale));
    if (trend) {
        x0.push_back(heuristic.trend);
        step.push_back(std::max(0.1 * std::abs(heuristic.trend), 0.01 * scale));
    }

    EtsStates states = heuristic;
    EtsParameters parameters;
    auto objective = [&](const std::vector<double>& x) {
        layout.unpack(x, parameters, states);
        if (!etsParametersAdmissible(spec, parameters)) return kInfeasible;
        const auto evaluation = evaluateEts(spec, parameters, states, y, false);
        return evaluation.ok ? -evaluation.logLikelihood : kInfeasible;
    };
    if (warmStart) {
        std::vector<double> warm(x0.size());
        EtsStates warmStates = warmStart->initialStates;
        std::size_t i = 0;
        warm[i++] = warmStart->parameters.alpha;
        if (trend) warm[i++] = warmStart->parameters.beta;
        if (season) warm[i++] = warmStart->parameters.gamma;
        if (spec.damped) warm[i++] = warmStart->parameters.phi;
        warm[i++] = warmStates.level;
        if (trend) warm[i++] = warmStates.trend;
        if (std::isfinite(objective(warm))) {
            x0 = std::move(warm);
            for (double& s : step)
                s *= 0.5;
        }
    }
    if (!std::isfinite(objective(x0))) return std::nullopt;
    const auto best = nelderMead(objective, x0, step, NelderMeadOptions{2000, 1e-4});
    if (!std::isfinite(best.value)) return std::nullopt;

    EtsFit fit;
    fit.spec = spec;
    fit.initialStates = heuristic;
    layout.unpack(best.x, fit.parameters, fit.initialStates);
    auto evaluation = evaluateEts(spec, fit.parameters, fit.initialStates, y, true);
    if (!evaluation.ok) return std::nullopt;
    fit.fitted = std::move(evaluation.fitted);
    fit.finalStates = std::move(evaluation.finalStates);
    fit.logLikelihood = evaluation.logLikelihood;
    const double kd = static_cast<double>(k), nd = static_cast<double>(n);
    fit.aicc = -2.0 * fit.logLikelihood + 2.0 * kd + 2.0 * kd * (kd + 1.0) / (nd - kd - 1.0);
    fit.sigma2 = evaluation.sse / std::max(1.0, nd - kd);
    fit.evaluations = best.evaluations;
    return fit;
}

const EtsFit* findEtsFit(const std::vector<EtsFit>& fits, const EtsSpec& spec) {
    for (const auto& fit : fits)
        if (fit.spec.error == spec.error && fit.spec.trend == spec.trend &&
            fit.spec.season == spec.season && fit.spec.damped == spec.damped)
            return &fit;
    return nullptr;
}

AutoEtsResult fitAutoEts(std::span<const double> y, int period, const AutoEtsOptions& options) {
    AutoEtsResult result;
    const bool positive =
        !y.empty() && std::all_of(y.begin(), y.end(), [](double v) { return v > 0.0; });
    const bool seasonal = options.allowSeason && period > 1 && period <= 24 &&
                          y.size() >= 2 * static_cast<std::size_t>(period);
    std::vector<Component> errors{Component::Additive};
    if (options.allowMultiplicative && positive) errors.push_back(Component::Multiplicative);
    std::vector<std::pair<Component, bool>> trends{{Component::None, false}};
    if (options.allowTrend) {
        trends.emplace_back(Component::Additive, false);
        trends.emplace_back(Component::Additive, true);
    }
    std::vector<Component> seasons{Component::None};
    if (seasonal) {
        seasons.push_back(Component::Additive);
        if (options.allowMultiplicative && positive) seasons.push_back(Component::Multiplicative);
    }
    for (auto [trend, damped] : trends)
        for (auto season : seasons) {
            std::optional<EtsFit> additiveFit;
            for (auto error : errors) {
                if (error == Component::Additive && season == Component::Multiplicative) continue;
                const EtsSpec spec{error, trend, season, damped, seasonal ? period : 1};
                auto fit = fitEtsModel(spec, y, additiveFit ? &*additiveFit : nullptr);
                if (!fit) continue;
                result.candidates.emplace_back(spec.name(), fit->aicc);
                result.fits.push_back(*fit);
                // Warm starts only pay for seasonal models; on short non-seasonal series (yearly
                // M3) they trap the multiplicative-error fit in the additive one's optimum and cost
                // accuracy.
                if (error == Component::Additive && season != Component::None) additiveFit = fit;
                if (!result.best || fit->aicc < result.best->aicc) result.best = std::move(fit);
            }
        }
    std::stable_sort(result.candidates.begin(), result.candidates.end(),
                     [](const auto& a, const auto& b) { return a.second < b.second; });
    return result;
}

} // namespace stocktower::forecast
