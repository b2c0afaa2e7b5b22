// One computed KPI value for a site and week, with what it was computed from.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace stocktower::kpi {

struct KpiValue {
    std::string kpiId;
    std::optional<double> value; // nullopt = n/a (note says why)
    double numerator = 0;
    double denominator = 0;
    std::int64_t sample = 0; // in the definition's sample unit
    std::string note;        // why n/a, or a caveat people should read
    std::string inputs = "{}"; // JSON: sources, windows, snapshot dates
};

// A value from numerator ÷ denominator; n/a with `whyEmpty` when the denominator is 0.
KpiValue ratioValue(std::string kpiId, double numerator, double denominator, std::int64_t sample,
                    const std::string& whyEmpty);

} // namespace stocktower::kpi
