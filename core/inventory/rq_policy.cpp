// Continuous-review (r,Q) policies that minimise expected cost: exact and EOQ + safety stock.
#include "inventory/rq_policy.h"

#include "inventory/newsvendor.h"
#include "inventory/order_quantity.h"
#include "inventory/validation.h"

#include <boost/math/tools/minima.hpp>
#include <boost/math/tools/roots.hpp>

#include <fmt/format.h>

#include <cmath>
#include <cstdint>
#include <limits>

namespace stocktower::inventory {

namespace {

void validateCosts(const RQCosts& c) {
    requirePositive("demand_rate", c.demandRate);
    requirePositive("order_cost", c.orderCost);
    requirePositive("holding_cost", c.holdingCost);
    requirePositive("stockout_cost", c.stockoutCost);
}

double g(const DemandDistribution& d, const RQCosts& c, double y) {
    return newsvendorCost(d, y, c.holdingCost, c.stockoutCost);
}

void explainInputs(Explanation& e, const DemandDistribution& d, const RQCosts& c) {
    e.addInput("mean_p", d.mean(), "units");
    e.addInput("sigma_p", d.sd(), "units");
    e.addInput("demand_rate", c.demandRate, "units/time");
    e.addInput("order_cost", c.orderCost, "money/order");
    e.addInput("holding_cost", c.holdingCost, "money/unit/time");
    e.addInput("stockout_cost", c.stockoutCost, "money/unit/time");
    e.addNote({util::MessageId::ExplainNoteLeadTimeDemandFamily, {std::string(distributionFamilyName(d.family()))}});
}

// The r that minimises g(r, Q) for a fixed Q: g(r + Q) − g(r) rises with r (g is convex) and
// changes sign between S* − Q and S*, S* the minimiser of g.
double bestReorderPoint(const DemandDistribution& d, const RQCosts& c, double q, double sStar) {
    auto f = [&](double r) { return g(d, c, r + q) - g(d, c, r); };
    const double a = sStar - q;
    const double b = sStar;
    if (f(a) >= 0.0) return a;
    if (f(b) <= 0.0) return b;
    std::uintmax_t iterations = 200;
    const auto [x, y] = boost::math::tools::toms748_solve(
        f, a, b, boost::math::tools::eps_tolerance<double>(50), iterations);
    return 0.5 * (x + y);
}

RQPolicy optimiseContinuous(const DemandDistribution& d, const RQCosts& c) {
    const double sStar = d.quantile(c.stockoutCost / (c.stockoutCost + c.holdingCost));
    const double eoq = std::sqrt(2.0 * c.orderCost * c.demandRate / c.holdingCost);
    auto costOfQ = [&](double q) { return rqCost(d, c, bestReorderPoint(d, c, q, sStar), q); };
    // The optimal Q is at least about the EOQ (Zheng 1992); the bracket is generous and grows
    // when the minimum lands on its upper end.
    const double lo = 0.25 * eoq;
    double hi = 4.0 * eoq + 10.0 * d.sd();
    std::pair<double, double> best;
    for (int attempt = 0; attempt < 8; ++attempt) {
        std::uintmax_t iterations = 500;
        best = boost::math::tools::brent_find_minima(
            costOfQ, lo, hi, std::numeric_limits<double>::digits / 2, iterations);
        if (best.first < 0.99 * hi) break;
        hi *= 4.0;
    }
    RQPolicy out;
    out.orderQuantity = best.first;
    out.reorderPoint = bestReorderPoint(d, c, out.orderQuantity, sStar);
    out.cost = rqCost(d, c, out.reorderPoint, out.orderQuantity);
    return out;
}

RQPolicy optimiseDiscrete(const DemandDistribution& d, const RQCosts& c) {
    const double fixed = c.orderCost * c.demandRate;
    auto lo = static_cast<long long>(d.quantile(c.stockoutCost / (c.stockoutCost + c.holdingCost)));
    long long hi = lo; // the window {lo, …, hi} = {r + 1, …, r + Q}
    double sum = g(d, c, static_cast<double>(lo));
    long long q = 1;
    double cost = fixed + sum;
    for (;;) {
        const double left = g(d, c, static_cast<double>(lo - 1));
        const double right = g(d, c, static_cast<double>(hi + 1));
        const double next = std::min(left, right);
        // Adding a value at or above the average cost cannot lower it, and later values are
        // larger still (g convex): the first such step ends the search.
        if (next >= cost) break;
        if (left < right)
            --lo;
        else
            ++hi;
        sum += next;
        ++q;
        cost = (fixed + sum) / static_cast<double>(q);
    }
    RQPolicy out;
    out.reorderPoint = static_cast<double>(lo - 1);
    out.orderQuantity = static_cast<double>(q);
    out.cost = cost;
    return out;
}

} // namespace

double rqCost(const DemandDistribution& d, const RQCosts& c, double r, double q) {
    requireFinite("reorder_point", r);
    requirePositive("order_quantity", q);
    requireNonNegative("demand_rate", c.demandRate);
    requireNonNegative("order_cost", c.orderCost);
    requireNonNegative("holding_cost", c.holdingCost);
    requireNonNegative("stockout_cost", c.stockoutCost);
    double integral = 0.0;
    if (d.isDiscrete()) {
        const auto from = static_cast<long long>(std::floor(r)) + 1;
        const auto to = static_cast<long long>(std::floor(r + q));
        for (long long y = from; y <= to; ++y)
            integral += g(d, c, static_cast<double>(y));
    } else {
        // ∫ h(y − μ) dy + (h + p)·∫ n(y) dy, with ∫_r^{r+Q} n = n₂(r) − n₂(r + Q).
        integral =
            c.holdingCost * (q * (r - d.mean()) + 0.5 * q * q) +
            (c.holdingCost + c.stockoutCost) * (d.secondOrderLoss(r) - d.secondOrderLoss(r + q));
    }
    return (c.orderCost * c.demandRate + integral) / q;
}

RQPolicy optimiseRQ(const DemandDistribution& d, const RQCosts& c) {
    validateCosts(c);
    RQPolicy out = d.isDiscrete() ? optimiseDiscrete(d, c) : optimiseContinuous(d, c);
    auto& e = out.explain;
    explainInputs(e, d, c);
    if (d.isDiscrete()) {
        e.addResult("order_quantity", out.orderQuantity, "units",
                    "Federgruen–Zheng: grow Q while the next-cheapest g(y) next to the window "
                    "is below the average cost");
        e.addResult("reorder_point", out.reorderPoint, "units",
                    "window {r+1, …, r+Q} of the Q smallest g(y), g(y) = h·(y − μ) + (h + p)·n(y)");
        e.addResult("expected_cost", out.cost, "money/time",
                    "(order_cost·demand_rate + Σ_{y=r+1}^{r+Q} g(y)) / Q");
    } else {
        e.addResult("order_quantity", out.orderQuantity, "units",
                    "argmin over Q of g(r(Q), Q) (Brent)");
        e.addResult("reorder_point", out.reorderPoint, "units", "r(Q) solves g(r) = g(r + Q)");
        e.addResult("expected_cost", out.cost, "money/time",
                    "(order_cost·demand_rate + ∫_r^{r+Q} g(y) dy) / Q");
    }
    return out;
}

RQPolicy eoqPlusSafetyStockRQ(const DemandDistribution& d, const RQCosts& c) {
    validateCosts(c);
    RQPolicy out;
    out.orderQuantity = economicOrderQuantity(c.demandRate, c.orderCost, c.holdingCost).quantity;
    out.reorderPoint = d.quantile(c.stockoutCost / (c.stockoutCost + c.holdingCost));
    out.cost = rqCost(d, c, out.reorderPoint, out.orderQuantity);
    auto& e = out.explain;
    explainInputs(e, d, c);
    e.addResult("order_quantity", out.orderQuantity, "units",
                "EOQ = √(2·order_cost·demand_rate / holding_cost)");
    e.addResult("reorder_point", out.reorderPoint, "units",
                "F⁻¹(stockout_cost / (stockout_cost + holding_cost))");
    e.addResult("expected_cost", out.cost, "money/time", "g(r, Q) of this (approximate) policy");
    return out;
}

} // namespace stocktower::inventory
