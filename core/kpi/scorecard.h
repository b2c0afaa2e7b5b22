// Scorecard content for one site and ISO week: plain data that the CLI, the GUI page and the
// printed weekly report render (core computes, the views only draw).
#pragma once

#include "domain/date.h"
#include "kpi/inventory_kpis.h"
#include "kpi/kpi_definition.h"
#include "kpi/kpi_snapshots.h"
#include "kpi/status.h"
#include "store/sqlite.h"
#include "util/message.h"
#include "util/progress.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stocktower::kpi {

struct BenchmarkBand {
    std::string level; // "best in class", "median", …
    double value = 0;
    std::string source;
    std::optional<int> year;
    std::string note;
};

struct ScorecardRow {
    const KpiDefinition* definition = nullptr; // id, name, unit, direction, group, formula
    std::optional<double> target;
    double amberBand = 0;
    double hysteresis = 0;
    std::optional<double> thisWeek;
    std::optional<double> lastWeek;
    std::optional<double> change; // thisWeek - lastWeek
    // The trend, oldest first, ending with this week (n/a weeks are nullopt); scaleMin/scaleMax
    // is one scale over the values and the target, so a sparkline shows both in proportion.
    std::vector<std::optional<double>> trend;
    double scaleMin = 0;
    double scaleMax = 0;
    Status status = Status::NotRated;     // this week, with hysteresis along the trend
    Status lastStatus = Status::NotRated; // last week
    std::vector<BenchmarkBand> benchmarks;
    std::string owner;
    std::string comment; // this week's comment, else the standing comment on the target
    std::string note;    // why this week is n/a, or a caveat
    std::int64_t sample = 0;
    double numerator = 0;
    double denominator = 0;
};

// Sets scaleMin/scaleMax to one scale over the row's trend and target (after either changed).
void setTrendScale(ScorecardRow& row);

struct Scorecard {
    std::string siteCode;
    std::string siteName;
    std::string timeZone;
    std::string cutoffTime;
    domain::IsoWeek week{};
    domain::DayNumber firstDay = 0;
    domain::DayNumber lastDay = 0;
    std::vector<std::string> trendWeeks; // "2026-W35" … this week
    std::vector<ScorecardRow> rows;      // registry order, grouped
    std::vector<AgeingBucket> ageing;    // this week's stock by age
    std::optional<std::string> snapshotDay; // the on-hand snapshot behind the stock KPIs
    std::string computedAt;
    std::string asOf;
    std::vector<util::Message> footnotes; // the rules and settings behind the numbers
    int weeksComputed = 0; // weeks computed while building (the rest were stored snapshots)
};

struct ScorecardRequest {
    std::string siteCode;
    domain::IsoWeek week{};
    std::int64_t nowUtc = 0; // the injectable clock
    int trendWeeks = 13;
    SnapshotPolicy policy;
};

// Computes (or reads) the trend weeks' snapshots and assembles the scorecard. Throws
// util::UserError for an unknown site.
Scorecard buildScorecard(store::Connection& db, const ScorecardRequest& request, util::Progress& progress);

} // namespace stocktower::kpi
