#include "kpi/kpi_settings.h"

#include <cmath>

namespace stocktower::kpi {

KpiSettings KpiSettings::fromValues(const std::map<std::string, double>& values) {
    KpiSettings s;
    auto number = [&](const char* key, double& out) {
        if (auto it = values.find(key); it != values.end() && std::isfinite(it->second)) out = it->second;
    };
    auto whole = [&](const char* key, int& out) {
        if (auto it = values.find(key); it != values.end() && std::isfinite(it->second))
            out = static_cast<int>(std::lround(it->second));
    };
    number("carrying_cost_rate", s.carryingCostRate);
    whole("otif_early_days", s.otifEarlyDays);
    whole("otif_late_days", s.otifLateDays);
    number("in_full_tolerance", s.inFullTolerance);
    number("record_tolerance_a", s.recordToleranceA);
    number("record_tolerance_b", s.recordToleranceB);
    number("record_tolerance_c", s.recordToleranceC);
    number("abc_a_share", s.abcAShare);
    number("abc_b_share", s.abcBShare);
    whole("demand_window_days", s.demandWindowDays);
    number("stale_receipt_hours", s.staleReceiptHours);
    whole("expiry_days", s.expiryDays);
    whole("slow_mover_days", s.slowMoverDays);
    whole("dead_stock_days", s.deadStockDays);
    number("excess_days_of_supply", s.excessDaysOfSupply);
    if (s.demandWindowDays < 7) s.demandWindowDays = 7;
    return s;
}

nlohmann::json KpiSettings::toJson() const {
    return {{"carrying_cost_rate", carryingCostRate},     {"otif_early_days", otifEarlyDays},
            {"otif_late_days", otifLateDays},             {"in_full_tolerance", inFullTolerance},
            {"record_tolerance_a", recordToleranceA},     {"record_tolerance_b", recordToleranceB},
            {"record_tolerance_c", recordToleranceC},     {"abc_a_share", abcAShare},
            {"abc_b_share", abcBShare},                   {"demand_window_days", demandWindowDays}};
}

} // namespace stocktower::kpi
