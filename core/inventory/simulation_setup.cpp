#include "inventory/simulation_setup.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace stocktower::inventory {

namespace {

// Size CV² assumed for the occurrence model: the SBC cut-off is CV² = 0.49, so an intermittent
// item's sizes sit below it and a lumpy item's above; 0.25 and 1.0 are typical of each side.
double sizeCv2(forecast::DemandClass demandClass) {
    return demandClass == forecast::DemandClass::Lumpy ? 1.0 : 0.25;
}

// Occurrence probability p and gamma sizes of CV² c matching a per-period mean d and σ:
// Var = p·E[S²] − d² = d²(1 + c)/p − d², so p = d²(1 + c)/(σ² + d²).
void setOccurrenceModel(SimDemand& demand, double d, double sd, double c) {
    const double p = std::clamp(d * d * (1.0 + c) / (sd * sd + d * d), 0.02, 1.0);
    demand.distribution = SimDemandDistribution::Gamma;
    demand.occurrenceProbability = p;
    demand.mean = d / p;
    demand.sd = std::sqrt(c) * demand.mean;
}

SimDemand demandModel(const PolicyRow& row) {
    const double d = row.parameters.demandMean;
    const double sd = row.parameters.demandSd;
    SimDemand demand;
    demand.mean = d;
    demand.sd = sd;
    switch (row.demandClass) {
    case forecast::DemandClass::Erratic:
        demand.distribution = sd > 0.0 ? SimDemandDistribution::Gamma : SimDemandDistribution::Normal;
        break;
    case forecast::DemandClass::Intermittent:
    case forecast::DemandClass::Lumpy:
        setOccurrenceModel(demand, d, sd, sizeCv2(row.demandClass));
        break;
    default:
        // A normal censored at zero would raise the mean of a skewed item's demand: above a CV
        // of 0.5 draw gamma (same mean and σ), above 1 a Croston-type occurrence model as for
        // intermittent items (a "new" item with one sale in its history is that).
        if (sd > d) {
            setOccurrenceModel(demand, d, sd, sizeCv2(forecast::DemandClass::Intermittent));
        } else {
            demand.distribution = sd > 0.5 * d ? SimDemandDistribution::Gamma : SimDemandDistribution::Normal;
        }
        break;
    }
    return demand;
}

} // namespace

std::vector<SimSetupItem> buildSimItems(const std::vector<PolicyRow>& rows, const PolicyPeriod& period,
                                        std::size_t maxItems) {
    std::vector<SimSetupItem> items;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& row = rows[i];
        if (!row.error.empty() || row.parameters.demandMean <= 0.0 || row.orderQuantity <= 0.0) continue;
        if (row.demandClass == forecast::DemandClass::Inactive) continue;
        SimSetupItem setup;
        setup.row = i;
        setup.demandClass = row.demandClass;
        setup.serviceType = row.parameters.serviceType;
        setup.serviceTarget = row.parameters.serviceTarget;
        auto& item = setup.item;
        item.name = row.sku + " @ " + row.siteCode;
        if (row.kind == PolicyKind::PeriodicReview) {
            item.policy.kind = SimPolicyKind::PeriodicOrderUpTo;
            item.policy.orderUpTo = row.maxLevel;
            item.policy.reviewPeriod = std::max(1, static_cast<int>(std::lround(row.parameters.reviewPeriodDays / period.days)));
        } else {
            item.policy.kind = SimPolicyKind::ReorderPointQuantity;
            item.policy.reorderPoint = row.reorderPoint;
            item.policy.orderQuantity = row.orderQuantity;
        }
        item.demand = demandModel(row);
        item.leadTime.mean = row.parameters.leadTimeDays / period.days;
        item.leadTime.sd = row.parameters.leadTimeSdDays / period.days;
        // Lead times are in days and periods are buckets (weeks): an order arrives part-way
        // through a period, as the closed-form protection interval L + R assumes.
        item.leadTime.continuous = true;
        items.push_back(std::move(setup));
        if (maxItems > 0 && items.size() >= maxItems) break;
    }
    return items;
}

std::vector<SimClassSummary> summariseSimulation(const std::vector<SimSetupItem>& items,
                                                 const std::vector<PolicyRow>& rows, const SimResult& result) {
    struct Acc {
        std::int64_t n = 0;
        double target = 0, csl = 0, cslN = 0, expCsl = 0, expCslN = 0;
        double demand = 0, filled = 0, expFillW = 0, expFill = 0;
        double cslGap = 0, cslGapN = 0, fillTargetW = 0, fillTarget = 0, fillDemand = 0, fillFilled = 0;
    };
    std::map<std::string, Acc> groups;
    for (std::size_t k = 0; k < items.size() && k < result.items.size(); ++k) {
        const auto& setup = items[k];
        const auto& row = rows[setup.row];
        const auto& sim = result.items[k];
        for (const auto& key : {std::string(forecast::demandClassName(setup.demandClass)), std::string("all")}) {
            auto& a = groups[key];
            ++a.n;
            a.target += setup.serviceTarget;
            const double filled = sim.demandUnits - sim.stockoutUnits;
            a.demand += sim.demandUnits;
            a.filled += filled;
            if (std::isfinite(sim.cycleServiceLevel.mean)) {
                a.csl += sim.cycleServiceLevel.mean;
                ++a.cslN;
            }
            if (std::isfinite(row.achievedCsl)) {
                a.expCsl += row.achievedCsl;
                ++a.expCslN;
            }
            if (std::isfinite(row.achievedFillRate)) {
                a.expFill += row.annualDemand * row.achievedFillRate;
                a.expFillW += row.annualDemand;
            }
            if (setup.serviceType == ServiceType::CycleServiceLevel) {
                if (std::isfinite(sim.cycleServiceLevel.mean)) {
                    a.cslGap += sim.cycleServiceLevel.mean - setup.serviceTarget;
                    ++a.cslGapN;
                }
            } else {
                a.fillTarget += sim.demandUnits * setup.serviceTarget;
                a.fillTargetW += sim.demandUnits;
                a.fillDemand += sim.demandUnits;
                a.fillFilled += filled;
            }
        }
    }
    std::vector<SimClassSummary> out;
    for (const auto& [key, a] : groups) {
        SimClassSummary s;
        s.demandClass = key;
        s.itemSites = a.n;
        if (a.n > 0) s.meanTarget = a.target / static_cast<double>(a.n);
        if (a.cslN > 0) s.achievedCsl = a.csl / a.cslN;
        if (a.expCslN > 0) s.expectedCsl = a.expCsl / a.expCslN;
        if (a.demand > 0) s.achievedFillRate = a.filled / a.demand;
        if (a.expFillW > 0) s.expectedFillRate = a.expFill / a.expFillW;
        if (a.cslGapN > 0) s.cslTargetGapPp = 100.0 * a.cslGap / a.cslGapN;
        if (a.fillDemand > 0) s.fillRateTargetGapPp = 100.0 * (a.fillFilled / a.fillDemand - a.fillTarget / a.fillTargetW);
        out.push_back(s);
    }
    // "all" last.
    std::stable_partition(out.begin(), out.end(), [](const SimClassSummary& s) { return s.demandClass != "all"; });
    return out;
}

} // namespace stocktower::inventory
