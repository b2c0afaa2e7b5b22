#include "inventory/sim_statistics.h"

#include <cmath>
#include <limits>

namespace stocktower::inventory::sim {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Mean of per-replication values and the standard error of that mean (two passes: exact).
template <typename Value> SimEstimate meanOf(std::span<const ReplicationTotals> reps, Value value) {
    const auto n = static_cast<double>(reps.size());
    double sum = 0.0;
    for (const auto& rep : reps)
        sum += value(rep);
    SimEstimate estimate;
    estimate.mean = sum / n;
    if (reps.size() < 2) return estimate;
    double squares = 0.0;
    for (const auto& rep : reps) {
        const double d = value(rep) - estimate.mean;
        squares += d * d;
    }
    estimate.standardError = std::sqrt(squares / (n - 1.0) / n);
    return estimate;
}

// Pooled ratio Σa / Σb over replications, with the ratio estimator's standard error (delta method):
// SE² = Σ(a_r − R·b_r)² / (n(n−1)·b̄²). Replications differ in how many cycles they complete, so
// pooling weighs every cycle alike, where a mean of ratios would not.
template <typename A, typename B>
SimEstimate ratioOf(std::span<const ReplicationTotals> reps, A numerator, B denominator) {
    double sumA = 0.0;
    double sumB = 0.0;
    for (const auto& rep : reps) {
        sumA += numerator(rep);
        sumB += denominator(rep);
    }
    SimEstimate estimate;
    if (!(sumB > 0.0)) return estimate;
    estimate.mean = sumA / sumB;
    if (reps.size() < 2) return estimate;
    const auto n = static_cast<double>(reps.size());
    double squares = 0.0;
    for (const auto& rep : reps) {
        const double d = numerator(rep) - estimate.mean * denominator(rep);
        squares += d * d;
    }
    const double meanB = sumB / n;
    estimate.standardError = std::sqrt(squares / (n * (n - 1.0))) / meanB;
    return estimate;
}

} // namespace

SimItemResult summarise(std::span<const ReplicationTotals> replications, int countedPeriods) {
    const auto periods = static_cast<double>(countedPeriods);
    SimItemResult result;
    result.cycleServiceLevel = ratioOf(
        replications, [](const auto& r) { return static_cast<double>(r.cyclesWithoutStockout); },
        [](const auto& r) { return static_cast<double>(r.cycles); });
    result.readyRate = meanOf(
        replications, [periods](const auto& r) { return (periods - r.stockoutPeriods) / periods; });
    result.fillRate = ratioOf(
        replications, [](const auto& r) { return r.filled; },
        [](const auto& r) { return r.demand; });
    result.averageOnHand =
        meanOf(replications, [periods](const auto& r) { return r.onHandSum / periods; });
    result.averageBackorders =
        meanOf(replications, [periods](const auto& r) { return r.backorderSum / periods; });

    const auto n = static_cast<double>(replications.size());
    for (const auto& r : replications) {
        result.demandUnits += r.demand;
        result.stockoutUnits += r.shortage;
        result.orders += r.orders;
        result.orderedUnits += r.orderedUnits;
        result.stockoutPeriods += r.stockoutPeriods;
        result.cycles += r.cycles;
    }
    result.demandUnits /= n;
    result.stockoutUnits /= n;
    result.orders /= n;
    result.orderedUnits /= n;
    result.stockoutPeriods /= n;
    result.cycles /= n;
    return result;
}

SimTotals totalsOf(std::span<const SimItemResult> items) {
    SimTotals totals;
    totals.itemSites = items.size();
    double cycleSum = 0.0, readySum = 0.0, fillSum = 0.0;
    std::size_t withCycles = 0, withDemand = 0;
    for (const auto& item : items) {
        if (std::isfinite(item.cycleServiceLevel.mean)) {
            cycleSum += item.cycleServiceLevel.mean;
            ++withCycles;
        }
        if (std::isfinite(item.fillRate.mean)) {
            fillSum += item.fillRate.mean;
            ++withDemand;
        }
        readySum += item.readyRate.mean;
        totals.averageOnHand += item.averageOnHand.mean;
        totals.averageBackorders += item.averageBackorders.mean;
        totals.demandUnits += item.demandUnits;
        totals.stockoutUnits += item.stockoutUnits;
        totals.orders += item.orders;
        totals.stockoutPeriods += item.stockoutPeriods;
    }
    if (withCycles > 0) totals.meanCycleServiceLevel = cycleSum / static_cast<double>(withCycles);
    if (withDemand > 0) totals.meanFillRate = fillSum / static_cast<double>(withDemand);
    if (!items.empty()) totals.meanReadyRate = readySum / static_cast<double>(items.size());
    if (totals.demandUnits > 0.0)
        totals.fillRate = (totals.demandUnits - totals.stockoutUnits) / totals.demandUnits;
    else
        totals.fillRate = kNaN;
    return totals;
}

} // namespace stocktower::inventory::sim
