// Segments a workspace: one streamed pass over the demand table into usage and per-period
// demand per item-site, then inventory::segment().
#pragma once

#include "inventory/segmentation.h"
#include "store/sqlite.h"
#include "util/progress.h"

namespace stocktower::inventory {

// The window [first, last] and the XYZ periods inside it, for a given last day.
struct SegmentationWindow {
    domain::DayNumber first = 0;
    domain::DayNumber last = 0;
    int periods = 0;
    domain::DayNumber firstPeriodStart = 0; // the first XYZ period's first day
    XyzPeriod period = XyzPeriod::Week;
    int firstMonth = 0; // forecast::periodOf(…, Month) of the first whole month

    // Index of the XYZ period holding `day`, or -1 outside every period (a partial month).
    [[nodiscard]] int periodOf(domain::DayNumber day) const;
};
SegmentationWindow segmentationWindow(domain::DayNumber last, int windowWeeks, XyzPeriod period);

// Every item-site the workspace knows (demand history, item_site parameters, stock) is one
// input (PerSite) or part of its item's (AcrossSites); settings.siteId restricts both to one
// site. Throws util::UserError for bad settings, util::Cancelled when progress is cancelled.
SegmentationResult segmentWorkspace(store::Connection& db, const SegmentationSettings& settings,
                                    util::Progress& progress);

} // namespace stocktower::inventory
