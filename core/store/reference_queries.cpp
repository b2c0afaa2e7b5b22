#include "store/reference_queries.h"

namespace stocktower::store {

void forEachItemKey(Connection& db, const std::function<void(std::string_view, std::int64_t)>& visit) {
    auto statement = db.prepare("SELECT sku, item_id FROM item");
    while (statement.step()) visit(statement.getTextView(0), statement.getInt(1));
}

void forEachSiteKey(Connection& db,
                    const std::function<void(std::string_view, std::int64_t, std::string_view)>& visit) {
    auto statement = db.prepare("SELECT code, site_id, IFNULL(timezone, '') FROM site");
    while (statement.step()) visit(statement.getTextView(0), statement.getInt(1), statement.getTextView(2));
}

void forEachLocationKey(Connection& db,
                        const std::function<void(std::int64_t, std::string_view, std::int64_t)>& visit) {
    auto statement = db.prepare("SELECT site_id, code, location_id FROM location");
    while (statement.step()) visit(statement.getInt(0), statement.getTextView(1), statement.getInt(2));
}

} // namespace stocktower::store
