// CSV export of a stored forecast run: one row per item, site and period with the statistical
// forecast, the planner's override, the final value and the intervals.
#pragma once

#include "exchange/csv_writer.h"
#include "store/sqlite.h"
#include "util/progress.h"

#include <cstdint>
#include <string>
#include <vector>

namespace stocktower::forecast {

// sku, site, period_start, forecast, override, final, lo80, hi80, lo95, hi95, model, demand_class
const std::vector<std::string>& forecastExportColumns();

// Writes every forecast period of run `runId` (by item, site and period) to `path` through the
// CSV writer's temporary file, renamed into place only when complete: a failure or a cancel
// (util::Cancelled) leaves an existing file as it was. Empty cells for no override and for
// missing interval bounds. Returns the number of data rows. Throws util::UserError for an
// unknown run.
std::uint64_t exportForecastRun(store::Connection& db, std::int64_t runId, const std::string& path,
                                const exchange::CsvWriteDialect& dialect, util::Progress& progress);

} // namespace stocktower::forecast
