// The KPI engine's configurable rules (from the workspace's kpi_setting table), as plain data.
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

namespace stocktower::kpi {

struct KpiSettings {
    double carryingCostRate = 0.25;
    int otifEarlyDays = 1;
    int otifLateDays = 0;
    double inFullTolerance = 0;
    double recordToleranceA = 0.01;
    double recordToleranceB = 0.03;
    double recordToleranceC = 0.05;
    double abcAShare = 0.80;
    double abcBShare = 0.95;
    int demandWindowDays = 91;
    double staleReceiptHours = 24;
    int expiryDays = 30;
    int slowMoverDays = 180;
    int deadStockDays = 365;
    double excessDaysOfSupply = 180;

    // Unknown keys are ignored; missing keys keep the defaults above.
    static KpiSettings fromValues(const std::map<std::string, double>& values);
    [[nodiscard]] nlohmann::json toJson() const;
};

} // namespace stocktower::kpi
