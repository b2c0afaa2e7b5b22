// ETS recursions, likelihood, intervals and fitting (Hyndman, Koehler, Ord & Snyder 2008).
#include "forecast/ets_fit.h"
#include "forecast/ets_method.h"
#include "forecast/ets_model.h"
#include "forecast/nelder_mead.h"
#include "forecast/seasonality.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <vector>

using namespace stocktower::forecast;
using C = Component;

namespace {
const std::vector<double> kY{12, 11, 15};
EtsStates states(double level, double trend = 0.0) {
    return EtsStates{level, trend, {}};
}
} // namespace

// Oracle: hand computation of SES (ETS(A,N,N)), α = 0.5, ℓ0 = 10:
// ŷ1 = 10, ℓ1 = 10 + 0.5·2 = 11; ŷ2 = 11, ℓ2 = 11; ŷ3 = 11, ℓ3 = 11 + 0.5·4 = 13.
// SSE = 4 + 0 + 16 = 20; log L = −3/2·(log(2π·20/3) + 1) = −7.102496.
TEST(ForecastEts, SesRecursionAndLikelihood) {
    const EtsSpec spec{C::Additive, C::None, C::None, false, 1};
    const auto evaluation = evaluateEts(spec, EtsParameters{0.5, 0, 0, 1}, states(10), kY, true);
    ASSERT_TRUE(evaluation.ok);
    EXPECT_EQ(evaluation.fitted, (std::vector<double>{10, 11, 11}));
    EXPECT_DOUBLE_EQ(evaluation.finalStates.level, 13.0);
    EXPECT_DOUBLE_EQ(evaluation.sse, 20.0);
    EXPECT_NEAR(evaluation.logLikelihood, -7.1024955769428395, 1e-12);
    EXPECT_EQ(etsPointForecast(spec, EtsParameters{0.5, 0, 0, 1}, evaluation.finalStates, 2),
              (std::vector<double>{13, 13}));
}

// Oracle: hand computation for ETS(M,N,N) with the same parameters: same fits, relative errors
// 0.2, 0, 4/11 → SSE = 0.172231; log L = −3/2·(log(2π·SSE/3) + 1) − log(10·11·11) = −7.068898.
TEST(ForecastEts, MultiplicativeErrorLikelihood) {
    const EtsSpec spec{C::Multiplicative, C::None, C::None, false, 1};
    const auto evaluation = evaluateEts(spec, EtsParameters{0.5, 0, 0, 1}, states(10), kY, false);
    ASSERT_TRUE(evaluation.ok);
    EXPECT_NEAR(evaluation.sse, 0.1722314049586777, 1e-12);
    EXPECT_NEAR(evaluation.logLikelihood, -7.068898312135278, 1e-12);
}

// Oracle: hand computation of Holt (ETS(A,A,N)), α = 0.5, β = 0.2, ℓ0 = 10, b0 = 1, with
// ℓ = q + αe, b = b + βe, q = ℓ + b: ŷ = 11, 12.7, 12.71; ℓ3 = 13.855, b3 = 1.318;
// forecasts 13.855 + 1.318 = 15.173 and 16.491.
TEST(ForecastEts, HoltRecursion) {
    const EtsSpec spec{C::Additive, C::Additive, C::None, false, 1};
    const EtsParameters p{0.5, 0.2, 0, 1};
    const auto evaluation = evaluateEts(spec, p, states(10, 1), kY, true);
    ASSERT_TRUE(evaluation.ok);
    EXPECT_NEAR(evaluation.fitted[2], 12.71, 1e-12);
    EXPECT_NEAR(evaluation.finalStates.level, 13.855, 1e-12);
    EXPECT_NEAR(evaluation.finalStates.trend, 1.318, 1e-12);
    const auto forecast = etsPointForecast(spec, p, evaluation.finalStates, 2);
    EXPECT_NEAR(forecast[0], 15.173, 1e-12);
    EXPECT_NEAR(forecast[1], 16.491, 1e-12);
}

// Oracle: hand computation of damped trend (ETS(A,Ad,N)), φ = 0.9, otherwise as Holt:
// q = ℓ + φb, b = φb + βe: ŷ = 10.9, 12.458, 12.37376; ℓ3 = 13.68688, b3 = 1.170008;
// forecasts ℓ3 + 0.9·b3 = 14.7398872 and ℓ3 + (0.9 + 0.81)·b3 = 15.68759368.
TEST(ForecastEts, DampedRecursion) {
    const EtsSpec spec{C::Additive, C::Additive, C::None, true, 1};
    const EtsParameters p{0.5, 0.2, 0, 0.9};
    const auto evaluation = evaluateEts(spec, p, states(10, 1), kY, true);
    ASSERT_TRUE(evaluation.ok);
    EXPECT_NEAR(evaluation.fitted[2], 12.37376, 1e-12);
    EXPECT_NEAR(evaluation.finalStates.level, 13.68688, 1e-12);
    EXPECT_NEAR(evaluation.finalStates.trend, 1.170008, 1e-12);
    const auto forecast = etsPointForecast(spec, p, evaluation.finalStates, 2);
    EXPECT_NEAR(forecast[0], 14.7398872, 1e-12);
    EXPECT_NEAR(forecast[1], 15.68759368, 1e-12);
}

// Oracle: hand computation of additive Holt-Winters (ETS(A,N,A)), m = 2, α = 0.5, γ = 0.2,
// ℓ0 = 10, seasons s = (−1, +1) for the first two periods, y = 9, 12, 10:
// ŷ1 = 9 (e 0) → ℓ1 = 10, s ← −1; ŷ2 = 11 (e 1) → ℓ2 = 10.5, s ← 1.2; ŷ3 = 9.5 (e 0.5) →
// ℓ3 = 10.75, s ← −0.9. Forecasts: 10.75 + 1.2 = 11.95, 10.75 − 0.9 = 9.85.
TEST(ForecastEts, AdditiveSeasonRecursion) {
    const EtsSpec spec{C::Additive, C::None, C::Additive, false, 2};
    const EtsParameters p{0.5, 0, 0.2, 1};
    const auto evaluation =
        evaluateEts(spec, p, EtsStates{10, 0, {-1, 1}}, std::vector<double>{9, 12, 10}, true);
    ASSERT_TRUE(evaluation.ok);
    EXPECT_EQ(evaluation.fitted, (std::vector<double>{9, 11, 9.5}));
    const auto forecast = etsPointForecast(spec, p, evaluation.finalStates, 2);
    EXPECT_NEAR(forecast[0], 11.95, 1e-12);
    EXPECT_NEAR(forecast[1], 9.85, 1e-12);
}

// Oracle: Hyndman et al. (2008) Table 6.1, class 1: ANN v_h = σ²(1 + (h−1)α²);
// AAN adds β·j to c_j: v_3 = σ²(1 + (α+β)² + (α+2β)²).
TEST(ForecastEts, LinearClassVariances) {
    const std::vector<double> mean(3, 100.0);
    const auto ses = etsForecastStandardDeviation(EtsSpec{C::Additive, C::None, C::None, false, 1},
                                                  EtsParameters{0.5, 0, 0, 1}, 4.0, mean);
    EXPECT_NEAR(ses[0], 2.0, 1e-12);
    EXPECT_NEAR(ses[2], 2.0 * std::sqrt(1.0 + 2 * 0.25), 1e-12);
    const auto holt =
        etsForecastStandardDeviation(EtsSpec{C::Additive, C::Additive, C::None, false, 1},
                                     EtsParameters{0.5, 0.2, 0, 1}, 4.0, mean);
    EXPECT_NEAR(holt[2], 2.0 * std::sqrt(1.0 + 0.7 * 0.7 + 0.9 * 0.9), 1e-12);
}

// Oracle: hand computation of the lead-time total's variance, σ² Σ_i (1 + Σ_{j≤L−i} c_j)²:
// SES (c_j = α = 0.5), L = 3: (1 + 1)² + (1 + 0.5)² + 1² = 7.25; a one-period lead time is σ.
// Holt (α 0.5, β 0.2 → c_1 = 0.7, c_2 = 0.9), L = 3: (1 + 1.6)² + 1.7² + 1 = 10.65.
TEST(ForecastEts, LeadTimeVariance) {
    const EtsSpec ses{C::Additive, C::None, C::None, false, 1};
    const EtsParameters p{0.5, 0.2, 0, 1};
    EXPECT_NEAR(etsLeadTimeStandardDeviation(ses, p, 4.0, std::vector<double>(3, 10.0)),
                2.0 * std::sqrt(7.25), 1e-12);
    EXPECT_NEAR(etsLeadTimeStandardDeviation(ses, p, 4.0, std::vector<double>(1, 10.0)), 2.0,
                1e-12);
    const EtsSpec holt{C::Additive, C::Additive, C::None, false, 1};
    EXPECT_NEAR(etsLeadTimeStandardDeviation(holt, p, 4.0, std::vector<double>(3, 10.0)),
                2.0 * std::sqrt(10.65), 1e-12);
}

// Oracle: the admissible region of R's forecast::ets (bounds "usual").
TEST(ForecastEts, AdmissibleRegion) {
    const EtsSpec damped{C::Additive, C::Additive, C::Additive, true, 4};
    EXPECT_TRUE(etsParametersAdmissible(damped, EtsParameters{0.3, 0.1, 0.2, 0.9}));
    EXPECT_FALSE(etsParametersAdmissible(damped, EtsParameters{0.3, 0.4, 0.2, 0.9})); // β > α
    EXPECT_FALSE(etsParametersAdmissible(damped, EtsParameters{0.9, 0.1, 0.2, 0.9})); // γ > 1 − α
    EXPECT_FALSE(etsParametersAdmissible(damped, EtsParameters{0.3, 0.1, 0.2, 0.99})); // φ > 0.98
    EXPECT_FALSE(etsParametersAdmissible(damped, EtsParameters{1.0, 0.1, 0.0, 0.9}));
}

// Oracle: a convex quadratic with its minimum at (1, −2) by construction.
TEST(ForecastEts, NelderMeadFindsMinimum) {
    const auto result = nelderMead(
        [](const std::vector<double>& x) {
            return (x[0] - 1) * (x[0] - 1) + 3 * (x[1] + 2) * (x[1] + 2);
        },
        {0.0, 0.0}, {0.5, 0.5}, NelderMeadOptions{2000, 1e-14});
    EXPECT_NEAR(result.x[0], 1.0, 1e-5);
    EXPECT_NEAR(result.x[1], -2.0, 1e-5);
}

// Oracle: by construction — a series that is exactly 100·s_t with s = (0.8, 1.2, 0.9, 1.1) has a
// constant centred moving average of 100, so the classical indices are s itself; its lag-4
// autocorrelation is 1, so the 90% test passes, and a straight line's has no seasonal peak.
TEST(ForecastEts, ClassicalDecompositionAndTest) {
    const std::vector<double> s{0.8, 1.2, 0.9, 1.1};
    std::vector<double> y;
    for (int t = 0; t < 24; ++t)
        y.push_back(100.0 * s[static_cast<std::size_t>(t % 4)]);
    const auto indices = classicalSeasonalIndices(y, 4, true);
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_NEAR(indices[i], s[i], 1e-12);
    EXPECT_TRUE(seasonalityTest(y, 4));
    std::vector<double> line;
    for (int t = 0; t < 24; ++t)
        line.push_back(t);
    EXPECT_FALSE(seasonalityTest(line, 4));
}

// Oracle: likelihood theory — the ML fit can do no worse than the fixed parameters it could
// have chosen, its parameters stay admissible, and a strongly seasonal multiplicative series is
// given a seasonal model by AICc.
TEST(ForecastEts, FittingAndSelection) {
    std::vector<double> y;
    const double s[] = {0.7, 1.3, 0.9, 1.1};
    for (int t = 0; t < 40; ++t)
        y.push_back((50.0 + 2.0 * t) * s[t % 4] * (1.0 + 0.02 * ((t * 7) % 5 - 2)));
    const EtsSpec ses{C::Additive, C::None, C::None, false, 1};
    const auto fit = fitEtsModel(ses, y);
    ASSERT_TRUE(fit);
    EXPECT_TRUE(etsParametersAdmissible(ses, fit->parameters));
    const auto fixed =
        evaluateEts(ses, EtsParameters{0.5, 0, 0, 1}, EtsStates{y[0], 0, {}}, y, false);
    EXPECT_GE(fit->logLikelihood, fixed.logLikelihood);
    const auto chosen = fitAutoEts(y, 4);
    ASSERT_TRUE(chosen.best);
    EXPECT_NE(chosen.best->spec.season, C::None) << chosen.best->spec.name();
    EXPECT_EQ(chosen.candidates.size(), 15u); // R's default set on positive seasonal data
    EXPECT_EQ(chosen.candidates.front().first, chosen.best->spec.name());
    EtsMethod method;
    const auto result = method.fit(Series{y, 4});
    EXPECT_TRUE(result.hasLikelihood);
    const auto forecast = method.forecast(8);
    ASSERT_EQ(forecast.intervals.size(), 2u);
    for (std::size_t h = 0; h < 8; ++h) {
        EXPECT_LT(forecast.intervals[1].lower[h], forecast.intervals[0].lower[h]);
        EXPECT_LT(forecast.intervals[0].lower[h], forecast.mean[h]);
        EXPECT_GT(forecast.intervals[1].upper[h], forecast.intervals[0].upper[h]);
    }
}
