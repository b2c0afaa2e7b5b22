// ABC/XYZ classification, the matrix and the settings. Oracles: hand computation — every share,
// class and coefficient of variation below was worked out on paper from the inputs shown.
#include "inventory/segmentation.h"
#include "inventory/segmentation_settings.h"
#include "util/errors.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>

using namespace stocktower;
using namespace stocktower::inventory;

namespace {

SegmentInput input(const std::string& sku, double value, std::int64_t itemId, std::int64_t siteId = 1,
                   const std::string& siteCode = "S1") {
    SegmentInput in;
    in.itemId = itemId;
    in.siteId = siteId;
    in.sku = sku;
    in.siteCode = siteCode;
    in.value = value;
    in.units = value; // unit cost 1 unless a test says otherwise
    return in;
}

// Ten items worth 1,000 in all (the hand-worked table):
//   rank sku  value  share  cumulative  prior   80/15/5   70/20/10
//   1    P01  400    40 %    40 %        0 %     A         A
//   2    P02  250    25 %    65 %       40 %     A         A
//   3    P03  150    15 %    80 %       65 %     A         A  (crosses 70 %: upper class)
//   4    P04  100    10 %    90 %       80 %     B (prior exactly 80 %)  B
//   5    P05   30     3 %    93 %       90 %     B         C  (prior exactly 90 %)
//   6    P06   20     2 %    95 %       93 %     B         C
//   7    P07   20     2 %    97 %       95 %     C (tie with P06, ranked after it by SKU)
//   8    P08   15   1.5 %  98.5 %       97 %     C         C
//   9    P09   15   1.5 %   100 %     98.5 %     C         C
//   10   P10    0     0 %   100 %      100 %     C, no usage
std::vector<SegmentInput> tenItems() {
    // Deliberately not in rank order, and the tied P07 before P06.
    return {input("P10", 0, 10),  input("P07", 20, 7), input("P03", 150, 3), input("P01", 400, 1),
            input("P09", 15, 9),  input("P06", 20, 6), input("P04", 100, 4), input("P02", 250, 2),
            input("P08", 15, 8),  input("P05", 30, 5)};
}

std::string classes(const SegmentationResult& result) {
    std::string out;
    for (const auto& row : result.rows) out += abcLetter(row.abc);
    return out;
}

std::string skus(const SegmentationResult& result) {
    std::string out;
    for (const auto& row : result.rows) out += (out.empty() ? "" : " ") + row.sku;
    return out;
}

} // namespace

TEST(Segmentation, AbcByUsageValueHandComputed) {
    const auto result = segment(tenItems(), SegmentationSettings{});
    ASSERT_EQ(result.rows.size(), 10u);
    EXPECT_EQ(skus(result), "P01 P02 P03 P04 P05 P06 P07 P08 P09 P10");
    EXPECT_EQ(classes(result), "AAABBBCCCC");
    const double expectedShares[] = {0.40, 0.25, 0.15, 0.10, 0.03, 0.02, 0.02, 0.015, 0.015, 0.0};
    const double expectedCumulative[] = {0.40, 0.65, 0.80, 0.90, 0.93, 0.95, 0.97, 0.985, 1.0, 1.0};
    for (std::size_t i = 0; i < result.rows.size(); ++i) {
        EXPECT_EQ(result.rows[i].rank, static_cast<int>(i + 1));
        EXPECT_NEAR(result.rows[i].share, expectedShares[i], 1e-12) << result.rows[i].sku;
        EXPECT_NEAR(result.rows[i].cumulativeShare, expectedCumulative[i], 1e-12) << result.rows[i].sku;
    }
    EXPECT_TRUE(result.rows[9].noUsage);
    EXPECT_EQ(result.noUsage, 1);
    for (std::size_t i = 0; i < 9; ++i) EXPECT_FALSE(result.rows[i].noUsage);
}

TEST(Segmentation, TheItemCrossingACutOffBelongsToTheUpperClass) {
    SegmentationSettings settings;
    settings.cutoffs = {70, 20, 10};
    const auto result = segment(tenItems(), settings);
    // P03 takes the cumulative share from 65 % to 80 %, across the 70 % line: A. P05 starts
    // exactly on the 90 % line (prior share 90 %): C.
    EXPECT_EQ(classes(result), "AAABCCCCCC");
    // A holds at least its share: 80 % ≥ 70 %.
    EXPECT_NEAR(result.abcTotals[0].basisShare, 0.80, 1e-12);
}

TEST(Segmentation, TiesRankBySkuAndMayFallOnBothSidesOfACutOff) {
    const auto result = segment(tenItems(), SegmentationSettings{});
    // P06 and P07 are worth 20 each; P06 comes first by SKU and ends at 95 %: B; P07 starts at 95 %: C.
    EXPECT_EQ(result.rows[5].sku, "P06");
    EXPECT_EQ(result.rows[5].abc, AbcClass::B);
    EXPECT_EQ(result.rows[6].sku, "P07");
    EXPECT_EQ(result.rows[6].abc, AbcClass::C);
    // The order of the inputs does not matter.
    auto reversed = tenItems();
    std::reverse(reversed.begin(), reversed.end());
    EXPECT_EQ(skus(segment(reversed, SegmentationSettings{})), skus(result));
}

TEST(Segmentation, NetstockPresetMovesTheBCBoundary) {
    SegmentationSettings settings;
    settings.cutoffs = {80, 16, 4};
    // B while the prior share is below 96 %: P07 (prior 95 %) joins B; P08 (prior 97 %) stays C.
    EXPECT_EQ(classes(segment(tenItems(), settings)), "AAABBBBCCC");
}

TEST(Segmentation, EachSiteIsRankedOnItsOwn) {
    std::vector<SegmentInput> inputs = {input("X", 96, 1, 2, "S2"), input("Y", 4, 2, 2, "S2"),
                                        input("X", 4, 1, 1, "S1"), input("Y", 96, 2, 1, "S1")};
    const auto result = segment(inputs, SegmentationSettings{});
    ASSERT_EQ(result.rows.size(), 4u);
    // Site code order, then rank: S1 Y (96 %) A, S1 X (prior 96 % ≥ 95 %) C; S2 X A, S2 Y C.
    EXPECT_EQ(result.rows[0].siteCode + result.rows[0].sku, "S1Y");
    EXPECT_EQ(result.rows[1].siteCode + result.rows[1].sku, "S1X");
    EXPECT_EQ(result.rows[2].siteCode + result.rows[2].sku, "S2X");
    EXPECT_EQ(classes(result), "ACAC");
    EXPECT_EQ(result.rows[2].rank, 1);
    EXPECT_NEAR(result.rows[2].share, 0.96, 1e-12);
    // The item-site lookup the planning and KPI work use.
    ASSERT_NE(result.find(1, 1), nullptr);
    EXPECT_EQ(result.find(1, 1)->abc, AbcClass::C);
    EXPECT_EQ(result.find(1, 2)->abc, AbcClass::A);
    EXPECT_EQ(result.find(3, 1), nullptr);
}

TEST(Segmentation, BasisChoosesTheRankedQuantity) {
    // Units, picks, value and margin rank three items differently.
    std::vector<SegmentInput> inputs(3);
    const char* names[] = {"CHEAP", "DEAR", "BUSY"};
    const double units[] = {1000, 10, 100};
    const double picks[] = {20, 5, 400};
    const double value[] = {100, 2000, 500};
    const double margin[] = {-50, 300, 200};
    for (int i = 0; i < 3; ++i) {
        inputs[i] = input(names[i], value[i], i + 1);
        inputs[i].units = units[i];
        inputs[i].picks = picks[i];
        inputs[i].margin = margin[i];
    }
    SegmentationSettings settings;
    auto first = [&](AbcBasis basis) {
        settings.basis = basis;
        return segment(inputs, settings).rows.front().sku;
    };
    EXPECT_EQ(first(AbcBasis::UsageValue), "DEAR");
    EXPECT_EQ(first(AbcBasis::Units), "CHEAP");
    EXPECT_EQ(first(AbcBasis::Picks), "BUSY");
    EXPECT_EQ(first(AbcBasis::Margin), "DEAR");
    // A loss-making item has no margin to rank by: C, flagged, its real margin kept.
    settings.basis = AbcBasis::Margin;
    const auto result = segment(inputs, settings);
    EXPECT_EQ(result.rows[2].sku, "CHEAP");
    EXPECT_TRUE(result.rows[2].noUsage);
    EXPECT_EQ(result.rows[2].abc, AbcClass::C);
    EXPECT_DOUBLE_EQ(result.rows[2].margin, -50);
    EXPECT_DOUBLE_EQ(result.rows[2].basis, 0);
    // Margin 300 of 500: DEAR A at 60 %… then BUSY (prior 60 %) A too, ending at 100 %.
    EXPECT_NEAR(result.rows[0].share, 0.6, 1e-12);
    EXPECT_EQ(classes(result), "AAC");
}

TEST(Segmentation, CoefficientOfVariationHandComputed) {
    // Population σ ÷ mean.
    const std::vector<double> flat = {4, 4, 4, 4};         // σ 0 → 0
    const std::vector<double> quarter = {3, 5, 3, 5};      // mean 4, σ 1 → 0.25 exactly
    const std::vector<double> half = {2, 6, 2, 6};         // mean 4, σ 2 → 0.5 exactly
    const std::vector<double> ramp = {1, 2, 3, 4};         // mean 2.5, σ² 1.25 → 0.4472136
    const std::vector<double> spike = {0, 0, 0, 8};        // mean 2, σ² 12 → √3 = 1.7320508
    const std::vector<double> none = {0, 0, 0, 0};         // mean 0 → undefined
    EXPECT_DOUBLE_EQ(*variability(flat).cv, 0.0);
    EXPECT_NEAR(*variability(quarter).cv, 0.25, 1e-15);
    EXPECT_NEAR(*variability(half).cv, 0.5, 1e-15);
    EXPECT_NEAR(*variability(ramp).cv, 0.4472136, 1e-7);
    EXPECT_NEAR(*variability(spike).cv, 1.7320508, 1e-7);
    EXPECT_DOUBLE_EQ(variability(spike).mean, 2.0);
    EXPECT_FALSE(variability(none).cv.has_value());
    EXPECT_FALSE(variability(std::vector<double>{}).cv.has_value());

    // A CV on a threshold takes the steadier class; zero mean is Z.
    const XyzThresholds standard = *findXyzPreset("25-50");
    EXPECT_EQ(xyzClassOf(variability(quarter).cv, standard), XyzClass::X);
    EXPECT_EQ(xyzClassOf(variability(half).cv, standard), XyzClass::Y);
    EXPECT_EQ(xyzClassOf(variability(ramp).cv, standard), XyzClass::Y);
    EXPECT_EQ(xyzClassOf(variability(spike).cv, standard), XyzClass::Z);
    EXPECT_EQ(xyzClassOf(variability(none).cv, standard), XyzClass::Z);
    const XyzThresholds strict = *findXyzPreset("10-25");
    EXPECT_EQ(xyzClassOf(variability(quarter).cv, strict), XyzClass::Y);
    EXPECT_EQ(xyzClassOf(variability(ramp).cv, strict), XyzClass::Z);
    const XyzThresholds reference = *findXyzPreset("30-56");
    EXPECT_EQ(xyzClassOf(variability(ramp).cv, reference), XyzClass::Y);
    EXPECT_EQ(xyzClassOf(variability(half).cv, reference), XyzClass::Y);
    EXPECT_EQ(xyzClassOf(0.56, reference), XyzClass::Y);
    EXPECT_EQ(xyzClassOf(0.5600001, reference), XyzClass::Z);
}

TEST(Segmentation, MatrixCountsValuesAndSharesAddUp) {
    auto inputs = tenItems();
    // XYZ by hand: P01 P04 P07 X; P02 P05 P08 Y; the rest Z (P10 has no demand at all).
    const std::map<std::string, std::vector<double>> series = {
        {"P01", {4, 4, 4, 4}}, {"P04", {3, 5, 3, 5}}, {"P07", {4, 4, 4, 4}},
        {"P02", {2, 6, 2, 6}}, {"P05", {1, 2, 3, 4}}, {"P08", {2, 6, 2, 6}},
        {"P03", {0, 0, 0, 8}}, {"P06", {0, 0, 0, 8}}, {"P09", {0, 9, 0, 0}}, {"P10", {0, 0, 0, 0}}};
    for (auto& in : inputs) in.variability = variability(series.at(in.sku));
    const auto result = segment(inputs, SegmentationSettings{});
    const auto& m = result.matrix;
    // Rows A, B, C; columns X, Y, Z.
    EXPECT_EQ(m[0][0].count, 1); // P01
    EXPECT_EQ(m[0][1].count, 1); // P02
    EXPECT_EQ(m[0][2].count, 1); // P03
    EXPECT_EQ(m[1][0].count, 1); // P04
    EXPECT_EQ(m[1][1].count, 1); // P05
    EXPECT_EQ(m[1][2].count, 1); // P06
    EXPECT_EQ(m[2][0].count, 1); // P07
    EXPECT_EQ(m[2][1].count, 1); // P08
    EXPECT_EQ(m[2][2].count, 2); // P09, P10
    EXPECT_EQ(m[2][2].noUsage, 1);
    EXPECT_DOUBLE_EQ(m[0][0].value, 400);
    EXPECT_NEAR(m[0][0].valueShare, 0.40, 1e-12);
    EXPECT_NEAR(m[2][2].valueShare, 0.015, 1e-12);
    std::int64_t count = 0;
    double value = 0, share = 0;
    for (const auto& cells : m)
        for (const auto& cell : cells) {
            count += cell.count;
            value += cell.value;
            share += cell.valueShare;
        }
    EXPECT_EQ(count, 10);
    EXPECT_DOUBLE_EQ(value, 1000);
    EXPECT_NEAR(share, 1.0, 1e-12);
    EXPECT_EQ(result.total.count, 10);
    // Class totals: A 800 (3 items), B 150 (3), C 50 (4); X 520, Y 295, Z 185.
    EXPECT_DOUBLE_EQ(result.abcTotals[0].value, 800);
    EXPECT_DOUBLE_EQ(result.abcTotals[1].value, 150);
    EXPECT_DOUBLE_EQ(result.abcTotals[2].value, 50);
    EXPECT_EQ(result.abcTotals[2].count, 4);
    EXPECT_NEAR(result.abcTotals[2].countShare, 0.4, 1e-12);
    EXPECT_DOUBLE_EQ(result.xyzTotals[0].value, 520);
    EXPECT_DOUBLE_EQ(result.xyzTotals[1].value, 295);
    EXPECT_DOUBLE_EQ(result.xyzTotals[2].value, 185);
}

TEST(Segmentation, NothingOnTheBasisMakesEveryItemCWithoutUsage) {
    std::vector<SegmentInput> inputs = {input("Q1", 0, 1), input("Q2", 0, 2)};
    const auto result = segment(inputs, SegmentationSettings{});
    EXPECT_EQ(classes(result), "CC");
    EXPECT_EQ(result.noUsage, 2);
    EXPECT_EQ(result.rows[0].share, 0.0);
    EXPECT_TRUE(segment({}, SegmentationSettings{}).rows.empty());
}

TEST(Segmentation, AHundredThousandItemSitesKeepTheInvariants) {
    // Scale check without timing (speed belongs to benchmarks): at 100,000 rows every row is
    // classified, the matrix accounts for every row, and shares are cumulative and end at 1.
    std::vector<SegmentInput> inputs;
    inputs.reserve(100000);
    std::uint64_t state = 12345;
    for (int i = 0; i < 100000; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        const double value = static_cast<double>(state >> 40) / 1000.0 * ((i % 10 == 0) ? 20 : 1);
        auto in = input("SKU-" + std::to_string(100000 + i), i % 17 == 0 ? 0.0 : value, i + 1, 1 + i % 2,
                        i % 2 ? "S2" : "S1");
        in.variability.mean = value / 52;
        in.variability.cv = static_cast<double>(state % 1000) / 500.0;
        inputs.push_back(std::move(in));
    }
    const auto result = segment(std::move(inputs), SegmentationSettings{});
    ASSERT_EQ(result.rows.size(), 100000u);
    std::int64_t inMatrix = 0;
    for (const auto& row : result.matrix)
        for (const auto& cell : row) inMatrix += cell.count;
    EXPECT_EQ(inMatrix, 100000);
    int groupEnds = 0;
    for (const auto& row : result.rows) {
        EXPECT_GE(row.cumulativeShare, row.share - 1e-12);
        EXPECT_LE(row.cumulativeShare, 1.0 + 1e-9);
        if (row.cumulativeShare > 1.0 - 1e-9) ++groupEnds;
    }
    EXPECT_GE(groupEnds, 1);
}

TEST(SegmentationSettings, CutOffsMustBeNonNegativeAndAddUpToAHundred) {
    EXPECT_FALSE(cutoffsProblem({80, 15, 5}));
    EXPECT_FALSE(cutoffsProblem({80, 16, 4}));
    EXPECT_FALSE(cutoffsProblem({70.5, 19.5, 10}));
    EXPECT_FALSE(cutoffsProblem({100, 0, 0}));
    ASSERT_TRUE(cutoffsProblem({80, 15, 10}));
    EXPECT_NE(cutoffsProblem({80, 15, 10})->find("add up to 100"), std::string::npos);
    EXPECT_NE(cutoffsProblem({90, 15, -5})->find("negative"), std::string::npos);
    EXPECT_TRUE(cutoffsProblem({0, 50, 50}));
    SegmentationSettings settings;
    settings.cutoffs = {50, 20, 20};
    EXPECT_THROW(validate(settings), util::UserError);
}

TEST(SegmentationSettings, ParsesCutOffsAndNames) {
    EXPECT_EQ(parseCutoffs("80,15,5"), (AbcCutoffs{80, 15, 5}));
    EXPECT_EQ(parseCutoffs("80/16/4"), (AbcCutoffs{80, 16, 4}));
    EXPECT_EQ(parseCutoffs(" 70 %, 20 %, 10 %"), (AbcCutoffs{70, 20, 10}));
    EXPECT_FALSE(parseCutoffs("80,20"));
    EXPECT_FALSE(parseCutoffs("80,15,5,0"));
    EXPECT_FALSE(parseCutoffs("eighty,15,5"));
    EXPECT_FALSE(parseCutoffs(""));
    EXPECT_EQ(formatCutoffs({80, 15, 5}), "80/15/5");
    EXPECT_EQ(formatCutoffs({70.5, 19.5, 10}), "70.5/19.5/10");
    EXPECT_EQ(parseAbcBasis("margin"), AbcBasis::Margin);
    EXPECT_FALSE(parseAbcBasis("revenue"));
    EXPECT_EQ(abcCutoffPresets().front().cutoffs, AbcCutoffs{});
    EXPECT_EQ(xyzPresets().front().thresholds, XyzThresholds{});
    EXPECT_EQ(xyzPresetName({0.30, 0.56}), "30-56");
    EXPECT_EQ(xyzPresetName({0.3, 0.6}), "");
    EXPECT_FALSE(findXyzPreset("loose"));
    EXPECT_TRUE(xyzProblem({0.5, 0.25}));
    EXPECT_TRUE(xyzProblem({-0.1, 0.25}));
    EXPECT_FALSE(xyzProblem({0, 0.25}));
    EXPECT_TRUE(windowProblem(0));
    EXPECT_FALSE(windowProblem(52));
}
