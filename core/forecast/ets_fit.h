// Maximum-likelihood fitting of one ETS model, and automatic choice among them by AICc.
#pragma once

#include "forecast/ets_model.h"

#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace stocktower::forecast {

struct EtsFit {
    EtsSpec spec;
    EtsParameters parameters;
    EtsStates initialStates;
    EtsStates finalStates;
    std::vector<double> fitted;
    double logLikelihood = 0.0;
    double aicc = 0.0;
    double sigma2 = 0.0; // SSE / (n − k), as R
    int evaluations = 0;
};

// The admissible region of R's forecast::ets (bounds = "usual"):
// 1e-4 ≤ α ≤ 0.9999, 1e-4 ≤ β ≤ α, 1e-4 ≤ γ ≤ 1 − α, 0.8 ≤ φ ≤ 0.98.
bool etsParametersAdmissible(const EtsSpec& spec, const EtsParameters& parameters);

// Fits the smoothing parameters, φ, ℓ0 and b0 by maximum likelihood with Nelder–Mead from R's
// starting values and the heuristic initial states. The seasonal initial indices stay at their
// decomposition estimates: optimising them too (as R does) multiplies the dimension by up to
// three for monthly data for little gain; they still count in k. Empty when the model cannot be
// fitted (not enough data, non-positive data for a multiplicative model, no admissible start).
// `warmStart`, a fit of the same structure with the other error type, gives the start point
// (its optimum is usually close: the point recursions are identical), which saves about half
// of the evaluations; the default start is used when it is not admissible.
std::optional<EtsFit> fitEtsModel(const EtsSpec& spec, std::span<const double> y,
                                  const EtsFit* warmStart = nullptr);

struct AutoEtsOptions {
    bool allowMultiplicative = true; // multiplicative error/season only on strictly positive data
    bool allowTrend = true;
    bool allowSeason = true;
};

struct AutoEtsResult {
    std::optional<EtsFit> best;
    std::vector<std::pair<std::string, double>> candidates; // model → AICc, best first
    std::vector<EtsFit> fits; // every successful fit, in fitting order
};

// The fit of `spec`'s structure among `fits` (same error, trend, damping and season), if any.
const EtsFit* findEtsFit(const std::vector<EtsFit>& fits, const EtsSpec& spec);

// Fits every candidate of R's default set (no multiplicative trend, no additive error with
// multiplicative season, no season when m = 1, m > 24 or fewer than 2m values) and keeps the
// lowest AICc.
AutoEtsResult fitAutoEts(std::span<const double> y, int period, const AutoEtsOptions& options = {});

} // namespace stocktower::forecast
