// A small Nelder–Mead minimiser (standard coefficients 1, 2, ½, ½; Nelder & Mead 1965).
#include "forecast/nelder_mead.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace stocktower::forecast {

NelderMeadResult nelderMead(const std::function<double(const std::vector<double>&)>& f,
                            std::vector<double> start, const std::vector<double>& step,
                            const NelderMeadOptions& options) {
    const std::size_t n = start.size();
    NelderMeadResult result;
    if (n == 0) {
        result.value = f(start);
        result.evaluations = 1;
        result.x = std::move(start);
        return result;
    }
    std::vector<std::vector<double>> simplex(n + 1, start);
    std::vector<double> values(n + 1);
    int evaluations = 0;
    auto evaluate = [&](const std::vector<double>& x) {
        ++evaluations;
        const double v = f(x);
        return std::isnan(v) ? HUGE_VAL : v;
    };
    values[0] = evaluate(start);
    for (std::size_t i = 0; i < n; ++i) {
        simplex[i + 1][i] += step[i];
        values[i + 1] = evaluate(simplex[i + 1]);
        // A step that leaves the admissible region is tried the other way: the box is usually
        // a wall on one side only.
        if (!std::isfinite(values[i + 1]) || values[i + 1] >= 1e299) {
            simplex[i + 1][i] = start[i] - step[i];
            values[i + 1] = evaluate(simplex[i + 1]);
        }
    }
    std::vector<std::size_t> order(n + 1);
    std::vector<double> centroid(n), trial(n), trial2(n);
    while (evaluations < options.maxEvaluations) {
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
        const std::size_t best = order.front(), worst = order.back(), second = order[n - 1];
        const double spread = std::abs(values[worst] - values[best]);
        if (std::isfinite(values[worst]) &&
            spread <=
                options.relativeTolerance * (std::abs(values[best]) + options.relativeTolerance))
            break;
        std::fill(centroid.begin(), centroid.end(), 0.0);
        for (std::size_t i = 0; i <= n; ++i)
            if (i != worst)
                for (std::size_t j = 0; j < n; ++j)
                    centroid[j] += simplex[i][j] / static_cast<double>(n);
        for (std::size_t j = 0; j < n; ++j)
            trial[j] = centroid[j] + (centroid[j] - simplex[worst][j]);
        const double reflected = evaluate(trial);
        if (reflected < values[best]) {
            for (std::size_t j = 0; j < n; ++j)
                trial2[j] = centroid[j] + 2.0 * (centroid[j] - simplex[worst][j]);
            const double expanded = evaluate(trial2);
            if (expanded < reflected) {
                simplex[worst] = trial2;
                values[worst] = expanded;
            } else {
                simplex[worst] = trial;
                values[worst] = reflected;
            }
            continue;
        }
        if (reflected < values[second]) {
            simplex[worst] = trial;
            values[worst] = reflected;
            continue;
        }
        // Contract towards the better of the worst point and its reflection.
        const bool outside = reflected < values[worst];
        const auto& from = outside ? trial : simplex[worst];
        for (std::size_t j = 0; j < n; ++j)
            trial2[j] = centroid[j] + 0.5 * (from[j] - centroid[j]);
        const double contracted = evaluate(trial2);
        if (contracted < (outside ? reflected : values[worst])) {
            simplex[worst] = trial2;
            values[worst] = contracted;
            continue;
        }
        // Shrink everything towards the best vertex.
        for (std::size_t i = 0; i <= n; ++i) {
            if (i == best) continue;
            for (std::size_t j = 0; j < n; ++j)
                simplex[i][j] = simplex[best][j] + 0.5 * (simplex[i][j] - simplex[best][j]);
            values[i] = evaluate(simplex[i]);
        }
    }
    const auto bestIndex =
        static_cast<std::size_t>(std::min_element(values.begin(), values.end()) - values.begin());
    result.x = simplex[bestIndex];
    result.value = values[bestIndex];
    result.evaluations = evaluations;
    return result;
}

} // namespace stocktower::forecast
