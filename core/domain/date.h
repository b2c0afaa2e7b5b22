// Calendar dates as day numbers, with ISO 8601 formatting and ISO week helpers.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace stocktower::domain {

// Days since 1970-01-01 (proleptic Gregorian). A plain integer keeps bucketing and
// arithmetic cheap; conversion goes through std::chrono so the calendar rules are the library's.
using DayNumber = int;

std::optional<DayNumber> makeDay(int year, unsigned month, unsigned day);
std::chrono::year_month_day toYmd(DayNumber day);
std::string formatIsoDate(DayNumber day);                      // YYYY-MM-DD
std::optional<DayNumber> parseIsoDate(std::string_view text);  // strict YYYY-MM-DD

// ISO 8601 week: weeks start on Monday; week 1 contains the year's first Thursday.
struct IsoWeek {
    int year;
    unsigned week;
    auto operator<=>(const IsoWeek&) const = default;
};
IsoWeek isoWeekOf(DayNumber day);
DayNumber mondayOf(IsoWeek week);
std::string formatIsoWeek(IsoWeek week); // 2026-W47
// Strict "YYYY-Www" (the 'W' in either case); nullopt for week 53 of a 52-week year.
std::optional<IsoWeek> parseIsoWeek(std::string_view text);
IsoWeek addWeeks(IsoWeek week, int count);

} // namespace stocktower::domain
