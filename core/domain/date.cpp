#include "domain/date.h"

#include <charconv>

namespace stocktower::domain {

using namespace std::chrono;

std::optional<DayNumber> makeDay(int y, unsigned m, unsigned d) {
    const year_month_day ymd{year{y}, month{m}, day{d}};
    if (!ymd.ok()) return std::nullopt;
    return static_cast<DayNumber>(sys_days{ymd}.time_since_epoch().count());
}

year_month_day toYmd(DayNumber dayNumber) { return year_month_day{sys_days{days{dayNumber}}}; }

std::string formatIsoDate(DayNumber dayNumber) {
    const auto ymd = toYmd(dayNumber);
    char buf[16];
    const int y = static_cast<int>(ymd.year());
    const unsigned m = static_cast<unsigned>(ymd.month());
    const unsigned d = static_cast<unsigned>(ymd.day());
    buf[0] = static_cast<char>('0' + (y / 1000) % 10);
    buf[1] = static_cast<char>('0' + (y / 100) % 10);
    buf[2] = static_cast<char>('0' + (y / 10) % 10);
    buf[3] = static_cast<char>('0' + y % 10);
    buf[4] = '-';
    buf[5] = static_cast<char>('0' + m / 10);
    buf[6] = static_cast<char>('0' + m % 10);
    buf[7] = '-';
    buf[8] = static_cast<char>('0' + d / 10);
    buf[9] = static_cast<char>('0' + d % 10);
    return std::string(buf, 10);
}

std::optional<DayNumber> parseIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int y = 0;
    unsigned m = 0, d = 0;
    auto digits = [](std::string_view s, auto& out) {
        if (s.empty()) return false;
        for (char c : s)
            if (c < '0' || c > '9') return false;
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
        return ec == std::errc{} && p == s.data() + s.size();
    };
    if (!digits(text.substr(0, 4), y) || !digits(text.substr(5, 2), m) ||
        !digits(text.substr(8, 2), d))
        return std::nullopt;
    return makeDay(y, m, d);
}

IsoWeek isoWeekOf(DayNumber dayNumber) {
    const sys_days date{days{dayNumber}};
    const weekday wd{date};
    // Thursday of this week decides the ISO year.
    const sys_days thursday = date - (wd.iso_encoding() - 1) * days{1} + days{3};
    const year_month_day thursdayYmd{thursday};
    const sys_days jan1{thursdayYmd.year() / January / 1};
    const auto week = static_cast<unsigned>((thursday - jan1).count() / 7 + 1);
    return IsoWeek{static_cast<int>(thursdayYmd.year()), week};
}

DayNumber mondayOf(IsoWeek isoWeek) {
    // January 4th is always in ISO week 1.
    const sys_days jan4{year{isoWeek.year} / January / 4};
    const weekday wd{jan4};
    const sys_days week1Monday = jan4 - (wd.iso_encoding() - 1) * days{1};
    return static_cast<DayNumber>(
        (week1Monday + days{7 * (static_cast<int>(isoWeek.week) - 1)}).time_since_epoch().count());
}

std::string formatIsoWeek(IsoWeek w) {
    std::string out = std::to_string(w.year) + "-W";
    if (w.week < 10) out += '0';
    out += std::to_string(w.week);
    return out;
}

std::optional<IsoWeek> parseIsoWeek(std::string_view text) {
    if (text.size() != 8 || text[4] != '-' || (text[5] != 'W' && text[5] != 'w')) return std::nullopt;
    int year = 0;
    unsigned week = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        year = year * 10 + (text[i] - '0');
    }
    for (std::size_t i = 6; i < 8; ++i) {
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        week = week * 10 + static_cast<unsigned>(text[i] - '0');
    }
    if (week < 1 || week > 53 || year < 1) return std::nullopt;
    const IsoWeek parsed{year, week};
    // Week 53 exists only in long years: its Monday must still belong to the same ISO year.
    if (isoWeekOf(mondayOf(parsed)) != parsed) return std::nullopt;
    return parsed;
}

IsoWeek addWeeks(IsoWeek week, int count) { return isoWeekOf(mondayOf(week) + 7 * count); }

} // namespace stocktower::domain
