// Weekly KPI snapshots in the workspace: one kpi_week header and its kpi_snapshot rows.
#pragma once

#include "store/sqlite.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stocktower::store {

struct KpiSnapshotRow {
    std::string kpiId;
    std::optional<double> value;
    double numerator = 0;
    double denominator = 0;
    std::int64_t sample = 0;
    std::string status = "n/a"; // green, amber, red, n/a (as rated when computed)
    std::string note;
    std::string inputs = "{}";
};

struct KpiWeekRecord {
    std::int64_t siteId = 0;
    std::string isoWeek;     // "2026-W47"
    std::string computedAt;  // UTC timestamp
    std::string asOf;        // the evaluation time the week was computed for (UTC timestamp)
    std::string engineVersion;
    std::string settings = "{}";
    std::vector<KpiSnapshotRow> rows;
};

// Replaces the week (header and rows) in ONE transaction: a trend never shows half a week.
void saveKpiWeek(Connection& db, const KpiWeekRecord& week);

// Stored weeks of a site with firstWeek <= iso_week <= lastWeek, oldest first ("YYYY-Www" sorts
// chronologically as text). withRows = false reads headers only.
std::vector<KpiWeekRecord> loadKpiWeeks(Connection& db, std::int64_t siteId, const std::string& firstWeek,
                                        const std::string& lastWeek, bool withRows = true);

} // namespace stocktower::store
