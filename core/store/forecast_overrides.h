// Planner overrides of forecast periods: one current override per run, item, site and period,
// with who set it, when and why.
#pragma once

#include "store/sqlite.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stocktower::store {

struct ForecastOverride {
    std::int64_t runId = 0;
    std::int64_t itemId = 0;
    std::int64_t siteId = 0;
    std::string periodStart; // YYYY-MM-DD, one of the series' forecast periods
    double quantity = 0.0;   // replaces the statistical forecast of that period
    std::string comment;
    std::string userName;
    std::string createdAt; // YYYY-MM-DDTHH:MM:SSZ
};

// Sets the override of one period in one transaction, replacing the current one. Throws
// util::UserError when the quantity is negative or not finite, or when the run has no forecast
// for that series and period (so an override always belongs to a number on screen).
void setForecastOverride(Connection& db, const ForecastOverride& entry);
// Removes the override of one period in one transaction; false when there was none.
bool removeForecastOverride(Connection& db, std::int64_t runId, std::int64_t itemId, std::int64_t siteId,
                            const std::string& periodStart);
std::optional<ForecastOverride> findForecastOverride(Connection& db, std::int64_t runId, std::int64_t itemId,
                                                     std::int64_t siteId, const std::string& periodStart);
// The overrides of one series, by period.
std::vector<ForecastOverride> listForecastOverrides(Connection& db, std::int64_t runId, std::int64_t itemId,
                                                    std::int64_t siteId);
// Every override of a run, by item, site and period.
std::vector<ForecastOverride> listRunOverrides(Connection& db, std::int64_t runId);

// Who is editing: $USER, $LOGNAME or $USERNAME, else "unknown".
std::string defaultUserName();

} // namespace stocktower::store
