// Intermittent demand: Croston, SBA, TSB and the SBC classes (reference/inventory.md rows 18–21).
#include "forecast/demand_class.h"
#include "forecast/intermittent.h"

#include <gtest/gtest.h>

#include <vector>

using namespace stocktower::forecast;

namespace {
const Series kRow18{{0, 0, 5, 0, 0, 0, 3, 0, 6, 0, 0, 0}, 1};
}

// Oracle: inventory.md row 18 (R forecast::croston definition, first-value initialisation):
// sizes 5,3,6 → 5, 4.8, 4.92; intervals 3,4,2 → 3, 3.1, 2.99; F = 4.92/2.99 = 1.645485.
TEST(ForecastIntermittent, CrostonRow18) {
    CrostonMethod croston(CrostonMethod::Variant::Croston, 0.1);
    croston.fit(kRow18);
    const auto forecast = croston.forecast(3);
    ASSERT_EQ(forecast.mean.size(), 3u);
    for (double f : forecast.mean)
        EXPECT_NEAR(f, 1.645485, 5e-7);
}

// Oracle: inventory.md row 19 (Syntetos & Boylan 2005): SBA = Croston·(1 − α/2) = 1.563211.
TEST(ForecastIntermittent, SbaRow19) {
    CrostonMethod sba(CrostonMethod::Variant::Sba, 0.1);
    sba.fit(kRow18);
    EXPECT_NEAR(sba.forecast(1).mean[0], 1.563211, 5e-7);
}

// Oracle: inventory.md row 20 (Teunter, Syntetos & Babai 2011): α = β = 0.1, z0 = 5, p0 = 0.25
// → p = 0.24129843 after 12 periods, z = 4.92, F = 1.187188.
TEST(ForecastIntermittent, TsbRow20) {
    TsbMethod tsb(TsbMethod::Options{0.1, 0.1, 5.0, 0.25});
    tsb.fit(kRow18);
    EXPECT_NEAR(tsb.forecast(2).mean[1], 1.187188, 5e-7);
}

// Oracle: inventory.md row 21 (Syntetos, Boylan & Croston 2005): ADI 4.0 (periods ÷ demand
// periods) or 3.0 (mean interval between demands); CV² = 0.0714 → intermittent either way.
TEST(ForecastIntermittent, SbcClassesRow21) {
    const auto byPeriods = classifyDemand(kRow18.values, {});
    EXPECT_DOUBLE_EQ(byPeriods.adi, 4.0);
    EXPECT_NEAR(byPeriods.cv2, 0.0714, 5e-5);
    EXPECT_EQ(byPeriods.demandClass, DemandClass::Intermittent);
    ClassificationOptions meanInterval;
    meanInterval.adi = AdiConvention::MeanInterval;
    const auto byInterval = classifyDemand(kRow18.values, meanInterval);
    EXPECT_DOUBLE_EQ(byInterval.adi, 3.0);
    EXPECT_EQ(byInterval.demandClass, DemandClass::Intermittent);
    EXPECT_EQ(demandClassName(byInterval.demandClass), "intermittent");
}

// Oracle: the SBC cut-offs (ADI 1.32, CV² 0.49) applied by hand, and the new/inactive rules.
TEST(ForecastIntermittent, OtherClasses) {
    const std::vector<double> smooth{10, 11, 9, 10, 12, 10, 9, 11};        // ADI 1, CV² ≈ 0.007
    const std::vector<double> erratic{1, 30, 2, 25, 1, 40, 3, 20};         // ADI 1, CV² > 0.49
    const std::vector<double> lumpy{0, 1, 0, 0, 40, 0, 2, 0, 0, 35, 0, 1}; // ADI 2.4, CV² > 0.49
    EXPECT_EQ(classifyDemand(smooth).demandClass, DemandClass::Smooth);
    EXPECT_EQ(classifyDemand(erratic).demandClass, DemandClass::Erratic);
    EXPECT_EQ(classifyDemand(lumpy).demandClass, DemandClass::Lumpy);
    EXPECT_EQ(classifyDemand(std::vector<double>{3, 4, 5}).demandClass, DemandClass::New);
    EXPECT_EQ(classifyDemand(std::vector<double>(20, 0.0)).demandClass, DemandClass::Inactive);
    std::vector<double> stopped(30, 0.0);
    stopped[2] = 5;
    EXPECT_EQ(classifyDemand(stopped).demandClass,
              DemandClass::Inactive); // 27 periods without demand
}

// Oracle: the definitions — no demand at all forecasts zero rather than dividing by zero.
TEST(ForecastIntermittent, AllZeros) {
    const Series zeros{std::vector<double>(10, 0.0), 1};
    CrostonMethod croston;
    croston.fit(zeros);
    EXPECT_EQ(croston.forecast(2).mean[0], 0.0);
    TsbMethod tsb;
    tsb.fit(zeros);
    EXPECT_EQ(tsb.forecast(2).mean[0], 0.0);
}
