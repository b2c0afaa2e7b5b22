// KPI configuration in the workspace: targets, bands, owners, benchmarks, settings, comments.
#pragma once

#include "store/sqlite.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace stocktower::store {

// One target row. siteId nullopt = the workspace-wide default that a site row overrides.
struct KpiTargetRow {
    std::string kpiId;
    std::optional<std::int64_t> siteId;
    std::optional<double> target; // nullopt: no target set (status not rated)
    double amberBand = 0;
    double hysteresis = 0;
    std::string owner;
    std::string comment;
    std::string updatedAt;
};

struct KpiBenchmarkRow {
    std::int64_t id = 0;
    std::string kpiId;
    std::string level; // "best in class", "median", …
    double value = 0;
    std::string source;
    std::optional<int> year;
    std::string note;
};

struct KpiSettingRow {
    std::string key;
    double value = 0;
    std::string description;
};

std::vector<KpiTargetRow> loadKpiTargets(Connection& db);
// The row that applies at a site: the site's own, else the workspace default; nullopt if neither.
std::optional<KpiTargetRow> effectiveKpiTarget(const std::vector<KpiTargetRow>& rows, const std::string& kpiId,
                                               std::int64_t siteId);
// Inserts or replaces the row for (kpiId, siteId); stamps updatedAt.
void saveKpiTarget(Connection& db, const KpiTargetRow& row);
// Removes the row for (kpiId, siteId), so a site falls back to the workspace default again (or,
// for the default itself, the KPI is no longer rated). False when there was no such row.
bool deleteKpiTarget(Connection& db, const std::string& kpiId, std::optional<std::int64_t> siteId);

std::vector<KpiBenchmarkRow> loadKpiBenchmarks(Connection& db);
// Inserts (id 0) or updates a benchmark; returns its id.
std::int64_t saveKpiBenchmark(Connection& db, const KpiBenchmarkRow& row);
// False when no benchmark has that id.
bool deleteKpiBenchmark(Connection& db, std::int64_t id);

std::vector<KpiSettingRow> loadKpiSettings(Connection& db);
std::map<std::string, double> kpiSettingValues(Connection& db);
// False when the key is unknown (settings are created by the schema, never by users).
bool setKpiSetting(Connection& db, const std::string& key, double value);

// Comments for one site and ISO week ("2026-W47"), by KPI id.
std::map<std::string, std::string> loadKpiComments(Connection& db, std::int64_t siteId, const std::string& isoWeek);
void saveKpiComment(Connection& db, std::int64_t siteId, const std::string& isoWeek, const std::string& kpiId,
                    const std::string& comment, const std::string& user);

} // namespace stocktower::store
