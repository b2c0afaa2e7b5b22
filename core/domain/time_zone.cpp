#include "domain/time_zone.h"

#include <date/tz.h>

#include <stdexcept>

namespace stocktower::domain {

namespace {

const date::time_zone* zoneOf(const void* zone) { return static_cast<const date::time_zone*>(zone); }

std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

} // namespace

std::optional<TimeZone> TimeZone::locate(std::string_view name) {
    if (name.empty() || name == "UTC" || name == "Etc/UTC") return TimeZone{};
    try {
        TimeZone zone;
        zone.m_zone = date::locate_zone(name);
        zone.m_name = std::string(name);
        return zone;
    } catch (const std::runtime_error&) {
        return std::nullopt; // not in the database
    }
}

std::int64_t TimeZone::offsetAt(std::int64_t utcSeconds) const {
    if (!m_zone) return 0;
    const auto info = zoneOf(m_zone)->get_info(date::sys_seconds{std::chrono::seconds{utcSeconds}});
    return info.offset.count();
}

std::int64_t TimeZone::toUtc(std::int64_t localSeconds) const {
    if (!m_zone) return localSeconds;
    const date::local_seconds local{std::chrono::seconds{localSeconds}};
    return zoneOf(m_zone)->to_sys(local, date::choose::earliest).time_since_epoch().count();
}

DayNumber TimeZone::localDay(std::int64_t utcSeconds) const {
    return static_cast<DayNumber>(floorDiv(toLocal(utcSeconds), 86400));
}

std::optional<std::int64_t> parseStoredTimestamp(std::string_view t) {
    // YYYY-MM-DDTHH:MM:SSZ
    if (t.size() != 20 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':' || t[19] != 'Z')
        return std::nullopt;
    auto digits = [&](std::size_t at, std::size_t count, int& out) {
        out = 0;
        for (std::size_t i = at; i < at + count; ++i) {
            if (t[i] < '0' || t[i] > '9') return false;
            out = out * 10 + (t[i] - '0');
        }
        return true;
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!digits(0, 4, y) || !digits(5, 2, mo) || !digits(8, 2, d) || !digits(11, 2, h) || !digits(14, 2, mi) ||
        !digits(17, 2, s))
        return std::nullopt;
    const auto day = makeDay(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
    if (!day || h > 23 || mi > 59 || s > 60) return std::nullopt;
    return std::int64_t{*day} * 86400 + h * 3600 + mi * 60 + s;
}

std::string formatStoredTimestamp(std::int64_t utcSeconds) {
    const std::int64_t day = floorDiv(utcSeconds, 86400);
    const std::int64_t rest = utcSeconds - day * 86400;
    std::string out = formatIsoDate(static_cast<DayNumber>(day));
    const int parts[3] = {static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60)};
    out += 'T';
    for (int i = 0; i < 3; ++i) {
        if (i) out += ':';
        out += static_cast<char>('0' + parts[i] / 10);
        out += static_cast<char>('0' + parts[i] % 10);
    }
    out += 'Z';
    return out;
}

} // namespace stocktower::domain
