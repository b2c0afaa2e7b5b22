// Which distribution models an item's demand over the protection interval, by demand class.
#include "inventory/distribution_choice.h"

#include "inventory/validation.h"

#include <fmt/format.h>

namespace stocktower::inventory {

DistributionDecision chooseDistribution(const DistributionRule& rule, double mean, double sd) {
    requireNonNegative("demand_mean", mean);
    requireNonNegative("demand_sd", sd);
    if (rule.fixedFamily) {
        auto family = *rule.fixedFamily;
        return {family, fmt::format("{} chosen by the planner", distributionFamilyName(family))};
    }
    const auto demandClass = rule.demandClass;
    const auto className = forecast::demandClassName(demandClass);
    const bool frequent = demandClass == forecast::DemandClass::Smooth ||
                          demandClass == forecast::DemandClass::New;
    if (frequent && mean >= rule.slowMoverMean)
        return {DistributionFamily::Normal,
                fmt::format("normal: {} demand, mean {:.4g} ≥ {:.4g} over the protection interval",
                            className, mean, rule.slowMoverMean)};
    const std::string why =
        frequent ? fmt::format("slow mover (mean {:.4g} < {:.4g} over the protection interval)",
                               mean, rule.slowMoverMean)
                 : fmt::format("{} demand", className);
    if (!rule.integerQuantities)
        return {DistributionFamily::Gamma, fmt::format("gamma: {}, continuous quantities", why)};
    const double variance = sd * sd;
    if (variance <= rule.poissonDispersion * mean)
        return {DistributionFamily::Poisson,
                fmt::format("poisson: {}, variance {:.4g} ≤ {:.3g} × mean", why, variance,
                            rule.poissonDispersion)};
    return {DistributionFamily::NegativeBinomial,
            fmt::format("negbin: {}, variance {:.4g} > {:.3g} × mean (over-dispersed)", why,
                        variance, rule.poissonDispersion)};
}

std::optional<forecast::DemandClass> parseDemandClass(std::string_view name) {
    using forecast::DemandClass;
    for (auto c : {DemandClass::Smooth, DemandClass::Intermittent, DemandClass::Erratic,
                   DemandClass::Lumpy, DemandClass::New, DemandClass::Inactive})
        if (forecast::demandClassName(c) == name) return c;
    return std::nullopt;
}

} // namespace stocktower::inventory
