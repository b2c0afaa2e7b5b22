// One item's replenishment policy from its inputs: order quantity, safety stock, min/max, costs.
#pragma once

#include "inventory/explain.h"
#include "inventory/inventory_costs.h"
#include "inventory/order_quantity.h"
#include "inventory/safety_stock.h"

#include <optional>

namespace stocktower::inventory {

// Everything the engine needs to know about one item at one site. Demand, σ and lead times are
// per period (a day unless the caller buckets otherwise); money figures are annual.
struct ItemPolicyInputs {
    // Demand over the protection interval, service target, distribution rule and cover bounds.
    // safety.demand.reviewPeriod > 0 selects periodic review (R,S); safety.orderQuantity is
    // ignored (the quantity is decided here).
    SafetyStockInputs safety;
    double periodsPerYear = 365.0; // 365 for days, 52 for weeks, 12 for months
    double unitCost = 0.0;         // c, money per unit
    double holdingRate = 0.25;     // i per year
    double orderCost = 0.0;        // K per order
    double shortageCost = 0.0;     // per unit short; 0 = shortage not costed
    // A planner's fixed order quantity; otherwise the EOQ with h = i·c, then rounded.
    std::optional<double> orderQuantity;
    OrderRounding rounding;
};

enum class PolicyKind {
    ContinuousReview, // (s,Q): order Q when the position reaches s; shown as min = s, max = s + Q
    PeriodicReview,   // (R,S): every R periods order up to S; min = max = S
};

struct ItemPolicyResult {
    PolicyKind kind = PolicyKind::ContinuousReview;
    std::optional<double> eoq;  // when computed (no fixed quantity, h > 0)
    double orderQuantity = 0.0; // after MOQ / multiple rounding; d·R under periodic review
    SafetyStockResult safetyStock;
    double minLevel = 0.0;
    double maxLevel = 0.0;
    InventoryCosts costs;
    Explanation explain; // all the steps: demand, quantity, safety stock, levels, costs
};

// Order of work: order quantity first (EOQ or fixed, then rounded), because a fill-rate safety
// stock depends on it; then safety stock and the reorder level; then costs at those values.
// Throws InvalidInput naming the argument; "unit_cost" when the EOQ needs a holding cost it
// cannot have, "order_cost" when the EOQ is 0 and nothing else gives a quantity.
ItemPolicyResult computeItemPolicy(const ItemPolicyInputs& inputs);

std::string_view policyKindName(PolicyKind kind); // "(s,Q)" / "(R,S)"

} // namespace stocktower::inventory
