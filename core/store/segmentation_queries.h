// Read-side queries behind ABC/XYZ segmentation and cycle counting: usage per item-site in one
// ordered pass over the demand table, the item master's costs, known item-sites, stock locations.
#pragma once

#include "domain/date.h"
#include "store/sqlite.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace stocktower::store {

struct UsageDay {
    domain::DayNumber day = 0;
    double quantity = 0.0;
    std::int64_t orderLines = 0;
    bool hasOrderLines = false; // demand.order_lines is optional
};

// One item-site's demand rows inside the window (one per day and channel, days ascending).
// `days` is empty when the item-site has history, but none inside the window.
struct ItemSiteUsage {
    std::int64_t itemId = 0;
    std::int64_t siteId = 0;
    std::vector<UsageDay> days;
};

// Streams the demand table once in its key order (item_id, site_id, day, channel): SQLite walks
// the WITHOUT ROWID B-tree without sorting, and only one item-site is held at a time. Every
// item-site with any history is reported, also when none of it falls in [firstDay, lastDay].
// siteId: only that site. `onItemSite` returns false to stop (cancel). Returns the rows read.
std::int64_t readWindowUsage(Connection& db, domain::DayNumber firstDay, domain::DayNumber lastDay,
                             std::optional<std::int64_t> siteId,
                             const std::function<bool(const ItemSiteUsage&)>& onItemSite);

struct CostRow {
    std::int64_t itemId = 0;
    std::string sku;
    std::string description;
    std::optional<double> unitCost;
    std::optional<double> unitPrice;
};
// Every item, by item_id.
std::vector<CostRow> loadItemCosts(Connection& db);

struct ItemSiteKey {
    std::int64_t itemId = 0;
    std::int64_t siteId = 0;
    auto operator<=>(const ItemSiteKey&) const = default;
};
// Item-sites the workspace knows besides their demand: item_site parameters and stock
// balances. Sorted, unique. siteId: only that site.
std::vector<ItemSiteKey> loadStockedItemSites(Connection& db, std::optional<std::int64_t> siteId);

struct StockLocation {
    std::int64_t itemId = 0;
    std::int64_t siteId = 0;
    std::string code;
};
// Where each item-site's stock lies on its site's latest on-hand date (any status: a count
// covers held stock too). Sorted by item, site, location code; unique.
std::vector<StockLocation> loadStockLocations(Connection& db, std::optional<std::int64_t> siteId);

// Rows of item_site (a cheap size hint for progress).
std::int64_t countItemSites(Connection& db);

} // namespace stocktower::store
