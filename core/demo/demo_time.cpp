#include "demo/demo_time.h"

#include <array>
#include <chrono>

namespace stocktower::demo {

using domain::DayNumber;

namespace {

DayNumber lastSunday(int year, unsigned month) {
    using namespace std::chrono;
    const sys_days last{std::chrono::year{year} / std::chrono::month{month} /
                        Sunday[std::chrono::last]};
    return static_cast<DayNumber>(last.time_since_epoch().count());
}

} // namespace

bool isCentralEuropeanSummerTime(DayNumber day) {
    // The switch happens at 01:00 UTC, before any working-hours time we generate, so a whole
    // local day can be classified at once.
    const int year = static_cast<int>(domain::toYmd(day).year());
    return day >= lastSunday(year, 3) && day < lastSunday(year, 10);
}

std::string utcTimestamp(DayNumber localDay, int localMinuteOfDay, int second) {
    const int offsetMinutes = isCentralEuropeanSummerTime(localDay) ? 120 : 60;
    int minute = localMinuteOfDay - offsetMinutes;
    DayNumber day = localDay;
    while (minute < 0) {
        minute += 24 * 60;
        --day;
    }
    while (minute >= 24 * 60) {
        minute -= 24 * 60;
        ++day;
    }
    std::string out = domain::formatIsoDate(day);
    const std::array<int, 3> parts{minute / 60, minute % 60, second};
    out += 'T';
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out += ':';
        out += static_cast<char>('0' + parts[i] / 10);
        out += static_cast<char>('0' + parts[i] % 10);
    }
    out += 'Z';
    return out;
}

int weekdayIndex(DayNumber day) {
    // 1970-01-01 was a Thursday (index 3).
    const int index = (day + 3) % 7;
    return index < 0 ? index + 7 : index;
}

DayNumber nextWorkingDay(DayNumber day) {
    while (isWeekend(day))
        ++day;
    return day;
}

int dayOfYear(DayNumber day) {
    const auto ymd = domain::toYmd(day);
    const auto jan1 = domain::makeDay(static_cast<int>(ymd.year()), 1, 1);
    return day - *jan1;
}

} // namespace stocktower::demo
