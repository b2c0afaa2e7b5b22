// The policy CSV, one definition for the CLI and the Policy page. Oracle: the expected lines
// written out by hand from a row with known values (RFC 4180; empty cells where achieved
// service is undefined).
#include "inventory/policy_export.h"
#include "temp_dir.h"
#include "util/errors.h"
#include "util/progress.h"

#include <gtest/gtest.h>

#include <fstream>
#include <limits>

using namespace stocktower;
using stocktower::testsupport::TempDir;

namespace {

inventory::PolicyRow sampleRow() {
    inventory::PolicyRow row;
    row.sku = "A-1";
    row.siteCode = "DC1";
    row.abc = 'A';
    row.xyz = 'Y';
    row.demandClass = forecast::DemandClass::Erratic;
    row.kind = inventory::PolicyKind::PeriodicReview;
    row.parameters.serviceType = inventory::ServiceType::FillRate;
    row.parameters.serviceTarget = 0.95;
    row.parameters.demandMean = 10;
    row.parameters.demandSd = 4;
    row.parameters.leadTimeDays = 14;
    row.parameters.reviewPeriodDays = 7;
    row.safetyStock = 12.5;
    row.reorderPoint = 42;
    row.orderQuantity = 20;
    row.minLevel = 42;
    row.maxLevel = 62;
    row.achievedCsl = 0.9;
    row.achievedFillRate = 0.96;
    row.safetyStockValue = 25;
    row.cycleStockValue = 20;
    row.totalCost = 130.5;
    row.onHand = 30;
    row.projectedAvailable = 35;
    row.proposedQuantity = 27;
    row.orderDate = "2026-12-07";
    return row;
}

} // namespace

TEST(PolicyExport, EveryRowHasOneCellPerHeaderColumn) {
    EXPECT_EQ(inventory::policyCsvHeader().size(), 27u);
    EXPECT_EQ(inventory::policyCsvRow(sampleRow()).size(), inventory::policyCsvHeader().size());
}

TEST(PolicyExport, WritesTheHandWrittenFile) {
    TempDir dir;
    auto undefined = sampleRow();
    undefined.sku = "B,2"; // quoted
    undefined.achievedCsl = std::numeric_limits<double>::quiet_NaN();
    undefined.achievedFillRate = std::numeric_limits<double>::quiet_NaN();
    undefined.proposedQuantity = 0;
    undefined.orderDate.clear();
    undefined.error = "no lead time";
    const auto first = sampleRow();
    util::NullProgress progress;
    const auto path = dir.file("policies.csv");
    EXPECT_EQ(inventory::writePolicyCsv(path, {&first, &undefined}, progress), 2u);
    EXPECT_EQ(testsupport::readFile(path),
              "sku,site,abc,xyz,demand_class,policy,service_type,service_target,demand_per_period,"
              "demand_sd_per_period,lead_time_days,review_period_days,safety_stock,reorder_point,order_quantity,"
              "min,max,achieved_csl,achieved_fill_rate,safety_stock_value,cycle_stock_value,total_cost,on_hand,"
              "projected_available,proposed_quantity,order_date,error\r\n"
              "A-1,DC1,A,Y,erratic,\"(R,S)\",fill-rate,0.95,10,4,14,7,12.5,42,20,42,62,0.9,0.96,25,20,130.5,30,35,27,"
              "2026-12-07,\r\n"
              "\"B,2\",DC1,A,Y,erratic,\"(R,S)\",fill-rate,0.95,10,4,14,7,12.5,42,20,42,62,,,25,20,130.5,30,35,0,,"
              "no lead time\r\n");
}

TEST(PolicyExport, ACancelledExportLeavesTheEarlierFile) {
    TempDir dir;
    const auto path = dir.file("policies.csv");
    { std::ofstream(path, std::ios::binary) << "earlier\n"; }
    const auto row = sampleRow();
    util::NullProgress progress;
    progress.cancel();
    EXPECT_THROW(inventory::writePolicyCsv(path, {&row}, progress), util::Cancelled);
    EXPECT_EQ(testsupport::readFile(path), "earlier\n");
}
