#include "kpi/record_accuracy.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace stocktower::kpi {

std::unordered_map<std::int64_t, char> classifyAbc(const std::unordered_map<std::int64_t, double>& usageValue,
                                                   double abcAShare, double abcBShare) {
    std::vector<std::pair<std::int64_t, double>> ranked(usageValue.begin(), usageValue.end());
    // Ties broken by id so the classes do not depend on hash order.
    std::sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) {
        return x.second != y.second ? x.second > y.second : x.first < y.first;
    });
    double total = 0;
    for (const auto& [id, value] : ranked) total += std::max(0.0, value);
    std::unordered_map<std::int64_t, char> classes;
    double cumulative = 0;
    for (const auto& [id, value] : ranked) {
        // An item is A while the value before it is still under the A share, so the item that
        // crosses the line is A too (the classic Pareto cut).
        const double before = total > 0 ? cumulative / total : 1.0;
        char abc = 'C';
        if (value > 0 && before < abcAShare) abc = 'A';
        else if (value > 0 && before < abcBShare) abc = 'B';
        classes.emplace(id, abc);
        cumulative += std::max(0.0, value);
    }
    return classes;
}

bool countWithinTolerance(double bookQty, double countedQty, double tolerance) {
    return std::fabs(countedQty - bookQty) <= tolerance * std::fabs(bookQty) + 1e-9;
}

std::vector<KpiValue> computeRecordAccuracy(const std::vector<store::CycleCountFact>& counts,
                                            const std::unordered_map<std::int64_t, char>& classes,
                                            const std::unordered_map<std::int64_t, double>& unitCosts,
                                            const RecordTolerances& tolerances) {
    std::int64_t within = 0;
    double varianceValue = 0, bookValue = 0;
    std::int64_t byClass[3] = {0, 0, 0};
    for (const auto& count : counts) {
        char abc = 'C';
        if (count.abcClass) abc = *count.abcClass;
        else if (auto it = classes.find(count.itemId); it != classes.end()) abc = it->second;
        ++byClass[abc == 'A' ? 0 : abc == 'B' ? 1 : 2];
        if (countWithinTolerance(count.bookQty, count.countedQty, tolerances.of(abc))) ++within;
        double cost = 0;
        if (count.unitCost) cost = *count.unitCost;
        else if (auto it = unitCosts.find(count.itemId); it != unitCosts.end()) cost = it->second;
        varianceValue += std::fabs(count.countedQty - count.bookQty) * cost;
        bookValue += std::fabs(count.bookQty) * cost;
    }
    const auto sample = static_cast<std::int64_t>(counts.size());
    const nlohmann::json inputs = {{"population", "cycle counts in the week"},
                                   {"counts_by_class", {{"A", byClass[0]}, {"B", byClass[1]}, {"C", byClass[2]}}},
                                   {"tolerance", {{"A", tolerances.a}, {"B", tolerances.b}, {"C", tolerances.c}}}};
    auto byCount = ratioValue("record_accuracy", static_cast<double>(within), static_cast<double>(sample), sample,
                              kpiNote(util::MessageId::KpiNoteNoCycleCounts));
    KpiValue byValue;
    byValue.kpiId = "record_accuracy_value";
    byValue.numerator = bookValue - varianceValue;
    byValue.denominator = bookValue;
    byValue.sample = sample;
    if (bookValue > 0) byValue.value = 1.0 - varianceValue / bookValue;
    else byValue.note = sample ? kpiNote(util::MessageId::KpiNoteNoBookValue)
                               : kpiNote(util::MessageId::KpiNoteNoCycleCounts);
    byCount.inputs = inputs.dump();
    byValue.inputs = inputs.dump();
    return {byCount, byValue};
}

} // namespace stocktower::kpi
