// Input checks of the policy simulation: every message names the item-site and the field.
#include "inventory/simulation.h"

#include "util/errors.h"

#include <fmt/format.h>

#include <cmath>
#include <string>

namespace stocktower::inventory {

namespace {

// Lead times beyond this make no planning sense and would only inflate the ring of orders in
// transit; periods and replications are capped so a typo cannot run for a week.
constexpr double kMaxLeadTime = 1000.0;
constexpr int kMaxPeriods = 100'000;
constexpr int kMaxReplications = 1'000'000;

class ItemChecker {
public:
    ItemChecker(const SimItem& item, std::size_t index)
        : m_where(item.name.empty() ? fmt::format("item-site #{}", index + 1)
                                    : fmt::format("item-site #{} ({})", index + 1, item.name)) {}

    [[noreturn]] void fail(const std::string& field, const std::string& message) const {
        throw util::UserError(fmt::format("{}: {} {}", m_where, field, message));
    }

    void finite(const std::string& field, double value) const {
        if (!std::isfinite(value)) fail(field, "must be a finite number");
    }

    void notNegative(const std::string& field, double value) const {
        finite(field, value);
        if (value < 0.0) fail(field, fmt::format("must not be negative (got {})", value));
    }

    void positive(const std::string& field, double value) const {
        finite(field, value);
        if (!(value > 0.0)) fail(field, fmt::format("must be greater than 0 (got {})", value));
    }

private:
    std::string m_where;
};

void checkPolicy(const ItemChecker& check, const SimPolicy& policy) {
    switch (policy.kind) {
    case SimPolicyKind::ReorderPointQuantity:
        check.notNegative("reorder point s", policy.reorderPoint);
        check.positive("order quantity Q", policy.orderQuantity);
        // (s,Q) is reviewed every period; a silently ignored R would mislead.
        if (policy.reviewPeriod != 1 || policy.reviewOffset != 0)
            check.fail("review period R", "applies to (R,S) and (s,S) only: (s,Q) "
                                          "reviews every period (leave R = 1, "
                                          "offset 0)");
        break;
    case SimPolicyKind::MinMax:
        check.notNegative("reorder point s", policy.reorderPoint);
        check.notNegative("order-up-to level S", policy.orderUpTo);
        if (policy.orderUpTo < policy.reorderPoint)
            check.fail("order-up-to level S",
                       fmt::format("must not be below the reorder point s (S = {}, s = {})",
                                   policy.orderUpTo, policy.reorderPoint));
        break;
    case SimPolicyKind::PeriodicOrderUpTo:
        check.notNegative("order-up-to level S", policy.orderUpTo);
        break;
    }
    if (policy.reviewPeriod < 1)
        check.fail("review period R",
                   fmt::format("must be at least 1 period (got {})", policy.reviewPeriod));
    if (policy.reviewOffset < 0 || policy.reviewOffset >= policy.reviewPeriod)
        check.fail("review offset", fmt::format("must be between 0 and R − 1 = {} (got {})",
                                                policy.reviewPeriod - 1, policy.reviewOffset));
    check.notNegative("minimum order quantity", policy.minimumOrder);
    check.notNegative("order multiple", policy.orderMultiple);
}

void checkDemand(const ItemChecker& check, const SimDemand& demand) {
    const double p = demand.occurrenceProbability;
    if (!std::isfinite(p) || !(p > 0.0) || p > 1.0)
        check.fail("demand occurrence probability", fmt::format("must be in (0, 1] (got {})", p));
    const bool intermittent = p < 1.0;
    if (demand.distribution == SimDemandDistribution::Bootstrap) {
        if (demand.history.empty()) check.fail("demand history", "is empty (bootstrap needs it)");
        bool anyPositive = false;
        for (double value : demand.history) {
            check.notNegative("demand history value", value);
            anyPositive = anyPositive || value > 0.0;
        }
        if (intermittent && !anyPositive)
            check.fail("demand history", "has no non-zero value to draw demand sizes "
                                         "from (intermittent bootstrap)");
        return;
    }
    check.notNegative("demand mean", demand.mean);
    check.notNegative("demand sd", demand.sd);
    const bool counts = demand.distribution == SimDemandDistribution::Poisson ||
                        demand.distribution == SimDemandDistribution::NegativeBinomial;
    if (intermittent && counts && demand.mean < 1.0)
        check.fail("demand mean", fmt::format("is the mean demand size when intermittent, and "
                                              "sizes of a count model are at least 1 (got {})",
                                              demand.mean));
    if (demand.distribution == SimDemandDistribution::Gamma && demand.sd > 0.0 &&
        demand.mean == 0.0)
        check.fail("demand mean", "must be greater than 0 for a gamma demand with sd > 0");
    if (demand.distribution == SimDemandDistribution::NegativeBinomial) {
        // Sizes 1 + X when intermittent: X has the mean reduced by one and the same sd.
        const double countMean = demand.mean - (intermittent ? 1.0 : 0.0);
        if (countMean > 0.0 && !(demand.sd * demand.sd > countMean))
            check.fail("demand sd",
                       fmt::format("must exceed √{} for a negative binomial (variance above the "
                                   "mean); use Poisson when variance equals the mean (got {})",
                                   countMean, demand.sd));
    }
}

} // namespace

void validate(const SimSettings& settings) {
    if (settings.periods < 1 || settings.periods > kMaxPeriods)
        throw util::UserError(fmt::format("periods must be between 1 and {} (got {})", kMaxPeriods,
                                          settings.periods));
    if (settings.warmUpPeriods < 0 || settings.warmUpPeriods >= settings.periods)
        throw util::UserError(
            fmt::format("warm-up periods must be between 0 and periods − 1 = {} (got {})",
                        settings.periods - 1, settings.warmUpPeriods));
    if (settings.replications < 1 || settings.replications > kMaxReplications)
        throw util::UserError(fmt::format("replications must be between 1 and {} (got {})",
                                          kMaxReplications, settings.replications));
    if (settings.threads < 0)
        throw util::UserError(
            fmt::format("threads must not be negative (got {}; 0 = all cores)", settings.threads));
}

void validate(const SimItem& item, std::size_t itemIndex) {
    const ItemChecker check(item, itemIndex);
    checkPolicy(check, item.policy);
    checkDemand(check, item.demand);
    check.notNegative("lead time mean", item.leadTime.mean);
    check.notNegative("lead time sd", item.leadTime.sd);
    if (item.leadTime.mean + 6.0 * item.leadTime.sd > kMaxLeadTime)
        check.fail("lead time mean",
                   fmt::format("plus 6 sd must not exceed {} periods (got mean {}, sd {})",
                               kMaxLeadTime, item.leadTime.mean, item.leadTime.sd));
    if (item.initialOnHand) check.notNegative("initial on hand", *item.initialOnHand);
}

} // namespace stocktower::inventory
