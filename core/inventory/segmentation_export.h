// CSV exports of a segmentation (one line per row) and of a cycle-count schedule (one line per
// count and location), written atomically: a failed export leaves any existing file as it was.
#pragma once

#include "exchange/csv_writer.h"
#include "inventory/cycle_count.h"
#include "inventory/segmentation.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace stocktower::inventory {

// Header: sku, description, site, rank, units, picks, usage_value, margin, basis, share,
// cumulative_share, abc, no_usage, mean_per_period, cv, xyz (shares as fractions 0…1).
std::vector<std::string> segmentationCsvHeader();
std::vector<exchange::CsvCell> segmentationCsvRow(const SegmentRow& row);
// Writes `rows` (all, or the subset a view shows). Returns the data lines written.
std::uint64_t writeSegmentationCsv(const std::filesystem::path& path, const std::vector<const SegmentRow*>& rows,
                                   const exchange::CsvWriteDialect& dialect = {});
std::uint64_t writeSegmentationCsv(const std::filesystem::path& path, const SegmentationResult& result,
                                   const exchange::CsvWriteDialect& dialect = {});

// Header: week, week_start, site, location, item, description, abc, count_of_year.
std::uint64_t writeCountScheduleCsv(const std::filesystem::path& path, const CycleCountPlan& plan,
                                    const exchange::CsvWriteDialect& dialect = {});

} // namespace stocktower::inventory
