// The cycle-count plan: frequencies by class spread evenly over working weeks. Oracle: hand
// computation of ⌊(i + j·n)·W / (f·n)⌋ (cycle_count.h) and the ISO calendar (2026 has 53 weeks).
#include "inventory/cycle_count.h"
#include "inventory/segmentation_export.h"
#include "temp_dir.h"
#include "util/errors.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

using namespace stocktower;
using namespace stocktower::inventory;

namespace {

domain::DayNumber day(const char* iso) { return *domain::parseIsoDate(iso); }

// n item-sites at site 1 ("S1"), all of class `abc` (value 100 each for A, none for C).
SegmentationResult oneClass(int n, AbcClass abc, int firstItemId = 1) {
    std::vector<SegmentInput> inputs;
    for (int i = 0; i < n; ++i) {
        SegmentInput in;
        in.itemId = firstItemId + i;
        in.siteId = 1;
        in.siteCode = "S1";
        in.sku = "I" + std::to_string(1000 + firstItemId + i);
        in.value = abc == AbcClass::C ? 0.0 : 100.0;
        inputs.push_back(in);
    }
    SegmentationSettings settings;
    // Everything in A: a 100 % A share.
    settings.cutoffs = {100, 0, 0};
    auto result = segment(inputs, settings);
    result.siteCodes[1] = "S1";
    return result;
}

CycleCountSettings fromMonday(const char* monday) {
    CycleCountSettings settings;
    settings.firstMonday = day(monday);
    return settings;
}

std::map<std::int64_t, std::vector<int>> weeksByItem(const CycleCountPlan& plan) {
    std::map<std::int64_t, std::vector<int>> weeks;
    for (const auto& task : plan.tasks) weeks[task.itemId].push_back(task.week);
    return weeks;
}

} // namespace

TEST(CycleCount, AFourTimesAYearIsThirteenWeeksApart) {
    // Three A items whose stock lies at L-03, L-01, L-02: ordered by location, phases
    // ⌊13·i/3⌋ = 0, 4, 8.
    const auto segmentation = oneClass(3, AbcClass::A);
    const std::vector<store::StockLocation> locations = {{1, 1, "L-03"}, {2, 1, "L-01"}, {3, 1, "L-02"}};
    const auto plan = planCycleCounts(segmentation, locations, fromMonday("2026-11-30"));
    EXPECT_EQ(plan.workingWeeks, 52);
    const auto weeks = weeksByItem(plan);
    EXPECT_EQ(weeks.at(2), (std::vector<int>{0, 13, 26, 39}));  // L-01
    EXPECT_EQ(weeks.at(3), (std::vector<int>{4, 17, 30, 43}));  // L-02
    EXPECT_EQ(weeks.at(1), (std::vector<int>{8, 21, 34, 47}));  // L-03
    EXPECT_EQ(plan.countsPerYear[0], 12);
    EXPECT_EQ(plan.members[0], 3);
    ASSERT_EQ(plan.tasks.size(), 12u);
    EXPECT_EQ(plan.tasks.front().weekStart, day("2026-11-30"));
    EXPECT_EQ(plan.tasks.front().location, "L-01");
    EXPECT_EQ(plan.tasks.back().weekStart, day("2026-11-30") + 7 * 47);
    EXPECT_EQ(plan.tasks.back().countOfYear, 4);
    EXPECT_EQ(plan.busiestWeek, 1);
    EXPECT_NEAR(plan.meanPerWorkingWeek, 12.0 / 52.0, 1e-12);
}

TEST(CycleCount, EveryWeekGetsAnEvenShareOfEachClass) {
    // 100 item-sites of one class twice a year: 200 counts over 52 weeks, 3 or 4 a week (⌊200/52⌋ = 3).
    auto plan = planCycleCounts(oneClass(100, AbcClass::A), {}, [] {
        auto settings = fromMonday("2026-11-30");
        settings.perYear.a = 2;
        return settings;
    }());
    std::int64_t lowest = 1000, highest = 0, total = 0;
    for (const auto& week : plan.weeks) {
        lowest = std::min(lowest, week.total());
        highest = std::max(highest, week.total());
        total += week.total();
    }
    EXPECT_EQ(total, 200);
    EXPECT_EQ(lowest, 3);
    EXPECT_EQ(highest, 4);
    // Each item's two counts are 26 weeks apart.
    for (const auto& [item, weeks] : weeksByItem(plan)) {
        ASSERT_EQ(weeks.size(), 2u);
        EXPECT_EQ(weeks[1] - weeks[0], 26) << item;
    }
    // 20 C item-sites once a year: ⌊52·i/20⌋ are all different weeks.
    plan = planCycleCounts(oneClass(20, AbcClass::C), {}, fromMonday("2026-11-30"));
    std::set<int> distinct;
    for (const auto& task : plan.tasks) distinct.insert(task.week);
    EXPECT_EQ(distinct.size(), 20u);
    EXPECT_EQ(plan.countsPerYear[2], 20);
    EXPECT_TRUE(plan.tasks.front().location.empty());
}

TEST(CycleCount, GroupsAreStaggeredSoTheyDoNotAllStartInWeekOne) {
    // One A item at S1 and one at S2, 4× a year: S1's group starts at phase 0 (weeks 0, 13, 26,
    // 39), S2's at half a slot: ⌊(0 + ½)·52/4⌋ = 6, then 19, 32, 45.
    std::vector<SegmentInput> inputs(2);
    for (int k = 0; k < 2; ++k) {
        inputs[k].itemId = 1;
        inputs[k].siteId = k + 1;
        inputs[k].siteCode = k == 0 ? "S1" : "S2";
        inputs[k].sku = "I1";
        inputs[k].value = 10;
    }
    auto segmentation = segment(inputs, SegmentationSettings{});
    segmentation.siteCodes = {{1, "S1"}, {2, "S2"}};
    const auto plan = planCycleCounts(segmentation, {}, fromMonday("2026-11-30"));
    std::map<std::int64_t, std::vector<int>> bySite;
    for (const auto& task : plan.tasks) bySite[task.siteId].push_back(task.week);
    EXPECT_EQ(bySite.at(1), (std::vector<int>{0, 13, 26, 39}));
    EXPECT_EQ(bySite.at(2), (std::vector<int>{6, 19, 32, 45}));
    EXPECT_EQ(plan.busiestWeek, 1);
}

TEST(CycleCount, ClosedWeeksGetNoCounts) {
    // From Monday 2026-11-30 (ISO 2026-W49): 2026 has 53 ISO weeks. Closing weeks 52, 53 and 1
    // leaves 49 working weeks; one A item counted at working weeks ⌊49·j/4⌋ = 0, 12, 24, 36.
    // Working week 12: calendar weeks 0-2 are working (W49-W51), 3-5 closed (W52, W53, 2027-W01),
    // so it is calendar week 15, Monday 2027-03-15.
    auto settings = fromMonday("2026-11-30");
    settings.closedIsoWeeks = {52, 53, 1};
    const auto plan = planCycleCounts(oneClass(1, AbcClass::A), {}, settings);
    EXPECT_EQ(plan.workingWeeks, 49);
    ASSERT_EQ(plan.tasks.size(), 4u);
    EXPECT_EQ(plan.tasks[0].weekStart, day("2026-11-30"));
    EXPECT_EQ(plan.tasks[1].week, 12);
    EXPECT_EQ(plan.tasks[1].weekStart, day("2027-03-15"));
    ASSERT_EQ(plan.weeks.size(), 52u);
    EXPECT_TRUE(plan.weeks[3].closed);
    EXPECT_TRUE(plan.weeks[5].closed);
    EXPECT_FALSE(plan.weeks[6].closed);
    for (const auto& week : plan.weeks)
        if (week.closed) {
            EXPECT_EQ(week.total(), 0);
        }
}

TEST(CycleCount, OneLinePerLocationAndUnknownLocationsLast) {
    const auto segmentation = oneClass(2, AbcClass::A);
    // Item 1 lies in two locations, item 2 in none; one count a year each.
    const std::vector<store::StockLocation> locations = {{1, 1, "B-02"}, {1, 1, "B-07"}};
    auto settings = fromMonday("2026-11-30");
    settings.perYear.a = 1;
    const auto plan = planCycleCounts(segmentation, locations, settings);
    ASSERT_EQ(plan.tasks.size(), 3u);
    // Item 1 (with locations) is phase 0, item 2 phase ⌊52/2⌋ = 26.
    EXPECT_EQ(plan.tasks[0].location, "B-02");
    EXPECT_EQ(plan.tasks[1].location, "B-07");
    EXPECT_EQ(plan.tasks[0].week, 0);
    EXPECT_EQ(plan.tasks[2].week, 26);
    EXPECT_TRUE(plan.tasks[2].location.empty());
    EXPECT_EQ(plan.weeks[0].itemSites[0], 1);
    EXPECT_EQ(plan.weeks[0].locations, 2);
}

TEST(CycleCount, ExportsTheScheduleAsCsv) {
    const auto segmentation = oneClass(1, AbcClass::A);
    const std::vector<store::StockLocation> locations = {{1, 1, "L-01"}};
    const auto plan = planCycleCounts(segmentation, locations, fromMonday("2026-11-30"));
    testsupport::TempDir dir;
    const auto path = dir.file("counts.csv");
    EXPECT_EQ(writeCountScheduleCsv(path, plan), 4u);
    EXPECT_EQ(testsupport::readFile(path),
              "week,week_start,site,location,item,description,abc,count_of_year\r\n"
              "2026-W49,2026-11-30,S1,L-01,I1001,,A,1\r\n"
              "2027-W09,2027-03-01,S1,L-01,I1001,,A,2\r\n"
              "2027-W22,2027-05-31,S1,L-01,I1001,,A,3\r\n"
              "2027-W35,2027-08-30,S1,L-01,I1001,,A,4\r\n");
}

TEST(CycleCount, SettingsAreChecked) {
    auto settings = fromMonday("2026-11-30");
    EXPECT_FALSE(cycleCountProblem(settings));
    settings.perYear.a = 53;
    EXPECT_TRUE(cycleCountProblem(settings));
    settings.perYear.a = -1;
    EXPECT_TRUE(cycleCountProblem(settings));
    settings = fromMonday("2026-12-01"); // a Tuesday
    EXPECT_TRUE(cycleCountProblem(settings));
    settings = fromMonday("2026-11-30");
    settings.closedIsoWeeks = {54};
    EXPECT_TRUE(cycleCountProblem(settings));
    EXPECT_THROW(planCycleCounts(oneClass(1, AbcClass::A), {}, settings), util::UserError);
    settings.weeks = 1;
    settings.closedIsoWeeks = {49};
    EXPECT_NE(cycleCountProblem(settings)->find("closed"), std::string::npos);

    EXPECT_EQ(parseFrequencies("4,2,1"), (CountFrequencies{4, 2, 1}));
    EXPECT_EQ(parseFrequencies("12/4/1"), (CountFrequencies{12, 4, 1}));
    EXPECT_FALSE(parseFrequencies("4,2"));
    EXPECT_FALSE(parseFrequencies("4,2,1,1"));
    EXPECT_FALSE(parseFrequencies("4,x,1"));
    EXPECT_EQ(mondayOnOrAfter(day("2026-11-27")), day("2026-11-30"));
    EXPECT_EQ(mondayOnOrAfter(day("2026-11-30")), day("2026-11-30"));
    EXPECT_EQ(mondayOnOrAfter(day("2026-12-06")), day("2026-12-07"));
}
