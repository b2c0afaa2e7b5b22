// Every method behind the one interface: simple methods by hand, Theta by its definition, and
// the edge cases of issue 3 (all zeros, one value, constant, negative, long, huge, bad settings).
#include "forecast/auto_method.h"
#include "forecast/method_registry.h"
#include "forecast/simple_methods.h"
#include "forecast/theta_method.h"
#include "util/errors.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

using namespace stocktower::forecast;

// Oracle: hand computation. Naive carries 7 forward with σ = RMS of (5−3, 4−5, 7−4) = √(14/3);
// seasonal naive (m = 2) repeats 4, 7; MA(3) is (5+4+7)/3.
TEST(ForecastMethods, SimpleMethodsByHand) {
    const Series series{{3, 5, 4, 7}, 2};
    NaiveMethod naive;
    naive.fit(series);
    const auto n = naive.forecast(2);
    EXPECT_EQ(n.mean, (std::vector<double>{7, 7}));
    EXPECT_NEAR(n.intervals[0].upper[1] - 7.0,
                1.2815515655446004 * std::sqrt(14.0 / 3.0) * std::sqrt(2.0), 1e-12);
    SeasonalNaiveMethod seasonal;
    seasonal.fit(series);
    EXPECT_EQ(seasonal.forecast(3).mean, (std::vector<double>{4, 7, 4}));
    MovingAverageMethod average(3);
    average.fit(series);
    EXPECT_NEAR(average.forecast(1).mean[0], 16.0 / 3.0, 1e-12);
}

// Oracle: Hyndman & Billah (2003) — Theta's forecast is SES plus drift b/2·(h − 1 + (1 − (1 −
// α)^n)/α), so on an exact line y = 2t + 5 the h-step differences equal half the slope.
TEST(ForecastMethods, ThetaDriftIsHalfTheSlope) {
    std::vector<double> y;
    for (int t = 0; t < 30; ++t)
        y.push_back(2.0 * t + 5.0);
    ThetaMethod theta;
    theta.fit(Series{y, 1});
    const auto forecast = theta.forecast(4);
    for (std::size_t h = 1; h < 4; ++h)
        EXPECT_NEAR(forecast.mean[h] - forecast.mean[h - 1], 1.0, 1e-9);
    EXPECT_EQ(forecast.intervals.size(), 2u);
}

// Oracle: the specification of issue 3 — every method copes with the awkward series a workspace
// holds, and returns finite forecasts of the requested length.
TEST(ForecastMethods, EdgeCasesAllMethods) {
    std::vector<Series> awkward{
        Series{std::vector<double>(24, 0.0), 12},            // all zeros
        Series{{42.0}, 1},                                   // one observation
        Series{std::vector<double>(30, 7.0), 4},             // constant
        Series{{5, -3, 4, -1, 6, -2, 3, 0, 2, -4, 5, 1}, 1}, // returns
        Series{std::vector<double>(20, 1e12), 1},            // huge values
    };
    std::vector<double> longSeries;
    for (int t = 0; t < 10000; ++t)
        longSeries.push_back(100.0 + 10.0 * std::sin(t / 8.0) + (t % 13));
    awkward.push_back(Series{longSeries, 52});
    for (const auto& name : methodNames()) {
        for (std::size_t i = 0; i < awkward.size(); ++i) {
            // The 10,000-point series is for the methods the nightly run uses; skip the slow rest.
            if (i == awkward.size() - 1 && name != "auto") continue;
            auto method = makeMethod(name);
            method->fit(awkward[i]);
            const auto forecast = method->forecast(6);
            ASSERT_EQ(forecast.mean.size(), 6u) << name << " series " << i;
            for (double f : forecast.mean)
                EXPECT_TRUE(std::isfinite(f)) << name << " series " << i;
        }
    }
}

// Oracle: the definitions — a constant series forecasts its constant; all zeros forecast zero.
TEST(ForecastMethods, ConstantAndZeroSeries) {
    for (const char* name : {"auto", "ets", "theta", "naive", "ses"}) {
        auto method = makeMethod(name);
        method->fit(Series{std::vector<double>(30, 7.0), 1});
        EXPECT_NEAR(method->forecast(3).mean[2], 7.0, 1e-6) << name;
    }
    AutoMethod automatic;
    automatic.fit(Series{std::vector<double>(24, 0.0), 12});
    EXPECT_EQ(automatic.profile().demandClass, DemandClass::Inactive);
    EXPECT_EQ(automatic.forecast(2).mean[0], 0.0);
}

// Oracle: inventory.md row 18 — the auto selector sends intermittent demand to SBA.
TEST(ForecastMethods, AutoSendsIntermittentToSba) {
    AutoMethod automatic;
    const auto fit = automatic.fit(Series{{0, 0, 5, 0, 0, 0, 3, 0, 6, 0, 0, 0}, 1});
    EXPECT_EQ(fit.model, "intermittent: SBA");
    EXPECT_NEAR(automatic.forecast(1).mean[0], 1.563211, 5e-7);
}

// Oracle: issue 3 — bad settings give clear errors rather than crashes.
TEST(ForecastMethods, BadSettings) {
    EXPECT_THROW(makeMethod("arima-ish"), stocktower::util::UserError);
    auto method = makeMethod("naive");
    EXPECT_THROW(method->fit(Series{}), stocktower::util::UserError);
    method->fit(Series{{1, 2, 3}, 1});
    EXPECT_THROW((void)method->forecast(-1), stocktower::util::UserError);
    EXPECT_TRUE(method->forecast(0).mean.empty());
}
