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

namespace {

constexpr const char* kRunColumns = "SELECT run_id, created_at, bucket, horizon, method, settings, "
                                    "engine_version, series_count, seconds, status FROM forecast_run ";

ForecastRunHeader readRunHeader(const Statement& statement) {
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

} // namespace

std::optional<ForecastRunHeader> latestForecastRun(Connection& db) {
    auto statement =
        db.prepare(std::string(kRunColumns) + "WHERE status = 'complete' ORDER BY run_id DESC LIMIT 1");
    if (!statement.step()) return std::nullopt;
    return readRunHeader(statement);
}

std::optional<ForecastRunHeader> loadForecastRun(Connection& db, std::int64_t runId) {
    auto statement = db.prepare(std::string(kRunColumns) + "WHERE run_id = ?");
    statement.bind(1, runId);
    if (!statement.step()) return std::nullopt;
    return readRunHeader(statement);
}

std::vector<ForecastRunHeader> listForecastRuns(Connection& db) {
    auto statement =
        db.prepare(std::string(kRunColumns) + "WHERE status = 'complete' ORDER BY run_id DESC");
    std::vector<ForecastRunHeader> runs;
    while (statement.step())
        runs.push_back(readRunHeader(statement));
    return runs;
}

ForecastSeriesLoader::ForecastSeriesLoader(Connection& db, std::int64_t runId)
    : m_runId(runId),
      m_series(db.prepare("SELECT demand_class, model, parameters, candidates, mase, smape, bias, sigma "
                          "FROM forecast_series WHERE run_id = ? AND item_id = ? AND site_id = ?")),
      m_values(db.prepare("SELECT v.period_start, v.mean, v.lo80, v.hi80, v.lo95, v.hi95, o.quantity, o.comment, "
                          "o.user_name, o.created_at FROM forecast_value v LEFT JOIN forecast_override o "
                          "ON o.run_id = v.run_id AND o.item_id = v.item_id AND o.site_id = v.site_id "
                          "AND o.period_start = v.period_start "
                          "WHERE v.run_id = ? AND v.item_id = ? AND v.site_id = ? "
                          "ORDER BY v.period_start, o.override_id")) {}

std::optional<ForecastSeriesRow> ForecastSeriesLoader::load(std::int64_t itemId, std::int64_t siteId) {
    auto& statement = m_series;
    statement.reset();
    statement.bind(1, m_runId).bind(2, itemId).bind(3, siteId);
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
    auto& values = m_values;
    values.reset();
    values.bind(1, m_runId).bind(2, itemId).bind(3, siteId);
    while (values.step()) {
        std::string period = values.getText(0);
        // Files written before overrides were kept one per period may hold several: the
        // newest (last in this order) is the current one.
        if (row.values.empty() || row.values.back().periodStart != period) {
            ForecastValueRow value;
            value.periodStart = std::move(period);
            value.mean = values.getDouble(1);
            value.lo80 = optionalDouble(values, 2);
            value.hi80 = optionalDouble(values, 3);
            value.lo95 = optionalDouble(values, 4);
            value.hi95 = optionalDouble(values, 5);
            row.values.push_back(std::move(value));
        }
        auto& value = row.values.back();
        if (!values.isNull(6)) {
            value.overrideQuantity = values.getDouble(6);
            value.overrideComment = values.getText(7);
            value.overrideUser = values.getText(8);
            value.overrideAt = values.getText(9);
        }
    }
    return row;
}

std::optional<ForecastSeriesRow> loadForecastSeries(Connection& db, std::int64_t runId,
                                                    std::int64_t itemId, std::int64_t siteId) {
    return ForecastSeriesLoader(db, runId).load(itemId, siteId);
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

std::string itemSku(Connection& db, std::int64_t itemId) {
    auto statement = db.prepare("SELECT sku FROM item WHERE item_id = ?");
    statement.bind(1, itemId);
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
