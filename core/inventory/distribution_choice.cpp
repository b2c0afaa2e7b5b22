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

util::Message reasonFor(const DistributionRule& rule, double mean, double sd, DistributionFamily family) {
    using M = util::MessageId;
    if (rule.fixedFamily) return {M::DistributionChosenByPlanner, {std::string(distributionFamilyName(family))}};
    const std::string className(forecast::demandClassName(rule.demandClass));
    const auto g4 = [](double value) { return fmt::format("{:.4g}", value); };
    if (family == DistributionFamily::Normal) return {M::DistributionNormal, {className, g4(mean), g4(rule.slowMoverMean)}};
    // Why not normal: a frequent class that sells too little (slow mover), or the class itself.
    const bool slowMover = frequentClass(rule.demandClass);
    std::vector<std::string> why = slowMover ? std::vector{g4(mean), g4(rule.slowMoverMean)} : std::vector{className};
    if (family == DistributionFamily::Gamma)
        return {slowMover ? M::DistributionGammaSlowMover : M::DistributionGammaClass, std::move(why)};
    why.push_back(g4(sd * sd));
    why.push_back(fmt::format("{:.3g}", rule.poissonDispersion));
    if (family == DistributionFamily::Poisson)
        return {slowMover ? M::DistributionPoissonSlowMover : M::DistributionPoissonClass, std::move(why)};
    return {slowMover ? M::DistributionNegbinSlowMover : M::DistributionNegbinClass, std::move(why)};
}

} // namespace

DistributionDecision chooseDistribution(const DistributionRule& rule, double mean, double sd) {
    requireNonNegative("demand_mean", mean);
    requireNonNegative("demand_sd", sd);
    const auto family = familyByRule(rule, mean, sd);
    // The reason is explanation text: bulk runs without explanations skip formatting it.
    return {family, recordingExplanations() ? reasonFor(rule, mean, sd, family) : util::Message{}};
}

std::optional<forecast::DemandClass> parseDemandClass(std::string_view name) {
    using forecast::DemandClass;
    for (auto c : {DemandClass::Smooth, DemandClass::Intermittent, DemandClass::Erratic,
                   DemandClass::Lumpy, DemandClass::New, DemandClass::Inactive})
        if (forecast::demandClassName(c) == name) return c;
    return std::nullopt;
}

} // namespace stocktower::inventory
