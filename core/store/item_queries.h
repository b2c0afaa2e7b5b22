// Read-side queries the item grid, item details and demand chart need.
#pragma once

#include "domain/date.h"
#include "store/sqlite.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stocktower::store {

struct SiteRow {
    std::int64_t id = 0;
    std::string code;
    std::string name;
};

// One grid row. Loaded for all items at once: 100,000 rows take a few tens of megabytes and
// let the grid sort and filter without touching the database.
struct ItemRow {
    std::int64_t id = 0;
    std::string sku;
    std::string description;
    std::string category;
    std::string uom;
    std::string supplier;
    std::string status;
    std::string handlingClass;
    std::optional<double> unitCost;
    std::optional<double> unitPrice;
    std::optional<std::int64_t> casePack;
    std::optional<double> leadTimeDays;
    std::optional<double> leadTimeSdDays;
    std::optional<double> moq;
    std::optional<double> orderMultiple;
    double onHand = 0;       // available on the latest as-of date (at the chosen site or all)
    double openPoQty = 0;    // open purchase order quantity
};

std::vector<SiteRow> loadSites(Connection& db);
// siteId: restrict on-hand and open PO quantities to one site; nullopt = all sites.
std::vector<ItemRow> loadItems(Connection& db, std::optional<std::int64_t> siteId = std::nullopt);

struct DemandPoint {
    domain::DayNumber periodStart = 0; // Monday of the ISO week
    double quantity = 0;
};
// Weekly demand of one item (one site or all), with zero weeks filled in between first and last.
std::vector<DemandPoint> weeklyDemand(Connection& db, std::int64_t itemId,
                                      std::optional<std::int64_t> siteId = std::nullopt);

} // namespace stocktower::store
