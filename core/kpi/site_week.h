// The period a KPI is computed over: one site's local ISO week, and "now".
#pragma once

#include "domain/date.h"
#include "domain/time_zone.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stocktower::kpi {

// Timestamps are UTC in the store; a site's week runs from its local Monday 00:00 to the next
// local Monday 00:00, so the UTC bounds move with the site's zone and summer time.
struct SiteWeek {
    std::int64_t siteId = 0;
    std::string siteCode;
    domain::TimeZone zone;
    std::optional<int> cutoffMinute; // local minute of day of the order cut-off
    domain::IsoWeek week{};
    domain::DayNumber firstDay = 0; // local Monday
    domain::DayNumber lastDay = 0;  // local Sunday
    std::int64_t startUtc = 0;      // [startUtc, endUtc)
    std::int64_t endUtc = 0;
    std::int64_t nowUtc = 0; // evaluation time: what is not yet due is pending, not failed

    [[nodiscard]] domain::DayNumber today() const { return zone.localDay(nowUtc); }
    [[nodiscard]] bool isComplete() const { return nowUtc >= endUtc; }
    // UTC bounds of a run of local days [first, last].
    [[nodiscard]] std::int64_t dayStartUtc(domain::DayNumber day) const { return zone.startOfLocalDay(day); }
};

SiteWeek makeSiteWeek(std::int64_t siteId, std::string siteCode, const domain::TimeZone& zone,
                      std::optional<int> cutoffMinute, domain::IsoWeek week, std::int64_t nowUtc);

// "HH:MM" → minute of day; nullopt when empty or malformed.
std::optional<int> parseCutoff(const std::string& text);

// "2026-W35..2026-W47" or a single week; nullopt when malformed or reversed or over 520 weeks.
std::optional<std::vector<domain::IsoWeek>> parseWeekRange(const std::string& text);

} // namespace stocktower::kpi
