// Planner overrides of forecast periods.
#include "store/forecast_overrides.h"

#include "store/workspace.h"
#include "util/errors.h"

#include <cmath>
#include <cstdlib>

namespace stocktower::store {

namespace {

constexpr const char* kColumns =
    "SELECT run_id, item_id, site_id, period_start, quantity, comment, user_name, created_at "
    "FROM forecast_override ";

ForecastOverride readOverride(const Statement& statement) {
    ForecastOverride entry;
    entry.runId = statement.getInt(0);
    entry.itemId = statement.getInt(1);
    entry.siteId = statement.getInt(2);
    entry.periodStart = statement.getText(3);
    entry.quantity = statement.getDouble(4);
    entry.comment = statement.getText(5);
    entry.userName = statement.getText(6);
    entry.createdAt = statement.getText(7);
    return entry;
}

// The schema keeps no unique key on a period (the table predates the rule), so removing
// every row of the key is what keeps "one current override" true.
void deleteOverrides(Connection& db, std::int64_t runId, std::int64_t itemId, std::int64_t siteId,
                     const std::string& periodStart) {
    db.prepare("DELETE FROM forecast_override WHERE run_id = ? AND item_id = ? AND site_id = ? AND period_start = ?")
        .bind(1, runId)
        .bind(2, itemId)
        .bind(3, siteId)
        .bind(4, periodStart)
        .run();
}

} // namespace

void setForecastOverride(Connection& db, const ForecastOverride& entry) {
    if (!std::isfinite(entry.quantity) || entry.quantity < 0.0)
        throw util::UserError("an override must be a quantity of 0 or more");
    Transaction transaction(db);
    auto period = db.prepare("SELECT 1 FROM forecast_value "
                             "WHERE run_id = ? AND item_id = ? AND site_id = ? AND period_start = ?");
    period.bind(1, entry.runId).bind(2, entry.itemId).bind(3, entry.siteId).bind(4, entry.periodStart);
    if (!period.step())
        throw util::UserError("forecast run " + std::to_string(entry.runId) + " has no forecast for period " +
                              entry.periodStart + " of this item and site");
    period.reset();
    deleteOverrides(db, entry.runId, entry.itemId, entry.siteId, entry.periodStart);
    db.prepare("INSERT INTO forecast_override(run_id, item_id, site_id, period_start, quantity, comment, "
               "user_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, entry.runId)
        .bind(2, entry.itemId)
        .bind(3, entry.siteId)
        .bind(4, entry.periodStart)
        .bind(5, entry.quantity)
        .bind(6, entry.comment)
        .bind(7, entry.userName.empty() ? defaultUserName() : entry.userName)
        .bind(8, entry.createdAt.empty() ? utcNowIso() : entry.createdAt)
        .run();
    transaction.commit();
}

bool removeForecastOverride(Connection& db, std::int64_t runId, std::int64_t itemId, std::int64_t siteId,
                            const std::string& periodStart) {
    Transaction transaction(db);
    deleteOverrides(db, runId, itemId, siteId, periodStart);
    const bool removed = db.changes() > 0;
    transaction.commit();
    return removed;
}

std::optional<ForecastOverride> findForecastOverride(Connection& db, std::int64_t runId, std::int64_t itemId,
                                                     std::int64_t siteId, const std::string& periodStart) {
    auto statement = db.prepare(std::string(kColumns) +
                                "WHERE run_id = ? AND item_id = ? AND site_id = ? AND period_start = ? "
                                "ORDER BY override_id DESC LIMIT 1");
    statement.bind(1, runId).bind(2, itemId).bind(3, siteId).bind(4, periodStart);
    if (!statement.step()) return std::nullopt;
    return readOverride(statement);
}

std::vector<ForecastOverride> listForecastOverrides(Connection& db, std::int64_t runId, std::int64_t itemId,
                                                    std::int64_t siteId) {
    auto statement = db.prepare(std::string(kColumns) +
                                "WHERE run_id = ? AND item_id = ? AND site_id = ? ORDER BY period_start, override_id");
    statement.bind(1, runId).bind(2, itemId).bind(3, siteId);
    std::vector<ForecastOverride> entries;
    while (statement.step())
        entries.push_back(readOverride(statement));
    return entries;
}

std::vector<ForecastOverride> listRunOverrides(Connection& db, std::int64_t runId) {
    auto statement = db.prepare(std::string(kColumns) +
                                "WHERE run_id = ? ORDER BY item_id, site_id, period_start, override_id");
    statement.bind(1, runId);
    std::vector<ForecastOverride> entries;
    while (statement.step())
        entries.push_back(readOverride(statement));
    return entries;
}

std::string defaultUserName() {
    for (const char* name : {"USER", "LOGNAME", "USERNAME"})
        if (const char* value = std::getenv(name); value != nullptr && *value != '\0') return value;
    return "unknown";
}

} // namespace stocktower::store
