// Streams the daily demand table item-site by item-site, in primary-key order, in one pass.
#pragma once

#include "domain/date.h"
#include "store/sqlite.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace stocktower::store {

struct DailyQuantity {
    domain::DayNumber day = 0;
    double quantity = 0.0; // summed over channels
};

// One item-site's daily history, days ascending and unique.
struct DailySeries {
    std::int64_t itemId = 0;
    std::int64_t siteId = 0;
    std::vector<DailyQuantity> days;
};

// Reads every item-site series with one ordered SELECT over the demand table's primary key
// (item_id, site_id, day, channel), so only one series is held at a time. Rows whose day is
// after `lastDay` (when given) are ignored. `onSeries` returns false to stop early (cancel).
// Returns the number of rows read.
std::int64_t readDemandSeries(Connection& db, std::optional<domain::DayNumber> lastDay,
                              const std::function<bool(DailySeries&)>& onSeries);

// One item-site's history (for display).
DailySeries readDemandSeries(Connection& db, std::int64_t itemId, std::int64_t siteId);

// The workspace's last demand date; nullopt when the table is empty.
std::optional<domain::DayNumber> lastDemandDay(Connection& db);

} // namespace stocktower::store
