#include "report/weekly_report_source.h"

#include "kpi/exceptions.h"
#include "kpi/scorecard.h"
#include "util/errors.h"

#include <algorithm>

namespace stocktower::report {

WeeklyReport loadWeeklyReport(store::Connection& db, const WeeklyReportRequest& request, util::Progress& progress) {
    kpi::ScorecardRequest cardRequest;
    cardRequest.siteCode = request.siteCode;
    cardRequest.week = request.week;
    cardRequest.nowUtc = request.nowUtc;
    cardRequest.trendWeeks = request.trendWeeks;
    cardRequest.policy = request.policy;
    const auto card = kpi::buildScorecard(db, cardRequest, progress);
    if (progress.isCancelled()) throw util::Cancelled();

    progress.setStage("exceptions");
    kpi::ExceptionRequest exceptionRequest;
    exceptionRequest.siteCode = request.siteCode;
    exceptionRequest.nowUtc = request.nowUtc;
    // Each queue is ranked by impact, so the top N over all queues are among each queue's first N.
    exceptionRequest.limitPerQueue = std::max<std::size_t>(request.topExceptions, 1);
    const auto exceptions = kpi::findExceptions(db, exceptionRequest);
    if (progress.isCancelled()) throw util::Cancelled();

    return buildWeeklyReport(card, exceptions, WeeklyReportOptions{request.topExceptions});
}

} // namespace stocktower::report
