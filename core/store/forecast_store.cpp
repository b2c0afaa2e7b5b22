#include "store/forecast_store.h"

namespace stocktower::store {

namespace {

std::optional<double> optionalDouble(Statement& statement, int column) {
    if (statement.isNull(column)) return std::nullopt;
    return statement.getDouble(column);
}

} // namespace

std::int64_t saveForecastRun(Connection& db, const ForecastRunHeader& header,
                             const std::vector<ForecastSeriesRow>& series) {
    Transaction transaction(db);
    auto run = db.prepare("INSERT INTO forecast_run(created_at, bucket, horizon, method, settings, "
                          "engine_version, series_count, seconds, status) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    run.bind(1, header.createdAt)
        .bind(2, header.bucket)
        .bind(3, header.horizon)
        .bind(4, header.method)
        .bind(5, header.settingsJson)
        .bind(6, header.engineVersion)
        .bind(7, header.seriesCount)
        .bind(8, header.seconds)
        .bind(9, header.status)
        .run();
    const std::int64_t runId = db.lastInsertRowId();
    auto seriesInsert = db.prepare(
        "INSERT INTO forecast_series(run_id, item_id, site_id, demand_class, model, parameters, "
        "candidates, mase, smape, bias, sigma) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto valueInsert = db.prepare("INSERT INTO forecast_value(run_id, item_id, site_id, "
                                  "period_start, mean, lo80, hi80, lo95, hi95) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& row : series) {
        seriesInsert.bind(1, runId)
            .bind(2, row.itemId)
            .bind(3, row.siteId)
            .bind(4, row.demandClass)
            .bind(5, row.model)
            .bind(6, row.parametersJson)
            .bind(7, row.candidatesJson)
            .bind(8, row.mase)
            .bind(9, row.smape)
            .bind(10, row.bias)
            .bind(11, row.sigma)
            .run();
        for (const auto& value : row.values) {
            valueInsert.bind(1, runId)
                .bind(2, row.itemId)
                .bind(3, row.siteId)
                .bindStatic(4, value.periodStart)
                .bind(5, value.mean)
                .bind(6, value.lo80)
                .bind(7, value.hi80)
                .bind(8, value.lo95)
                .bind(9, value.hi95)
                .run();
        }
    }
    transaction.commit();
    return runId;
}

std::optional<ForecastRunHeader> latestForecastRun(Connection& db) {
    auto statement = db.prepare("SELECT run_id, created_at, bucket, horizon, method, settings, "
                                "engine_version, series_count, seconds, status FROM forecast_run "
                                "WHERE status = 'complete' ORDER BY run_id DESC LIMIT 1");
    if (!statement.step()) return std::nullopt;
    ForecastRunHeader header;
    header.runId = statement.getInt(0);
    header.createdAt = statement.getText(1);
    header.bucket = statement.getText(2);
    header.horizon = static_cast<int>(statement.getInt(3));
    header.method = statement.getText(4);
    header.settingsJson = statement.getText(5);
    header.engineVersion = statement.getText(6);
    header.seriesCount = statement.getInt(7);
    header.seconds = statement.isNull(8) ? 0.0 : statement.getDouble(8);
    header.status = statement.getText(9);
    return header;
}

std::optional<ForecastSeriesRow> loadForecastSeries(Connection& db, std::int64_t runId,
                                                    std::int64_t itemId, std::int64_t siteId) {
    auto statement = db.prepare("SELECT demand_class, model, parameters, candidates, mase, smape, "
                                "bias, sigma FROM forecast_series "
                                "WHERE run_id = ? AND item_id = ? AND site_id = ?");
    statement.bind(1, runId).bind(2, itemId).bind(3, siteId);
    if (!statement.step()) return std::nullopt;
    ForecastSeriesRow row;
    row.itemId = itemId;
    row.siteId = siteId;
    row.demandClass = statement.getText(0);
    row.model = statement.getText(1);
    row.parametersJson = statement.getText(2);
    row.candidatesJson = statement.getText(3);
    row.mase = optionalDouble(statement, 4);
    row.smape = optionalDouble(statement, 5);
    row.bias = optionalDouble(statement, 6);
    row.sigma = optionalDouble(statement, 7);
    auto values = db.prepare("SELECT period_start, mean, lo80, hi80, lo95, hi95 FROM forecast_value "
                             "WHERE run_id = ? AND item_id = ? AND site_id = ? ORDER BY period_start");
    values.bind(1, runId).bind(2, itemId).bind(3, siteId);
    while (values.step())
        row.values.push_back({values.getText(0), values.getDouble(1), optionalDouble(values, 2),
                              optionalDouble(values, 3), optionalDouble(values, 4),
                              optionalDouble(values, 5)});
    return row;
}

std::optional<std::int64_t> findItemId(Connection& db, const std::string& sku) {
    auto statement = db.prepare("SELECT item_id FROM item WHERE sku = ?");
    statement.bind(1, sku);
    if (!statement.step()) return std::nullopt;
    return statement.getInt(0);
}

std::optional<std::int64_t> findSiteId(Connection& db, const std::string& code) {
    auto statement = db.prepare("SELECT site_id FROM site WHERE code = ?");
    statement.bind(1, code);
    if (!statement.step()) return std::nullopt;
    return statement.getInt(0);
}

std::string siteCode(Connection& db, std::int64_t siteId) {
    auto statement = db.prepare("SELECT code FROM site WHERE site_id = ?");
    statement.bind(1, siteId);
    return statement.step() ? statement.getText(0) : std::string();
}

std::vector<std::int64_t> demandSitesOfItem(Connection& db, std::int64_t itemId) {
    auto statement =
        db.prepare("SELECT DISTINCT site_id FROM demand WHERE item_id = ? ORDER BY site_id");
    statement.bind(1, itemId);
    std::vector<std::int64_t> sites;
    while (statement.step())
        sites.push_back(statement.getInt(0));
    return sites;
}

} // namespace stocktower::store
