#include "inventory/segmentation_export.h"

namespace stocktower::inventory {

std::vector<std::string> segmentationCsvHeader() {
    return {"sku",   "description", "site",     "rank",  "units",    "picks",           "usage_value", "margin",
            "basis", "share",       "cumulative_share", "abc", "no_usage", "mean_per_period", "cv",          "xyz"};
}

std::vector<exchange::CsvCell> segmentationCsvRow(const SegmentRow& row) {
    return {row.sku,
            row.description,
            row.siteCode,
            row.rank,
            row.units,
            row.picks,
            row.value,
            row.margin,
            row.basis,
            row.share,
            row.cumulativeShare,
            std::string(1, abcLetter(row.abc)),
            row.noUsage ? "yes" : "no",
            row.meanPerPeriod,
            row.cv ? exchange::CsvCell(*row.cv) : exchange::CsvCell(),
            std::string(1, xyzLetter(row.xyz))};
}

std::uint64_t writeSegmentationCsv(const std::filesystem::path& path, const std::vector<const SegmentRow*>& rows,
                                   const exchange::CsvWriteDialect& dialect) {
    exchange::CsvWriter writer(path, dialect);
    std::vector<exchange::CsvCell> header;
    for (const auto& name : segmentationCsvHeader()) header.emplace_back(name);
    writer.writeRow(header);
    for (const SegmentRow* row : rows) writer.writeRow(segmentationCsvRow(*row));
    writer.commit();
    return writer.rowsWritten() - 1;
}

std::uint64_t writeSegmentationCsv(const std::filesystem::path& path, const SegmentationResult& result,
                                   const exchange::CsvWriteDialect& dialect) {
    std::vector<const SegmentRow*> rows;
    rows.reserve(result.rows.size());
    for (const auto& row : result.rows) rows.push_back(&row);
    return writeSegmentationCsv(path, rows, dialect);
}

std::uint64_t writeCountScheduleCsv(const std::filesystem::path& path, const CycleCountPlan& plan,
                                    const exchange::CsvWriteDialect& dialect) {
    exchange::CsvWriter writer(path, dialect);
    writer.writeRow({"week", "week_start", "site", "location", "item", "description", "abc", "count_of_year"});
    for (const auto& task : plan.tasks)
        writer.writeRow({domain::formatIsoWeek(domain::isoWeekOf(task.weekStart)), domain::formatIsoDate(task.weekStart),
                         task.siteCode, task.location, task.sku, task.description, std::string(1, abcLetter(task.abc)),
                         task.countOfYear});
    writer.commit();
    return writer.rowsWritten() - 1;
}

} // namespace stocktower::inventory
