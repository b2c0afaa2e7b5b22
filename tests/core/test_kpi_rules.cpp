// KPI rules: time zones and ISO weeks, status with hysteresis, the registry.
// Oracles: the IANA database as published (Berlin CET/CEST switches on the last Sundays of March
// and October at 01:00 UTC; Chicago CST = UTC-6 after 1 November 2026), ISO 8601 week rules
// (2026 starts on a Thursday, so it has 53 weeks; 2025 has 52), and hand-computed band edges.
#include "domain/date.h"
#include "domain/time_zone.h"
#include "kpi/kpi_definition.h"
#include "kpi/kpi_engine.h"
#include "kpi/site_week.h"
#include "kpi/status.h"

#include <gtest/gtest.h>

#include <set>

using namespace stocktower;
using kpi::Status;

namespace {
std::int64_t at(const char* stored) { return *domain::parseStoredTimestamp(stored); }
domain::DayNumber day(const char* iso) { return *domain::parseIsoDate(iso); }
} // namespace

TEST(KpiTimeZone, ConvertsBothWaysAroundSummerTime) {
    const auto berlin = domain::TimeZone::locate("Europe/Berlin");
    ASSERT_TRUE(berlin);
    EXPECT_EQ(berlin->offsetAt(at("2026-01-05T12:00:00Z")), 3600);
    EXPECT_EQ(berlin->offsetAt(at("2026-07-01T12:00:00Z")), 7200);
    // Monday 00:30 local in winter is Sunday 23:30 UTC.
    EXPECT_EQ(berlin->localDay(at("2026-01-04T23:30:00Z")), day("2026-01-05"));
    EXPECT_EQ(berlin->toUtc(std::int64_t{day("2026-01-05")} * 86400 + 1800), at("2026-01-04T23:30:00Z"));
    // 02:30 on 29 March 2026 never happens in Berlin: it moves to the change, 01:00 UTC.
    EXPECT_EQ(berlin->toUtc(std::int64_t{day("2026-03-29")} * 86400 + 2 * 3600 + 1800), at("2026-03-29T01:00:00Z"));
    // 02:30 on 25 October 2026 happens twice: the first one (summer time) is taken.
    EXPECT_EQ(berlin->toUtc(std::int64_t{day("2026-10-25")} * 86400 + 2 * 3600 + 1800), at("2026-10-25T00:30:00Z"));
    EXPECT_FALSE(domain::TimeZone::locate("Mars/Olympus_Mons"));
    EXPECT_TRUE(domain::TimeZone::locate("")->isUtc());
}

TEST(KpiTimeZone, OneInstantFallsInDifferentWeeksAtTwoSites) {
    // Monday 2026-11-23 03:00 UTC: 04:00 Monday in Berlin (W48), 21:00 Sunday in Chicago (W47).
    const auto berlin = *domain::TimeZone::locate("Europe/Berlin");
    const auto chicago = *domain::TimeZone::locate("America/Chicago");
    const auto instant = at("2026-11-23T03:00:00Z");
    EXPECT_EQ(domain::isoWeekOf(berlin.localDay(instant)), (domain::IsoWeek{2026, 48}));
    EXPECT_EQ(domain::isoWeekOf(chicago.localDay(instant)), (domain::IsoWeek{2026, 47}));
    const auto w47Chicago = kpi::makeSiteWeek(2, "CHI", chicago, std::nullopt, {2026, 47}, instant);
    EXPECT_EQ(domain::formatStoredTimestamp(w47Chicago.startUtc), "2026-11-16T06:00:00Z");
    EXPECT_EQ(domain::formatStoredTimestamp(w47Chicago.endUtc), "2026-11-23T06:00:00Z");
    EXPECT_LT(instant, w47Chicago.endUtc);
    const auto w47Berlin = kpi::makeSiteWeek(1, "BER", berlin, std::nullopt, {2026, 47}, instant);
    EXPECT_EQ(domain::formatStoredTimestamp(w47Berlin.endUtc), "2026-11-22T23:00:00Z");
    EXPECT_GE(instant, w47Berlin.endUtc);
}

TEST(KpiWeeks, ParsesIsoWeeksAndRanges) {
    EXPECT_EQ(domain::parseIsoWeek("2026-W47"), (domain::IsoWeek{2026, 47}));
    EXPECT_EQ(domain::parseIsoWeek("2026-w01"), (domain::IsoWeek{2026, 1}));
    EXPECT_EQ(domain::parseIsoWeek("2026-W53"), (domain::IsoWeek{2026, 53}));
    for (const char* bad : {"2025-W53", "2026-W00", "2026-W54", "2026-47", "2026W47", "26-W47", "2026-W4", ""})
        EXPECT_FALSE(domain::parseIsoWeek(bad)) << bad;
    EXPECT_EQ(domain::formatIsoDate(domain::mondayOf({2026, 47})), "2026-11-16");
    EXPECT_EQ(domain::addWeeks({2026, 53}, 1), (domain::IsoWeek{2027, 1}));
    const auto range = kpi::parseWeekRange("2026-W52..2027-W02");
    ASSERT_TRUE(range);
    EXPECT_EQ(range->size(), 4u); // W52, W53, 2027-W01, W02
    EXPECT_FALSE(kpi::parseWeekRange("2026-W47..2026-W35"));
    EXPECT_FALSE(kpi::parseWeekRange("2026-W47..soon"));
    EXPECT_EQ(kpi::parseCutoff("15:00"), 900);
    EXPECT_FALSE(kpi::parseCutoff("25:00"));
}

TEST(KpiStatus, HigherIsBetterBands) {
    const kpi::StatusRule rule{0.95, 0.03, 0.005}; // green >= 0.95, amber >= 0.92, red below
    const auto up = kpi::Direction::HigherIsBetter;
    EXPECT_EQ(kpi::rateStatus(0.96, up, rule), Status::Green);
    EXPECT_EQ(kpi::rateStatus(0.93, up, rule), Status::Amber);
    EXPECT_EQ(kpi::rateStatus(0.91, up, rule), Status::Red);
    EXPECT_EQ(kpi::rateStatus(std::nullopt, up, rule), Status::NotRated);
    EXPECT_EQ(kpi::rateStatus(0.5, up, {std::nullopt, 0, 0}), Status::NotRated);
}

TEST(KpiStatus, HysteresisKeepsStatusUntilTheMarginIsPassed) {
    const kpi::StatusRule rule{0.95, 0.03, 0.005};
    const auto up = kpi::Direction::HigherIsBetter;
    // From green: stays green down to 0.945.
    EXPECT_EQ(kpi::rateStatus(0.947, up, rule, Status::Green), Status::Green);
    EXPECT_EQ(kpi::rateStatus(0.944, up, rule, Status::Green), Status::Amber);
    // From amber: green needs 0.955, red needs below 0.915.
    EXPECT_EQ(kpi::rateStatus(0.952, up, rule, Status::Amber), Status::Amber);
    EXPECT_EQ(kpi::rateStatus(0.956, up, rule, Status::Amber), Status::Green);
    EXPECT_EQ(kpi::rateStatus(0.917, up, rule, Status::Amber), Status::Amber);
    EXPECT_EQ(kpi::rateStatus(0.914, up, rule, Status::Amber), Status::Red);
    // From red: amber needs 0.925; a jump over both edges is green at once.
    EXPECT_EQ(kpi::rateStatus(0.922, up, rule, Status::Red), Status::Red);
    EXPECT_EQ(kpi::rateStatus(0.926, up, rule, Status::Red), Status::Amber);
    EXPECT_EQ(kpi::rateStatus(0.96, up, rule, Status::Red), Status::Green);
}

TEST(KpiStatus, LowerIsBetterMirrorsTheBands) {
    const kpi::StatusRule rule{8.0, 8.0, 0.5}; // green <= 8 h, amber <= 16 h, red above
    const auto down = kpi::Direction::LowerIsBetter;
    EXPECT_EQ(kpi::rateStatus(7.0, down, rule), Status::Green);
    EXPECT_EQ(kpi::rateStatus(12.0, down, rule), Status::Amber);
    EXPECT_EQ(kpi::rateStatus(17.0, down, rule), Status::Red);
    EXPECT_EQ(kpi::rateStatus(8.4, down, rule, Status::Green), Status::Green);
    EXPECT_EQ(kpi::rateStatus(8.6, down, rule, Status::Green), Status::Amber);
    EXPECT_EQ(kpi::rateStatus(16.3, down, rule, Status::Amber), Status::Amber);
    EXPECT_EQ(kpi::rateStatus(16.6, down, rule, Status::Amber), Status::Red);
}

TEST(KpiStatus, SeriesChainsWeeksAndNotAvailableBreaksTheChain) {
    const kpi::StatusRule rule{0.95, 0.03, 0.005};
    const auto statuses = kpi::rateSeries({0.96, 0.947, 0.944, 0.952, std::nullopt, 0.947}, kpi::Direction::HigherIsBetter,
                                          rule);
    EXPECT_EQ(statuses, (std::vector<Status>{Status::Green, Status::Green, Status::Amber, Status::Amber,
                                             Status::NotRated, Status::Amber}));
}

TEST(KpiRegistry, EveryKpiIsDefinedOnceWithItsRules) {
    std::set<std::string> ids;
    for (const auto& d : kpi::kpiDefinitions()) {
        EXPECT_TRUE(ids.insert(d.id).second) << d.id;
        EXPECT_FALSE(d.name.empty());
        EXPECT_FALSE(d.formula.empty());
        EXPECT_FALSE(d.dataNeeded.empty());
        EXPECT_GE(d.minimumSample, 1);
    }
    for (const char* id : {"unit_fill_rate", "line_fill_rate", "order_fill_rate", "otif", "on_time_shipment",
                           "stockout_rate", "dock_to_stock_hours", "order_cycle_time_hours", "picking_accuracy",
                           "record_accuracy", "record_accuracy_value", "lines_per_labour_hour", "capacity_used",
                           "inventory_turns", "days_on_hand", "days_of_supply", "carrying_cost", "aged_over_90_share"})
        EXPECT_NE(kpi::findKpi(id), nullptr) << id;
    EXPECT_EQ(kpi::findKpi("stockout_rate")->direction, kpi::Direction::LowerIsBetter);
    EXPECT_EQ(kpi::formatKpiValue(kpi::Unit::Ratio, 0.9731), "97.3 %");
    EXPECT_EQ(kpi::formatKpiValue(kpi::Unit::Currency, 1234567.4), "1,234,567");
    EXPECT_EQ(kpi::formatKpiChange(kpi::Unit::Ratio, -0.012), "-1.2 pp");
}

TEST(KpiRegistry, BelowTheMinimumSampleIsNotAvailableWithTheReason) {
    kpi::KpiValue value;
    value.kpiId = "otif";
    value.value = 1.0;
    value.sample = 19;
    kpi::applyMinimumSample(value);
    EXPECT_FALSE(value.value);
    EXPECT_EQ(value.note, "sample 19 orders is below the minimum of 20");
    value.value = 1.0;
    value.sample = 20;
    value.note.clear();
    kpi::applyMinimumSample(value);
    EXPECT_TRUE(value.value);
}
