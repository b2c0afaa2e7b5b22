// Value types of the workspace-wide policy run: defaults, one item-site's gathered inputs, its
// computed row, and totals. Shared by policy runs, scenarios, the trade-off curve and the GUI.
#pragma once

#include "forecast/demand_class.h"
#include "inventory/explain.h"
#include "inventory/item_policy.h"
#include "inventory/service_level.h"

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace stocktower::inventory {

// Workspace defaults for what item_site and item do not say. Stored in policy_setting (schema
// v4, see store/scenario_store.h) and edited there; these member initialisers are the factory
// values.
struct PolicyDefaults {
    // Service target by ABC class (A, B, C); item-sites without a class use C's.
    std::array<double, 3> serviceByAbc{0.98, 0.95, 0.90};
    ServiceType serviceType = ServiceType::CycleServiceLevel;
    double holdingRate = 0.25;   // i per year
    double orderCost = 50.0;     // K per order, money
    double leadTimeDays = 14.0;  // when neither item_site nor item has one
    double leadTimeSdDays = 0.0; // when neither has one
    // 0 = continuous review (s,Q); > 0 = periodic review (R,S) every this many days.
    double reviewPeriodDays = 0.0;
    int historyWeeks = 52; // demand history window when there is no forecast run
};

// The unit of time the engine works in for one run: the forecast run's bucket (week or month),
// else a week. Lead times and review periods in days are divided by `days`.
struct PolicyPeriod {
    std::string name = "week"; // week | month
    double days = 7.0;         // 7, or 365.25/12 for a month
    double perYear = 52.0;     // 52 or 12 (365/7 would make a year of weeks fractional)
};

// A number with the place it came from, e.g. {14, "item_site.lead_time_days"}; every input of
// the explanation names its source.
struct SourcedValue {
    double value = 0.0;
    ExplainSource source{{util::MessageId::ExplainSourceDefault, {}}};
};

// One item-site's inputs as read from the workspace, before any scenario change.
struct PolicyInput {
    std::int64_t itemId = 0;
    std::int64_t siteId = 0;
    std::string sku;
    std::string description;
    std::string siteCode;
    std::string supplier; // empty when unknown
    std::string category; // empty when unknown
    char abc = 'C';       // 'A' 'B' 'C' from segmentation (C when not segmented)
    char xyz = 'Z';       // 'X' 'Y' 'Z'
    forecast::DemandClass demandClass = forecast::DemandClass::Smooth;
    // Demand per period and the σ of its forecast error (or of demand) per period. With a
    // forecast run σ is the run's error over the base protection interval P divided by √P, so
    // that σ·√P reproduces it; a scenario that changes P rescales it by √P.
    SourcedValue demandMean;
    SourcedValue demandSd;
    std::optional<SourcedValue> leadTimeDays;   // nullopt = defaults
    std::optional<SourcedValue> leadTimeSdDays; // nullopt = defaults
    std::optional<SourcedValue> reviewPeriodDays;
    std::optional<SourcedValue> serviceTarget; // item_site.service_target
    std::optional<double> unitCost;            // item.unit_cost
    double moq = 0.0;
    double orderMultiple = 0.0;
    double casePack = 0.0; // 0 = none
    // Today's position: latest on-hand (available), open purchase order lines by days from
    // today until due (negative = overdue, counted as due now), and committed (open customer
    // order lines not yet shipped).
    double onHand = 0.0;
    std::vector<std::pair<int, double>> openReceipts;
    double committed = 0.0;
};

// The period and the inputs of every item-site, as gathered for one run.
struct PolicyInputSet {
    PolicyPeriod period;
    std::optional<std::int64_t> forecastRunId; // nullopt = demand history
    std::string today;                         // YYYY-MM-DD: the proposal's order date
    std::vector<PolicyInput> inputs;           // sorted by (item, site)
    std::vector<std::string> notices;          // e.g. "no forecast run: demand from history"
};

// The parameters the engine actually used for one item-site after defaults and changes.
struct EffectiveParameters {
    double demandMean = 0.0; // per period
    double demandSd = 0.0;   // per period
    double leadTimeDays = 0.0;
    double leadTimeSdDays = 0.0;
    double reviewPeriodDays = 0.0;
    double serviceTarget = 0.95;
    ServiceType serviceType = ServiceType::CycleServiceLevel;
    double holdingRate = 0.25;
    double orderCost = 0.0;
};

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// One computed item-site. Money is in the item's cost unit, quantities in units, per year
// where named so.
struct PolicyRow {
    std::int64_t itemId = 0;
    std::int64_t siteId = 0;
    std::string sku;
    std::string siteCode;
    char abc = 'C';
    char xyz = 'Z';
    forecast::DemandClass demandClass = forecast::DemandClass::Smooth;
    EffectiveParameters parameters;
    double unitCost = 0.0;
    // Empty when computed; otherwise why not (e.g. "unit_cost: missing"); the row then has no
    // numbers and is left out of the totals.
    std::string error;

    PolicyKind kind = PolicyKind::ContinuousReview;
    std::string distribution; // "normal", "poisson", …
    double safetyStock = 0.0;
    double reorderPoint = 0.0; // s (continuous) or S (periodic)
    double orderQuantity = 0.0;
    double minLevel = 0.0;
    double maxLevel = 0.0;
    double achievedCsl = kNaN;
    double achievedFillRate = kNaN;
    double annualDemand = 0.0;                 // units per year
    double expectedStockoutUnitsPerYear = 0.0; // (1 − fill rate) × annual demand
    double safetyStockValue = 0.0;             // SS × c
    double cycleStockValue = 0.0;              // Q/2 × c
    double holdingCost = 0.0;                  // per year
    double orderingCost = 0.0;                 // per year
    double totalCost = 0.0;                    // holding + ordering per year

    // Today's proposal: projected available = on hand + open receipts due within the protection
    // interval − committed; when it is at or below the reorder point, order (up to max) rounded.
    double onHand = 0.0;
    double onOrderWithin = 0.0;
    double committed = 0.0;
    double projectedAvailable = 0.0;
    double proposedQuantity = 0.0; // 0 = nothing to order
    std::string orderDate;         // today when proposedQuantity > 0, else empty

    std::optional<Explanation> explain; // when PolicyRunOptions::explain
};

// Sums and demand-weighted means over the computed rows (rows with an error are only counted).
struct PolicyTotals {
    std::int64_t itemSites = 0;
    std::int64_t errors = 0;
    double safetyStockValue = 0.0;
    double cycleStockValue = 0.0;
    double inventoryInvestment = 0.0; // safety + cycle stock value
    double expectedCsl = kNaN;        // weighted by annual demand
    double expectedFillRate = kNaN;   // weighted by annual demand
    double expectedStockoutUnitsPerYear = 0.0;
    double holdingCost = 0.0;
    double orderingCost = 0.0;
    double totalCost = 0.0;
    double annualDemandValue = 0.0; // Σ annual demand × c (cost of goods)
    double turns = kNaN;            // annual demand value ÷ inventory investment
    std::int64_t proposals = 0;     // rows with a proposal today
    double proposedValue = 0.0;
};

// Sums rows into totals one at a time, so that a sweep need not keep its rows. Adding the same
// rows in the same order gives the same totals to the last bit.
class TotalsAccumulator {
public:
    void add(const PolicyRow& row);
    // Adds another accumulator's sums after this one's (block sums, in block order).
    void merge(const TotalsAccumulator& other);
    [[nodiscard]] PolicyTotals totals() const;

private:
    PolicyTotals m_sums;
    // Demand-weighted service: Σ annual demand, Σ annual demand × level, for CSL and fill rate.
    double m_cslWeight = 0.0, m_cslSum = 0.0, m_fillWeight = 0.0, m_fillSum = 0.0;
};

// Totals of rows, in row order (so identical for any thread count).
PolicyTotals totalsOf(const std::vector<PolicyRow>& rows);
// The same over the rows of one ABC class ('A', 'B', 'C'); 0 = all rows.
PolicyTotals totalsOf(const std::vector<PolicyRow>& rows, char abc);

// The class letter of a default target: index 0 for 'A', 1 'B', 2 otherwise.
double defaultServiceTarget(const PolicyDefaults& defaults, char abc);

} // namespace stocktower::inventory
