// The ETS state-space recursions with fixed parameters.
#include "forecast/ets_model.h"

#include "forecast/seasonality.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace stocktower::forecast {

namespace {
char letter(Component c) {
    return static_cast<char>(c);
}
} // namespace

std::string EtsSpec::name() const {
    std::string trendName(1, letter(trend));
    if (damped && trend != Component::None) trendName += 'd';
    return std::string("ETS(") + letter(error) + "," + trendName + "," + letter(season) + ")";
}

int EtsSpec::parameterCount() const {
    int k = 2 + 1; // α, ℓ0, σ
    if (trend != Component::None) k += 2 + (damped ? 1 : 0);
    if (season != Component::None) k += 1 + (period - 1); // γ and m−1 free initial indices
    return k;
}

EtsEvaluation evaluateEts(const EtsSpec& spec, const EtsParameters& p, const EtsStates& initial,
                          std::span<const double> y, bool keepFitted) {
    // This loop is the whole cost of fitting (it runs hundreds of times per model), hence the
    // stack buffer for the seasons, the hoisted division and the batched logarithms.
    EtsEvaluation out;
    const bool hasTrend = spec.trend != Component::None;
    const bool hasSeason = spec.season != Component::None;
    const bool multSeason = spec.season == Component::Multiplicative;
    const bool multError = spec.error == Component::Multiplicative;
    const bool needPositive = multError || multSeason;
    const double phi = spec.damped ? p.phi : 1.0;
    const std::size_t m = hasSeason ? initial.season.size() : 1;
    constexpr std::size_t kStackSeasons = 64;
    std::array<double, kStackSeasons> stackSeason{};
    std::vector<double> heapSeason;
    double* season = stackSeason.data();
    if (hasSeason) {
        if (m > kStackSeasons) {
            heapSeason = initial.season;
            season = heapSeason.data();
        } else {
            std::copy(initial.season.begin(), initial.season.end(), season);
        }
    }
    std::size_t k = 0; // circular index of the season that applies now
    double level = initial.level;
    double trend = hasTrend ? initial.trend : 0.0;
    double sse = 0.0, sumLogF = 0.0, productF = 1.0;
    if (keepFitted) out.fitted.reserve(y.size());
    for (double value : y) {
        const double phib = hasTrend ? phi * trend : 0.0;
        const double q = level + phib;
        const double s = hasSeason ? season[k] : 0.0;
        const double f = !hasSeason ? q : multSeason ? q * s : q + s;
        if (needPositive && !(f > 1e-10 && q > 1e-10)) return out;
        const double e = multError ? (value - f) / f : value - f;
        sse += e * e;
        if (multError) {
            productF *= f;
            if (productF > 1e150 || productF < 1e-150) {
                sumLogF += std::log(productF);
                productF = 1.0;
            }
        }
        if (keepFitted) out.fitted.push_back(f);
        // R's update b = φb + (β/α)(ℓ_t − ℓ_{t−1} − φb) simplifies to φb + β·d with d the
        // deseasonalised surprise; the shorter dependency chain is what bounds this loop's speed.
        const double deseasonalised = !hasSeason ? value : multSeason ? value / s : value - s;
        const double d = deseasonalised - q;
        if (hasTrend) trend = phib + p.beta * d;
        if (hasSeason) {
            const double target = multSeason ? value / q : value - q;
            season[k] = s + p.gamma * (target - s);
            if (++k == m) k = 0;
        }
        level = q + p.alpha * d;
    }
    if (y.empty() || !std::isfinite(sse)) return out;
    const auto n = static_cast<double>(y.size());
    sumLogF += std::log(productF);
    const double variance = std::max(sse / n, 1e-300);
    out.sse = sse;
    out.logLikelihood = -0.5 * n * (std::log(2.0 * std::numbers::pi * variance) + 1.0) - sumLogF;
    out.ok = std::isfinite(out.logLikelihood);
    out.finalStates.level = level;
    out.finalStates.trend = trend;
    if (hasSeason) {
        out.finalStates.season.resize(m);
        for (std::size_t j = 0; j < m; ++j)
            out.finalStates.season[j] = season[(k + j) % m];
    }
    return out;
}

std::vector<double> etsPointForecast(const EtsSpec& spec, const EtsParameters& p,
                                     const EtsStates& states, int horizon) {
    std::vector<double> out;
    const double phi = spec.damped ? p.phi : 1.0;
    double trendSum = 0.0, phiPower = 1.0;
    for (int h = 1; h <= horizon; ++h) {
        phiPower *= phi;
        trendSum += phiPower;
        double f = states.level + (spec.trend != Component::None ? trendSum * states.trend : 0.0);
        if (spec.season != Component::None) {
            const double s = states.season[static_cast<std::size_t>(h - 1) % states.season.size()];
            f = spec.season == Component::Multiplicative ? f * s : f + s;
        }
        out.push_back(f);
    }
    return out;
}

std::vector<double> etsForecastStandardDeviation(const EtsSpec& spec, const EtsParameters& p,
                                                 double sigma2,
                                                 const std::vector<double>& pointForecast) {
    std::vector<double> out;
    const double phi = spec.damped ? p.phi : 1.0;
    const int m = spec.season != Component::None ? spec.period : 0;
    double sumSquares = 0.0, trendSum = 0.0, phiPower = 1.0;
    for (std::size_t i = 0; i < pointForecast.size(); ++i) {
        const int h = static_cast<int>(i) + 1;
        double v = sigma2 * (1.0 + sumSquares);
        if (spec.error == Component::Multiplicative) v *= pointForecast[i] * pointForecast[i];
        out.push_back(std::sqrt(v));
        // c_h for the next horizon.
        phiPower *= phi;
        trendSum += phiPower;
        double c = p.alpha;
        if (spec.trend != Component::None) c += p.beta * trendSum;
        if (m > 0 && h % m == 0) c += p.gamma;
        sumSquares += c * c;
    }
    return out;
}

namespace {
// c_j for j = 1..count, as in etsForecastStandardDeviation.
std::vector<double> errorWeights(const EtsSpec& spec, const EtsParameters& p, std::size_t count) {
    std::vector<double> c;
    const double phi = spec.damped ? p.phi : 1.0;
    const int m = spec.season != Component::None ? spec.period : 0;
    double trendSum = 0.0, phiPower = 1.0;
    for (std::size_t j = 1; j <= count; ++j) {
        phiPower *= phi;
        trendSum += phiPower;
        double weight = p.alpha;
        if (spec.trend != Component::None) weight += p.beta * trendSum;
        if (m > 0 && static_cast<int>(j) % m == 0) weight += p.gamma;
        c.push_back(weight);
    }
    return c;
}
} // namespace

double etsLeadTimeStandardDeviation(const EtsSpec& spec, const EtsParameters& parameters,
                                    double sigma2, const std::vector<double>& pointForecast) {
    const auto lead = pointForecast.size();
    if (lead == 0) return 0.0;
    const auto c = errorWeights(spec, parameters, lead);
    double variance = 0.0;
    for (std::size_t i = 1; i <= lead; ++i) {
        double weight = 1.0;
        for (std::size_t j = 1; j + i <= lead; ++j)
            weight += c[j - 1];
        variance += weight * weight;
    }
    variance *= sigma2;
    if (spec.error == Component::Multiplicative) {
        double mean = 0.0;
        for (double f : pointForecast)
            mean += f;
        mean /= static_cast<double>(lead);
        variance *= mean * mean;
    }
    return std::sqrt(variance);
}

EtsStates heuristicInitialStates(const EtsSpec& spec, std::span<const double> y) {
    EtsStates states;
    const auto n = y.size();
    std::vector<double> adjusted(y.begin(), y.end());
    std::size_t m = 1;
    if (spec.season != Component::None) {
        m = static_cast<std::size_t>(spec.period);
        const bool mult = spec.season == Component::Multiplicative;
        const auto first = y.first(std::min(n, 3 * m));
        states.season = classicalSeasonalIndices(first, spec.period, mult);
        for (std::size_t t = 0; t < n; ++t) {
            const double s = states.season[t % m];
            adjusted[t] = mult ? y[t] / std::max(s, 0.01) : y[t] - s;
        }
    }
    const std::size_t maxn = std::min(std::max<std::size_t>(10, 2 * m), n);
    if (spec.trend == Component::None || maxn < 2) {
        double sum = 0.0;
        for (std::size_t t = 0; t < maxn; ++t)
            sum += adjusted[t];
        states.level = maxn > 0 ? sum / static_cast<double>(maxn) : 0.0;
        return states;
    }
    // Least squares on t = 1..maxn, as R's lsfit(1:maxn, y): intercept is the level at t = 0.
    double st = 0, sy = 0, stt = 0, sty = 0;
    for (std::size_t i = 0; i < maxn; ++i) {
        const double t = static_cast<double>(i + 1);
        st += t;
        sy += adjusted[i];
        stt += t * t;
        sty += t * adjusted[i];
    }
    const double count = static_cast<double>(maxn);
    const double slope = (count * sty - st * sy) / (count * stt - st * st);
    double level = (sy - slope * st) / count;
    double trend = slope;
    if (std::abs(level + trend) < 1e-8) {
        level *= 1.0 + 1e-3;
        trend *= 1.0 - 1e-3;
    }
    states.level = level;
    states.trend = trend;
    return states;
}

} // namespace stocktower::forecast
