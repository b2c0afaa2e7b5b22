// Rolling-origin backtests and choice among families by backtest error.
#include "forecast/backtest.h"
#include "forecast/method_registry.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

using namespace stocktower::forecast;

// Oracle: hand computation. Naive on 1,3,2,6,4,5 with horizon 1 and 2 origins: origin 4 fits
// 1,3,2,6 and forecasts 6 for 4 (MAE 2, scale (2+1+4)/3 → MASE 6/7); origin 5 fits 1,3,2,6,4 and
// forecasts 4 for 5 (MAE 1, scale 9/4 → MASE 4/9). Mean (6/7 + 4/9)/2.
TEST(ForecastBacktest, NaiveByHand) {
    const Series series{{1, 3, 2, 6, 4, 5}, 1};
    const auto score = rollingOriginBacktest("naive", series, 1, 2);
    EXPECT_EQ(score.origins, 2);
    EXPECT_NEAR(score.mase, (6.0 / 7.0 + 4.0 / 9.0) / 2.0, 1e-12);
}

// Oracle: the definition — origins that leave too little history are skipped, none at all
// scores +∞ rather than crashing.
TEST(ForecastBacktest, ShortSeries) {
    const Series series{{4, 5, 6}, 1};
    const auto score = rollingOriginBacktest("naive", series, 2, 3);
    EXPECT_EQ(score.origins, 0);
    EXPECT_TRUE(std::isinf(score.mase));
}

// Oracle: by construction — the selector's forecast is the winner's own forecast on the full
// series, and every candidate's score is reported, best first.
TEST(ForecastBacktest, SelectorReportsAllCandidates) {
    std::vector<double> y;
    for (int t = 0; t < 36; ++t)
        y.push_back(100.0 + 3.0 * t + ((t * 5) % 7));
    const Series series{y, 1};
    auto selector = makeMethod("select");
    const auto fit = selector->fit(series);
    ASSERT_EQ(fit.candidates.size(), 4u);
    for (std::size_t i = 1; i < fit.candidates.size(); ++i)
        EXPECT_LE(fit.candidates[i - 1].second, fit.candidates[i].second);
    const auto winner = fit.model.substr(0, fit.model.find(':'));
    auto direct = makeMethod(winner);
    direct->fit(series);
    EXPECT_EQ(selector->forecast(4).mean, direct->forecast(4).mean);
}
