// Annual cost and investment figures of a replenishment policy.
#include "inventory/inventory_costs.h"

#include "inventory/validation.h"

#include <limits>

namespace stocktower::inventory {

InventoryCosts inventoryCosts(const CostInputs& in) {
    requireNonNegative("annual_demand", in.annualDemand);
    requirePositive("order_quantity", in.orderQuantity);
    requireFinite("safety_stock", in.safetyStock);
    requireNonNegative("unit_cost", in.unitCost);
    requireNonNegative("holding_rate", in.holdingRate);
    requireNonNegative("order_cost", in.orderCost);
    requireNonNegative("shortage_cost", in.shortageCost);
    requireNonNegative("expected_shortage_per_cycle", in.expectedShortagePerCycle);

    InventoryCosts out;
    out.cycleStock = in.orderQuantity / 2.0;
    out.averageInventory = in.safetyStock + out.cycleStock;
    out.ordersPerYear = in.annualDemand / in.orderQuantity;
    out.holding = in.holdingRate * in.unitCost * out.averageInventory;
    out.ordering = in.orderCost * out.ordersPerYear;
    out.shortage = in.shortageCost * in.expectedShortagePerCycle * out.ordersPerYear;
    out.total = out.holding + out.ordering + out.shortage;
    out.safetyStockValue = in.safetyStock * in.unitCost;
    out.investment = out.averageInventory * in.unitCost;
    // Turns compare flows and stocks in units, so a zero unit cost does not hide them.
    out.turns = out.averageInventory > 0.0 ? in.annualDemand / out.averageInventory
                                           : std::numeric_limits<double>::quiet_NaN();

    auto& e = out.explain;
    e.addInput("annual_demand", in.annualDemand, "units/yr");
    e.addInput("order_quantity", in.orderQuantity, "units");
    e.addInput("safety_stock", in.safetyStock, "units");
    e.addInput("unit_cost", in.unitCost, "money/unit");
    e.addInput("holding_rate", in.holdingRate, "1/yr");
    e.addInput("order_cost", in.orderCost, "money/order");
    if (in.shortageCost > 0.0) {
        e.addInput("shortage_cost", in.shortageCost, "money/unit");
        e.addInput("expected_shortage_per_cycle", in.expectedShortagePerCycle, "units");
    }
    e.addResult("cycle_stock", out.cycleStock, "units", "order_quantity / 2");
    e.addResult("average_inventory", out.averageInventory, "units", "safety_stock + cycle_stock");
    e.addResult("orders_per_year", out.ordersPerYear, "1/yr", "annual_demand / order_quantity");
    e.addResult("holding_cost_per_year", out.holding, "money/yr",
                "holding_rate·unit_cost·average_inventory");
    e.addResult("ordering_cost_per_year", out.ordering, "money/yr", "order_cost·orders_per_year");
    if (in.shortageCost > 0.0)
        e.addResult("shortage_cost_per_year", out.shortage, "money/yr",
                    "shortage_cost·expected_shortage_per_cycle·orders_per_year");
    e.addResult("total_cost_per_year", out.total, "money/yr", "holding + ordering + shortage");
    e.addResult("safety_stock_value", out.safetyStockValue, "money", "safety_stock·unit_cost");
    e.addResult("inventory_investment", out.investment, "money", "average_inventory·unit_cost");
    e.addResult("turns", out.turns, "1/yr", "annual_demand / average_inventory");
    return out;
}

} // namespace stocktower::inventory
