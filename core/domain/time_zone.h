// IANA time zones of sites: local wall-clock time ↔ UTC, for imports and KPI bucketing.
#pragma once

#include "domain/date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace stocktower::domain {

// A handle to one zone of the operating system's time-zone database (/usr/share/zoneinfo,
// read through Howard Hinnant's date library because g++ 12 has no std::chrono::tzdb).
// Cheap to copy; the zone data lives for the whole program. A default-constructed zone is UTC,
// which is what a site without a time zone gets.
class TimeZone {
public:
    TimeZone() = default;
    // nullopt when the name is not a known IANA zone ("Europe/Berlin", "UTC"). An empty name is UTC.
    static std::optional<TimeZone> locate(std::string_view name);

    [[nodiscard]] const std::string& name() const { return m_name; }
    [[nodiscard]] bool isUtc() const { return m_zone == nullptr; }

    // Seconds east of UTC at a UTC instant (+3600 for Berlin in winter).
    [[nodiscard]] std::int64_t offsetAt(std::int64_t utcSeconds) const;
    // UTC instant → local wall-clock seconds since 1970-01-01T00:00 local.
    [[nodiscard]] std::int64_t toLocal(std::int64_t utcSeconds) const { return utcSeconds + offsetAt(utcSeconds); }
    // Local wall-clock seconds → UTC. A time that happens twice (the autumn change) is taken the
    // first time; a time that never happens (the spring gap) moves to the moment of the change,
    // as a clock set forward would show.
    [[nodiscard]] std::int64_t toUtc(std::int64_t localSeconds) const;
    // The local calendar day of a UTC instant, and the UTC instant a local day starts.
    [[nodiscard]] DayNumber localDay(std::int64_t utcSeconds) const;
    [[nodiscard]] std::int64_t startOfLocalDay(DayNumber day) const { return toUtc(std::int64_t{day} * 86400); }

private:
    const void* m_zone = nullptr; // const date::time_zone*; kept opaque so the header stays light
    std::string m_name = "UTC";
};

// Seconds since 1970 of a stored timestamp "YYYY-MM-DDTHH:MM:SSZ" (the store's only format);
// nullopt for anything else. Fast: KPI queries read hundreds of thousands of them.
std::optional<std::int64_t> parseStoredTimestamp(std::string_view text);
// The store's text for a UTC instant: "YYYY-MM-DDTHH:MM:SSZ".
std::string formatStoredTimestamp(std::int64_t utcSeconds);

} // namespace stocktower::domain
