#include "inventory/sim_replication.h"

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace stocktower::inventory::sim {

namespace {

// Quantities are doubles: a difference below this is rounding noise from sums of continuous demand
// (an (R,S) review after a period without demand must not order 1e-13 units).
constexpr double kNoise = 1e-9;

double defaultInitialOnHand(const SimItem& item) {
    if (item.initialOnHand) return *item.initialOnHand;
    const auto& policy = item.policy;
    if (policy.kind == SimPolicyKind::ReorderPointQuantity)
        return policy.reorderPoint + policy.orderQuantity;
    return policy.orderUpTo;
}

bool reviews(const PreparedItem& item, int period) {
    return item.reviewPeriod == 1 || period % item.reviewPeriod == item.reviewOffset;
}

double orderQuantity(const PreparedItem& item, double position) {
    double quantity = 0.0;
    switch (item.kind) {
    case SimPolicyKind::ReorderPointQuantity:
        if (position <= item.reorderPoint)
            quantity = (std::floor((item.reorderPoint - position) / item.orderQuantity) + 1.0) *
                       item.orderQuantity;
        break;
    case SimPolicyKind::PeriodicOrderUpTo:
        quantity = item.orderUpTo - position;
        break;
    case SimPolicyKind::MinMax:
        if (position <= item.reorderPoint) quantity = item.orderUpTo - position;
        break;
    }
    if (quantity <= kNoise) return 0.0;
    quantity = std::max(quantity, item.minimumOrder);
    if (item.orderMultiple > 0.0)
        quantity = std::ceil(quantity / item.orderMultiple - kNoise) * item.orderMultiple;
    return quantity;
}

struct NoTrace {};

// The period loop, shared by the fast path (Trace = NoTrace: the record is compiled away) and the
// traced path, so that a trace shows exactly what the statistics counted.
template <typename Trace>
ReplicationTotals simulate(PreparedItem& item, const SimSettings& settings, std::size_t itemIndex,
                           int replication, std::vector<double>& due, Trace& trace) {
    Rng demandRng(streamSeed(settings.seed, Stream::Demand, itemIndex,
                             static_cast<std::uint64_t>(replication)));
    Rng leadTimeRng(streamSeed(settings.seed, Stream::LeadTime, itemIndex,
                               static_cast<std::uint64_t>(replication)));
    item.demand.reset();
    item.leadTime.reset();
    const int ringSize = item.ringSize;
    due.assign(static_cast<std::size_t>(ringSize), 0.0);

    ReplicationTotals totals;
    double onHand = item.initialOnHand;
    double backorders = 0.0;
    double onOrder = 0.0;
    int lastArrival = 0;
    bool cycleOpen = false;
    bool cycleCounted = false;
    bool cycleStockout = false;
    int slot = 0; // period mod ringSize
    for (int period = 0; period < settings.periods; ++period) {
        const bool counted = period >= settings.warmUpPeriods;

        // 1. Receive; a receipt closes the current replenishment cycle and opens the next.
        const double received = due[static_cast<std::size_t>(slot)];
        if (received > 0.0) {
            due[static_cast<std::size_t>(slot)] = 0.0;
            onHand += received;
            onOrder = std::max(0.0, onOrder - received);
            if (cycleOpen && cycleCounted) {
                ++totals.cycles;
                if (!cycleStockout) ++totals.cyclesWithoutStockout;
            }
            cycleOpen = true;
            cycleCounted = counted;
            cycleStockout = false;
            if (backorders > 0.0) {
                const double cleared = std::min(backorders, onHand);
                backorders -= cleared;
                onHand -= cleared;
            }
        }

        // 2. Demand, filled from stock; the rest is backordered or lost.
        const double demand = item.demand.draw(demandRng);
        const double filled = std::min(demand, onHand);
        onHand -= filled;
        const double shortage = demand - filled;
        if (item.backorder) backorders += shortage;
        const bool stockout = item.backorder ? backorders > 0.0 : shortage > 0.0;
        cycleStockout = cycleStockout || stockout;

        // 3. Review and order on the inventory position.
        double ordered = 0.0;
        int leadTime = -1;
        int arrival = -1;
        if (reviews(item, period)) {
            ordered = orderQuantity(item, onHand + onOrder - backorders);
            if (ordered > 0.0) {
                leadTime = item.leadTime.draw(leadTimeRng);
                arrival = period + 1 + leadTime;
                if (!settings.ordersMayCross) {
                    arrival = std::max(arrival, lastArrival);
                    lastArrival = arrival;
                }
                due[static_cast<std::size_t>(arrival % ringSize)] += ordered;
                onOrder += ordered;
            }
        }

        if (counted) {
            totals.demand += demand;
            totals.filled += filled;
            totals.shortage += shortage;
            totals.onHandSum += onHand;
            totals.backorderSum += backorders;
            if (stockout) ++totals.stockoutPeriods;
            if (ordered > 0.0) {
                ++totals.orders;
                totals.orderedUnits += ordered;
            }
        }
        if constexpr (!std::is_same_v<Trace, NoTrace>) {
            trace.push_back({period, received, demand, filled, shortage, onHand, backorders,
                             onOrder, onHand + onOrder - backorders, ordered, leadTime, arrival,
                             stockout});
        }
        if (++slot == ringSize) slot = 0;
    }
    return totals;
}

} // namespace

PreparedItem::PreparedItem(const SimItem& item)
    : kind(item.policy.kind), reorderPoint(item.policy.reorderPoint),
      orderQuantity(item.policy.orderQuantity), orderUpTo(item.policy.orderUpTo),
      reviewPeriod(item.policy.reviewPeriod), reviewOffset(item.policy.reviewOffset),
      minimumOrder(item.policy.minimumOrder), orderMultiple(item.policy.orderMultiple),
      initialOnHand(defaultInitialOnHand(item)), backorder(item.shortage == SimShortage::Backorder),
      demand(item.demand), leadTime(item.leadTime), ringSize(leadTime.cap() + 2) {}

ReplicationTotals runReplication(PreparedItem& item, const SimSettings& settings,
                                 std::size_t itemIndex, int replication, std::vector<double>& due) {
    NoTrace none;
    return simulate(item, settings, itemIndex, replication, due, none);
}

std::vector<SimTracePeriod> traceReplication(PreparedItem& item, const SimSettings& settings,
                                             std::size_t itemIndex, int replication) {
    std::vector<SimTracePeriod> trace;
    trace.reserve(static_cast<std::size_t>(settings.periods));
    std::vector<double> due;
    simulate(item, settings, itemIndex, replication, due, trace);
    return trace;
}

} // namespace stocktower::inventory::sim
