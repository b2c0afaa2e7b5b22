// Periodic-review (s,S) policies with discrete demand: Zheng–Federgruen optimisation.
#include "inventory/ss_policy.h"

#include "inventory/newsvendor.h"
#include "inventory/validation.h"

#include <fmt/format.h>

#include <unordered_map>
#include <vector>

namespace stocktower::inventory {

namespace {

// The renewal quantities and G values one optimisation needs, computed once each.
class RenewalModel {
public:
    RenewalModel(const DemandDistribution& period, const PeriodicCosts& costs)
        : m_period(period), m_protection(period.scaled(costs.leadTimePeriods + 1.0)),
          m_costs(costs) {}

    double G(long long y) {
        const auto it = m_g.find(y);
        if (it != m_g.end()) return it->second;
        const double value = newsvendorCost(m_protection, static_cast<double>(y),
                                            m_costs.holdingCost, m_costs.stockoutCost);
        m_g.emplace(y, value);
        return value;
    }

    double cost(long long s, long long S) {
        const auto n = static_cast<std::size_t>(S - s);
        extend(n);
        double numerator = m_costs.orderCost;
        double cycles = 0.0; // M(S − s)
        for (std::size_t j = 0; j < n; ++j) {
            numerator += m_m[j] * G(S - static_cast<long long>(j));
            cycles += m_m[j];
        }
        return numerator / cycles;
    }

private:
    // m(j): expected number of periods the position spends j below S in one cycle.
    void extend(std::size_t n) {
        while (m_f.size() < n + 1)
            m_f.push_back(m_period.pmf(static_cast<long long>(m_f.size())));
        if (m_m.empty()) m_m.push_back(1.0 / (1.0 - m_f[0]));
        while (m_m.size() < n) {
            const std::size_t j = m_m.size();
            double sum = 0.0;
            for (std::size_t l = 1; l <= j; ++l)
                sum += m_f[l] * m_m[j - l];
            m_m.push_back(m_m[0] * sum);
        }
    }

    const DemandDistribution& m_period;
    DemandDistribution m_protection;
    PeriodicCosts m_costs;
    std::vector<double> m_f;
    std::vector<double> m_m;
    std::unordered_map<long long, double> m_g;
};

void validateInputs(const DemandDistribution& period, const PeriodicCosts& c) {
    if (!period.isDiscrete())
        throw InvalidInput(
            "distribution",
            "must be poisson or negbin for the (s,S) optimisation (discrete demand)");
    requirePositive("demand_mean", period.mean());
    requirePositive("order_cost", c.orderCost);
    requirePositive("holding_cost", c.holdingCost);
    requirePositive("stockout_cost", c.stockoutCost);
    if (c.leadTimePeriods < 0)
        throw InvalidInput("lead_time", fmt::format("must be ≥ 0, got {}", c.leadTimePeriods));
}

} // namespace

double ssPolicyCost(const DemandDistribution& periodDemand, const PeriodicCosts& costs,
                    long long reorderPoint, long long orderUpTo) {
    validateInputs(periodDemand, costs);
    if (orderUpTo <= reorderPoint)
        throw InvalidInput(
            "order_up_to_level",
            fmt::format("must be above the reorder point {}, got {}", reorderPoint, orderUpTo));
    RenewalModel model(periodDemand, costs);
    return model.cost(reorderPoint, orderUpTo);
}

SSPolicy optimiseSSPolicy(const DemandDistribution& periodDemand, const PeriodicCosts& costs) {
    validateInputs(periodDemand, costs);
    RenewalModel model(periodDemand, costs);
    const auto protection = periodDemand.scaled(costs.leadTimePeriods + 1.0);
    const auto yStar = static_cast<long long>(
        protection.quantile(costs.stockoutCost / (costs.stockoutCost + costs.holdingCost)));

    long long s = yStar;
    long long bestS = yStar;
    do {
        --s;
    } while (model.cost(s, bestS) > model.G(s));
    double bestCost = model.cost(s, bestS);
    for (long long S = bestS + 1; model.G(S) <= bestCost; ++S) {
        if (model.cost(s, S) < bestCost) {
            bestS = S;
            while (model.cost(s, bestS) <= model.G(s + 1))
                ++s;
            bestCost = model.cost(s, bestS);
        }
    }

    SSPolicy out;
    out.reorderPoint = static_cast<double>(s);
    out.orderUpTo = static_cast<double>(bestS);
    out.cost = bestCost;
    auto& e = out.explain;
    e.addInput("demand_mean", periodDemand.mean(), "units/period");
    e.addInput("demand_sd", periodDemand.sd(), "units/period");
    e.addInput("order_cost", costs.orderCost, "money/order");
    e.addInput("holding_cost", costs.holdingCost, "money/unit/period");
    e.addInput("stockout_cost", costs.stockoutCost, "money/unit/period");
    e.addInput("lead_time", costs.leadTimePeriods, "periods");
    e.addNote({util::MessageId::ExplainNotePeriodDemandFamily, {std::string(distributionFamilyName(periodDemand.family()))}});
    e.addResult("reorder_point", out.reorderPoint, "units",
                "s: order when the inventory position is at or below s");
    e.addResult("order_up_to_level", out.orderUpTo, "units", "S minimising c(s(S), S)");
    e.addResult("expected_cost", out.cost, "money/period",
                "c(s,S) = (K + Σ_{j<S−s} m(j)·G(S − j)) / M(S − s)");
    return out;
}

} // namespace stocktower::inventory
