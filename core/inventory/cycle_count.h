// The cycle-count plan: how often each ABC class is counted, spread evenly over the working
// weeks of a year, as a week-by-week schedule of item-sites and their locations.
#pragma once

#include "domain/date.h"
#include "inventory/segmentation.h"
#include "store/segmentation_queries.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace stocktower::inventory {

// Counts per year by class (reference/inventory.md: the common default A 4×, B 2×, C 1×).
struct CountFrequencies {
    int a = 4;
    int b = 2;
    int c = 1;
    [[nodiscard]] int of(AbcClass abc) const { return abc == AbcClass::A ? a : abc == AbcClass::B ? b : c; }
    friend bool operator==(const CountFrequencies&, const CountFrequencies&) = default;
};

struct CycleCountSettings {
    CountFrequencies perYear;
    domain::DayNumber firstMonday = 0; // the plan's first week (a Monday)
    int weeks = 52;                    // calendar weeks the plan covers
    // ISO week numbers without counting (stocktaking, holidays): the counts go to the others.
    std::vector<unsigned> closedIsoWeeks;
};

// Problems a person can fix; nullopt when fine. `workingWeeks` bounds the frequencies: a class
// cannot be counted more often than once a working week.
std::optional<std::string> frequenciesProblem(const CountFrequencies& frequencies, int workingWeeks);
std::optional<std::string> cycleCountProblem(const CycleCountSettings& settings);
// "4,2,1" or "4/2/1".
std::optional<CountFrequencies> parseFrequencies(std::string_view text);
// The Monday on or after `day`.
domain::DayNumber mondayOnOrAfter(domain::DayNumber day);

// One count of one item-site at one of its locations (empty when the stock's location is unknown).
struct CountTask {
    int week = 0;                      // working-week index, 0-based
    domain::DayNumber weekStart = 0;   // its Monday
    std::int64_t itemId = 0;
    std::int64_t siteId = 0;
    std::string sku;
    std::string description;
    std::string siteCode;
    std::string location;
    AbcClass abc = AbcClass::C;
    int countOfYear = 1; // 1 … the class's frequency
};

struct WeekLoad {
    domain::DayNumber weekStart = 0;
    bool closed = false;
    std::array<std::int64_t, kClassCount> itemSites{}; // counts by class
    std::int64_t locations = 0;                         // location visits (schedule lines)
    [[nodiscard]] std::int64_t total() const { return itemSites[0] + itemSites[1] + itemSites[2]; }
};

struct CycleCountPlan {
    CycleCountSettings settings;
    int workingWeeks = 0;
    // Sorted by week, site code, location, SKU: the order a counter walks.
    std::vector<CountTask> tasks;
    std::vector<WeekLoad> weeks;                       // every calendar week, closed ones too
    std::array<std::int64_t, kClassCount> members{};   // item-sites per class
    std::array<std::int64_t, kClassCount> countsPerYear{};
    std::int64_t busiestWeek = 0;   // item-site counts in the busiest working week
    double meanPerWorkingWeek = 0.0;
};

// Spreads each (site, class) group evenly: the group's n item-sites, ordered by their first
// location code (then SKU; no location last), each get `f` counts at working weeks
// ⌊(i + s + j·n)·W / (f·n)⌋ for item i = 0…n−1 and count j = 0…f−1, W working weeks, s the
// group's stagger (0 for the first group, then ½, ¼, ¾, … so that groups do not all start in
// the first week). So one item's counts are W/f weeks apart (13 for A 4× in 52 weeks),
// neighbouring locations fall in the same or adjacent weeks, and every week gets ⌊n·f/W⌋ or
// ⌈n·f/W⌉ counts of the group.
// `locations` must be sorted by item, site, code (as store::loadStockLocations returns them).
// Throws util::UserError for bad settings.
CycleCountPlan planCycleCounts(const SegmentationResult& segmentation,
                               std::span<const store::StockLocation> locations,
                               const CycleCountSettings& settings);

} // namespace stocktower::inventory
