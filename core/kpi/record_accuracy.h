// Inventory record accuracy from cycle counts, with tolerances by ABC class.
#pragma once

#include "kpi/kpi_value.h"
#include "store/kpi_fact_queries.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace stocktower::kpi {

// ABC classes by usage value: items ranked by value, the first abcAShare of the cumulative value
// are A, up to abcBShare B, the rest C. Items with no usage are C.
std::unordered_map<std::int64_t, char> classifyAbc(const std::unordered_map<std::int64_t, double>& usageValue,
                                                   double abcAShare, double abcBShare);

struct RecordTolerances {
    double a = 0.01, b = 0.03, c = 0.05;
    [[nodiscard]] double of(char abcClass) const { return abcClass == 'A' ? a : abcClass == 'B' ? b : c; }
};

// Within tolerance: |counted - book| <= tolerance x |book| (a zero book needs a zero count).
bool countWithinTolerance(double bookQty, double countedQty, double tolerance);

// record_accuracy (counts within tolerance / counts) and record_accuracy_value
// (1 - sum |variance| x cost / sum |book| x cost). Each count is judged on its own: a surplus on
// one count never offsets a shortage on another. A count's class is its own abc_class, else
// `classes`; its cost is its own unit_cost, else `unitCosts`.
std::vector<KpiValue> computeRecordAccuracy(const std::vector<store::CycleCountFact>& counts,
                                            const std::unordered_map<std::int64_t, char>& classes,
                                            const std::unordered_map<std::int64_t, double>& unitCosts,
                                            const RecordTolerances& tolerances);

} // namespace stocktower::kpi
