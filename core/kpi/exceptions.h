// The control tower's exception queues: what a planner should act on today, ranked by impact.
#pragma once

#include "domain/date.h"
#include "kpi/kpi_settings.h"
#include "store/sqlite.h"
#include "util/message.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stocktower::kpi {

enum class ExceptionKind {
    ProjectedStockout, // on hand + open POs due within lead time − demand over lead time < 0
    BelowSafetyStock,  // available below the item-site's safety (minimum) stock
    OddBalance,        // negative, fractional for EA, or in a blocked location
    SlowMover,         // stock with no movement for slow_mover_days (dead stock: dead_stock_days)
    Excess,            // days of supply above excess_days_of_supply
    ExpiringLot,       // lots expiring within expiry_days (or expired): pick first (FEFO)
    LatePurchaseOrder, // open PO lines past their due date
    StaleReceipt,      // arrived but not put away after stale_receipt_hours
};

struct ExceptionRow {
    ExceptionKind kind = ExceptionKind::ProjectedStockout;
    std::int64_t itemId = 0; // links to the item
    std::string sku;
    std::string description;
    std::string site;
    util::Message reason;  // one line for people, with the numbers behind it (English: util::englishText)
    double impact = 0;     // value at risk (currency): what ranks the row
    double quantity = 0;   // the units concerned
    std::string reference; // PO number/line, lot, receipt document/line, location
};

struct ExceptionQueue {
    ExceptionKind kind = ExceptionKind::ProjectedStockout;
    std::vector<ExceptionRow> rows; // highest impact first, at most the requested limit
    std::size_t total = 0;          // rows before the limit
    double totalImpact = 0;
};

struct ExceptionReport {
    std::string site;
    domain::DayNumber today = 0;
    std::optional<domain::DayNumber> snapshotDay; // on-hand snapshot the stock rules read
    std::vector<ExceptionQueue> queues;            // one per kind, in ExceptionKind order
    std::vector<util::Message> notes;              // data that was missing, rules that were skipped

    // The highest-impact rows over all queues (the control tower's "top exceptions").
    [[nodiscard]] std::vector<ExceptionRow> top(std::size_t count) const;
};

struct ExceptionRequest {
    std::string siteCode;
    std::int64_t nowUtc = 0; // the injectable clock; "today" is its local day at the site
    std::size_t limitPerQueue = 50;
};

// Throws util::UserError for an unknown site. Read-only.
ExceptionReport findExceptions(store::Connection& db, const ExceptionRequest& request);

std::string_view exceptionKindId(ExceptionKind kind);    // projected_stockout, …
std::string_view exceptionKindTitle(ExceptionKind kind); // "Projected stockouts within lead time", …

} // namespace stocktower::kpi
