// The ETS state-space recursions (Hyndman, Koehler, Ord & Snyder 2008): one model, fixed
// parameters — its one-step fits, Gaussian log-likelihood, point forecasts and variances.
#pragma once

#include <span>
#include <string>
#include <vector>

namespace stocktower::forecast {

enum class Component : char { None = 'N', Additive = 'A', Multiplicative = 'M' };

struct EtsSpec {
    Component error = Component::Additive;
    Component trend =
        Component::None; // None or Additive (multiplicative trend is not offered, as R's default)
    Component season = Component::None;
    bool damped = false;
    int period = 1; // m; ignored without a seasonal component

    [[nodiscard]] std::string name() const; // "ETS(M,Ad,N)"
    // Smoothing parameters plus initial states plus σ: the k of AICc.
    [[nodiscard]] int parameterCount() const;
};

struct EtsParameters {
    double alpha = 0.5;
    double beta = 0.0;
    double gamma = 0.0;
    double phi = 1.0; // 1 unless damped
};

// States at one time. season[j] is the seasonal index that applies j periods after the state's
// time (j = 0..m−1), so the initial states' season[0] applies to the first observation.
struct EtsStates {
    double level = 0.0;
    double trend = 0.0;
    std::vector<double> season;
};

struct EtsEvaluation {
    bool ok = false; // false when a multiplicative model's states or fits leave (0, ∞)
    double logLikelihood = 0.0;
    double sse = 0.0; // Σ e_t² (relative errors for multiplicative error)
    std::vector<double> fitted;
    EtsStates finalStates;
};

// Runs the recursions over y. The update equations are the error-correction form R's
// forecast::ets uses (identical point recursions for additive and multiplicative error);
// the log-likelihood is the exact Gaussian one with σ² concentrated out:
//   −n/2·(log(2π·SSE/n) + 1) − Σ log|ŷ_t| (the last term for multiplicative error only).
EtsEvaluation evaluateEts(const EtsSpec& spec, const EtsParameters& parameters,
                          const EtsStates& initial, std::span<const double> y, bool keepFitted);

// Point forecasts h = 1..horizon from `states`.
std::vector<double> etsPointForecast(const EtsSpec& spec, const EtsParameters& parameters,
                                     const EtsStates& states, int horizon);

// Forecast standard deviations. Exact for the linear class (additive error, trend N/A/Ad,
// season N/A): v_h = σ²(1 + Σ_{j<h} c_j²), c_j = α + β·Σ_{i≤j} φ^i + γ·1{j mod m = 0}
// (Hyndman et al. 2008, Table 6.1). For multiplicative error the same sum is scaled by the
// point forecast — a first-order approximation that ignores the higher-order terms.
std::vector<double> etsForecastStandardDeviation(const EtsSpec& spec,
                                                 const EtsParameters& parameters, double sigma2,
                                                 const std::vector<double>& pointForecast);

// Standard deviation of the total over the next `leadTime` periods (what a reorder point
// protects), for the linear class: each future error ε_{n+i} enters y_{n+i} with weight 1 and
// y_{n+i+j} with weight c_j, so Var = σ² Σ_{i=1..L} (1 + Σ_{j=1..L−i} c_j)²
// (Hyndman et al. 2008 §6.5). For multiplicative error, σ is scaled by the mean forecast level.
double etsLeadTimeStandardDeviation(const EtsSpec& spec, const EtsParameters& parameters,
                                    double sigma2, const std::vector<double>& pointForecast);

// The heuristic initial states of Hyndman et al. (2008 §2.6.1), as R's initstate: seasonal
// indices from a classical decomposition of the first 3 cycles, level (and trend) from a least-
// squares line through the first max(10, 2m) seasonally adjusted values.
EtsStates heuristicInitialStates(const EtsSpec& spec, std::span<const double> y);

} // namespace stocktower::forecast
