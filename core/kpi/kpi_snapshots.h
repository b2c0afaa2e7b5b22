// Weekly KPI snapshots: compute a week and store it in one transaction; read trends back.
#pragma once

#include "domain/date.h"
#include "kpi/kpi_engine.h"
#include "store/kpi_snapshot_store.h"
#include "util/progress.h"

#include <cstdint>
#include <vector>

namespace stocktower::kpi {

// The engine version stored with each week, so a number can be traced to the code that made it.
inline constexpr const char* kKpiEngineVersion = "kpi-1";

// By default weeks with no snapshot, or stored before they had ended, are computed and stored.
struct SnapshotPolicy {
    bool recompute = false; // compute every week again instead of reusing current snapshots
    bool store = true;      // false: compute in memory only (a read-only workspace)
};

struct SnapshotSummary {
    std::vector<store::KpiWeekRecord> weeks; // one per requested week, oldest first
    int computed = 0;                        // weeks computed now (the rest came from the store)
    int stored = 0;
};

// A week's snapshot from a computation. Statuses are rated against the targets in the workspace,
// with hysteresis from `previous` (last week's stored record, when there is one).
store::KpiWeekRecord toWeekRecord(const WeekResult& result, const KpiContext& context,
                                  const store::KpiWeekRecord* previous, store::Connection& db);

// For each week (ascending): reuse the stored snapshot when it is current, otherwise compute it
// and (when policy.store) store it — each week in its own transaction, oldest first, so a week's
// hysteresis reads the week before.
SnapshotSummary ensureWeeks(store::Connection& db, const KpiContext& context, const std::vector<domain::IsoWeek>& weeks,
                            std::int64_t nowUtc, SnapshotPolicy policy, util::Progress& progress);

// Snapshot rows that carry the ageing buckets of a week ("ageing:0-30", …): not registry KPIs.
inline constexpr const char* kAgeingRowPrefix = "ageing:";

} // namespace stocktower::kpi
