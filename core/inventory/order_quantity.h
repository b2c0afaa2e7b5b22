// Order quantities: EOQ and its cost, all-units quantity discounts, MOQ / multiple / case-pack
// rounding.
#pragma once

#include "inventory/explain.h"

#include <vector>

namespace stocktower::inventory {

// Annual figures by convention: λ units per year, h money per unit per year, K money per order.
// (Any consistent time base works; the units in explanations say "yr".)
struct EoqResult {
    double quantity = 0.0;   // Q* = √(2Kλ/h)
    double annualCost = 0.0; // g* = √(2Kλh) = ordering + holding at Q*
    Explanation explain;
};

// Snyder & Shen Ex. 3.1 (reference/inventory.md row 11). λ ≥ 0, K ≥ 0, h > 0 ("demand_rate",
// "order_cost", "holding_cost"); λ = 0 or K = 0 give Q* = 0.
EoqResult economicOrderQuantity(double demandRate, double orderCost, double holdingCost);
// g(Q) = K·λ/Q + h·Q/2, the ordering plus holding cost of ordering Q at a time (Q > 0).
double eoqCost(double quantity, double demandRate, double orderCost, double holdingCost);

// All-units discount: every unit of an order of at least minQuantity costs unitPrice.
struct PriceBreak {
    double minQuantity = 0.0;
    double unitPrice = 0.0;
};

struct DiscountInputs {
    double demandRate = 0.0; // λ per year
    double orderCost = 0.0;  // K per order
    // Holding cost per unit per year: holdingRate × price when holdingRate > 0 (the textbook
    // case, row 12), otherwise the fixed holdingCost whatever the price.
    double holdingRate = 0.0;
    double holdingCost = 0.0;
    std::vector<PriceBreak> breaks; // any order; the smallest minQuantity must be 0
};

struct DiscountResult {
    double quantity = 0.0;
    double unitPrice = 0.0;
    double annualCost = 0.0; // purchase c·λ + ordering K·λ/Q + holding h(c)·Q/2
    Explanation explain;
};

// Snyder & Shen Ex. 3.6 (row 12): per price band the EOQ at that band's holding cost, raised to
// the band's minimum; a band whose EOQ lies beyond its end is skipped (the next, cheaper band
// beats it at its start). The cheapest candidate wins; ties go to the smaller quantity.
DiscountResult allUnitsDiscountQuantity(const DiscountInputs& inputs);
// The annual cost of ordering Q under the price breaks (the band Q falls in).
double discountCost(const DiscountInputs& inputs, double quantity);

// Supplier constraints on a quantity. Order of operations: at least the MOQ, then up to the
// next multiple of the step, where the step is the least common multiple of the order multiple
// and the case pack (either alone when the other is 0). Never rounds down.
struct OrderRounding {
    double minimumOrderQuantity = 0.0; // MOQ, 0 = none
    double orderMultiple = 0.0;        // 0 = none
    double casePack = 0.0;             // units per case, 0 = none
};

struct RoundedQuantity {
    double quantity = 0.0;
    double step = 0.0; // the multiple applied, 0 = none
    Explanation explain;
};

// Throws InvalidInput ("moq", "order_multiple", "case_pack") for negative values, and for an
// order multiple and case pack without a common multiple (non-integers that do not divide).
RoundedQuantity roundOrderQuantity(double quantity, const OrderRounding& rounding);

} // namespace stocktower::inventory
