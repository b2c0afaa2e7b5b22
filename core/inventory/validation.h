// Argument checks shared by the inventory calculations: bad input becomes a UserError naming it.
#pragma once

#include "util/errors.h"

#include <string>
#include <string_view>

namespace stocktower::inventory {

// An input outside its domain. argument() is the snake_case name used in Explanation inputs
// (e.g. "demand_sd"), so a front end can map it to its own option or field name.
class InvalidInput : public util::UserError {
public:
    InvalidInput(std::string argument, const std::string& detail);
    const std::string& argument() const { return m_argument; }
    // The message without the argument name ("must be ≥ 0, got -3").
    const std::string& detail() const { return m_detail; }

private:
    std::string m_argument;
    std::string m_detail;
};

// Each check throws InvalidInput for NaN and infinities as well.
void requireFinite(std::string_view argument, double value);
void requireNonNegative(std::string_view argument, double value);
void requirePositive(std::string_view argument, double value);
// Strictly between 0 and 1: a service level of 0 or 1 has no finite safety stock.
void requireOpenUnit(std::string_view argument, double value);

} // namespace stocktower::inventory
