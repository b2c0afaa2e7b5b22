// Demand over the protection interval (L, or R + L for periodic review): mean and σ.
#include "inventory/lead_time_demand.h"

#include "inventory/validation.h"

#include <cmath>

namespace stocktower::inventory {

bool isPeriodicReview(const LeadTimeDemandInputs& inputs) {
    return inputs.reviewPeriod > 0.0;
}

LeadTimeDemand leadTimeDemand(const LeadTimeDemandInputs& in) {
    requireNonNegative("demand_mean", in.demandMean);
    requireNonNegative("demand_sd", in.demandSd);
    requireNonNegative("lead_time_sd", in.leadTimeSd);
    requireNonNegative("review_period", in.reviewPeriod);
    // Without a review period nothing protects but the lead time, so it must be positive.
    if (isPeriodicReview(in))
        requireNonNegative("lead_time", in.leadTime);
    else
        requirePositive("lead_time", in.leadTime);

    LeadTimeDemand out;
    const bool periodic = isPeriodicReview(in);
    out.protectionInterval = in.reviewPeriod + in.leadTime;
    const double p = out.protectionInterval;
    out.mean = in.demandMean * p;
    const double variance = p * in.demandSd * in.demandSd +
                            in.demandMean * in.demandMean * in.leadTimeSd * in.leadTimeSd;
    out.sd = std::sqrt(variance);

    auto& e = out.explain;
    e.addInput("demand_mean", in.demandMean, "units/period");
    e.addInput("demand_sd", in.demandSd, "units/period");
    e.addInput("lead_time", in.leadTime, "periods");
    e.addInput("lead_time_sd", in.leadTimeSd, "periods");
    if (periodic) e.addInput("review_period", in.reviewPeriod, "periods");
    e.addResult("protection_interval", p, "periods",
                periodic ? "P = review_period + lead_time" : "P = lead_time");
    e.addResult("mean_p", out.mean, "units", "mean_p = demand_mean·P");
    e.addResult("sigma_p", out.sd, "units",
                "sigma_p = √(P·demand_sd² + demand_mean²·lead_time_sd²)");
    return out;
}

} // namespace stocktower::inventory
