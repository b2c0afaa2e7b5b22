#include "store/scenario_store.h"

#include "store/workspace.h"
#include "util/errors.h"

namespace stocktower::store {

namespace {

std::optional<double> optionalDouble(const Statement& statement, int column) {
    if (statement.isNull(column)) return std::nullopt;
    return statement.getDouble(column);
}

std::vector<std::string> loadChanges(Connection& db, std::int64_t scenarioId) {
    auto select = db.prepare("SELECT spec FROM scenario_change WHERE scenario_id = ? ORDER BY seq");
    select.bind(1, scenarioId);
    std::vector<std::string> changes;
    while (select.step()) changes.push_back(select.getText(0));
    return changes;
}

void writeChanges(Connection& db, std::int64_t scenarioId, const std::vector<std::string>& changes) {
    auto erase = db.prepare("DELETE FROM scenario_change WHERE scenario_id = ?");
    erase.bind(1, scenarioId).run();
    auto insert = db.prepare("INSERT INTO scenario_change(scenario_id, seq, spec) VALUES (?, ?, ?)");
    for (std::size_t i = 0; i < changes.size(); ++i)
        insert.bind(1, scenarioId).bind(2, static_cast<std::int64_t>(i + 1)).bind(3, changes[i]).run();
}

std::vector<ScenarioRecord> selectScenarios(Connection& db, const std::optional<std::string>& name) {
    auto select = db.prepare(
        "SELECT scenario_id, name, description, is_base, created_at, updated_at, computed_at, "
        "forecast_run_id FROM scenario WHERE (?1 IS NULL OR name = ?1) ORDER BY is_base DESC, name");
    select.bind(1, name);
    std::vector<ScenarioRecord> records;
    while (select.step()) {
        ScenarioRecord record;
        record.scenarioId = select.getInt(0);
        record.name = select.getText(1);
        record.description = select.getText(2);
        record.isBase = select.getInt(3) != 0;
        record.createdAt = select.getText(4);
        record.updatedAt = select.getText(5);
        if (!select.isNull(6)) record.computedAt = select.getText(6);
        if (!select.isNull(7)) record.forecastRunId = select.getInt(7);
        records.push_back(std::move(record));
    }
    for (auto& record : records) record.changes = loadChanges(db, record.scenarioId);
    return records;
}

ScenarioRecord requireScenario(Connection& db, const std::string& name) {
    auto found = findScenario(db, name);
    if (!found) throw util::UserError("no scenario named '" + name + "' (see: scenario list)");
    return *found;
}

void requireFreeName(Connection& db, const std::string& name) {
    if (name.empty()) throw util::UserError("a scenario name must not be empty");
    if (findScenario(db, name)) throw util::UserError("a scenario named '" + name + "' already exists");
}

// Joins the caller's transaction when there is one (promote runs several steps as one).
class OwnTransaction {
public:
    explicit OwnTransaction(Connection& db) {
        if (!db.inTransaction()) m_transaction.emplace(db);
    }
    void commit() {
        if (m_transaction) m_transaction->commit();
    }

private:
    std::optional<Transaction> m_transaction;
};

void touch(Connection& db, std::int64_t scenarioId) {
    auto update = db.prepare("UPDATE scenario SET updated_at = ? WHERE scenario_id = ?");
    update.bind(1, utcNowIso()).bind(2, scenarioId).run();
}

} // namespace

std::int64_t createScenario(Connection& db, const std::string& name, const std::string& description,
                            const std::vector<std::string>& changes) {
    OwnTransaction transaction(db);
    requireFreeName(db, name);
    const std::string now = utcNowIso();
    auto insert = db.prepare("INSERT INTO scenario(name, description, is_base, created_at, updated_at) "
                             "VALUES (?, ?, 0, ?, ?)");
    insert.bind(1, name).bind(2, description).bind(3, now).bind(4, now).run();
    const std::int64_t id = db.lastInsertRowId();
    writeChanges(db, id, changes);
    transaction.commit();
    return id;
}

std::vector<ScenarioRecord> listScenarios(Connection& db) {
    return selectScenarios(db, std::nullopt);
}

std::optional<ScenarioRecord> findScenario(Connection& db, const std::string& name) {
    auto records = selectScenarios(db, name);
    if (records.empty()) return std::nullopt;
    return records.front();
}

void renameScenario(Connection& db, const std::string& name, const std::string& newName) {
    OwnTransaction transaction(db);
    const auto record = requireScenario(db, name);
    if (record.isBase) throw util::UserError("the base scenario cannot be renamed");
    requireFreeName(db, newName);
    auto update = db.prepare("UPDATE scenario SET name = ?, updated_at = ? WHERE scenario_id = ?");
    update.bind(1, newName).bind(2, utcNowIso()).bind(3, record.scenarioId).run();
    transaction.commit();
}

std::int64_t duplicateScenario(Connection& db, const std::string& name, const std::string& newName) {
    OwnTransaction transaction(db);
    const auto record = requireScenario(db, name);
    requireFreeName(db, newName);
    const std::string now = utcNowIso();
    auto insert = db.prepare("INSERT INTO scenario(name, description, is_base, created_at, updated_at) "
                             "VALUES (?, ?, 0, ?, ?)");
    insert.bind(1, newName).bind(2, record.description).bind(3, now).bind(4, now).run();
    const std::int64_t id = db.lastInsertRowId();
    // A duplicate of the base starts from no changes of its own: it *is* the base until edited.
    writeChanges(db, id, record.isBase ? std::vector<std::string>{} : record.changes);
    transaction.commit();
    return id;
}

void deleteScenario(Connection& db, const std::string& name) {
    OwnTransaction transaction(db);
    const auto record = requireScenario(db, name);
    if (record.isBase) throw util::UserError("the base scenario cannot be deleted");
    auto erase = db.prepare("DELETE FROM scenario WHERE scenario_id = ?");
    erase.bind(1, record.scenarioId).run();
    transaction.commit();
}

void setScenarioChanges(Connection& db, std::int64_t scenarioId, const std::vector<std::string>& changes) {
    OwnTransaction transaction(db);
    writeChanges(db, scenarioId, changes);
    touch(db, scenarioId);
    transaction.commit();
}

void setScenarioDescription(Connection& db, std::int64_t scenarioId, const std::string& description) {
    auto update = db.prepare("UPDATE scenario SET description = ?, updated_at = ? WHERE scenario_id = ?");
    update.bind(1, description).bind(2, utcNowIso()).bind(3, scenarioId).run();
}

void replaceScenarioResults(Connection& db, std::int64_t scenarioId,
                            std::optional<std::int64_t> forecastRunId,
                            const std::vector<ScenarioResultRow>& rows, const ScenarioTotalsRow& totals) {
    auto erase = db.prepare("DELETE FROM scenario_result WHERE scenario_id = ?");
    erase.bind(1, scenarioId).run();
    auto insert = db.prepare(
        "INSERT INTO scenario_result(scenario_id, item_id, site_id, error, policy_kind, service_type, "
        "service_target, lead_time_days, review_period_days, demand_per_period, demand_sd_per_period, "
        "unit_cost, safety_stock, reorder_point, order_quantity, min_level, max_level, achieved_csl, "
        "achieved_fill_rate, annual_demand, expected_stockout, safety_stock_value, cycle_stock_value, "
        "holding_cost, ordering_cost, total_cost, proposed_quantity) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const auto& row : rows) {
        insert.bind(1, scenarioId).bind(2, row.itemId).bind(3, row.siteId).bind(4, row.error);
        insert.bind(5, row.policyKind).bind(6, row.serviceType).bind(7, row.serviceTarget);
        insert.bind(8, row.leadTimeDays).bind(9, row.reviewPeriodDays).bind(10, row.demandPerPeriod);
        insert.bind(11, row.demandSdPerPeriod).bind(12, row.unitCost).bind(13, row.safetyStock);
        insert.bind(14, row.reorderPoint).bind(15, row.orderQuantity).bind(16, row.minLevel);
        insert.bind(17, row.maxLevel).bind(18, row.achievedCsl).bind(19, row.achievedFillRate);
        insert.bind(20, row.annualDemand).bind(21, row.expectedStockoutUnits);
        insert.bind(22, row.safetyStockValue).bind(23, row.cycleStockValue).bind(24, row.holdingCost);
        insert.bind(25, row.orderingCost).bind(26, row.totalCost).bind(27, row.proposedQuantity);
        insert.run();
    }
    auto total = db.prepare(
        "INSERT OR REPLACE INTO scenario_total(scenario_id, item_sites, errors, proposals, "
        "safety_stock_value, cycle_stock_value, inventory_investment, expected_csl, "
        "expected_fill_rate, turns, expected_stockout, holding_cost, ordering_cost, total_cost, "
        "annual_demand_value, proposed_value) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    total.bind(1, scenarioId).bind(2, totals.itemSites).bind(3, totals.errors).bind(4, totals.proposals);
    total.bind(5, totals.safetyStockValue).bind(6, totals.cycleStockValue);
    total.bind(7, totals.inventoryInvestment).bind(8, totals.expectedCsl);
    total.bind(9, totals.expectedFillRate).bind(10, totals.turns).bind(11, totals.expectedStockoutUnits);
    total.bind(12, totals.holdingCost).bind(13, totals.orderingCost).bind(14, totals.totalCost);
    total.bind(15, totals.annualDemandValue).bind(16, totals.proposedValue).run();
    auto stamp = db.prepare("UPDATE scenario SET computed_at = ?, forecast_run_id = ? WHERE scenario_id = ?");
    stamp.bind(1, utcNowIso()).bind(2, forecastRunId).bind(3, scenarioId).run();
}

std::optional<ScenarioTotalsRow> loadScenarioTotals(Connection& db, std::int64_t scenarioId) {
    auto select = db.prepare(
        "SELECT item_sites, errors, proposals, safety_stock_value, cycle_stock_value, "
        "inventory_investment, expected_csl, expected_fill_rate, turns, expected_stockout, "
        "holding_cost, ordering_cost, total_cost, annual_demand_value, proposed_value "
        "FROM scenario_total WHERE scenario_id = ?");
    select.bind(1, scenarioId);
    if (!select.step()) return std::nullopt;
    ScenarioTotalsRow t;
    t.itemSites = select.getInt(0);
    t.errors = select.getInt(1);
    t.proposals = select.getInt(2);
    t.safetyStockValue = select.getDouble(3);
    t.cycleStockValue = select.getDouble(4);
    t.inventoryInvestment = select.getDouble(5);
    t.expectedCsl = optionalDouble(select, 6);
    t.expectedFillRate = optionalDouble(select, 7);
    t.turns = optionalDouble(select, 8);
    t.expectedStockoutUnits = select.getDouble(9);
    t.holdingCost = select.getDouble(10);
    t.orderingCost = select.getDouble(11);
    t.totalCost = select.getDouble(12);
    t.annualDemandValue = select.getDouble(13);
    t.proposedValue = select.getDouble(14);
    return t;
}

std::int64_t forEachScenarioResult(Connection& db, std::int64_t scenarioId,
                                   const std::function<bool(const ScenarioResultRow&)>& onRow) {
    auto select = db.prepare(
        "SELECT item_id, site_id, error, policy_kind, service_type, service_target, lead_time_days, "
        "review_period_days, demand_per_period, demand_sd_per_period, unit_cost, safety_stock, "
        "reorder_point, order_quantity, min_level, max_level, achieved_csl, achieved_fill_rate, "
        "annual_demand, expected_stockout, safety_stock_value, cycle_stock_value, holding_cost, "
        "ordering_cost, total_cost, proposed_quantity FROM scenario_result WHERE scenario_id = ? "
        "ORDER BY item_id, site_id");
    select.bind(1, scenarioId);
    std::int64_t count = 0;
    while (select.step()) {
        ScenarioResultRow r;
        r.itemId = select.getInt(0);
        r.siteId = select.getInt(1);
        r.error = select.getText(2);
        r.policyKind = select.getText(3);
        r.serviceType = select.getText(4);
        r.serviceTarget = select.getDouble(5);
        r.leadTimeDays = select.getDouble(6);
        r.reviewPeriodDays = select.getDouble(7);
        r.demandPerPeriod = select.getDouble(8);
        r.demandSdPerPeriod = select.getDouble(9);
        r.unitCost = select.getDouble(10);
        r.safetyStock = select.getDouble(11);
        r.reorderPoint = select.getDouble(12);
        r.orderQuantity = select.getDouble(13);
        r.minLevel = select.getDouble(14);
        r.maxLevel = select.getDouble(15);
        r.achievedCsl = optionalDouble(select, 16);
        r.achievedFillRate = optionalDouble(select, 17);
        r.annualDemand = select.getDouble(18);
        r.expectedStockoutUnits = select.getDouble(19);
        r.safetyStockValue = select.getDouble(20);
        r.cycleStockValue = select.getDouble(21);
        r.holdingCost = select.getDouble(22);
        r.orderingCost = select.getDouble(23);
        r.totalCost = select.getDouble(24);
        r.proposedQuantity = select.getDouble(25);
        ++count;
        if (!onRow(r)) break;
    }
    return count;
}

std::vector<std::pair<std::string, std::string>> loadPolicySettings(Connection& db) {
    auto select = db.prepare("SELECT key, value FROM policy_setting ORDER BY key");
    std::vector<std::pair<std::string, std::string>> settings;
    while (select.step()) settings.emplace_back(select.getText(0), select.getText(1));
    return settings;
}

void savePolicySetting(Connection& db, const std::string& key, const std::string& value) {
    auto upsert = db.prepare("INSERT INTO policy_setting(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    upsert.bind(1, key).bind(2, value).run();
}

} // namespace stocktower::store
