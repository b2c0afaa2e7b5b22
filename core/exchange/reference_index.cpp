#include "exchange/reference_index.h"

#include "store/reference_queries.h"

namespace stocktower::exchange {

void ReferenceIndex::load(store::Connection& db, bool items, bool sites, bool locations) {
    if (items)
        store::forEachItemKey(db, [this](std::string_view sku, std::int64_t id) { m_items.emplace(sku, id); });
    if (sites)
        store::forEachSiteKey(db, [this](std::string_view code, std::int64_t id, std::string_view zone) {
            m_sites.emplace(code, id);
            // Resolved once here, on the importing thread, so converting rows only reads.
            m_zones.emplace(id, domain::TimeZone::locate(zone));
            m_zoneNames.emplace(id, zone);
        });
    if (locations)
        store::forEachLocationKey(db, [this](std::int64_t siteId, std::string_view code, std::int64_t id) {
            m_locations[siteId].emplace(code, id);
        });
}

namespace {
template <typename Map> std::optional<std::int64_t> find(const Map& map, std::string_view key) {
    auto it = map.find(key);
    return it == map.end() ? std::nullopt : std::optional<std::int64_t>(it->second);
}
} // namespace

std::optional<std::int64_t> ReferenceIndex::item(std::string_view sku) const { return find(m_items, sku); }
std::optional<std::int64_t> ReferenceIndex::site(std::string_view code) const { return find(m_sites, code); }

std::optional<std::int64_t> ReferenceIndex::location(std::int64_t siteId, std::string_view code) const {
    auto it = m_locations.find(siteId);
    return it == m_locations.end() ? std::nullopt : find(it->second, code);
}

const domain::TimeZone* ReferenceIndex::timeZone(std::int64_t siteId) const {
    static const domain::TimeZone utc;
    auto it = m_zones.find(siteId);
    if (it == m_zones.end()) return &utc;
    return it->second ? &*it->second : nullptr;
}

std::string ReferenceIndex::timeZoneName(std::int64_t siteId) const {
    auto it = m_zoneNames.find(siteId);
    return it == m_zoneNames.end() ? std::string() : it->second;
}

} // namespace stocktower::exchange
