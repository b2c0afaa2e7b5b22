// The policy CSV export, one definition for the command line (`policy --export`) and the Policy
// page's Export: one line per item-site, written atomically (a failed or cancelled export leaves
// any existing file as it was).
#pragma once

#include "exchange/csv_writer.h"
#include "inventory/policy_run.h"

#include <cstdint>
#include <string>
#include <vector>

namespace stocktower::util {
class Progress;
}

namespace stocktower::inventory {

// Header: sku, site, abc, xyz, demand_class, policy, service_type, service_target,
// demand_per_period, demand_sd_per_period, lead_time_days, review_period_days, safety_stock,
// reorder_point, order_quantity, min, max, achieved_csl, achieved_fill_rate, safety_stock_value,
// cycle_stock_value, total_cost, on_hand, projected_available, proposed_quantity, order_date,
// error. Quantities in units, service figures as fractions 0…1, values in currency.
std::vector<std::string> policyCsvHeader();
std::vector<exchange::CsvCell> policyCsvRow(const PolicyRow& row);

// Writes `rows` (all, or the subset a view shows, in its order); reports progress per row and
// stops with util::Cancelled when asked. Returns the data lines written.
std::uint64_t writePolicyCsv(const std::string& path, const std::vector<const PolicyRow*>& rows,
                             util::Progress& progress);
std::uint64_t writePolicyCsv(const std::string& path, const PolicyRunResult& run, util::Progress& progress);

} // namespace stocktower::inventory
