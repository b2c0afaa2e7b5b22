// In-memory lookups from codes in a file (SKU, site, location) to workspace ids.
#pragma once

#include "domain/time_zone.h"
#include "store/sqlite.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace stocktower::exchange {

// Loaded once per import; a hash lookup per row keeps validation at file-reading speed.
class ReferenceIndex {
public:
    void load(store::Connection& db, bool items, bool sites, bool locations);

    [[nodiscard]] std::optional<std::int64_t> item(std::string_view sku) const;
    [[nodiscard]] std::optional<std::int64_t> site(std::string_view code) const;
    [[nodiscard]] std::optional<std::int64_t> location(std::int64_t siteId, std::string_view code) const;
    // The site's time zone (UTC when it has none); nullptr when its name is not a known zone.
    [[nodiscard]] const domain::TimeZone* timeZone(std::int64_t siteId) const;
    [[nodiscard]] std::string timeZoneName(std::int64_t siteId) const;

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    using Map = std::unordered_map<std::string, std::int64_t, Hash, std::equal_to<>>;
    Map m_items;
    Map m_sites;
    std::unordered_map<std::int64_t, Map> m_locations; // by site
    std::unordered_map<std::int64_t, std::optional<domain::TimeZone>> m_zones; // by site
    std::unordered_map<std::int64_t, std::string> m_zoneNames;                 // as stored
};

} // namespace stocktower::exchange
