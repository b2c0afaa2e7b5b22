// Builds the weekly KPI report of a site and week from a workspace: the scorecard (stored
// snapshots, computing the weeks that are missing) and the exception queues, on one clock.
#pragma once

#include "domain/date.h"
#include "kpi/kpi_snapshots.h"
#include "report/weekly_report.h"
#include "store/sqlite.h"
#include "util/progress.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace stocktower::report {

struct WeeklyReportRequest {
    std::string siteCode;
    domain::IsoWeek week{};
    std::int64_t nowUtc = 0; // the injectable clock: the scorecard's "as of" and the exceptions' today
    int trendWeeks = 13;
    kpi::SnapshotPolicy policy; // store computed weeks (as `kpi scorecard`), or keep them in memory
    std::size_t topExceptions = 8;
};

// Long work (weeks without a current snapshot are computed) reports to `progress` and stops
// with util::Cancelled when it is cancelled. Throws util::UserError for an unknown site.
WeeklyReport loadWeeklyReport(store::Connection& db, const WeeklyReportRequest& request, util::Progress& progress);

} // namespace stocktower::report
