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

// The state of one replication and the events that change it, in the order of simulation.h.
struct Shelf {
    double onHand = 0.0;
    double backorders = 0.0;
    double onOrder = 0.0;
    bool backorder = true;
    // The open replenishment cycle.
    bool cycleOpen = false;
    bool cycleCounted = false;
    bool cycleStockout = false;

    // A receipt (possibly of nothing: a review's marker) closes the open cycle and opens the next.
    void receive(double quantity, bool counted, ReplicationTotals& totals) {
        onHand += quantity;
        onOrder = std::max(0.0, onOrder - quantity);
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

    // Demand filled from stock; the rest is backordered or lost. Returns the shortage.
    double demand(double units) {
        const double filled = std::min(units, onHand);
        onHand -= filled;
        const double shortage = units - filled;
        if (backorder) backorders += shortage;
        if (backorder ? backorders > 0.0 : shortage > 0.0) cycleStockout = true;
        return shortage;
    }
};

// The period loop, shared by the fast path (Trace = NoTrace: the record is compiled away) and the
// traced path, so that a trace shows exactly what the statistics counted.
template <typename Trace>
ReplicationTotals simulate(PreparedItem& item, const SimSettings& settings, std::size_t itemIndex,
                           int replication, Trace& trace) {
    Rng demandRng(streamSeed(settings.seed, Stream::Demand, itemIndex,
                             static_cast<std::uint64_t>(replication)));
    Rng leadTimeRng(streamSeed(settings.seed, Stream::LeadTime, itemIndex,
                               static_cast<std::uint64_t>(replication)));
    item.demand.reset();
    item.leadTime.reset();
    const int ringSize = item.ringSize;
    item.inTransit.resize(static_cast<std::size_t>(ringSize));
    for (auto& slotArrivals : item.inTransit) slotArrivals.clear();

    ReplicationTotals totals;
    Shelf shelf;
    shelf.onHand = item.initialOnHand;
    shelf.backorder = item.backorder;
    double lastArrival = 0.0; // FIFO receipts: no order arrives before one placed earlier
    int slot = 0;             // period mod ringSize
    for (int period = 0; period < settings.periods; ++period) {
        const bool counted = period >= settings.warmUpPeriods;
        auto& arrivals = item.inTransit[static_cast<std::size_t>(slot)];
        if (arrivals.size() > 1)
            std::stable_sort(arrivals.begin(), arrivals.end(),
                             [](const auto& a, const auto& b) { return a.moment < b.moment; });

        // 1. and 2. Receipts at the start, then the period's demand, split at any receipt inside it.
        // Orders arriving at the same moment are one receipt (one cycle boundary).
        double received = 0.0;
        double demand = 0.0;
        double shortage = 0.0;
        std::size_t next = 0;
        const auto receiveAt = [&](double moment) {
            double quantity = 0.0;
            while (next < arrivals.size() && arrivals[next].moment <= moment) quantity += arrivals[next++].quantity;
            received += quantity;
            shelf.receive(quantity, counted, totals);
        };
        if (next < arrivals.size() && arrivals[next].moment <= kNoise) receiveAt(kNoise);
        if (next == arrivals.size()) {
            demand = item.demand.draw(demandRng);
            shortage = shelf.demand(demand);
        } else {
            // Parts of the period between the receipt moments still to come.
            item.partLengths.clear();
            double from = 0.0;
            for (std::size_t k = next; k < arrivals.size(); ++k)
                if (arrivals[k].moment > from + kNoise) {
                    item.partLengths.push_back(arrivals[k].moment - from);
                    from = arrivals[k].moment;
                }
            item.partLengths.push_back(1.0 - from);
            item.partDemand.resize(item.partLengths.size());
            item.demand.drawParts(demandRng, item.partLengths, item.partDemand);
            double moment = 0.0;
            for (std::size_t part = 0; part < item.partLengths.size(); ++part) {
                demand += item.partDemand[part];
                shortage += shelf.demand(item.partDemand[part]);
                moment += item.partLengths[part];
                if (part + 1 < item.partLengths.size()) receiveAt(moment + kNoise);
            }
        }
        arrivals.clear();
        const double filled = demand - shortage;
        const bool stockout = item.backorder ? shelf.backorders > 0.0 : shortage > 0.0;

        // 3. Review and order on the inventory position.
        double ordered = 0.0;
        int leadTime = -1;
        int arrival = -1;
        if (reviews(item, period)) {
            ordered = orderQuantity(item, shelf.onHand + shelf.onOrder - shelf.backorders);
            if (ordered > 0.0 || item.cyclePerReview) {
                const double drawn = item.continuousLeadTime ? item.leadTime.drawContinuous(leadTimeRng)
                                                             : static_cast<double>(item.leadTime.draw(leadTimeRng));
                double at = static_cast<double>(period) + 1.0 + drawn;
                if (settings.receiptsInOrder) {
                    at = std::max(at, lastArrival);
                    // A review that orders nothing delays no real order.
                    if (ordered > 0.0) lastArrival = at;
                }
                arrival = static_cast<int>(std::floor(at + kNoise));
                leadTime = arrival - period - 1;
                const double moment = std::max(0.0, at - static_cast<double>(arrival));
                item.inTransit[static_cast<std::size_t>(arrival % ringSize)].push_back({moment, ordered});
                shelf.onOrder += ordered;
                if (ordered <= 0.0) leadTime = arrival = -1;
            }
        }

        if (counted) {
            totals.demand += demand;
            totals.filled += filled;
            totals.shortage += shortage;
            totals.onHandSum += shelf.onHand;
            totals.backorderSum += shelf.backorders;
            if (stockout) ++totals.stockoutPeriods;
            if (ordered > 0.0) {
                ++totals.orders;
                totals.orderedUnits += ordered;
            }
        }
        if constexpr (!std::is_same_v<Trace, NoTrace>) {
            trace.push_back({period, received, demand, filled, shortage, shelf.onHand, shelf.backorders,
                             shelf.onOrder, shelf.onHand + shelf.onOrder - shelf.backorders, ordered,
                             leadTime, arrival, stockout});
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
      continuousLeadTime(item.leadTime.continuous),
      cyclePerReview(item.policy.kind == SimPolicyKind::PeriodicOrderUpTo), demand(item.demand),
      leadTime(item.leadTime), ringSize(leadTime.cap() + 2) {}

ReplicationTotals runReplication(PreparedItem& item, const SimSettings& settings,
                                 std::size_t itemIndex, int replication) {
    NoTrace none;
    return simulate(item, settings, itemIndex, replication, none);
}

std::vector<SimTracePeriod> traceReplication(PreparedItem& item, const SimSettings& settings,
                                             std::size_t itemIndex, int replication) {
    std::vector<SimTracePeriod> trace;
    trace.reserve(static_cast<std::size_t>(settings.periods));
    simulate(item, settings, itemIndex, replication, trace);
    return trace;
}

} // namespace stocktower::inventory::sim
