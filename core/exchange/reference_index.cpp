#include "exchange/reference_index.h"

namespace stocktower::exchange {

void ReferenceIndex::load(store::Connection& db, bool items, bool sites, bool locations) {
    if (items) {
        auto statement = db.prepare("SELECT sku, item_id FROM item");
        while (statement.step()) m_items.emplace(statement.getText(0), statement.getInt(1));
    }
    if (sites) {
        auto statement = db.prepare("SELECT code, site_id, IFNULL(timezone, '') FROM site");
        while (statement.step()) {
            m_sites.emplace(statement.getText(0), statement.getInt(1));
            // Resolved once here, on the importing thread, so converting rows only reads.
            m_zones.emplace(statement.getInt(1), domain::TimeZone::locate(statement.getTextView(2)));
            m_zoneNames.emplace(statement.getInt(1), statement.getText(2));
        }
    }
    if (locations) {
        auto statement = db.prepare("SELECT site_id, code, location_id FROM location");
        while (statement.step())
            m_locations[statement.getInt(0)].emplace(statement.getText(1), statement.getInt(2));
    }
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
