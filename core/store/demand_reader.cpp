#include "store/demand_reader.h"

#include <stdexcept>
#include <string>

namespace stocktower::store {

namespace {

domain::DayNumber dayOf(Statement& statement, int column) {
    const auto day = domain::parseIsoDate(statement.getTextView(column));
    // Imports validate dates, so a bad one is a damaged file rather than an input problem.
    if (!day)
        throw std::runtime_error("demand table holds an invalid date: " + statement.getText(column));
    return *day;
}

void addDay(DailySeries& series, domain::DayNumber day, double quantity) {
    if (!series.days.empty() && series.days.back().day == day)
        series.days.back().quantity += quantity; // another channel of the same day
    else
        series.days.push_back({day, quantity});
}

} // namespace

std::int64_t readDemandSeries(Connection& db, std::optional<domain::DayNumber> lastDay,
                              const std::function<bool(DailySeries&)>& onSeries) {
    // ORDER BY the primary key: SQLite walks the WITHOUT ROWID B-tree, no sort.
    auto statement = db.prepare("SELECT item_id, site_id, day, quantity FROM demand "
                                "ORDER BY item_id, site_id, day, channel");
    DailySeries current;
    bool haveCurrent = false;
    std::int64_t rows = 0;
    while (statement.step()) {
        ++rows;
        const std::int64_t itemId = statement.getInt(0);
        const std::int64_t siteId = statement.getInt(1);
        if (!haveCurrent || itemId != current.itemId || siteId != current.siteId) {
            if (haveCurrent && !current.days.empty() && !onSeries(current)) return rows;
            current.itemId = itemId;
            current.siteId = siteId;
            current.days.clear();
            haveCurrent = true;
        }
        const auto day = dayOf(statement, 2);
        if (lastDay && day > *lastDay) continue;
        addDay(current, day, statement.getDouble(3));
    }
    if (haveCurrent && !current.days.empty()) onSeries(current);
    return rows;
}

DailySeries readDemandSeries(Connection& db, std::int64_t itemId, std::int64_t siteId) {
    auto statement = db.prepare("SELECT day, quantity FROM demand WHERE item_id = ? AND site_id = ? "
                                "ORDER BY day, channel");
    statement.bind(1, itemId).bind(2, siteId);
    DailySeries series{itemId, siteId, {}};
    while (statement.step())
        addDay(series, dayOf(statement, 0), statement.getDouble(1));
    return series;
}

std::optional<domain::DayNumber> lastDemandDay(Connection& db) {
    auto statement = db.prepare("SELECT MAX(day) FROM demand");
    if (!statement.step() || statement.isNull(0)) return std::nullopt;
    return dayOf(statement, 0);
}

} // namespace stocktower::store
