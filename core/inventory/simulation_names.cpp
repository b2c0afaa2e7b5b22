// Stable names of the simulation's choices, for files, the command line and JSON.
#include "inventory/simulation.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace stocktower::inventory {

namespace {

std::string lower(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

template <typename Enum, std::size_t N>
std::optional<Enum> lookUp(const std::array<std::pair<std::string_view, Enum>, N>& table,
                           std::string_view text) {
    const auto key = lower(text);
    for (const auto& [name, value] : table)
        if (lower(name) == key) return value;
    return std::nullopt;
}

} // namespace

std::string_view simPolicyKindName(SimPolicyKind kind) {
    switch (kind) {
    case SimPolicyKind::ReorderPointQuantity:
        return "sQ";
    case SimPolicyKind::PeriodicOrderUpTo:
        return "RS";
    case SimPolicyKind::MinMax:
        return "sS";
    }
    return "";
}

std::string_view simDemandDistributionName(SimDemandDistribution distribution) {
    switch (distribution) {
    case SimDemandDistribution::Normal:
        return "normal";
    case SimDemandDistribution::Gamma:
        return "gamma";
    case SimDemandDistribution::Poisson:
        return "poisson";
    case SimDemandDistribution::NegativeBinomial:
        return "negative_binomial";
    case SimDemandDistribution::Bootstrap:
        return "bootstrap";
    }
    return "";
}

std::string_view simShortageName(SimShortage shortage) {
    return shortage == SimShortage::Backorder ? "backorder" : "lost_sales";
}

std::optional<SimPolicyKind> parseSimPolicyKind(std::string_view text) {
    // Case-insensitive, so "sQ" and "SQ" coincide — distinct kinds have distinct letters.
    static constexpr std::array<std::pair<std::string_view, SimPolicyKind>, 7> kTable{{
        {"sQ", SimPolicyKind::ReorderPointQuantity},
        {"(s,Q)", SimPolicyKind::ReorderPointQuantity},
        {"RS", SimPolicyKind::PeriodicOrderUpTo},
        {"(R,S)", SimPolicyKind::PeriodicOrderUpTo},
        {"sS", SimPolicyKind::MinMax},
        {"(s,S)", SimPolicyKind::MinMax},
        {"min_max", SimPolicyKind::MinMax},
    }};
    return lookUp(kTable, text);
}

std::optional<SimDemandDistribution> parseSimDemandDistribution(std::string_view text) {
    static constexpr std::array<std::pair<std::string_view, SimDemandDistribution>, 5> kTable{{
        {"normal", SimDemandDistribution::Normal},
        {"gamma", SimDemandDistribution::Gamma},
        {"poisson", SimDemandDistribution::Poisson},
        {"negative_binomial", SimDemandDistribution::NegativeBinomial},
        {"bootstrap", SimDemandDistribution::Bootstrap},
    }};
    return lookUp(kTable, text);
}

std::optional<SimShortage> parseSimShortage(std::string_view text) {
    static constexpr std::array<std::pair<std::string_view, SimShortage>, 2> kTable{{
        {"backorder", SimShortage::Backorder},
        {"lost_sales", SimShortage::LostSales},
    }};
    return lookUp(kTable, text);
}

} // namespace stocktower::inventory
