#include "demo/assortment.h"

#include "demo/demo_random.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace stocktower::demo {

using domain::DayNumber;

namespace {

// ABC by expected annual consumption value: A up to 80 % of the value, B the next 15 %.
std::vector<char> valueClasses(const Assortment& a) {
    const std::size_t n = a.items.size();
    std::vector<double> value(n, 0.0);
    for (const auto& params : a.itemSites)
        value[params.item] += a.profiles[params.item].expectedDailyUnits() * params.siteFactor *
                              365.0 * a.items[params.item].unitCost;
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        return value[x] != value[y] ? value[x] > value[y] : x < y;
    });
    const double total = std::accumulate(value.begin(), value.end(), 0.0);
    std::vector<char> classes(n, 'C');
    double running = 0;
    for (std::size_t index : order) {
        const double before = total > 0 ? running / total : 1.0;
        classes[index] = before < 0.80 ? 'A' : before < 0.95 ? 'B' : 'C';
        running += value[index];
    }
    return classes;
}

// Which sites stock the item: nearly every site for fast movers, fewer for the long tail.
std::vector<std::size_t> stockingSites(Rng& rng, std::size_t siteCount, VelocityClass velocity) {
    const double otherSiteChance = velocity == VelocityClass::Fast     ? 0.97
                                   : velocity == VelocityClass::Medium ? 0.9
                                                                       : 0.72;
    const std::size_t primary =
        siteCount > 1 && !chance(rng, 0.75) ? 1 + uniformIndex(rng, siteCount - 1) : 0;
    std::vector<std::size_t> sites;
    for (std::size_t s = 0; s < siteCount; ++s)
        if (s == primary || chance(rng, otherSiteChance)) sites.push_back(s);
    return sites;
}

} // namespace

std::vector<SiteInfo> makeSites(std::size_t count) {
    static const std::array<SiteInfo, 8> named{{
        {"DC-NORTH", "Hamburg distribution centre", "DE", "Europe/Berlin", 1.0},
        {"DC-SOUTH", "Munich distribution centre", "DE", "Europe/Berlin", 0.75},
        {"DC-WEST", "Rotterdam distribution centre", "NL", "Europe/Amsterdam", 0.6},
        {"DC-EAST", "Poznań distribution centre", "PL", "Europe/Warsaw", 0.5},
        {"DC-CENTRAL", "Prague distribution centre", "CZ", "Europe/Prague", 0.45},
        {"DC-ALPS", "Vienna distribution centre", "AT", "Europe/Vienna", 0.45},
        {"DC-IBERIA", "Madrid distribution centre", "ES", "Europe/Madrid", 0.4},
        {"DC-ITALIA", "Milan distribution centre", "IT", "Europe/Rome", 0.4},
    }};
    std::vector<SiteInfo> sites;
    for (std::size_t i = 0; i < count; ++i) {
        if (i < named.size()) {
            sites.push_back(named[i]);
        } else {
            sites.push_back({fmt::format("DC-{:02}", i + 1),
                             fmt::format("Regional warehouse {}", i + 1), "DE", "Europe/Berlin",
                             0.3});
        }
    }
    return sites;
}

Assortment planAssortment(std::uint64_t seed, std::size_t itemCount, std::size_t siteCount,
                          DayNumber historyFirst, DayNumber historyLast) {
    Assortment a;
    a.sites = makeSites(siteCount);
    a.suppliers = makeSuppliers(seed);
    const auto deck = makePatternDeck(seed, itemCount);
    a.items.reserve(itemCount);
    a.profiles.reserve(itemCount);
    a.itemSiteIndex.assign(itemCount * siteCount, -1);

    for (std::size_t i = 0; i < itemCount; ++i) {
        a.items.push_back(makeItemMaster(seed, i, a.suppliers));
        const ItemMaster& item = a.items.back();
        a.profiles.push_back(makeDemandProfile(seed, i, deck[i], item, historyFirst, historyLast));
        const DemandProfile& profile = a.profiles.back();
        if (profile.pattern == DemandPattern::NewItem)
            a.statuses.emplace_back("new");
        else if (profile.salesEnd < historyLast - 14)
            a.statuses.emplace_back("discontinued");
        else
            a.statuses.emplace_back("active");

        Rng rng = makeRng(seed, Stream::ItemSite, i, 0xFFFFFFFFULL);
        const double expectedDaily = profile.expectedDailyUnits();
        for (std::size_t s : stockingSites(rng, siteCount, profile.velocity)) {
            Rng siteRng = makeRng(seed, Stream::ItemSite, i, s);
            ItemSiteParams params;
            params.item = i;
            params.site = s;
            params.siteFactor = a.sites[s].demandShare * logNormal(siteRng, 1.0, 0.3);
            // Other sites are fed through the main hub or further from the supplier.
            params.leadTimeDays =
                item.leadTimeDays + (s == 0 ? 0.0 : roundTo(uniform(siteRng, 0.5, 3.0), 0.5));
            params.leadTimeSdDays = roundTo(item.leadTimeSdDays * uniform(siteRng, 0.9, 1.2), 0.1);
            params.reviewPeriodDays = 7;
            // Legacy min/max from the ERP: set for about half the item-sites, rarely right.
            if (chance(siteRng, 0.55)) {
                const double daily = expectedDaily * params.siteFactor;
                const double minQty = std::round(daily * uniform(siteRng, 5, 20));
                params.minQty = minQty;
                params.maxQty =
                    minQty + std::max(item.moq, std::round(daily * uniform(siteRng, 10, 40)));
            }
            a.itemSiteIndex[i * siteCount + s] = static_cast<std::int64_t>(a.itemSites.size());
            a.itemSites.push_back(params);
        }
    }

    a.valueClasses = valueClasses(a);
    for (std::size_t i = 0; i < itemCount; ++i)
        if (a.statuses[i] == "discontinued") a.valueClasses[i] = 'C';
    for (auto& params : a.itemSites) {
        const char valueClass = a.valueClasses[params.item];
        params.serviceTarget = valueClass == 'A' ? 0.98 : valueClass == 'B' ? 0.95 : 0.90;
    }
    return a;
}

} // namespace stocktower::demo
