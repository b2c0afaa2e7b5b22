// In-memory lookups from codes in a file (SKU, site, location) to workspace ids.
#pragma once

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

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    using Map = std::unordered_map<std::string, std::int64_t, Hash, std::equal_to<>>;
    Map m_items;
    Map m_sites;
    std::unordered_map<std::int64_t, Map> m_locations; // by site
};

} // namespace stocktower::exchange
