#include "inventory/policy_export.h"

#include "forecast/demand_class.h"
#include "inventory/item_policy.h"
#include "inventory/service_level.h"
#include "util/errors.h"
#include "util/progress.h"

#include <cmath>

namespace stocktower::inventory {

std::vector<std::string> policyCsvHeader() {
    return {"sku", "site", "abc", "xyz", "demand_class", "policy", "service_type", "service_target",
            "demand_per_period", "demand_sd_per_period", "lead_time_days", "review_period_days",
            "safety_stock", "reorder_point", "order_quantity", "min", "max", "achieved_csl",
            "achieved_fill_rate", "safety_stock_value", "cycle_stock_value", "total_cost", "on_hand",
            "projected_available", "proposed_quantity", "order_date", "error"};
}

std::vector<exchange::CsvCell> policyCsvRow(const PolicyRow& r) {
    // Achieved service is undefined (NaN) where the policy could not be evaluated: an empty cell.
    const auto rate = [](double v) { return std::isfinite(v) ? exchange::CsvCell(v) : exchange::CsvCell(); };
    return {r.sku, r.siteCode, std::string(1, r.abc), std::string(1, r.xyz),
            std::string(forecast::demandClassName(r.demandClass)), std::string(policyKindName(r.kind)),
            std::string(serviceTypeName(r.parameters.serviceType)), r.parameters.serviceTarget,
            r.parameters.demandMean, r.parameters.demandSd, r.parameters.leadTimeDays,
            r.parameters.reviewPeriodDays, r.safetyStock, r.reorderPoint, r.orderQuantity, r.minLevel,
            r.maxLevel, rate(r.achievedCsl), rate(r.achievedFillRate), r.safetyStockValue,
            r.cycleStockValue, r.totalCost, r.onHand, r.projectedAvailable, r.proposedQuantity, r.orderDate,
            r.error};
}

std::uint64_t writePolicyCsv(const std::string& path, const std::vector<const PolicyRow*>& rows,
                             util::Progress& progress) {
    exchange::CsvWriter writer(path);
    std::vector<exchange::CsvCell> header;
    for (const auto& name : policyCsvHeader()) header.emplace_back(name);
    writer.writeRow(header);
    std::uint64_t done = 0;
    for (const PolicyRow* row : rows) {
        if (progress.isCancelled()) throw util::Cancelled(); // the writer discards its temporary file
        writer.writeRow(policyCsvRow(*row));
        progress.report(++done, rows.size());
    }
    writer.commit();
    return done;
}

std::uint64_t writePolicyCsv(const std::string& path, const PolicyRunResult& run, util::Progress& progress) {
    std::vector<const PolicyRow*> rows;
    rows.reserve(run.rows.size());
    for (const auto& row : run.rows) rows.push_back(&row);
    return writePolicyCsv(path, rows, progress);
}

} // namespace stocktower::inventory
