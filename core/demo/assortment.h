// The demo assortment: sites, items, their demand profiles and where each item is stocked.
#pragma once

#include "demo/catalog.h"
#include "demo/demand_patterns.h"
#include "demo/stock_and_supply.h"
#include "domain/date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stocktower::demo {

struct SiteInfo {
    std::string code;
    std::string name;
    std::string country;
    std::string timezone; // all Central European: see demo_time.h
    double demandShare = 1;
};

// Plain data, a few hundred bytes per item: 100,000 items fit easily in memory. The demand
// history itself is never held; it is streamed per item-site.
struct Assortment {
    std::vector<SiteInfo> sites;
    std::vector<Supplier> suppliers;
    std::vector<ItemMaster> items;
    std::vector<DemandProfile> profiles;     // per item
    std::vector<std::string> statuses;       // per item: active, new, discontinued
    std::vector<char> valueClasses;          // per item: A, B, C by expected annual value
    std::vector<ItemSiteParams> itemSites;   // ordered by (item, site)
    std::vector<std::int64_t> itemSiteIndex; // item * sites + site → index into itemSites, or -1

    [[nodiscard]] std::optional<std::size_t> itemSiteOf(std::size_t item, std::size_t site) const {
        const auto index = itemSiteIndex[item * sites.size() + site];
        return index < 0 ? std::nullopt
                         : std::optional<std::size_t>(static_cast<std::size_t>(index));
    }
};

std::vector<SiteInfo> makeSites(std::size_t count);

// Everything about the items that does not depend on the generated history.
Assortment planAssortment(std::uint64_t seed, std::size_t itemCount, std::size_t siteCount,
                          domain::DayNumber historyFirst, domain::DayNumber historyLast);

} // namespace stocktower::demo
