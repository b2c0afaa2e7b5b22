// The codes people use for workspace rows (SKU, site code, location code) with their ids: what
// an import resolves references against.
#pragma once

#include "store/sqlite.h"

#include <cstdint>
#include <functional>
#include <string_view>

namespace stocktower::store {

// Each calls `visit` once per row; the views are valid during the call only.
void forEachItemKey(Connection& db, const std::function<void(std::string_view sku, std::int64_t itemId)>& visit);
// timeZone: the site's IANA zone name as stored, empty when it has none.
void forEachSiteKey(Connection& db,
                    const std::function<void(std::string_view code, std::int64_t siteId, std::string_view timeZone)>& visit);
void forEachLocationKey(
    Connection& db, const std::function<void(std::int64_t siteId, std::string_view code, std::int64_t locationId)>& visit);

} // namespace stocktower::store
