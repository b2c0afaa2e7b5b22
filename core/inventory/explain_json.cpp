// An Explanation as JSON.
#include "inventory/explain_json.h"

#include <cmath>

namespace stocktower::inventory {

namespace {
nlohmann::json number(double value) {
    return std::isfinite(value) ? nlohmann::json(value) : nlohmann::json();
}
} // namespace

nlohmann::json explanationToJson(const Explanation& explanation) {
    nlohmann::json inputs = nlohmann::json::object();
    for (const auto& in : explanation.inputs)
        inputs[in.name] = {{"value", number(in.value)}, {"unit", in.unit}, {"source", englishSource(in.source)}};
    nlohmann::json results = nlohmann::json::object();
    for (const auto& r : explanation.results)
        results[r.name] = {{"value", number(r.value)}, {"unit", r.unit}, {"formula", r.formula}};
    nlohmann::json notes = nlohmann::json::array();
    for (const auto& note : explanation.notes) notes.push_back(util::englishText(note));
    return {{"inputs", inputs}, {"results", results}, {"notes", notes}};
}

} // namespace stocktower::inventory
