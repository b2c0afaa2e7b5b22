#include "exchange/reference_index.h"

namespace stocktower::exchange {

void ReferenceIndex::load(store::Connection& db, bool items, bool sites, bool locations) {
    if (items) {
        auto statement = db.prepare("SELECT sku, item_id FROM item");
        while (statement.step()) m_items.emplace(statement.getText(0), statement.getInt(1));
    }
    if (sites) {
        auto statement = db.prepare("SELECT code, site_id FROM site");
        while (statement.step()) m_sites.emplace(statement.getText(0), statement.getInt(1));
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

} // namespace stocktower::exchange
