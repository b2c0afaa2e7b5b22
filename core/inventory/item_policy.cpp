// One item's replenishment policy from its inputs: order quantity, safety stock, min/max, costs.
#include "inventory/item_policy.h"

#include "inventory/validation.h"

#include <fmt/format.h>

namespace stocktower::inventory {

std::string_view policyKindName(PolicyKind kind) {
    return kind == PolicyKind::PeriodicReview ? "(R,S)" : "(s,Q)";
}

ItemPolicyResult computeItemPolicy(const ItemPolicyInputs& in) {
    requirePositive("periods_per_year", in.periodsPerYear);
    requireNonNegative("unit_cost", in.unitCost);
    requireNonNegative("holding_rate", in.holdingRate);
    requireNonNegative("order_cost", in.orderCost);
    requireNonNegative("shortage_cost", in.shortageCost);
    requireNonNegative("demand_mean", in.safety.demand.demandMean);

    ItemPolicyResult out;
    const auto& demand = in.safety.demand;
    const bool periodic = isPeriodicReview(demand);
    out.kind = periodic ? PolicyKind::PeriodicReview : PolicyKind::ContinuousReview;
    const double annualDemand = demand.demandMean * in.periodsPerYear;
    const double holdingCost = in.holdingRate * in.unitCost;
    auto& e = out.explain;
    if (e.recording) e.addNote({util::MessageId::ExplainNotePolicy, {std::string(policyKindName(out.kind))}});
    e.addInput("periods_per_year", in.periodsPerYear, "periods/yr");
    e.addInput("unit_cost", in.unitCost, "money/unit");
    e.addInput("holding_rate", in.holdingRate, "1/yr");
    e.addInput("order_cost", in.orderCost, "money/order");

    // 1. Quantity per cycle.
    if (holdingCost > 0.0 && !in.orderQuantity) {
        auto eoq = economicOrderQuantity(annualDemand, in.orderCost, holdingCost);
        out.eoq = eoq.quantity;
        e.addResult("annual_demand", annualDemand, "units/yr", "demand_mean·periods_per_year");
        e.addResult("holding_cost", holdingCost, "money/unit/yr", "holding_rate·unit_cost");
        e.addResult("eoq", eoq.quantity, "units", "√(2·order_cost·annual_demand / holding_cost)");
    }
    if (periodic) {
        // Orders vary with what the review finds; the cycle quantity is the demand per review.
        out.orderQuantity = demand.demandMean * demand.reviewPeriod;
        e.addResult("order_quantity", out.orderQuantity, "units",
                    "demand_mean·review_period (expected order per review)");
    } else {
        double q = 0.0;
        if (in.orderQuantity) {
            requirePositive("order_quantity", *in.orderQuantity);
            q = *in.orderQuantity;
            e.addInput("order_quantity", q, "units", {util::MessageId::ExplainSourceFixedByPlanner, {}});
        } else if (out.eoq) {
            q = *out.eoq;
        } else {
            throw InvalidInput("unit_cost", "and holding_rate must be > 0 for an EOQ (or give a "
                                            "fixed order quantity)");
        }
        const auto rounded = roundOrderQuantity(q, in.rounding);
        if (rounded.quantity <= 0.0)
            throw InvalidInput("order_cost",
                               "is 0 (or demand is 0), so the EOQ is 0: give an order quantity, "
                               "an order cost or a minimum order quantity");
        for (const auto& input : rounded.explain.inputs)
            if (input.name != "order_quantity") e.addInput(input.name, input.value, input.unit);
        e.notes.insert(e.notes.end(), rounded.explain.notes.begin(), rounded.explain.notes.end());
        out.orderQuantity = rounded.quantity;
        e.addResult("order_quantity", out.orderQuantity, "units",
                    rounded.quantity == q ? (in.orderQuantity ? "fixed" : "eoq")
                                          : "eoq rounded: at least moq, then up to a multiple of "
                                            "lcm(order_multiple, case_pack)");
    }

    // 2. Safety stock and the reorder level, for the quantity just decided.
    auto safetyInputs = in.safety;
    safetyInputs.orderQuantity =
        out.orderQuantity > 0.0 ? std::optional(out.orderQuantity) : std::nullopt;
    out.safetyStock = computeSafetyStock(safetyInputs);
    e.append(out.safetyStock.explain);

    // 3. Levels.
    const double level = out.safetyStock.reorderLevel;
    out.minLevel = level;
    out.maxLevel = periodic ? level : level + out.orderQuantity;
    e.addResult("min_level", out.minLevel, "units",
                periodic ? "order_up_to_level" : "reorder_point");
    e.addResult("max_level", out.maxLevel, "units",
                periodic ? "order_up_to_level" : "reorder_point + order_quantity");

    // 4. Costs, when there is a cycle to cost.
    if (out.orderQuantity > 0.0) {
        CostInputs costs;
        costs.annualDemand = annualDemand;
        costs.orderQuantity = out.orderQuantity;
        costs.safetyStock = out.safetyStock.safetyStock;
        costs.unitCost = in.unitCost;
        costs.holdingRate = in.holdingRate;
        costs.orderCost = in.orderCost;
        costs.shortageCost = in.shortageCost;
        costs.expectedShortagePerCycle = out.safetyStock.expectedShortagePerCycle.value_or(0.0);
        out.costs = inventoryCosts(costs);
        e.append(out.costs.explain);
    }
    return out;
}

} // namespace stocktower::inventory
