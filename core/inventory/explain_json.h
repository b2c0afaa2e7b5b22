// An Explanation as JSON, the one shape the CLI (--json) and stored plan runs use.
#pragma once

#include "inventory/explain.h"

#include <nlohmann/json.hpp>

namespace stocktower::inventory {

// {"inputs": {name: {value, unit, source}}, "results": {name: {value, unit, formula}},
//  "notes": [...]}. Non-finite values become null.
nlohmann::json explanationToJson(const Explanation& explanation);

} // namespace stocktower::inventory
