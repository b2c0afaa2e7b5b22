// A typed cell value as it moves between files, the store and the screens.
#pragma once

#include <cstdint>
#include <string>
#include <variant>

namespace stocktower::domain {

// monostate = empty/NULL. Dates and timestamps travel as ISO text (see schema conventions).
using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

inline bool isEmpty(const Value& value) { return std::holds_alternative<std::monostate>(value); }

} // namespace stocktower::domain
