#include "store/migrations.h"

#include "store/schema_v1.sql.h"
#include "store/schema_v2.sql.h"
#include "store/schema_v3.sql.h"
#include "store/schema_v4.sql.h"
#include "store/workspace.h"

#include <functional>
#include <string>
#include <vector>

namespace stocktower::store {

namespace {

void toVersion1(Connection& db) {
    db.exec(kSchemaV1);
    auto insert = db.prepare("INSERT INTO meta(key, value) VALUES (?, ?)");
    insert.bind(1, "created_at").bind(2, utcNowIso()).run();
    insert.bind(1, "created_by").bind(2, std::string("StockTower ") + STOCKTOWER_VERSION).run();
    insert.bind(1, "demand_bucket").bind(2, "week").run();
}

void toVersion2(Connection& db) {
    db.exec(kSchemaV2);
}

// KPIs: new record types, site cut-off and pick checks, configuration seeded with defaults and
// published benchmarks, weekly snapshots, and the indexes the KPI queries need.
void toVersion3(Connection& db) {
    db.exec(kSchemaV3);
}

// Policy defaults and what-if scenarios. The base scenario row is seeded here so that every
// workspace has exactly one (see store/scenario_store.h).
void toVersion4(Connection& db) {
    db.exec(kSchemaV4);
    const std::string now = utcNowIso();
    auto insert = db.prepare("INSERT INTO scenario(name, description, is_base, created_at, updated_at) "
                             "VALUES ('base', 'Current parameters', 1, ?, ?)");
    insert.bind(1, now).bind(2, now).run();
}

// Index = target version - 1. Append a function for each new schema version; never edit one
// that has shipped.
const std::vector<std::function<void(Connection&)>>& steps() {
    static const std::vector<std::function<void(Connection&)>> all = {toVersion1, toVersion2,
                                                                           toVersion3, toVersion4};
    return all;
}

} // namespace

void migrate(Connection& db, int fromVersion) {
    static_assert(kSchemaVersion >= 1);
    for (int version = fromVersion + 1; version <= kSchemaVersion; ++version) {
        Transaction transaction(db);
        steps().at(static_cast<std::size_t>(version - 1))(db);
        // PRAGMA values cannot be bound; both numbers are compile-time constants, not user data.
        db.exec("PRAGMA user_version = " + std::to_string(version));
        if (version == 1) db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        transaction.commit();
    }
}

} // namespace stocktower::store
