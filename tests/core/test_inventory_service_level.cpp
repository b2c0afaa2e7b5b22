// Service levels: z ↔ CSL and the standard normal loss function (reference/inventory.md rows 1, 9).
#include "inventory/service_level.h"
#include "inventory/validation.h"

#include <gtest/gtest.h>

using namespace stocktower::inventory;

// Oracle: inventory.md row 1 (standard normal table): z = Φ⁻¹(CSL) to four decimals.
TEST(InventoryServiceLevel, ZFromCycleServiceLevelRow1) {
    EXPECT_NEAR(zFromServiceLevel(0.90), 1.2816, 5e-5);
    EXPECT_NEAR(zFromServiceLevel(0.95), 1.6449, 5e-5);
    EXPECT_NEAR(zFromServiceLevel(0.975), 1.9600, 5e-5);
    EXPECT_NEAR(zFromServiceLevel(0.99), 2.3263, 5e-5);
    EXPECT_NEAR(standardNormalCdf(1.2816), 0.90, 5e-5);
}

// Edge: a 50 % cycle service level needs no safety stock (z = 0), and z ↔ CSL round-trips.
TEST(InventoryServiceLevel, HalfIsZeroAndRoundTrip) {
    EXPECT_NEAR(zFromServiceLevel(0.5), 0.0, 1e-15);
    for (double z : {-2.0, -0.3, 0.0, 1.28, 1.65, 3.0})
        EXPECT_NEAR(zFromServiceLevel(standardNormalCdf(z)), z, 1e-9);
}

// Oracle: inventory.md row 9 (stockpyl test suite; Silver-Pyke-Thomas tables):
// G(0) = 0.3989, G(0.3) = 0.266761, G(−1.4) = 1.436668, G(3.1) = 2.6725e-4, G(0.8416) = 0.1116.
TEST(InventoryServiceLevel, StandardNormalLossRow9) {
    EXPECT_NEAR(standardNormalLoss(0.0), 0.3989, 5e-5);
    EXPECT_NEAR(standardNormalLoss(0.3), 0.266761, 5e-7);
    EXPECT_NEAR(standardNormalLoss(-1.4), 1.436668, 5e-7);
    EXPECT_NEAR(standardNormalLoss(3.1), 2.6725e-4, 5e-8);
    EXPECT_NEAR(standardNormalLoss(0.8416), 0.1116, 5e-5);
    // The warning under the table: G(2.33) = 0.00335, not the 0.00352 some pages print.
    EXPECT_NEAR(standardNormalLoss(2.33), 0.00335, 5e-6);
}

// The inverse recovers k on both sides of 0 and far into the tails (G is strictly decreasing).
TEST(InventoryServiceLevel, InverseLossRoundTrip) {
    for (double k : {-5.0, -1.4, 0.0, 0.3, 0.706, 3.1, 6.0})
        EXPECT_NEAR(inverseStandardNormalLoss(standardNormalLoss(k)), k, 1e-8) << k;
    // Hand computation: G(k) = 100 far left, where G(k) ≈ −k.
    EXPECT_NEAR(inverseStandardNormalLoss(100.0), -100.0, 1e-9);
}

// G₂(k) = ½[(k² + 1)(1 − Φ(k)) − k·φ(k)]; at 0 it is ¼ (hand computation), and it is the
// integral of G: (G₂(a) − G₂(b)) ≈ G at the midpoint times (b − a) for a short interval.
TEST(InventoryServiceLevel, SecondOrderLoss) {
    EXPECT_NEAR(standardNormalSecondLoss(0.0), 0.25, 1e-12);
    const double a = 0.5, b = 0.5001;
    EXPECT_NEAR((standardNormalSecondLoss(a) - standardNormalSecondLoss(b)) / (b - a),
                standardNormalLoss(0.50005), 1e-8);
}

TEST(InventoryServiceLevel, NamesAndInvalidInput) {
    EXPECT_EQ(serviceTypeName(ServiceType::CycleServiceLevel), "csl");
    EXPECT_EQ(serviceTypeName(ServiceType::FillRate), "fill-rate");
    EXPECT_EQ(parseServiceType("fill-rate"), ServiceType::FillRate);
    EXPECT_EQ(parseServiceType("type1"), std::nullopt);
    for (double bad : {0.0, 1.0, -0.1, 1.2}) {
        try {
            zFromServiceLevel(bad);
            ADD_FAILURE() << bad;
        } catch (const InvalidInput& error) {
            EXPECT_EQ(error.argument(), "service_level");
        }
    }
    EXPECT_THROW(inverseStandardNormalLoss(0.0), InvalidInput);
    EXPECT_THROW(inverseStandardNormalLoss(-1.0), InvalidInput);
}
