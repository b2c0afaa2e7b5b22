// A small Nelder–Mead minimiser for the few-dimensional, bounded likelihoods of smoothing models.
#pragma once

#include <functional>
#include <vector>

namespace stocktower::forecast {

struct NelderMeadOptions {
    int maxEvaluations = 2000;
    double relativeTolerance =
        1e-8; // stop when the simplex's values agree this closely (as R's optim)
};

struct NelderMeadResult {
    std::vector<double> x;
    double value = 0.0;
    int evaluations = 0;
};

// Minimises `f` from `start` with initial steps `step` per coordinate. Constraints are the
// objective's business: return +infinity (or a huge value) outside the admissible region, as
// R's ets does; a start point must be admissible. Deterministic.
NelderMeadResult nelderMead(const std::function<double(const std::vector<double>&)>& f,
                            std::vector<double> start, const std::vector<double>& step,
                            const NelderMeadOptions& options = {});

} // namespace stocktower::forecast
