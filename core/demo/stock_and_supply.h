// Demo on-hand balances and purchase orders that agree with an item-site's demand history.
#pragma once

#include "demo/catalog.h"
#include "demo/demand_patterns.h"
#include "demo/warehouse_layout.h"
#include "domain/date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stocktower::demo {

// Planning parameters of one stocked item at one site (the item_sites row).
struct ItemSiteParams {
    std::size_t item = 0;
    std::size_t site = 0;
    double siteFactor = 1; // demand rate multiplier for this site
    double leadTimeDays = 0;
    double leadTimeSdDays = 0;
    double serviceTarget = 0.95;
    double reviewPeriodDays = 7;
    std::optional<double> minQty, maxQty; // legacy ERP min/max, where someone once set them
};

// What the stock and supply stages need to know about the generated history.
struct DemandStats {
    double units91 = 0;      // last 13 weeks
    double sumSquares91 = 0; // of daily units, last 13 weeks
    double totalUnits = 0;
    domain::DayNumber lastSale = 0; // 0 = never sold
    void add(domain::DayNumber day, double units, domain::DayNumber lastDay);
};

struct OnHandPlan {
    std::optional<std::size_t> location; // index into the site's layout
    std::string lot;
    std::optional<domain::DayNumber> expiry;
    const char* status = "available";
    double quantity = 0;
};

struct PoLinePlan {
    std::size_t item = 0;
    std::size_t site = 0;
    std::size_t supplier = 0;
    domain::DayNumber orderDay = 0;
    domain::DayNumber dueDay = 0;
    std::optional<domain::DayNumber> arrivalDay; // set when (part of) the line was received
    double ordered = 0;
    double received = 0;
    const char* status = "open"; // open, closed, cancelled
};

struct SupplyPlan {
    std::vector<OnHandPlan> onHand;
    std::vector<PoLinePlan> poLines;
    bool stockedOut =
        false; // no available stock: customer orders of the last weeks ship short or late
};

struct SupplyContext {
    std::uint64_t seed = 0;
    std::size_t itemIndex = 0;
    const ItemMaster* item = nullptr;
    const Supplier* supplier = nullptr;
    const DemandProfile* profile = nullptr;
    const ItemSiteParams* params = nullptr;
    const DemandStats* stats = nullptr;
    SlotAssignment slot;
    domain::DayNumber historyFirst = 0;
    domain::DayNumber lastDay = 0;
    bool discontinued = false;
};

// Balances as of lastDay and the purchase order lines of the last 26 weeks plus open ones.
SupplyPlan planStockAndSupply(const SupplyContext& context);

} // namespace stocktower::demo
