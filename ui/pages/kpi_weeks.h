// The KPI pages' notion of time: "now" from an injectable clock, a site's local today, and the
// ISO weeks a planner chooses from (the week in progress and the complete weeks before it).
#pragma once

#include "domain/date.h"
#include "store/sqlite.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace stocktower::ui {

// UTC seconds since 1970. Pages take one so that tests can fix "today".
using NowFunction = std::function<std::int64_t()>;
NowFunction systemClock();

// The local day of `nowUtc` at a site, in the site's IANA zone (UTC when it has none or the site
// is unknown): the day a planner at that site calls today. One small read on `db`.
domain::DayNumber siteToday(store::Connection& db, const std::string& siteCode, std::int64_t nowUtc);

struct WeekChoice {
    domain::IsoWeek week{};
    bool complete = true; // false for the week that contains today
    QString label;        // "2026-W47 · 16–22 Nov 2026"
};

// The week containing `today` (in progress) and the `previous` complete weeks before it,
// newest first.
std::vector<WeekChoice> recentWeeks(domain::DayNumber today, int previous);

// "2026-W47 · 16–22 Nov 2026" (the days of the week, local to the site).
QString weekLabel(domain::IsoWeek week);
QString weekName(domain::IsoWeek week); // "2026-W47"

} // namespace stocktower::ui
