// Local working-hours times at the demo sites, converted to the store's UTC timestamps.
#pragma once

#include "domain/date.h"

#include <string>

namespace stocktower::demo {

// Every demo site lies in the Central European zone (UTC+1, summer time UTC+2 from the last
// Sunday of March to the last Sunday of October), so no time-zone database is needed and
// the output is the same on every platform.
bool isCentralEuropeanSummerTime(domain::DayNumber day);

// The UTC timestamp (YYYY-MM-DDTHH:MM:SSZ) of a local wall-clock time at a demo site.
std::string utcTimestamp(domain::DayNumber localDay, int localMinuteOfDay, int second = 0);

// 0 = Monday … 6 = Sunday.
int weekdayIndex(domain::DayNumber day);
inline bool isWeekend(domain::DayNumber day) {
    return weekdayIndex(day) >= 5;
}
// Next Monday–Friday on or after the day.
domain::DayNumber nextWorkingDay(domain::DayNumber day);
int dayOfYear(domain::DayNumber day); // 0-based

} // namespace stocktower::demo
