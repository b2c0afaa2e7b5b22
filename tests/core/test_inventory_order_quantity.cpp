// Order quantities: EOQ, all-units discounts and supplier rounding (reference/inventory.md rows
// 11–12).
#include "inventory/order_quantity.h"
#include "inventory/validation.h"

#include <gtest/gtest.h>

using namespace stocktower::inventory;

// Oracle: inventory.md row 11 (Snyder & Shen Ex. 3.1): K = 8, h = 0.225, λ = 1,300 →
// Q* = 304.05, g* = 68.41; g(Q = 250) = 69.725.
TEST(InventoryOrderQuantity, EoqRow11) {
    const auto eoq = economicOrderQuantity(1300.0, 8.0, 0.225);
    EXPECT_NEAR(eoq.quantity, 304.05, 0.005);
    EXPECT_NEAR(eoq.annualCost, 68.41, 0.005);
    EXPECT_NEAR(eoqCost(eoq.quantity, 1300.0, 8.0, 0.225), eoq.annualCost, 1e-9);
    EXPECT_NEAR(eoqCost(250.0, 1300.0, 8.0, 0.225), 69.725, 1e-9);
    EXPECT_NEAR(eoq.explain.value("eoq"), eoq.quantity, 0.0);
}

// Oracle: inventory.md row 12 (Snyder & Shen Ex. 3.6): K = 8, i = 0.3, λ = 1,300; prices 0.75 /
// 0.72 / 0.68 from 0 / 400 / 800 → Q = 800, annual cost 978.60 (purchase 884 + ordering 13 +
// holding 81.6).
TEST(InventoryOrderQuantity, AllUnitsDiscountRow12) {
    DiscountInputs in;
    in.demandRate = 1300.0;
    in.orderCost = 8.0;
    in.holdingRate = 0.3;
    in.breaks = {{800, 0.68}, {0, 0.75}, {400, 0.72}}; // any order
    const auto result = allUnitsDiscountQuantity(in);
    EXPECT_NEAR(result.quantity, 800.0, 1e-9);
    EXPECT_NEAR(result.unitPrice, 0.68, 0.0);
    EXPECT_NEAR(result.annualCost, 978.60, 0.005);
    // Hand computation of the other bands: 0.75 at its EOQ 304.05 → 1,043.41; 0.72 at 400 →
    // 1,005.20.
    EXPECT_NEAR(discountCost(in, 304.0467800264368), 975.0 + 68.41, 0.005);
    EXPECT_NEAR(discountCost(in, 400.0), 1005.20, 0.005);
}

// Hand computation: with a fixed holding cost the bands differ by price only; a break far
// away is not worth it.
TEST(InventoryOrderQuantity, DiscountWithFixedHoldingCost) {
    DiscountInputs in;
    in.demandRate = 1300.0;
    in.orderCost = 8.0;
    in.holdingCost = 0.225;
    in.breaks = {{0, 0.75}, {5000, 0.74}};
    const auto result = allUnitsDiscountQuantity(in);
    EXPECT_NEAR(result.quantity, 304.0467800264368, 1e-9);
    EXPECT_NEAR(result.annualCost, 975.0 + 68.41, 0.005);
    in.breaks = {{100, 0.75}};
    EXPECT_THROW(allUnitsDiscountQuantity(in), InvalidInput); // must start at 0
}

// Hand-computed rounding: MOQ first, then up to a multiple of lcm(order multiple, case pack).
TEST(InventoryOrderQuantity, Rounding) {
    EXPECT_EQ(roundOrderQuantity(304.05, {}).quantity, 304.05);
    EXPECT_EQ(roundOrderQuantity(304.05, {500, 0, 0}).quantity, 500.0);
    EXPECT_EQ(roundOrderQuantity(304.05, {0, 12, 0}).quantity, 312.0);
    EXPECT_EQ(roundOrderQuantity(304.05, {0, 0, 24}).quantity, 312.0);
    EXPECT_EQ(roundOrderQuantity(304.05, {0, 36, 24}).quantity, 360.0);  // lcm 72
    EXPECT_EQ(roundOrderQuantity(120.0, {250, 100, 0}).quantity, 300.0); // 250 → 300
    EXPECT_EQ(roundOrderQuantity(312.0, {0, 12, 0}).quantity, 312.0);    // already a multiple
    EXPECT_EQ(roundOrderQuantity(0.0, {0, 12, 0}).quantity, 0.0);
    EXPECT_DOUBLE_EQ(roundOrderQuantity(8.1, {0, 7.5, 2.5}).quantity, 15.0); // 2.5 divides 7.5
    EXPECT_EQ(roundOrderQuantity(304.05, {0, 36, 24}).step, 72.0);
    try {
        roundOrderQuantity(10.0, {0, 0.7, 2.5});
        ADD_FAILURE();
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.argument(), "case_pack");
    }
    EXPECT_THROW(roundOrderQuantity(10.0, {-1, 0, 0}), InvalidInput);
}

TEST(InventoryOrderQuantity, InvalidInputs) {
    try {
        economicOrderQuantity(1300.0, 8.0, 0.0);
        ADD_FAILURE();
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.argument(), "holding_cost");
    }
    EXPECT_THROW(economicOrderQuantity(-1.0, 8.0, 0.2), InvalidInput);
    EXPECT_THROW(eoqCost(0.0, 1300.0, 8.0, 0.225), InvalidInput);
    EXPECT_EQ(economicOrderQuantity(0.0, 8.0, 0.2).quantity, 0.0);
}
