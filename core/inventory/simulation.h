// Monte-Carlo simulation of replenishment policies ((s,Q), (R,S), (s,S)) over many item-sites:
// achieved service, fill rate, stock and orders — deterministic for a seed and any thread count.
#pragma once

#include "util/progress.h"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace stocktower::inventory {

// Time is counted in periods (the bucket of the demand model, e.g. weeks). Within a period the
// simulation applies, in this order:
//   1. receive every order due this period; when backordering, fill open backorders first;
//   2. draw the period's demand and fill it from stock; the rest is backordered or lost;
//   3. review (if this is a review period) and order on the inventory position
//      IP = on hand + on order − backorders.
// An order placed in period t with lead time L is received at the start of period t + L + 1,
// so L = 0 means "available before the next period's demand", and L full periods of demand pass
// while it is in transit. Statistics (on hand, backorders) are taken at the end of a period.
//
// The simulation's input types carry a Sim prefix: they describe a policy as the simulation needs
// it, apart from the planning types of the closed-form formulas in the same namespace.

enum class SimPolicyKind {
    // (s,Q): reviewed every period; when IP ≤ s, order the smallest multiple n·Q that lifts IP
    // above s (the "(s, nQ)" rule, so a large demand cannot leave IP below s after ordering).
    ReorderPointQuantity,
    // (R,S): every R periods, order S − IP.
    PeriodicOrderUpTo,
    // (s,S) min-max: every R periods, when IP ≤ s, order S − IP.
    MinMax,
};

struct SimPolicy {
    SimPolicyKind kind = SimPolicyKind::PeriodicOrderUpTo;
    double reorderPoint = 0.0;  // s, for (s,Q) and (s,S)
    double orderQuantity = 0.0; // Q, for (s,Q)
    double orderUpTo = 0.0;     // S, for (R,S) and (s,S)
    int reviewPeriod = 1;       // R in periods, for (R,S) and (s,S); (s,Q) keeps 1
    int reviewOffset = 0;       // reviews in the periods t with t mod R = offset (0 ≤ offset < R)
    double minimumOrder = 0.0;  // MOQ: a smaller order is raised to it; 0 = none
    double orderMultiple = 0.0; // orders are rounded up to a multiple of it (after MOQ); 0 = none
};

enum class SimDemandDistribution {
    Normal,           // mean, sd; negative draws become 0 (censored), negligible for sd < mean/2
    Gamma,            // mean, sd (shape mean²/sd², scale sd²/mean)
    Poisson,          // mean; sd unused
    NegativeBinomial, // mean, sd with sd² > mean (a gamma–Poisson mixture, so any real shape)
    Bootstrap,        // periods resampled with replacement from `history`
};

// Demand per period. With occurrenceProbability < 1 the model is intermittent (Croston-type): each
// period has a demand with that probability, and `mean`/`sd` then describe the size of a demand
// when there is one. Sizes are positive: Poisson and negative binomial sizes are 1 + X with X of
// mean `mean − 1` (so mean ≥ 1), bootstrap sizes are the history's non-zero values. Demand per
// period then has mean p·mean.
struct SimDemand {
    SimDemandDistribution distribution = SimDemandDistribution::Normal;
    double mean = 0.0;
    double sd = 0.0;
    std::vector<double> history; // Bootstrap only
    double occurrenceProbability = 1.0;
};

// Lead time in periods, drawn per order: Normal(mean, sd) censored at 0; sd = 0 is a fixed lead
// time. Draws beyond mean + 6·sd (probability ~1e-9) are capped.
// By default it is a whole number of periods: a draw x is rounded at random (x → ⌊x + U⌋, U uniform
// on [0,1)), which keeps its mean. With `continuous`, it is kept as drawn: an order then arrives
// part-way through a period (a 5-day lead time is 5/7 of a weekly period), and that period's demand
// is split at the moment of arrival — what real lead times in days do to weekly buckets, and what
// the closed-form policy assumes (demand over L + R periods with L fractional).
struct SimLeadTime {
    double mean = 0.0;
    double sd = 0.0;
    bool continuous = false;
};

enum class SimShortage { Backorder, LostSales };

struct SimItem {
    std::string name; // e.g. "SKU-001 @ DC1"; used in error messages only
    SimPolicy policy;
    SimDemand demand;
    SimLeadTime leadTime;
    // Stock at the start of period 0, with nothing on order; nullopt = S, or s + Q for (s,Q).
    std::optional<double> initialOnHand;
    SimShortage shortage = SimShortage::Backorder;
};

struct SimSettings {
    int periods = 104;      // simulated periods per replication, warm-up included
    int warmUpPeriods = 0;  // leading periods left out of every statistic
    int replications = 100; // independent runs per item-site
    std::uint64_t seed = 42;
    int threads = 0; // 0 = all cores; results do not depend on it
    // false (default): each order arrives after its own drawn lead time, so orders may overtake
    // each other. The workspace's lead-time mean and σ are what receipts showed, sequencing
    // included, and independent draws reproduce exactly those (as the closed form's d²·σ_L²
    // assumes). true: receipts keep the order sequence (FIFO), as with one supplier and one lane;
    // an order that would overtake waits instead, which makes the realised lead times longer and
    // steadier than the recorded ones, so it is a what-if rather than the base case.
    bool receiptsInOrder = false;
};

// A mean over replications and its standard error (NaN when it cannot be estimated, e.g. fewer than
// two replications). Ratios (service levels, fill rate) pool the replications' counts, and their
// standard error is the ratio estimator's (delta method).
struct SimEstimate {
    double mean = std::numeric_limits<double>::quiet_NaN();
    double standardError = std::numeric_limits<double>::quiet_NaN();
};

// Everything below counts only periods after the warm-up. A period is a *stockout period* when it
// ends with unmet demand: backorders outstanding at its end (backordering) or a sale lost in it
// (lost sales). A *replenishment cycle* runs from one receipt to the next receipt (an order
// interval seen at the shelf); it has a stockout when demand went unmet at some moment in it.
// Under (R,S) every review opens a cycle, also one that orders nothing (its "receipt" is the moment
// its order would have arrived): the cycle service level of (R,S) is per review, P(D(R+L) ≤ S),
// and a review that finds nothing to order is a cycle that ended without a stockout. Cycles that
// start in the warm-up or are still open at the end of the horizon are not counted.
struct SimItemResult {
    // Cycle service level (type 1): share of replenishment cycles without a stockout period. NaN
    // when no cycle was completed.
    SimEstimate cycleServiceLevel;
    // Ready rate: share of periods that are not stockout periods (per-period "no stockout").
    SimEstimate readyRate;
    // Fill rate (type 2): units filled from stock in the period they were demanded ÷ units demanded
    // (backorders filled later do not count). NaN when there was no demand.
    SimEstimate fillRate;
    SimEstimate averageOnHand;     // units at the end of a period
    SimEstimate averageBackorders; // units at the end of a period; 0 with lost sales
    // Means per replication over the counted periods:
    double demandUnits = 0.0;
    double stockoutUnits = 0.0; // demand not filled from stock when demanded (backordered or lost)
    double orders = 0.0;        // orders placed
    double orderedUnits = 0.0;
    double stockoutPeriods = 0.0;
    double cycles = 0.0; // completed replenishment cycles
};

// Across item-sites (items in input order, so identical for any thread count).
struct SimTotals {
    std::size_t itemSites = 0;
    double fillRate = std::numeric_limits<double>::quiet_NaN(); // Σ filled ÷ Σ demanded
    // Unweighted means over item-sites (cycle service over those with a completed cycle).
    double meanCycleServiceLevel = std::numeric_limits<double>::quiet_NaN();
    double meanReadyRate = std::numeric_limits<double>::quiet_NaN();
    double meanFillRate = std::numeric_limits<double>::quiet_NaN(); // over those with demand
    // Sums over item-sites of the per-item means (units; value them with item costs as needed).
    double averageOnHand = 0.0;
    double averageBackorders = 0.0;
    double demandUnits = 0.0;
    double stockoutUnits = 0.0;
    double orders = 0.0;
    double stockoutPeriods = 0.0;
};

struct SimResult {
    std::vector<SimItemResult> items; // one per input item-site, same order
    SimTotals totals;
    int threads = 1;      // workers used
    double seconds = 0.0; // wall time (the only field that varies between identical runs)
};

// One period of one replication, for charts ("projected inventory") and for checking by hand.
struct SimTracePeriod {
    int period = 0;
    double received = 0.0;
    double demand = 0.0;
    double filledFromStock = 0.0;   // of this period's demand
    double shortage = 0.0;          // of this period's demand: backordered or lost
    double onHand = 0.0;            // end of period
    double backorders = 0.0;        // end of period
    double onOrder = 0.0;           // end of period, after ordering
    double inventoryPosition = 0.0; // end of period, after ordering
    double ordered = 0.0;           // 0 when no order was placed
    int leadTime = -1;              // drawn lead time of this period's order, −1 when none
    int arrival = -1;               // period the order is received in, −1 when none
    bool stockout = false;
};

// Throw util::UserError naming the item-site and the field. runSimulation, simulateItem and
// traceReplication validate their input first.
void validate(const SimSettings& settings);
void validate(const SimItem& item, std::size_t itemIndex);

// Simulates every item-site on `settings.threads` workers. Item-site i × replication r draws from
// streams seeded by (seed, i, r) only, so results do not depend on the thread count, and a policy
// change leaves the demand paths unchanged (common random numbers for what-if comparisons).
// Cancelling through `progress` throws util::Cancelled.
SimResult runSimulation(std::span<const SimItem> items, const SimSettings& settings,
                        util::Progress& progress);

// All replications of one item-site on the calling thread; equal to runSimulation's items[i] for
// the same `itemIndex`.
SimItemResult simulateItem(const SimItem& item, std::size_t itemIndex, const SimSettings& settings);

// The period-by-period path of one replication (all periods, warm-up included), drawn exactly as in
// runSimulation.
std::vector<SimTracePeriod> traceReplication(const SimItem& item, std::size_t itemIndex,
                                             int replication, const SimSettings& settings);

// Stable names for files, the command line and JSON: "sQ", "RS", "sS"; "normal", "gamma",
// "poisson", "negative_binomial", "bootstrap"; "backorder", "lost_sales". Parsing is
// case-insensitive and also accepts "(s,Q)", "(R,S)", "(s,S)" and "min_max".
std::string_view simPolicyKindName(SimPolicyKind kind);
std::string_view simDemandDistributionName(SimDemandDistribution distribution);
std::string_view simShortageName(SimShortage shortage);
std::optional<SimPolicyKind> parseSimPolicyKind(std::string_view text);
std::optional<SimDemandDistribution> parseSimDemandDistribution(std::string_view text);
std::optional<SimShortage> parseSimShortage(std::string_view text);

} // namespace stocktower::inventory
