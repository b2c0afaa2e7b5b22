// The benchmark runner: data loading, scoring by hand, determinism across thread counts.
#include "forecast/bench_data.h"
#include "forecast/bench_runner.h"
#include "util/errors.h"

#include "temp_dir.h"

#include <gtest/gtest.h>

#include <fstream>

using namespace stocktower::forecast;

namespace {
const std::string kTiny = std::string(STOCKTOWER_TEST_DATA_DIR) + "/forecast/tiny";
}

// Oracle: the fixture files (tests/data/forecast/tiny), read by eye.
TEST(ForecastBench, LoadsAndOrdersByPeriod) {
    const auto data = loadBenchData(kTiny);
    ASSERT_EQ(data.size(), 5u);
    EXPECT_EQ(data[0].id, "Y1");
    EXPECT_EQ(data[0].group, "yearly");
    EXPECT_EQ(data[0].train, (std::vector<double>{10, 12, 14, 13})); // rows were out of order
    EXPECT_EQ(data[0].test, (std::vector<double>{15, 13, 16}));
    EXPECT_EQ(data[2].frequency, 4);
    EXPECT_EQ(data[3].horizon, 6);
}

// Oracle: hand computation for Y1 with the naive method: forecast 13, 13, 13 against 15, 13, 16:
// sMAPE = (200·2/28 + 0 + 200·3/29)/3 = 11.658456; MASE = (5/3) ÷ ((2+2+1)/3) = 1.
TEST(ForecastBench, NaiveScoresByHand) {
    const auto report = runBench(loadBenchData(kTiny), "naive", 1);
    EXPECT_NEAR(report.perSeries[0].smape, (400.0 / 28 + 600.0 / 29) / 3, 1e-12);
    EXPECT_NEAR(report.perSeries[0].mase, 1.0, 1e-12);
    EXPECT_EQ(report.overall.series, 5);
    ASSERT_EQ(report.groups.size(), 4u);
    EXPECT_EQ(report.groups[0].group, "monthly"); // sorted by name
    EXPECT_EQ(report.groups[3].group, "yearly");
    EXPECT_EQ(report.groups[3].series, 2);
}

// Oracle: the design — each series' result depends on the series alone and sums run in data
// order, so any thread count gives bit-identical output.
TEST(ForecastBench, IdenticalWhateverTheThreadCount) {
    const auto data = loadBenchData(kTiny);
    const auto one = runBench(data, "auto", 1);
    for (int threads : {2, 3, 8}) {
        const auto many = runBench(data, "auto", threads);
        ASSERT_EQ(many.perSeries.size(), one.perSeries.size());
        for (std::size_t i = 0; i < one.perSeries.size(); ++i) {
            EXPECT_EQ(many.perSeries[i].forecast, one.perSeries[i].forecast) << i;
            EXPECT_EQ(many.perSeries[i].model, one.perSeries[i].model) << i;
        }
        EXPECT_EQ(many.overall.smape, one.overall.smape);
        EXPECT_EQ(many.overall.mase, one.overall.mase);
    }
}

// Oracle: issue 3 — forecasts are clipped at 0 only when the train values are all non-negative.
TEST(ForecastBench, ClippingRule) {
    const auto report = runBench(loadBenchData(kTiny), "auto", 2);
    for (std::size_t i = 0; i < 4; ++i)
        for (double f : report.perSeries[i].forecast)
            EXPECT_GE(f, 0.0);
    EXPECT_EQ(report.perSeries[4].forecast.size(), 2u); // O1 has negative history: no clipping
}

// Oracle: issue 3 — malformed input and unknown methods give clear errors naming the problem.
TEST(ForecastBench, BadInput) {
    stocktower::testsupport::TempDir dir;
    EXPECT_THROW(loadBenchData(dir.path()), stocktower::util::UserError); // no files
    std::ofstream(dir.file("meta.csv")) << "series_id,frequency,horizon,category\nA,1,2,yearly:x\n";
    std::ofstream(dir.file("series.csv")) << "series_id,period,value,split\nA,1,abc,train\n";
    try {
        loadBenchData(dir.path());
        FAIL() << "expected an error";
    } catch (const stocktower::util::UserError& error) {
        EXPECT_NE(std::string(error.what()).find("series.csv:2"), std::string::npos)
            << error.what();
    }
    std::ofstream(dir.file("series.csv"))
        << "series_id,period,value,split\nA,1,3,train\nA,2,4,test\n";
    EXPECT_THROW(loadBenchData(dir.path()), stocktower::util::UserError); // 1 test value, horizon 2
    EXPECT_THROW(runBench(loadBenchData(kTiny), "nonsense", 1), stocktower::util::UserError);
}
