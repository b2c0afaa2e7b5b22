// Which distribution models an item's demand over the protection interval, by demand class.
#pragma once

#include "forecast/demand_class.h"
#include "inventory/demand_distribution.h"
#include "util/message.h"

#include <optional>
#include <string>
#include <string_view>

namespace stocktower::inventory {

// The rule "by demand class" (docs/inventory_formulas.md), in this order:
//  1. a family fixed by the planner wins;
//  2. smooth and new items whose mean over the protection interval is at least slowMoverMean →
//     normal (z·σ works where demand is frequent and steady);
//  3. everything else (erratic, intermittent, lumpy, inactive, or slow: mean below
//     slowMoverMean) gets a non-negative, right-skewed family: gamma when quantities are
//     continuous (kg, m), otherwise Poisson when the variance is at most poissonDispersion ×
//     mean, else negative binomial. Erratic demand (per-period CV² ≥ 0.49) is skewed enough that
//     a normal would put several percent of its mass below zero and thin the right tail that
//     safety stock is about (Silver, Pyke & Thomas use the gamma there).
struct DistributionRule {
    std::optional<DistributionFamily> fixedFamily; // nullopt = choose by the rule ("auto")
    forecast::DemandClass demandClass = forecast::DemandClass::Smooth;
    bool integerQuantities = true; // false for items sold by weight or length
    // Below about 10 units a normal puts visible mass on negative demand and z·σ misleads.
    double slowMoverMean = 10.0;
    // "σ² ≈ μ or less": up to 10% over-dispersion still counts as Poisson.
    double poissonDispersion = 1.1;
};

struct DistributionDecision {
    DistributionFamily family = DistributionFamily::Normal;
    util::Message reason; // one line for the "why" panel
};

DistributionDecision chooseDistribution(const DistributionRule& rule, double mean, double sd);

// The class from its name as forecast::demandClassName() writes it ("smooth", "lumpy", …).
std::optional<forecast::DemandClass> parseDemandClass(std::string_view name);

} // namespace stocktower::inventory
