// One computed KPI value for a site and week, with what it was computed from.
#pragma once

#include "util/message.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stocktower::kpi {

struct KpiValue {
    std::string kpiId;
    std::optional<double> value; // nullopt = n/a (note says why)
    double numerator = 0;
    double denominator = 0;
    std::int64_t sample = 0; // in the definition's sample unit
    std::string note;        // why n/a, or a caveat people should read: a kpiNote() sentence
                             // (stored as text; the ui recognises it to translate it)
    std::string inputs = "{}"; // JSON: sources, windows, snapshot dates
};

// A note's English text from its id (util::kKpiNoteFirst..kKpiNoteLast) and arguments.
inline std::string kpiNote(util::MessageId id, std::vector<std::string> args = {}) {
    return util::englishText({id, std::move(args)});
}

// A value from numerator ÷ denominator; n/a with `whyEmpty` when the denominator is 0.
KpiValue ratioValue(std::string kpiId, double numerator, double denominator, std::int64_t sample,
                    const std::string& whyEmpty);

} // namespace stocktower::kpi
