// Segmentation read from a workspace (window, periods, picks, scopes, item-sites without demand)
// and the CSV export. Oracle: hand computation over the small workspace described below.
#include "inventory/segmentation_export.h"
#include "inventory/segmentation_reader.h"
#include "store/segmentation_queries.h"
#include "store/workspace.h"
#include "temp_dir.h"
#include "util/errors.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace stocktower;
using namespace stocktower::inventory;
using stocktower::testsupport::TempDir;

namespace {

domain::DayNumber day(const char* iso) { return *domain::parseIsoDate(iso); }

void addDemand(store::Connection& db, std::int64_t item, std::int64_t site, const char* date, double quantity,
               std::optional<std::int64_t> lines, const std::string& channel = "") {
    db.prepare("INSERT INTO demand(item_id, site_id, day, channel, quantity, order_lines) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(1, item)
        .bind(2, site)
        .bind(3, date)
        .bind(4, channel)
        .bind(5, quantity)
        .bind(6, lines)
        .run();
}

// Sites S1 (1) and S2 (2). With "today" 2026-11-27 and a 4-week window (2026-10-31 … 11-27,
// weeks starting 10-31, 11-07, 11-14, 11-21):
//   A-1 cost 2 price 3  S1: 4 units in each week (picks 2+1+3+1, the last row without lines)
//                           plus 100 on 10-30 and 11-28, outside the window
//                       S2: 5 + 3 units on 11-27 in two channels
//   B-2 cost 1, no price S1: 3, 5, 3, 5 units in the four weeks
//   C-3 no cost          S1: 10 units on 11-10
//   D-4 cost 5           S1: item_site row only
//   E-5 cost 1           S2: demand on 2025-01-05 only, stock at location S2-L1
std::unique_ptr<store::Workspace> makeWorkspace(const std::string& path) {
    auto workspace = store::Workspace::create(path);
    auto& db = workspace->db();
    store::Transaction transaction(db);
    db.exec("INSERT INTO site(site_id, code) VALUES (1, 'S1'), (2, 'S2')");
    db.exec("INSERT INTO item(item_id, sku, description, unit_cost, unit_price) VALUES "
            "(1, 'A-1', 'Alpha', 2, 3), (2, 'B-2', 'Bravo', 1, NULL), (3, 'C-3', 'Charlie', NULL, 4), "
            "(4, 'D-4', 'Delta', 5, 6), (5, 'E-5', 'Echo', 1, 2)");
    db.exec("INSERT INTO item_site(item_id, site_id) VALUES (1, 1), (4, 1)");
    db.exec("INSERT INTO location(location_id, site_id, code) VALUES (1, 2, 'S2-L1'), (2, 1, 'S1-L9'), (3, 1, 'S1-L2')");
    db.exec("INSERT INTO on_hand(item_id, site_id, location_id, quantity, as_of) VALUES "
            "(5, 2, 1, 7, '2026-11-27'), (1, 1, 2, 3, '2026-11-27'), (1, 1, 3, 4, '2026-11-27'), "
            "(1, 1, 3, 9, '2026-10-01')");
    addDemand(db, 1, 1, "2026-10-30", 100, 1);
    addDemand(db, 1, 1, "2026-10-31", 4, 2);
    addDemand(db, 1, 1, "2026-11-07", 4, 1);
    addDemand(db, 1, 1, "2026-11-14", 4, 3);
    addDemand(db, 1, 1, "2026-11-21", 4, std::nullopt);
    addDemand(db, 1, 1, "2026-11-28", 100, 1);
    addDemand(db, 1, 2, "2026-11-27", 5, 1, "web");
    addDemand(db, 1, 2, "2026-11-27", 3, 1);
    addDemand(db, 2, 1, "2026-11-01", 3, 1);
    addDemand(db, 2, 1, "2026-11-08", 5, 1);
    addDemand(db, 2, 1, "2026-11-15", 3, 1);
    addDemand(db, 2, 1, "2026-11-22", 5, 1);
    addDemand(db, 3, 1, "2026-11-10", 10, 1);
    addDemand(db, 5, 2, "2025-01-05", 2, 1);
    transaction.commit();
    return workspace;
}

SegmentationSettings fourWeeks() {
    SegmentationSettings settings;
    settings.windowWeeks = 4;
    settings.today = day("2026-11-27");
    return settings;
}

std::string describe(const SegmentationResult& result) {
    std::string out;
    for (const auto& row : result.rows)
        out += (out.empty() ? "" : " ") + row.siteCode + (row.siteCode.empty() ? "" : ":") + row.sku + "=" +
               abcLetter(row.abc) + xyzLetter(row.xyz);
    return out;
}

class SegmentationWorkspaceTest : public ::testing::Test {
protected:
    void SetUp() override { m_workspace = makeWorkspace(m_dir.file("seg.stdb")); }
    SegmentationResult run(const SegmentationSettings& settings) {
        util::NullProgress progress;
        return segmentWorkspace(m_workspace->db(), settings, progress);
    }
    TempDir m_dir;
    std::unique_ptr<store::Workspace> m_workspace;
};

} // namespace

TEST(SegmentationWindowTest, WeeksAreSevenDayBlocksEndingOnTheLastDay) {
    const auto window = segmentationWindow(day("2026-11-27"), 4, XyzPeriod::Week);
    EXPECT_EQ(window.first, day("2026-10-31"));
    EXPECT_EQ(window.periods, 4);
    EXPECT_EQ(window.periodOf(day("2026-10-30")), -1);
    EXPECT_EQ(window.periodOf(day("2026-10-31")), 0);
    EXPECT_EQ(window.periodOf(day("2026-11-06")), 0);
    EXPECT_EQ(window.periodOf(day("2026-11-07")), 1);
    EXPECT_EQ(window.periodOf(day("2026-11-27")), 3);
    EXPECT_EQ(window.periodOf(day("2026-11-28")), -1);
    // The default: 52 weeks, 364 days.
    EXPECT_EQ(segmentationWindow(day("2026-11-27"), 52, XyzPeriod::Week).first, day("2025-11-29"));
}

TEST(SegmentationWindowTest, MonthsAreTheWholeCalendarMonthsInsideTheWindow) {
    // 13 weeks back from Friday 2026-11-27 starts on 2026-08-29: September and October are whole.
    const auto window = segmentationWindow(day("2026-11-27"), 13, XyzPeriod::Month);
    EXPECT_EQ(window.first, day("2026-08-29"));
    EXPECT_EQ(window.periods, 2);
    EXPECT_EQ(window.firstPeriodStart, day("2026-09-01"));
    EXPECT_EQ(window.periodOf(day("2026-08-31")), -1);
    EXPECT_EQ(window.periodOf(day("2026-09-30")), 0);
    EXPECT_EQ(window.periodOf(day("2026-10-15")), 1);
    EXPECT_EQ(window.periodOf(day("2026-11-27")), -1);
    // Ending on the last day of a month includes it: September to November.
    EXPECT_EQ(segmentationWindow(day("2026-11-30"), 13, XyzPeriod::Month).periods, 3);
    EXPECT_EQ(segmentationWindow(day("2026-11-27"), 4, XyzPeriod::Month).periods, 0);
}

TEST_F(SegmentationWorkspaceTest, PerSiteByValueHandComputed) {
    const auto result = run(fourWeeks());
    EXPECT_TRUE(result.hasDemand);
    EXPECT_EQ(result.windowFirst, day("2026-10-31"));
    EXPECT_EQ(result.windowLast, day("2026-11-27"));
    EXPECT_EQ(result.periods, 4);
    EXPECT_EQ(result.demandRows, 14);
    EXPECT_EQ(result.rowsWithoutOrderLines, 1);
    // S1: A-1 32 (2/3), B-2 16 (prior 2/3 < 80 %: A), C-3 no cost, D-4 no demand (tie at 0: SKU order).
    // S2: A-1 16 (all of it), E-5 no demand in the window.
    // XYZ: A-1@S1 4,4,4,4 → CV 0 X; B-2 3,5,3,5 → 0.25 X; A-1@S2 0,0,0,8 → √3 Z; C-3 0,10,0,0 → √3 Z.
    EXPECT_EQ(describe(result), "S1:A-1=AX S1:B-2=AX S1:C-3=CZ S1:D-4=CZ S2:A-1=AZ S2:E-5=CZ");
    const auto* a1 = result.find(1, 1);
    ASSERT_NE(a1, nullptr);
    EXPECT_DOUBLE_EQ(a1->units, 16);
    EXPECT_DOUBLE_EQ(a1->picks, 7); // 2 + 1 + 3 + one for the row without order lines
    EXPECT_DOUBLE_EQ(a1->value, 32);
    EXPECT_DOUBLE_EQ(a1->margin, 16);
    EXPECT_NEAR(a1->share, 2.0 / 3.0, 1e-12);
    EXPECT_DOUBLE_EQ(*a1->cv, 0.0);
    EXPECT_DOUBLE_EQ(a1->meanPerPeriod, 4.0);
    const auto* a1s2 = result.find(1, 2);
    EXPECT_DOUBLE_EQ(a1s2->units, 8); // both channels
    EXPECT_NEAR(*a1s2->cv, std::sqrt(3.0), 1e-12);
    EXPECT_NEAR(*result.find(2, 1)->cv, 0.25, 1e-12);
    const auto* c3 = result.find(3, 1);
    EXPECT_TRUE(c3->costMissing);
    EXPECT_TRUE(c3->noUsage);
    EXPECT_DOUBLE_EQ(c3->units, 10);
    EXPECT_TRUE(result.find(2, 1)->priceMissing);
    EXPECT_FALSE(result.find(4, 1)->cv.has_value());
    EXPECT_TRUE(result.find(5, 2)->noUsage);
    EXPECT_EQ(result.costMissing, 1);
    EXPECT_EQ(result.siteCodes.size(), 2u);
    EXPECT_EQ(result.members.size(), 6u);
}

TEST_F(SegmentationWorkspaceTest, AcrossSitesSumsEachItemOverItsSites) {
    auto settings = fourWeeks();
    settings.scope = AbcScope::AcrossSites;
    const auto result = run(settings);
    // A-1 24 units, value 48 of 64 (75 %): A; B-2 16 (prior 75 %): A. A-1's weeks 4,4,4,12:
    // mean 6, σ² 12, CV 0.577 → Z.
    EXPECT_EQ(describe(result), "A-1=AZ B-2=AX C-3=CZ D-4=CZ E-5=CZ");
    const auto* a1 = result.find(1);
    ASSERT_NE(a1, nullptr);
    EXPECT_DOUBLE_EQ(a1->units, 24);
    EXPECT_NEAR(*a1->cv, std::sqrt(12.0) / 6.0, 1e-12);
    EXPECT_EQ(a1, result.find(1, 2)); // any site finds the item's row
    // Each item-site is a member, for counting.
    ASSERT_EQ(result.members.size(), 6u);
    EXPECT_EQ(result.members[0].siteId, 1);
    EXPECT_EQ(result.members[1].siteId, 2);
    EXPECT_EQ(result.members[0].row, result.members[1].row);
}

TEST_F(SegmentationWorkspaceTest, OneSiteOnlyAndOtherBases) {
    auto settings = fourWeeks();
    settings.siteId = 2;
    EXPECT_EQ(describe(run(settings)), "S2:A-1=AZ S2:E-5=CZ");
    settings.siteId.reset();
    settings.basis = AbcBasis::Units;
    // S1 by units: A-1 16, B-2 16 (tie: SKU order), C-3 10 of 42: A-1 A (prior 0), B-2 A (prior
    // 38 %), C-3 A too (prior 76 %, crossing 80 %); S2: A-1 8 of 8.
    EXPECT_EQ(describe(run(settings)), "S1:A-1=AX S1:B-2=AX S1:C-3=AZ S1:D-4=CZ S2:A-1=AZ S2:E-5=CZ");
    settings.basis = AbcBasis::Margin;
    // Only A-1 has a margin (B-2 lacks a price, C-3 a cost).
    const auto margin = run(settings);
    EXPECT_EQ(margin.rows[0].sku, "A-1");
    EXPECT_TRUE(margin.find(2, 1)->noUsage);
    EXPECT_EQ(margin.priceMissing, 1); // B-2; C-3 has a price but no cost
    EXPECT_EQ(margin.costMissing, 1);  // C-3
}

TEST_F(SegmentationWorkspaceTest, DefaultWindowEndsOnTheLastDemandDay) {
    SegmentationSettings settings;
    const auto result = run(settings);
    EXPECT_EQ(result.windowLast, day("2026-11-28"));
    EXPECT_EQ(result.windowFirst, day("2025-11-30"));
    EXPECT_EQ(result.periods, 52);
}

TEST_F(SegmentationWorkspaceTest, CancelledBeforeItStartsThrows) {
    util::NullProgress progress;
    progress.cancel();
    EXPECT_THROW(segmentWorkspace(m_workspace->db(), fourWeeks(), progress), util::Cancelled);
    auto bad = fourWeeks();
    bad.cutoffs = {80, 15, 10};
    util::NullProgress fresh;
    EXPECT_THROW(segmentWorkspace(m_workspace->db(), bad, fresh), util::UserError);
}

TEST_F(SegmentationWorkspaceTest, AnEmptyWorkspaceHasNoDemand) {
    auto empty = store::Workspace::create(m_dir.file("empty.stdb"));
    util::NullProgress progress;
    const auto result = segmentWorkspace(empty->db(), SegmentationSettings{}, progress);
    EXPECT_FALSE(result.hasDemand);
    EXPECT_TRUE(result.rows.empty());
}

TEST_F(SegmentationWorkspaceTest, StockLocationsComeFromTheLatestSnapshot) {
    const auto locations = store::loadStockLocations(m_workspace->db(), std::nullopt);
    ASSERT_EQ(locations.size(), 3u);
    EXPECT_EQ(locations[0].code, "S1-L2");
    EXPECT_EQ(locations[1].code, "S1-L9");
    EXPECT_EQ(locations[2].code, "S2-L1");
    EXPECT_EQ(store::loadStockLocations(m_workspace->db(), 2).size(), 1u);
}

TEST_F(SegmentationWorkspaceTest, ExportsEveryRowAsCsv) {
    const auto result = run(fourWeeks());
    const auto path = m_dir.file("segments.csv");
    EXPECT_EQ(writeSegmentationCsv(path, result), 6u);
    const std::string text = testsupport::readFile(path);
    EXPECT_EQ(text.substr(0, text.find('\n')),
              "sku,description,site,rank,units,picks,usage_value,margin,basis,share,cumulative_share,abc,no_usage,"
              "mean_per_period,cv,xyz\r");
    EXPECT_NE(text.find("A-1,Alpha,S1,1,16,7,32,16,32,0.66666666666666"), std::string::npos) << text;
    // An undefined CV is an empty cell.
    EXPECT_NE(text.find("D-4,Delta,S1,4,0,0,0,0,0,0,1,C,yes,0,,Z"), std::string::npos) << text;
}
