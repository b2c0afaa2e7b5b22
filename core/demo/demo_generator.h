// Builds a realistic, deterministic demo workspace (and optionally its import CSV files).
#pragma once

#include "domain/date.h"
#include "util/progress.h"

#include <cstdint>
#include <map>
#include <string>

namespace stocktower::demo {

struct DemoOptions {
    std::size_t items = 2000;
    std::size_t sites = 2;
    int years = 3;
    std::uint64_t seed = 42;
    // Last day of history ("today - 1"). Callers pass it (injectable clock): the same options
    // give the same workspace on any day. Must be set.
    domain::DayNumber lastDay = 0;
    // When non-empty, the same data is also written as import templates: <record type>.csv,
    // header = canonical field names, RFC 4180, ISO dates. The folder is created if needed.
    std::string csvDir;
};

struct DemoSummary {
    std::map<std::string, std::int64_t> rowsByType; // by record type name (sites, items, …)
    double seconds = 0;
};

// Creates a new workspace at outPath (refuses to overwrite) and fills it in one transaction.
// Identical options give identical content on every platform. On failure or cancellation
// (throws util::Cancelled) no workspace file and no CSV file is left behind. Invalid options
// throw util::UserError.
DemoSummary generateDemo(const std::string& outPath, const DemoOptions& options,
                         util::Progress& progress);

} // namespace stocktower::demo
