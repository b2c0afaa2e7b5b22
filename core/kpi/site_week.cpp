#include "kpi/site_week.h"

namespace stocktower::kpi {

SiteWeek makeSiteWeek(std::int64_t siteId, std::string siteCode, const domain::TimeZone& zone,
                      std::optional<int> cutoffMinute, domain::IsoWeek week, std::int64_t nowUtc) {
    SiteWeek period;
    period.siteId = siteId;
    period.siteCode = std::move(siteCode);
    period.zone = zone;
    period.cutoffMinute = cutoffMinute;
    period.week = week;
    period.firstDay = domain::mondayOf(week);
    period.lastDay = period.firstDay + 6;
    period.startUtc = zone.startOfLocalDay(period.firstDay);
    period.endUtc = zone.startOfLocalDay(period.lastDay + 1);
    period.nowUtc = nowUtc;
    return period;
}

std::optional<int> parseCutoff(const std::string& text) {
    if (text.size() != 5 || text[2] != ':') return std::nullopt;
    for (std::size_t i : {0u, 1u, 3u, 4u})
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
    const int hour = (text[0] - '0') * 10 + (text[1] - '0');
    const int minute = (text[3] - '0') * 10 + (text[4] - '0');
    if (hour > 23 || minute > 59) return std::nullopt;
    return hour * 60 + minute;
}

std::optional<std::vector<domain::IsoWeek>> parseWeekRange(const std::string& text) {
    const auto dots = text.find("..");
    const auto first = domain::parseIsoWeek(text.substr(0, dots));
    const auto last = dots == std::string::npos ? first : domain::parseIsoWeek(text.substr(dots + 2));
    if (!first || !last || *last < *first) return std::nullopt;
    std::vector<domain::IsoWeek> weeks;
    for (auto week = *first; week <= *last; week = domain::addWeeks(week, 1)) {
        weeks.push_back(week);
        if (weeks.size() > 520) return std::nullopt;
    }
    return weeks;
}

} // namespace stocktower::kpi
