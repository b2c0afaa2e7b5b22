// Benchmark data sets in the M3/M4 layout: DIR/series.csv and DIR/meta.csv.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace stocktower::forecast {

struct BenchSeries {
    std::string id;
    std::string category; // e.g. "monthly:finance"
    std::string group;    // the category before ':' ("monthly")
    int frequency = 1;
    int horizon = 0;
    std::vector<double> train;
    std::vector<double> test;
};

// Reads series.csv (series_id,period,value,split with split train|test) and meta.csv
// (series_id,frequency,horizon,category). Values are ordered by period. Series are returned
// in meta.csv order. Throws util::UserError naming the file and line for malformed input, a
// series in one file but not the other, or a test part shorter than the horizon.
std::vector<BenchSeries> loadBenchData(const std::filesystem::path& directory);

} // namespace stocktower::forecast
