// Argument checks shared by the inventory calculations.
#include "inventory/validation.h"

#include <fmt/format.h>

#include <cmath>

namespace stocktower::inventory {

InvalidInput::InvalidInput(std::string argument, const std::string& detail)
    : util::UserError(argument + " " + detail), m_argument(std::move(argument)), m_detail(detail) {}

namespace {
[[noreturn]] void fail(std::string_view argument, std::string_view rule, double value) {
    throw InvalidInput(std::string(argument), fmt::format("must be {}, got {}", rule, value));
}
} // namespace

void requireFinite(std::string_view argument, double value) {
    if (!std::isfinite(value)) fail(argument, "a finite number", value);
}

void requireNonNegative(std::string_view argument, double value) {
    if (!std::isfinite(value) || value < 0.0) fail(argument, "≥ 0", value);
}

void requirePositive(std::string_view argument, double value) {
    if (!std::isfinite(value) || value <= 0.0) fail(argument, "> 0", value);
}

void requireOpenUnit(std::string_view argument, double value) {
    if (!std::isfinite(value) || value <= 0.0 || value >= 1.0)
        fail(argument, "strictly between 0 and 1", value);
}

} // namespace stocktower::inventory
