// Whole-run reads of a forecast run for tables and exports.
#include "store/forecast_queries.h"

namespace stocktower::store {

namespace {

std::optional<double> optionalDouble(const Statement& statement, int column) {
    if (statement.isNull(column)) return std::nullopt;
    return statement.getDouble(column);
}

// Series, their periods and overrides in one pass over the primary keys: the series scan
// drives, every other table is a keyed lookup, and the order is the keys' own (no sort).
// An override table written before periods had a single override may hold several for one
// period; the newest (last) wins, as in loadForecastSeries.
constexpr const char* kSeriesValues =
    "SELECT s.item_id, s.site_id, i.sku, i.description, t.code, s.demand_class, s.model, s.mase, s.smape, "
    "s.bias, v.period_start, v.mean, v.lo80, v.hi80, v.lo95, v.hi95, o.quantity "
    "FROM forecast_series s "
    "JOIN item i ON i.item_id = s.item_id "
    "JOIN site t ON t.site_id = s.site_id "
    "LEFT JOIN forecast_value v ON v.run_id = s.run_id AND v.item_id = s.item_id AND v.site_id = s.site_id "
    "LEFT JOIN forecast_override o ON o.run_id = v.run_id AND o.item_id = v.item_id "
    "AND o.site_id = v.site_id AND o.period_start = v.period_start "
    "WHERE s.run_id = ? ORDER BY s.item_id, s.site_id, v.period_start, o.override_id";

enum Column { cItem, cSite, cSku, cName, cSiteCode, cClass, cModel, cMase, cSmape, cBias, cPeriod, cMean,
              cLo80, cHi80, cLo95, cHi95, cOverride };

} // namespace

std::int64_t forEachForecastSeries(Connection& db, std::int64_t runId,
                                   const std::function<bool(const ForecastSeriesSummary&)>& onRow) {
    auto statement = db.prepare(kSeriesValues);
    statement.bind(1, runId);
    std::int64_t delivered = 0;
    ForecastSeriesSummary current;
    bool open = false;
    std::string lastPeriod;
    std::optional<double> lastOverride; // of lastPeriod: counted when the period is complete
    double lastMean = 0.0;
    auto closePeriod = [&] {
        if (lastPeriod.empty()) return;
        const double finalValue = lastOverride.value_or(lastMean);
        if (!current.nextPeriod) {
            current.nextPeriod = finalValue;
            current.nextPeriodStatistical = lastMean;
        }
        current.horizonTotal += finalValue;
        current.horizonTotalStatistical += lastMean;
        if (lastOverride) ++current.overriddenPeriods;
        lastPeriod.clear();
        lastOverride.reset();
    };
    auto closeSeries = [&] {
        closePeriod();
        ++delivered;
        return onRow(current);
    };
    while (statement.step()) {
        const auto itemId = statement.getInt(cItem);
        const auto siteId = statement.getInt(cSite);
        if (!open || itemId != current.itemId || siteId != current.siteId) {
            if (open && !closeSeries()) return delivered;
            current = ForecastSeriesSummary{};
            current.itemId = itemId;
            current.siteId = siteId;
            current.sku = statement.getText(cSku);
            current.itemName = statement.getText(cName);
            current.siteCode = statement.getText(cSiteCode);
            current.demandClass = statement.getText(cClass);
            current.model = statement.getText(cModel);
            current.mase = optionalDouble(statement, cMase);
            current.smape = optionalDouble(statement, cSmape);
            current.bias = optionalDouble(statement, cBias);
            open = true;
        }
        if (statement.isNull(cPeriod)) continue; // a series without values (not written by runs)
        const auto period = statement.getTextView(cPeriod);
        if (period != lastPeriod) {
            closePeriod();
            lastPeriod = std::string(period);
            lastMean = statement.getDouble(cMean);
        }
        if (!statement.isNull(cOverride)) lastOverride = statement.getDouble(cOverride);
    }
    if (open) closeSeries();
    return delivered;
}

std::int64_t forEachForecastValue(Connection& db, std::int64_t runId,
                                  const std::function<bool(const ForecastExportRow&)>& onRow) {
    auto statement = db.prepare(kSeriesValues);
    statement.bind(1, runId);
    std::int64_t delivered = 0;
    ForecastExportRow row;
    bool pending = false;
    auto flush = [&] {
        if (!pending) return true;
        pending = false;
        row.finalValue = row.overrideQuantity.value_or(row.forecast);
        ++delivered;
        return onRow(row);
    };
    std::int64_t itemId = 0, siteId = 0;
    bool haveSeries = false;
    while (statement.step()) {
        if (statement.isNull(cPeriod)) continue;
        const auto item = statement.getInt(cItem);
        const auto site = statement.getInt(cSite);
        const auto period = statement.getTextView(cPeriod);
        if (pending && item == itemId && site == siteId && period == row.periodStart) {
            // Another override row of the same period: the newer one counts.
            if (!statement.isNull(cOverride)) row.overrideQuantity = statement.getDouble(cOverride);
            continue;
        }
        if (!flush()) return delivered;
        if (!haveSeries || item != itemId || site != siteId) {
            haveSeries = true;
            itemId = item;
            siteId = site;
            row.sku = statement.getText(cSku);
            row.siteCode = statement.getText(cSiteCode);
            row.model = statement.getText(cModel);
            row.demandClass = statement.getText(cClass);
        }
        row.periodStart = std::string(period);
        row.forecast = statement.getDouble(cMean);
        row.lo80 = optionalDouble(statement, cLo80);
        row.hi80 = optionalDouble(statement, cHi80);
        row.lo95 = optionalDouble(statement, cLo95);
        row.hi95 = optionalDouble(statement, cHi95);
        row.overrideQuantity = optionalDouble(statement, cOverride);
        pending = true;
    }
    flush();
    return delivered;
}

std::int64_t countForecastValues(Connection& db, std::int64_t runId) {
    auto statement = db.prepare("SELECT COUNT(*) FROM forecast_value WHERE run_id = ?");
    statement.bind(1, runId);
    return statement.step() ? statement.getInt(0) : 0;
}

bool hasDemand(Connection& db) {
    // EXISTS stops at the first row: counting 10 million rows to compare with 0 would not.
    return db.queryInt("SELECT EXISTS (SELECT 1 FROM demand)") != 0;
}

} // namespace stocktower::store
