// One replication of one item-site: the period loop with the event order of simulation.h.
#pragma once

#include "inventory/sim_demand.h"
#include "inventory/sim_lead_time.h"
#include "inventory/simulation.h"

#include <cstddef>
#include <vector>

namespace stocktower::inventory::sim {

// Counts and sums of one replication over the periods after the warm-up.
struct ReplicationTotals {
    double demand = 0.0;
    double filled = 0.0;   // from stock, in the period demanded
    double shortage = 0.0; // backordered or lost
    double onHandSum = 0.0;
    double backorderSum = 0.0;
    double orderedUnits = 0.0;
    int orders = 0;
    int stockoutPeriods = 0;
    int cycles = 0;
    int cyclesWithoutStockout = 0;
};

// A validated item-site turned into what the period loop reads: samplers built once, policy numbers
// unpacked. Owned by one worker at a time (the samplers are reset, not shared).
struct PreparedItem {
    explicit PreparedItem(const SimItem& item);

    SimPolicyKind kind;
    double reorderPoint;
    double orderQuantity;
    double orderUpTo;
    int reviewPeriod;
    int reviewOffset;
    double minimumOrder;
    double orderMultiple;
    double initialOnHand;
    bool backorder;
    bool continuousLeadTime;
    // (R,S): every review opens a replenishment cycle, also one that orders nothing.
    bool cyclePerReview;
    DemandSampler demand;
    LeadTimeSampler leadTime;
    // Orders in transit, by arrival period modulo this size: an arrival is at most cap + 1 periods
    // ahead (also with FIFO receipts), so slots are never reused too early.
    int ringSize;

    // An order in transit: when in its arrival period it arrives (0 = at the start, before the
    // period's demand) and how much; quantity 0 marks a review that ordered nothing.
    struct Arrival {
        double moment;
        double quantity;
    };
    // Scratch reused across replications so that the loop allocates nothing once it has grown.
    std::vector<std::vector<Arrival>> inTransit; // ringSize slots
    std::vector<double> partLengths;
    std::vector<double> partDemand;
};

ReplicationTotals runReplication(PreparedItem& item, const SimSettings& settings,
                                 std::size_t itemIndex, int replication);

std::vector<SimTracePeriod> traceReplication(PreparedItem& item, const SimSettings& settings,
                                             std::size_t itemIndex, int replication);

} // namespace stocktower::inventory::sim
