// CSV export of a stored forecast run.
#include "forecast/forecast_export.h"

#include "store/forecast_queries.h"
#include "store/forecast_store.h"
#include "util/errors.h"

#include <cmath>

namespace stocktower::forecast {

namespace {

// Quantities to 3 decimals: the stored doubles carry 17 digits that no planner reads, and
// 0.001 of a unit is below any unit of measure's resolution.
double rounded(double value) { return std::round(value * 1000.0) / 1000.0; }

exchange::CsvCell cell(const std::optional<double>& value) {
    return value ? exchange::CsvCell(rounded(*value)) : exchange::CsvCell();
}

} // namespace

const std::vector<std::string>& forecastExportColumns() {
    static const std::vector<std::string> columns{"sku",   "site", "period_start", "forecast",
                                                  "override", "final", "lo80", "hi80",
                                                  "lo95",  "hi95", "model",        "demand_class"};
    return columns;
}

std::uint64_t exportForecastRun(store::Connection& db, std::int64_t runId, const std::string& path,
                                const exchange::CsvWriteDialect& dialect, util::Progress& progress) {
    if (!store::loadForecastRun(db, runId))
        throw util::UserError("there is no forecast run " + std::to_string(runId));
    const auto total = static_cast<std::uint64_t>(store::countForecastValues(db, runId));
    exchange::CsvWriter writer(path, dialect);
    std::vector<exchange::CsvCell> row;
    for (const auto& column : forecastExportColumns())
        row.emplace_back(column);
    writer.writeRow(row);
    progress.setStage("Exporting forecasts");
    std::uint64_t rows = 0;
    store::forEachForecastValue(db, runId, [&](const store::ForecastExportRow& value) {
        row.clear();
        row.emplace_back(value.sku);
        row.emplace_back(value.siteCode);
        row.emplace_back(value.periodStart);
        row.emplace_back(rounded(value.forecast));
        row.push_back(cell(value.overrideQuantity));
        row.emplace_back(rounded(value.finalValue));
        row.push_back(cell(value.lo80));
        row.push_back(cell(value.hi80));
        row.push_back(cell(value.lo95));
        row.push_back(cell(value.hi95));
        row.emplace_back(value.model);
        row.emplace_back(value.demandClass);
        writer.writeRow(row);
        if (++rows % 8192 == 0) {
            if (progress.isCancelled()) throw util::Cancelled(); // the writer discards its temp file
            progress.report(rows, total);
        }
        return true;
    });
    writer.commit();
    progress.report(rows, rows);
    return rows;
}

} // namespace stocktower::forecast
