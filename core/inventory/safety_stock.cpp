// Safety stock and reorder level for a cycle-service-level or fill-rate target.
#include "inventory/safety_stock.h"

#include "inventory/demand_distribution.h"
#include "inventory/policy_evaluation.h"
#include "inventory/validation.h"

#include <boost/math/tools/roots.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace stocktower::inventory {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The smallest level r with E[(D − r)⁺] ≤ target. The loss falls from +∞ to 0. Except under
// the normal, demand is never negative, so below zero the loss is μ − r, which gives the
// answer there directly.
double levelForLoss(const DemandDistribution& d, double target) {
    const bool normal = d.family() == DistributionFamily::Normal;
    if (normal && !d.isDegenerate())
        return d.mean() + d.sd() * inverseStandardNormalLoss(target / d.sd());
    if (d.isDegenerate() || target >= d.mean())
        return d.isDiscrete() ? std::ceil(d.mean() - target) : d.mean() - target;
    double lo = 0.0;                                         // loss(0) = μ > target
    double hi = std::ceil(std::max(1.0, d.mean() + d.sd())); // an integer for the bisection
    while (d.loss(hi) > target)
        hi = 2.0 * hi;
    if (d.isDiscrete()) {
        // Integer bisection keeps "loss(lo) > target ≥ loss(hi)".
        while (hi - lo > 1.0) {
            const double mid = std::floor(0.5 * (lo + hi));
            (d.loss(mid) > target ? lo : hi) = mid;
        }
        return hi;
    }
    std::uintmax_t iterations = 200;
    const auto [a, b] = boost::math::tools::toms748_solve(
        [&](double x) { return d.loss(x) - target; }, lo, hi,
        boost::math::tools::eps_tolerance<double>(50), iterations);
    return 0.5 * (a + b);
}

// The smallest level with the exact expected shortage per cycle ≤ target, below `textbook` (the
// level from E[(D_P − r)⁺] alone, which the exact shortage never exceeds). As the level falls the
// exact shortage rises towards Q > target, so a lower bracket exists.
double levelForExactShortage(const CycleDemand& demand, double orderQuantity, double target, double textbook) {
    const auto excess = [&](double r) { return expectedShortagePerCycle(demand, r, orderQuantity) - target; };
    if (excess(textbook) > -1e-12 * std::max(1.0, target)) return textbook;
    const bool discrete = demand.protection.isDiscrete();
    double step = std::max(1.0, demand.protection.sd());
    double lo = textbook - step;
    while (excess(lo) <= 0.0) {
        step *= 2.0;
        lo = textbook - step;
    }
    double hi = textbook;
    if (discrete) {
        lo = std::floor(lo);
        while (hi - lo > 1.0) {
            const double mid = std::floor(0.5 * (lo + hi));
            (excess(mid) > 0.0 ? lo : hi) = mid;
        }
        return hi;
    }
    std::uintmax_t iterations = 200;
    const auto [a, b] = boost::math::tools::toms748_solve(excess, lo, hi, boost::math::tools::eps_tolerance<double>(50),
                                                          iterations);
    return b > a ? b : a;
}

// The safety stock's formula for the "why" panel.
std::string safetyStockFormula(const DemandDistribution& dist, bool fillRate, const char* levelName) {
    if (dist.family() == DistributionFamily::Normal) {
        if (dist.sd() > 0.0) return fillRate ? "k·sigma_p" : "z·sigma_p";
        return fillRate ? "−loss_target (no variability: any level from mean_p − loss_target on meets the target)"
                        : "z·sigma_p = 0 (no variability)";
    }
    const char* fit = dist.family() == DistributionFamily::NegativeBinomial
                          ? " (size = mean_p²/(sigma_p² − mean_p), p = mean_p/sigma_p²)"
                      : dist.family() == DistributionFamily::Gamma
                          ? " (shape = mean_p²/sigma_p², scale = sigma_p²/mean_p)"
                          : "";
    return fmt::format("{} − mean_p, {} = smallest {} with {} ≥ service_level, D_P {}{}", levelName, levelName,
                       dist.isDiscrete() ? "integer r" : "r",
                       fillRate ? "1 − E[(D_P − r)⁺]/order_quantity" : "P(D_P ≤ r)",
                       distributionFamilyName(dist.family()), fit);
}

} // namespace

SafetyStockResult computeSafetyStock(const SafetyStockInputs& in) {
    SafetyStockResult out;
    out.leadTimeDemand = leadTimeDemand(in.demand);
    requireOpenUnit("service_level", in.serviceLevel);
    const bool periodic = isPeriodicReview(in.demand);
    const bool fillRate = in.serviceType == ServiceType::FillRate;
    if (in.orderQuantity) {
        requirePositive("order_quantity", *in.orderQuantity);
        out.orderQuantity = in.orderQuantity;
    } else if (periodic && in.demand.demandMean > 0.0) {
        out.orderQuantity = in.demand.demandMean * in.demand.reviewPeriod;
    } else if (fillRate) {
        throw InvalidInput("order_quantity",
                           "is required for a fill-rate target (the share of each order's "
                           "demand met from stock depends on Q)");
    }
    if (in.cover.minPeriods) requireFinite("min_cover", *in.cover.minPeriods);
    if (in.cover.maxPeriods) requireNonNegative("max_cover", *in.cover.maxPeriods);
    if (in.cover.minPeriods && in.cover.maxPeriods && *in.cover.maxPeriods < *in.cover.minPeriods)
        throw InvalidInput("max_cover", fmt::format("must be ≥ min_cover ({}), got {}",
                                                    *in.cover.minPeriods, *in.cover.maxPeriods));

    const auto& ltd = out.leadTimeDemand;
    out.distribution = chooseDistribution(in.distribution, ltd.mean, ltd.sd);
    const auto cycle = cycleDemand(out.distribution.family, in.demand, ltd);
    const DemandDistribution& dist = cycle.protection;
    const bool normal = dist.family() == DistributionFamily::Normal;
    const double sigma = dist.sd();
    const char* levelName = periodic ? "order_up_to_level" : "reorder_point";

    auto& e = out.explain;
    e = ltd.explain;
    e.addInput("service_level", in.serviceLevel, "");
    if (out.orderQuantity)
        e.addInput("order_quantity", *out.orderQuantity, "units",
                   in.orderQuantity ? inputSource() : util::verbatim("demand_mean·review_period"));
    if (in.cover.minPeriods) e.addInput("min_cover", *in.cover.minPeriods, "periods");
    if (in.cover.maxPeriods) e.addInput("max_cover", *in.cover.maxPeriods, "periods");
    if (e.recording)
        e.addNote({fillRate ? util::MessageId::ExplainNoteServiceTypeFillRate : util::MessageId::ExplainNoteServiceTypeCsl, {}});
    e.addNote(out.distribution.reason);

    // The level the target asks for.
    double level = 0.0;
    out.serviceFactor = kNaN;
    if (!fillRate) {
        if (normal) {
            out.serviceFactor = zFromServiceLevel(in.serviceLevel);
            level = ltd.mean + out.serviceFactor * sigma;
            e.addResult("z", out.serviceFactor, "", "z = Φ⁻¹(service_level)");
        } else {
            level = dist.quantile(in.serviceLevel);
        }
    } else {
        const double lossTarget = (1.0 - in.serviceLevel) * *out.orderQuantity;
        e.addResult("loss_target", lossTarget, "units",
                    "expected shortage per cycle allowed = (1 − service_level)·order_quantity");
        const double textbook = levelForLoss(dist, lossTarget);
        level = levelForExactShortage(cycle, *out.orderQuantity, lossTarget, textbook);
        if (normal && sigma > 0.0) {
            out.serviceFactor = (textbook - ltd.mean) / sigma;
            e.addResult("loss_value", lossTarget / sigma, "", "G(k) = loss_target / sigma_p");
            e.addResult("k", out.serviceFactor, "", "k = G⁻¹(loss_value)");
        }
        if (level != textbook) {
            if (e.recording)
                e.addNote({util::MessageId::ExplainNoteShortAtCycleStart,
                           {shortAtCycleStartFormula(periodic, levelName), std::string(levelName),
                            fmt::format("{:.4g}", textbook), fmt::format("{:.4g}", level)}});
            if (sigma > 0.0) out.serviceFactor = (level - ltd.mean) / sigma;
        }
    }
    if (!normal && sigma > 0.0) out.serviceFactor = (level - ltd.mean) / sigma;

    out.safetyStockUnbounded = level - ltd.mean;
    const std::string ssFormula =
        e.recording ? safetyStockFormula(dist, fillRate, levelName) : std::string();

    // Cover bounds, in periods of mean demand; a counting family keeps an integer level.
    double ss = out.safetyStockUnbounded;
    const double d = in.demand.demandMean;
    if (in.cover.maxPeriods && ss > *in.cover.maxPeriods * d) {
        ss = *in.cover.maxPeriods * d;
        out.bound = SafetyStockBound::Cap;
        if (dist.isDiscrete()) ss = std::floor(ltd.mean + ss) - ltd.mean;
        if (e.recording)
            e.addNote({util::MessageId::ExplainNoteCappedAtMaxCover, {fmt::format("{:.4g}", *in.cover.maxPeriods * d)}});
    }
    if (in.cover.minPeriods && ss < *in.cover.minPeriods * d) {
        ss = *in.cover.minPeriods * d;
        out.bound = SafetyStockBound::Floor;
        if (dist.isDiscrete()) ss = std::ceil(ltd.mean + ss) - ltd.mean;
        if (e.recording)
            e.addNote({util::MessageId::ExplainNoteRaisedToMinCover, {fmt::format("{:.4g}", *in.cover.minPeriods * d)}});
    }
    out.safetyStock = ss;
    out.reorderLevel = ltd.mean + ss;
    // The unbounded figure is a step of its own only when a bound changed it.
    if (out.bound == SafetyStockBound::None) {
        e.addResult("safety_stock", out.safetyStock, "units", ssFormula);
    } else {
        e.addResult("safety_stock_unbounded", out.safetyStockUnbounded, "units", ssFormula);
        e.addResult("safety_stock", out.safetyStock, "units",
                    "safety_stock_unbounded bounded to [min_cover, max_cover]·demand_mean");
    }
    e.addResult(levelName, out.reorderLevel, "units", "mean_p + safety_stock");

    // What the final level achieves, so a cap that keeps the target out of reach shows.
    out.achievedCycleServiceLevel = dist.cdf(out.reorderLevel);
    if (e.recording)
        e.addResult("achieved_cycle_service_level", out.achievedCycleServiceLevel, "",
                    fmt::format("P(D_P ≤ {})", levelName));
    if (out.orderQuantity) {
        const auto service = serviceAtLevel(cycle, out.reorderLevel, *out.orderQuantity);
        out.achievedFillRate = service.fillRate;
        out.expectedShortagePerCycle = service.expectedShortagePerCycle;
        if (e.recording)
            e.addResult("expected_shortage_per_cycle", service.expectedShortagePerCycle, "units",
                        fmt::format("E[(D_P − {})⁺] − {}", levelName,
                                    shortAtCycleStartFormula(periodic, levelName)));
        e.addResult("achieved_fill_rate", service.fillRate, "",
                    "1 − expected_shortage_per_cycle / order_quantity");
    }
    const double achieved =
        fillRate ? out.achievedFillRate.value_or(0.0) : out.achievedCycleServiceLevel;
    out.targetMet = achieved >= in.serviceLevel - 1e-9;
    if (!out.targetMet && e.recording)
        e.addNote({fillRate ? util::MessageId::ExplainNoteFillRateTargetMissed : util::MessageId::ExplainNoteCslTargetMissed,
                   {fmt::format("{:.4g}", in.serviceLevel), fmt::format("{:.4g}", achieved)}});
    return out;
}

} // namespace stocktower::inventory
