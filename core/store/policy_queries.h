// Read-side queries behind the workspace policy run: item-site parameters with their item's,
// today's stock position (on hand, open purchase order lines, open customer order lines).
#pragma once

#include "store/sqlite.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace stocktower::store {

// One item-site and the parameters the ERP import gave it (item_site) and its item (item).
struct PolicyParameterRow {
    std::int64_t itemId = 0;
    std::int64_t siteId = 0;
    std::string sku;
    std::string description;
    std::string siteCode;
    std::string supplier;
    std::string category;
    std::optional<double> unitCost;
    std::optional<double> casePack;
    std::optional<double> moq;
    std::optional<double> orderMultiple;
    std::optional<double> itemLeadTimeDays;
    std::optional<double> itemLeadTimeSdDays;
    std::optional<double> siteLeadTimeDays;     // item_site
    std::optional<double> siteLeadTimeSdDays;   // item_site
    std::optional<double> serviceTarget;        // item_site
    std::optional<double> reviewPeriodDays;     // item_site
};

// Item-sites that have demand history, an item_site row or stock, by (item, site), with their
// parameters. siteId / itemId restrict the set.
std::vector<PolicyParameterRow> loadPolicyParameters(Connection& db, std::optional<std::int64_t> siteId,
                                                     std::optional<std::int64_t> itemId);

struct StockPositionRow {
    std::int64_t itemId = 0;
    std::int64_t siteId = 0;
    double quantity = 0.0;
    std::string day; // due date for purchase order lines; empty otherwise
};

// Available on-hand per item-site on its site's latest as-of date (as the item grid counts it).
std::vector<StockPositionRow> loadAvailableOnHand(Connection& db);
// Open purchase order lines (status open, open quantity > 0) with their due dates.
std::vector<StockPositionRow> loadOpenPurchaseLines(Connection& db);
// Committed per item-site: ordered − shipped of customer order lines not shipped yet.
std::vector<StockPositionRow> loadCommittedQuantities(Connection& db);

} // namespace stocktower::store
