// Accuracy metrics (M4 definitions, reference/forecasting.md).
#include "forecast/metrics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

using namespace stocktower::forecast;

namespace {
// errors y − f = −2, 5, 0, −10; the third period is 0/0 for sMAPE and skipped by MAPE.
const std::vector<double> kActual{10, 20, 0, 40};
const std::vector<double> kForecast{12, 15, 0, 50};
} // namespace

// Oracle: hand computation. MAE = 17/4; RMSE = √(129/4) = 5.678908; bias = mean(f − y) = 7/4.
TEST(ForecastMetrics, ScaleDependent) {
    EXPECT_DOUBLE_EQ(meanAbsoluteError(kActual, kForecast), 4.25);
    EXPECT_NEAR(rootMeanSquaredError(kActual, kForecast), 5.678908345800274, 1e-12);
    EXPECT_DOUBLE_EQ(bias(kActual, kForecast), 1.75);
}

// Oracle: hand computation. MAPE = (2/10 + 5/20 + 10/40)/3 = 23.3333%;
// sMAPE = (200·2/22 + 200·5/35 + 0 + 200·10/90)/4 = 68.975469/4 = 17.243867 (0/0 counts 0).
TEST(ForecastMetrics, PercentageErrors) {
    EXPECT_NEAR(meanAbsolutePercentageError(kActual, kForecast), 23.333333333333333, 1e-12);
    EXPECT_NEAR(symmetricMape(kActual, kForecast), 17.243867243867243, 1e-12);
    const std::vector<double> zeros{0, 0};
    EXPECT_EQ(symmetricMape(zeros, zeros), 0.0);
    EXPECT_TRUE(std::isnan(meanAbsolutePercentageError(zeros, zeros)));
}

// Oracle: hand computation. History 1,3,2,6,4 at m = 2: |2−1|,|6−3|,|4−2| → scale 2, MASE 4.25/2.
// With m = 5 the history is not longer than m, so lag 1: (2+1+4+2)/4 = 2.25 → MASE 1.888889.
// RMSSE: mean squared first differences (4+1+16+4)/4 = 6.25 → √(32.25/6.25) = 2.271563.
TEST(ForecastMetrics, ScaledErrors) {
    const std::vector<double> history{1, 3, 2, 6, 4};
    EXPECT_DOUBLE_EQ(seasonalNaiveScale(history, 2), 2.0);
    EXPECT_DOUBLE_EQ(meanAbsoluteScaledError(history, kActual, kForecast, 2), 2.125);
    EXPECT_DOUBLE_EQ(seasonalNaiveScale(history, 5), 2.25);
    EXPECT_NEAR(meanAbsoluteScaledError(history, kActual, kForecast, 5), 4.25 / 2.25, 1e-12);
    EXPECT_NEAR(rootMeanSquaredScaledError(history, kActual, kForecast), 2.2715633383201093, 1e-12);
}

// Oracle: the definitions — nothing to average gives NaN, never a crash.
TEST(ForecastMetrics, EmptyAndShortInputs) {
    const std::vector<double> none;
    EXPECT_TRUE(std::isnan(meanAbsoluteError(none, none)));
    EXPECT_TRUE(std::isnan(symmetricMape(none, none)));
    const std::vector<double> one{5};
    EXPECT_TRUE(std::isnan(seasonalNaiveScale(one, 1)));
}
