// Empirical prediction intervals from rolling-origin errors, and which interval method a run
// records. Oracles: R's quantile(type = 7) definition applied by hand (Hyndman & Fan 1996),
// errors of the naive method written out by hand, a periodic demand whose Croston forecast is
// exactly 1.5 (so its errors are known), and Hyndman et al. (2008) Table 6.1 class 1 for SES.
#include "forecast/empirical_intervals.h"
#include "forecast/forecast_run.h"
#include "forecast/series_parameters.h"
#include "forecast/simple_methods.h"

#include <gtest/gtest.h>

#include <cmath>
#include <utility>
#include <vector>

using namespace stocktower;
using namespace stocktower::forecast;

namespace {

BucketedSeries bucketed(std::vector<double> values) {
    BucketedSeries series;
    series.itemId = 1;
    series.siteId = 1;
    series.values = std::move(values);
    return series;
}

// 6 units every fourth period, the first in period 4: Croston's size stays 6 and its interval
// 4 (first-value initialisation counts the periods up to the first demand), so every forecast
// from period 4 on is exactly 6 / 4 = 1.5.
std::vector<double> everyFourthPeriod(int periods) {
    std::vector<double> values(static_cast<std::size_t>(periods), 0.0);
    for (int t = 3; t < periods; t += 4)
        values[static_cast<std::size_t>(t)] = 6.0;
    return values;
}

} // namespace

// R: quantile(1:10, c(0.1, 0.9, 0.025, 0.975)) = 1.9, 9.1, 1.225, 9.775 (position (N − 1)·p).
TEST(ForecastEmpiricalIntervals, QuantileDefinitionSeven) {
    std::vector<double> values{10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    EXPECT_DOUBLE_EQ(empiricalQuantile(values, 0.1), 1.9);
    EXPECT_DOUBLE_EQ(empiricalQuantile(values, 0.9), 9.1);
    EXPECT_DOUBLE_EQ(empiricalQuantile(values, 0.025), 1.225);
    EXPECT_DOUBLE_EQ(empiricalQuantile(values, 0.975), 9.775);
    // Sorted: −1 0 2 3 3 5 7 10. p = 0.1: position 0.7 → −1 + 0.7·1; p = 0.9: 6.3 → 7 + 0.3·3.
    std::vector<double> ties{5, -1, 3, 3, 0, 10, 2, 7};
    EXPECT_NEAR(empiricalQuantile(ties, 0.1), -0.3, 1e-12);
    EXPECT_NEAR(empiricalQuantile(ties, 0.9), 7.9, 1e-12);
    EXPECT_DOUBLE_EQ(empiricalQuantile(ties, 0.5), 3.0);
    EXPECT_DOUBLE_EQ(empiricalQuantile(ties, 0.0), -1.0);
    EXPECT_DOUBLE_EQ(empiricalQuantile(ties, 1.0), 10.0);
    EXPECT_TRUE(std::isnan(empiricalQuantile({}, 0.5)));
}

// y = 1 3 2 5 4 6 8 7 9 10; the naive forecast from origin o is y[o − 1] for every step.
// Origins 7, 8, 9 (minimum train 3, at most 2 origins for the last of 2 steps):
//   o = 7: 8 → errors 7 − 8 = −1, 9 − 8 = 1;  o = 8: 7 → 2, 3;  o = 9: 9 → 1 (one step left).
TEST(ForecastEmpiricalIntervals, RollingOriginErrorsOfNaive) {
    const Series series{{1, 3, 2, 5, 4, 6, 8, 7, 9, 10}, 1};
    NaiveMethod naive;
    naive.fit(series);
    RollingErrorOptions options;
    options.minimumTrain = 3;
    options.maxOrigins = 2;
    const auto errors = rollingOriginErrors(naive, series, 2, options);
    EXPECT_EQ(errors.origins, 3);
    ASSERT_EQ(errors.byStep.size(), 2u);
    EXPECT_EQ(errors.byStep[0], (std::vector<double>{-1, 2, 1}));
    EXPECT_EQ(errors.byStep[1], (std::vector<double>{1, 3}));
    EXPECT_EQ(errors.fewestPerStep(), 2u);
    // √((1 + 4 + 1) / 3) = √2
    EXPECT_NEAR(oneStepRmse(errors), std::sqrt(2.0), 1e-12);

    options.minimumTrain = 8; // origins 8 and 9 only
    const auto fewer = rollingOriginErrors(naive, series, 2, options);
    EXPECT_EQ(fewer.byStep[0], (std::vector<double>{2, 1}));
    EXPECT_EQ(fewer.byStep[1], (std::vector<double>{3}));
}

// Step 1 errors −4.5 … 4.5 (i − 5.5), step 2 twice those; around a mean of 10:
// 80%: 10 + (1.9 − 5.5) = 6.4 and 10 + (9.1 − 5.5) = 13.6; step 2: 2.8 and 17.2.
// 95%: 10 + (1.225 − 5.5) = 5.725 and 10 + (9.775 − 5.5) = 14.275.
TEST(ForecastEmpiricalIntervals, IntervalsAreMeanPlusErrorQuantiles) {
    RollingErrors errors;
    errors.byStep.resize(2);
    for (int i = 1; i <= 10; ++i) {
        errors.byStep[0].push_back(i - 5.5);
        errors.byStep[1].push_back(2.0 * (i - 5.5));
    }
    const std::vector<double> mean{10, 10};
    const auto intervals = empiricalIntervals(mean, errors);
    ASSERT_TRUE(intervals);
    ASSERT_EQ(intervals->size(), 2u);
    const auto& i80 = (*intervals)[0];
    const auto& i95 = (*intervals)[1];
    EXPECT_DOUBLE_EQ(i80.level, 0.80);
    EXPECT_NEAR(i80.lower[0], 6.4, 1e-12);
    EXPECT_NEAR(i80.upper[0], 13.6, 1e-12);
    EXPECT_NEAR(i80.lower[1], 2.8, 1e-12);
    EXPECT_NEAR(i80.upper[1], 17.2, 1e-12);
    EXPECT_NEAR(i95.lower[0], 5.725, 1e-12);
    EXPECT_NEAR(i95.upper[0], 14.275, 1e-12);
    // A later step whose errors happen to be narrower keeps the earlier step's width.
    RollingErrors narrowing = errors;
    std::swap(narrowing.byStep[0], narrowing.byStep[1]);
    const auto widened = empiricalIntervals(mean, narrowing);
    ASSERT_TRUE(widened);
    EXPECT_NEAR((*widened)[0].lower[1], 2.8, 1e-12);
    EXPECT_NEAR((*widened)[0].upper[1], 17.2, 1e-12);
    // Ten errors per step: enough for the default 8, not for 11; a third step has none.
    EXPECT_FALSE(empiricalIntervals(mean, errors, 11));
    EXPECT_FALSE(empiricalIntervals(std::vector<double>{10, 10, 10}, errors));
}

// Croston on the every-fourth-period demand: the forecast is 1.5 from every origin, so the errors
// are −1.5 (three periods in four) and 4.5. With 40 or more errors per step both the 10% and the
// 2.5% quantile are −1.5 and both the 90% and 97.5% quantile 4.5: demand is 0 or 6, and the
// intervals say exactly that: [1.5 − 1.5, 1.5 + 4.5] = [0, 6].
TEST(ForecastEmpiricalIntervals, CrostonRunUsesBacktestQuantiles) {
    ForecastRunSettings settings;
    settings.method = "croston";
    settings.horizon = 13;
    const auto row = forecastOneSeries(bucketed(everyFourthPeriod(104)), 1000, settings);
    ASSERT_EQ(row.values.size(), 13u);
    for (const auto& value : row.values) {
        EXPECT_NEAR(value.mean, 1.5, 1e-12);
        ASSERT_TRUE(value.lo80 && value.hi80 && value.lo95 && value.hi95);
        EXPECT_NEAR(*value.lo80, 0.0, 1e-12);
        EXPECT_NEAR(*value.hi80, 6.0, 1e-12);
        EXPECT_NEAR(*value.lo95, 0.0, 1e-12);
        EXPECT_NEAR(*value.hi95, 6.0, 1e-12);
    }
    const auto parameters = parseSeriesParameters(row.parametersJson);
    EXPECT_EQ(parameters.intervalMethod, IntervalMethod::Empirical);
    EXPECT_TRUE(parameters.errorModels.empty());
    // Origins 52 … 103 (the latest 40 for step 13): step 13 has 40 errors, step 1 has 52, of
    // which 13 are 4.5 and 39 are −1.5: RMSE √((13·20.25 + 39·2.25) / 52) = √6.75.
    EXPECT_EQ(parameters.intervalErrors, 40);
    ASSERT_TRUE(parameters.errorSigma);
    EXPECT_NEAR(*parameters.errorSigma, std::sqrt(6.75), 1e-12);
    ASSERT_TRUE(parameters.demand);
    EXPECT_DOUBLE_EQ(parameters.demand->adi, 4.0);
    EXPECT_EQ(parameters.demand->demandPeriods, 26);
    // The model's own parameters are still there for display.
    bool alpha = false;
    for (const auto& [name, value] : parameters.model)
        alpha = alpha || (name == "alpha" && value == 0.1);
    EXPECT_TRUE(alpha);
}

// Too short for eight errors per step: the normal intervals from the in-sample error remain.
TEST(ForecastEmpiricalIntervals, ShortSeriesFallsBackToNormal) {
    ForecastRunSettings settings;
    settings.method = "sba";
    settings.horizon = 6;
    const auto row = forecastOneSeries(bucketed(everyFourthPeriod(16)), 1000, settings);
    const auto parameters = parseSeriesParameters(row.parametersJson);
    EXPECT_EQ(parameters.intervalMethod, IntervalMethod::NormalFallback);
    ASSERT_TRUE(row.sigma);
    // Normal fallback: hi95 = mean + 1.959964·σ·√k.
    for (std::size_t k = 0; k < row.values.size(); ++k)
        EXPECT_NEAR(*row.values[k].hi95,
                    row.values[k].mean + 1.959963984540054 * *row.sigma * std::sqrt(k + 1.0), 1e-9);
}

// SES has an error model: analytic intervals whose half-width follows Table 6.1 class 1,
// v_h = σ²·(1 + (h − 1)·α²), from the σ and α the run stores.
TEST(ForecastEmpiricalIntervals, SesRunIsAnalyticWithTableSixOneVariances) {
    std::vector<double> values;
    for (int t = 0; t < 60; ++t)
        values.push_back(200.0 + 10.0 * std::sin(t * 1.7) + (t % 5));
    ForecastRunSettings settings;
    settings.method = "ses";
    settings.horizon = 4;
    const auto row = forecastOneSeries(bucketed(values), 1000, settings);
    const auto parameters = parseSeriesParameters(row.parametersJson);
    EXPECT_EQ(parameters.intervalMethod, IntervalMethod::Analytic);
    ASSERT_EQ(parameters.errorModels.size(), 1u);
    const auto& model = parameters.errorModels.front();
    EXPECT_FALSE(model.relative);
    EXPECT_GT(model.sigma, 0.0);
    for (std::size_t k = 0; k < row.values.size(); ++k) {
        const double h = static_cast<double>(k + 1);
        const double sd = model.sigma * std::sqrt(1.0 + (h - 1.0) * model.alpha * model.alpha);
        EXPECT_NEAR(*row.values[k].hi95 - row.values[k].mean, 1.959963984540054 * sd, 1e-6);
        EXPECT_NEAR(row.values[k].mean - *row.values[k].lo80, 1.2815515655446004 * sd, 1e-6);
    }
}

TEST(ForecastEmpiricalIntervals, ParametersJsonRoundTrip) {
    SeriesParameters parameters;
    parameters.model = {{"alpha", 0.25}, {"window", 6.0}};
    parameters.intervalMethod = IntervalMethod::Analytic;
    InnovationsErrorModel damped;
    damped.sigma = 2.5;
    damped.alpha = 0.3;
    damped.beta = 0.1;
    damped.phi = 0.9;
    InnovationsErrorModel seasonal;
    seasonal.sigma = 0.05;
    seasonal.relative = true;
    seasonal.gamma = 0.2;
    seasonal.period = 12;
    parameters.errorModels = {damped, seasonal};
    parameters.demand = DemandStatistics{1.5, 0.25, 30, 20};
    const auto back = parseSeriesParameters(toJson(parameters));
    EXPECT_EQ(back.model, parameters.model);
    EXPECT_EQ(back.intervalMethod, IntervalMethod::Analytic);
    ASSERT_EQ(back.errorModels.size(), 2u);
    EXPECT_DOUBLE_EQ(back.errorModels[0].phi, 0.9);
    EXPECT_DOUBLE_EQ(back.errorModels[0].beta, 0.1);
    EXPECT_TRUE(back.errorModels[1].relative);
    EXPECT_EQ(back.errorModels[1].period, 12);
    EXPECT_DOUBLE_EQ(back.errorModels[1].gamma, 0.2);
    ASSERT_TRUE(back.demand);
    EXPECT_EQ(back.demand->demandPeriods, 20);
    // A run stored before these fields: model parameters only, no interval method.
    const auto old = parseSeriesParameters(R"({"alpha":0.1,"size":4.92,"interval":null})");
    EXPECT_EQ(old.intervalMethod, IntervalMethod::None);
    ASSERT_EQ(old.model.size(), 3u);
    EXPECT_TRUE(std::isnan(old.model[2].second));
    EXPECT_TRUE(parseSeriesParameters("not json").model.empty());
    const auto candidates = parseCandidates(R"J([{"model":"ETS(A,N,N)","score":101.5},{"model":"ETS(M,N,N)","score":null}])J");
    ASSERT_EQ(candidates.size(), 2u);
    EXPECT_EQ(candidates[0].model, "ETS(A,N,N)");
    EXPECT_DOUBLE_EQ(*candidates[0].score, 101.5);
    EXPECT_FALSE(candidates[1].score);
}
