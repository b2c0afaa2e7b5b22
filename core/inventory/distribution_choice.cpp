// Which distribution models an item's demand over the protection interval, by demand class.
#include "inventory/distribution_choice.h"

#include "inventory/explain.h"
#include "inventory/validation.h"

#include <fmt/format.h>

namespace stocktower::inventory {

namespace {

bool frequentClass(forecast::DemandClass demandClass) {
    return demandClass == forecast::DemandClass::Smooth || demandClass == forecast::DemandClass::New;
}

DistributionFamily familyByRule(const DistributionRule& rule, double mean, double sd) {
    if (rule.fixedFamily) return *rule.fixedFamily;
    if (frequentClass(rule.demandClass) && mean >= rule.slowMoverMean) return DistributionFamily::Normal;
    if (!rule.integerQuantities) return DistributionFamily::Gamma;
    return sd * sd <= rule.poissonDispersion * mean ? DistributionFamily::Poisson
                                                    : DistributionFamily::NegativeBinomial;
}

std::string reasonFor(const DistributionRule& rule, double mean, double sd, DistributionFamily family) {
    const auto name = distributionFamilyName(family);
    if (rule.fixedFamily) return fmt::format("{} chosen by the planner", name);
    const auto className = forecast::demandClassName(rule.demandClass);
    const bool frequent = frequentClass(rule.demandClass);
    if (family == DistributionFamily::Normal)
        return fmt::format("normal: {} demand, mean {:.4g} ≥ {:.4g} over the protection interval", className,
                           mean, rule.slowMoverMean);
    const std::string why =
        frequent ? fmt::format("slow mover (mean {:.4g} < {:.4g} over the protection interval)", mean,
                               rule.slowMoverMean)
                 : fmt::format("{} demand", className);
    if (family == DistributionFamily::Gamma) return fmt::format("gamma: {}, continuous quantities", why);
    const double variance = sd * sd;
    if (family == DistributionFamily::Poisson)
        return fmt::format("poisson: {}, variance {:.4g} ≤ {:.3g} × mean", why, variance, rule.poissonDispersion);
    return fmt::format("negbin: {}, variance {:.4g} > {:.3g} × mean (over-dispersed)", why, variance,
                       rule.poissonDispersion);
}

} // namespace

DistributionDecision chooseDistribution(const DistributionRule& rule, double mean, double sd) {
    requireNonNegative("demand_mean", mean);
    requireNonNegative("demand_sd", sd);
    const auto family = familyByRule(rule, mean, sd);
    // The reason is explanation text: bulk runs without explanations skip formatting it.
    return {family, recordingExplanations() ? reasonFor(rule, mean, sd, family) : std::string()};
}

std::optional<forecast::DemandClass> parseDemandClass(std::string_view name) {
    using forecast::DemandClass;
    for (auto c : {DemandClass::Smooth, DemandClass::Intermittent, DemandClass::Erratic,
                   DemandClass::Lumpy, DemandClass::New, DemandClass::Inactive})
        if (forecast::demandClassName(c) == name) return c;
    return std::nullopt;
}

} // namespace stocktower::inventory
