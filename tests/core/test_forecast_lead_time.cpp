// Demand over an arbitrary number of periods and its forecast error. Oracles: hand computation
// of the innovations weights (Hyndman, Koehler, Ord & Snyder 2008, Table 6.1 class 1 and §6.6),
// written out term by term in each test; the existing ETS lead-time function for integer leads.
#include "forecast/ets_model.h"
#include "forecast/forecast_run.h"
#include "forecast/lead_time_demand.h"
#include "forecast/series_parameters.h"
#include "util/errors.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

using namespace stocktower;
using namespace stocktower::forecast;

namespace {

InnovationsErrorModel ses(double alpha, double sigma) {
    InnovationsErrorModel model;
    model.alpha = alpha;
    model.sigma = sigma;
    return model;
}

} // namespace

TEST(ForecastLeadTime, TotalOverFractionalPeriods) {
    const std::vector<double> perPeriod{10, 20, 30};
    EXPECT_DOUBLE_EQ(totalOverPeriods(perPeriod, 0.0), 0.0);
    EXPECT_DOUBLE_EQ(totalOverPeriods(perPeriod, 1.4), 10 + 0.4 * 20);
    EXPECT_DOUBLE_EQ(totalOverPeriods(perPeriod, 3.0), 60.0);
    // Past the horizon the last period's value carries on: 60 + 30 + 0.5·30.
    EXPECT_DOUBLE_EQ(totalOverPeriods(perPeriod, 4.5), 105.0);
    EXPECT_THROW(totalOverPeriods(perPeriod, -1.0), util::UserError);
    EXPECT_THROW(totalOverPeriods(perPeriod, std::nan("")), util::UserError);
}

// SES, α = 0.5, σ = 2, over 3 periods. Table 6.1 class 1 gives each period's variance,
// v_j = σ²(1 + (j − 1)α²) = 4, 5, 6 (sum 15); the total also carries the covariances
// Cov(e_i, e_j) = σ²α(1 + (i − 1)α) for i < j: 2 (1,2), 2 (1,3), 3 (2,3) → 2·7 = 14.
// Total 29 = σ²·Σ_{j=0..2} (1 + jα)² = 4·(1 + 2.25 + 4). The sum of the variances alone (15)
// would understate the lead-time risk by almost half.
TEST(ForecastLeadTime, SesSumOfThreePeriods) {
    const auto model = ses(0.5, 2.0);
    EXPECT_DOUBLE_EQ(innovationsTotalVariance(model, 1.0), 4.0); // v_1 = σ²
    EXPECT_DOUBLE_EQ(innovationsTotalVariance(model, 2.0), 4.0 + 5.0 + 2.0 * 2.0);
    EXPECT_DOUBLE_EQ(innovationsTotalVariance(model, 3.0), 29.0);
    EXPECT_DOUBLE_EQ(innovationsTotalVariance(model, 0.0), 0.0);
}

// k = 1.4: period 1 plus 0.4 of period 2. ε1 enters with 1 + 0.4·α = 1.2, ε2 with 0.4:
// σ²·(1.2² + 0.4²) = 4·1.6 = 6.4.
TEST(ForecastLeadTime, SesFractionalLeadTime) {
    EXPECT_NEAR(innovationsTotalVariance(ses(0.5, 2.0), 1.4), 6.4, 1e-12);
    // Continuous in k: just below and above an integer lead.
    EXPECT_NEAR(innovationsTotalVariance(ses(0.5, 2.0), 2.0 - 1e-9), 13.0, 1e-6);
}

// Holt (α 0.5, β 0.2): c_1 = α + β = 0.7; over 2 periods (1 + c_1)² + 1 = 3.89.
// Damped (φ 0.9): c_1 = 0.5 + 0.2·0.9 = 0.68, c_2 = 0.5 + 0.2·(0.9 + 0.81) = 0.842; over 3:
// (1 + c_1 + c_2)² + (1 + c_1)² + 1 = 2.522² + 1.68² + 1 = 10.182884.
// Seasonal naive, m = 2 (α 0, γ 1): e3 = ε3 + ε1, e4 = ε4 + ε2, so the total over 4 periods is
// 2ε1 + 2ε2 + ε3 + ε4: 4 + 4 + 1 + 1 = 10.
TEST(ForecastLeadTime, TrendDampedAndSeasonalWeights) {
    InnovationsErrorModel holt = ses(0.5, 1.0);
    holt.beta = 0.2;
    EXPECT_NEAR(innovationsTotalVariance(holt, 2.0), 3.89, 1e-12);
    InnovationsErrorModel damped = holt;
    damped.phi = 0.9;
    EXPECT_NEAR(damped.weight(2), 0.842, 1e-12);
    EXPECT_NEAR(innovationsTotalVariance(damped, 3.0), 10.182884, 1e-9);
    InnovationsErrorModel seasonal;
    seasonal.sigma = 1.0;
    seasonal.gamma = 1.0;
    seasonal.period = 2;
    EXPECT_NEAR(innovationsTotalVariance(seasonal, 4.0), 10.0, 1e-12);
}

// For whole periods the result equals the ETS module's own lead-time function (written
// independently, from the same §6.6 formula).
TEST(ForecastLeadTime, AgreesWithEtsLeadTimeFunction) {
    EtsSpec spec{Component::Additive, Component::Additive, Component::Additive, true, 4};
    EtsParameters parameters{0.4, 0.1, 0.2, 0.85};
    InnovationsErrorModel model;
    model.sigma = 3.0;
    model.alpha = 0.4;
    model.beta = 0.1;
    model.gamma = 0.2;
    model.phi = 0.85;
    model.period = 4;
    for (int lead : {1, 2, 5, 9}) {
        const std::vector<double> flat(static_cast<std::size_t>(lead), 50.0);
        EXPECT_NEAR(std::sqrt(innovationsTotalVariance(model, lead)),
                    etsLeadTimeStandardDeviation(spec, parameters, 9.0, flat), 1e-9)
            << "lead " << lead;
    }
}

// Multiplicative error: σ is relative to the level, 100 a period here: SES α 0.5, σ 0.1 over
// 2 periods: 0.01·(1.5² + 1) = 0.0325 → √0.0325·100 = 18.0278. A combination takes the mean
// of its members' standard deviations. Without a model: σ·√k.
TEST(ForecastLeadTime, RelativeCombinationAndFallback) {
    const std::vector<double> mean{100, 100, 100};
    auto relative = ses(0.5, 0.1);
    relative.relative = true;
    const auto single = leadTimeDemand(mean, {relative}, std::nan(""), IntervalMethod::NormalFallback, 2.0);
    EXPECT_DOUBLE_EQ(single.mean, 200.0);
    EXPECT_NEAR(single.standardDeviation, std::sqrt(0.0325) * 100.0, 1e-9);
    EXPECT_EQ(single.basis, IntervalMethod::Analytic);

    // ses(0.5, 2) over 2: 4·(1 + 1.5²) = 13; ses(1, 1) (naive) over 2: 2² + 1 = 5.
    const auto combined =
        leadTimeDemand(mean, {ses(0.5, 2.0), ses(1.0, 1.0)}, 7.0, IntervalMethod::Empirical, 2.0);
    EXPECT_NEAR(combined.standardDeviation, (std::sqrt(13.0) + std::sqrt(5.0)) / 2.0, 1e-12);

    const auto fallback = leadTimeDemand(mean, {}, 3.0, IntervalMethod::Empirical, 2.25);
    EXPECT_DOUBLE_EQ(fallback.mean, 225.0);
    EXPECT_DOUBLE_EQ(fallback.standardDeviation, 4.5); // 3·√2.25
    EXPECT_EQ(fallback.basis, IntervalMethod::Empirical);

    const auto unknown = leadTimeDemand(mean, {}, std::nan(""), IntervalMethod::NormalFallback, 1.0);
    EXPECT_EQ(unknown.basis, IntervalMethod::None);
    EXPECT_TRUE(std::isnan(unknown.standardDeviation));
}

// A stored series: overrides replace the statistical forecast in the mean; the error model, else
// the backtest σ, else the in-sample σ gives the spread.
TEST(ForecastLeadTime, FromAStoredSeries) {
    store::ForecastSeriesRow row;
    for (const char* period : {"2026-01-05", "2026-01-12", "2026-01-19"}) {
        store::ForecastValueRow value;
        value.periodStart = period;
        value.mean = 10.0;
        row.values.push_back(value);
    }
    row.values[1].overrideQuantity = 16.0;
    row.sigma = 2.0;
    SeriesParameters parameters;
    parameters.intervalMethod = IntervalMethod::NormalFallback;
    row.parametersJson = toJson(parameters);
    auto demand = leadTimeDemand(row, 2.5); // 10 + 16 + 0.5·10
    EXPECT_DOUBLE_EQ(demand.mean, 31.0);
    EXPECT_NEAR(demand.standardDeviation, 2.0 * std::sqrt(2.5), 1e-12);
    EXPECT_EQ(demand.basis, IntervalMethod::NormalFallback);

    parameters.intervalMethod = IntervalMethod::Empirical;
    parameters.errorSigma = 3.0;
    row.parametersJson = toJson(parameters);
    demand = leadTimeDemand(row, 4.0);
    EXPECT_DOUBLE_EQ(demand.mean, 46.0); // the last period carries on past the horizon
    EXPECT_DOUBLE_EQ(demand.standardDeviation, 6.0);
    EXPECT_EQ(demand.basis, IntervalMethod::Empirical);

    parameters.intervalMethod = IntervalMethod::Analytic;
    parameters.errorSigma.reset();
    parameters.errorModels = {ses(0.5, 2.0)};
    row.parametersJson = toJson(parameters);
    demand = leadTimeDemand(row, 3.0);
    EXPECT_NEAR(demand.standardDeviation, std::sqrt(29.0), 1e-12);
    EXPECT_EQ(demand.basis, IntervalMethod::Analytic);
}

// What a run stores is enough: one period ahead, the lead-time σ of an SES series equals the
// half-width of its stored 95% interval ÷ 1.96.
TEST(ForecastLeadTime, MatchesTheStoredIntervalForOnePeriod) {
    BucketedSeries series;
    for (int t = 0; t < 50; ++t)
        series.values.push_back(80.0 + 6.0 * std::cos(t * 2.1) + (t % 3));
    ForecastRunSettings settings;
    settings.method = "ses";
    settings.horizon = 3;
    const auto row = forecastOneSeries(series, 500, settings);
    const auto demand = leadTimeDemand(row, 1.0);
    EXPECT_EQ(demand.basis, IntervalMethod::Analytic);
    EXPECT_NEAR(demand.mean, row.values[0].mean, 1e-12);
    EXPECT_NEAR(demand.standardDeviation * 1.959963984540054, *row.values[0].hi95 - row.values[0].mean, 1e-6);
}
