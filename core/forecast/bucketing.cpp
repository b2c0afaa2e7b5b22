#include "forecast/bucketing.h"

#include "store/workspace_settings.h"
#include "util/errors.h"

#include <algorithm>
#include <cassert>
#include <chrono>

namespace stocktower::forecast {

namespace {

int floorDiv(int a, int b) {
    const int q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Day number of the Monday 1969-12-29 (1970-01-01 was a Thursday).
constexpr int kFirstMonday = -3;

} // namespace

std::optional<Bucket> parseBucket(std::string_view name) {
    if (name == "week") return Bucket::Week;
    if (name == "month") return Bucket::Month;
    return std::nullopt;
}

std::string_view bucketName(Bucket bucket) {
    return bucket == Bucket::Week ? "week" : "month";
}

int periodsPerYear(Bucket bucket) {
    return bucket == Bucket::Week ? 52 : 12;
}

Bucket workspaceBucket(store::Connection& db) {
    return parseBucket(store::workspaceSetting(db, "demand_bucket")).value_or(Bucket::Week);
}

void setWorkspaceBucket(store::Connection& db, Bucket bucket) {
    store::setWorkspaceSetting(db, "demand_bucket", bucketName(bucket));
}

int periodOf(domain::DayNumber day, Bucket bucket) {
    if (bucket == Bucket::Week) return floorDiv(day - kFirstMonday, 7);
    const auto ymd = domain::toYmd(day);
    return static_cast<int>(ymd.year()) * 12 + static_cast<int>(static_cast<unsigned>(ymd.month())) - 1;
}

domain::DayNumber periodStart(int period, Bucket bucket) {
    if (bucket == Bucket::Week) return kFirstMonday + 7 * period;
    const int year = floorDiv(period, 12);
    const auto month = static_cast<unsigned>(period - year * 12 + 1);
    const auto day = domain::makeDay(year, month, 1);
    assert(day);
    return *day;
}

BucketedSeries bucketSeries(const store::DailySeries& daily, Bucket bucket,
                            std::optional<int> endPeriod) {
    BucketedSeries result;
    result.itemId = daily.itemId;
    result.siteId = daily.siteId;
    const auto firstSale = std::find_if(daily.days.begin(), daily.days.end(),
                                        [](const store::DailyQuantity& d) { return d.quantity > 0.0; });
    if (firstSale == daily.days.end()) return result;
    result.firstPeriod = periodOf(firstSale->day, bucket);
    const int last = endPeriod ? *endPeriod : periodOf(daily.days.back().day, bucket);
    if (last < result.firstPeriod) return result;
    result.values.assign(static_cast<std::size_t>(last - result.firstPeriod + 1), 0.0);
    for (auto it = firstSale; it != daily.days.end(); ++it) {
        const int period = periodOf(it->day, bucket);
        if (period > last) break;
        result.values[static_cast<std::size_t>(period - result.firstPeriod)] += it->quantity;
    }
    return result;
}

BucketedDemand bucketDemand(store::Connection& db, Bucket bucket,
                            std::optional<domain::DayNumber> today, util::Progress& progress) {
    BucketedDemand out;
    out.lastDay = today;
    const std::optional<int> fixedEnd =
        today ? std::optional<int>(periodOf(*today, bucket)) : std::nullopt;
    std::optional<domain::DayNumber> lastSeen;
    out.rows = store::readDemandSeries(db, today, [&](store::DailySeries& daily) {
        if (progress.isCancelled()) return false;
        if (!lastSeen || daily.days.back().day > *lastSeen) lastSeen = daily.days.back().day;
        auto series = bucketSeries(daily, bucket, fixedEnd);
        if (series.values.empty()) {
            ++out.seriesWithoutSales;
        } else {
            series.values.shrink_to_fit();
            out.series.push_back(std::move(series));
        }
        if (out.series.size() % 4096 == 0) progress.report(out.series.size(), 0);
        return true;
    });
    if (progress.isCancelled()) throw util::Cancelled();
    if (!out.lastDay) out.lastDay = lastSeen;
    if (!out.lastDay) return out; // no demand at all
    out.endPeriod = periodOf(*out.lastDay, bucket);
    // Without a fixed "today" each series stopped at its own last row: fill to the common end.
    for (auto& series : out.series) {
        const auto length = static_cast<std::size_t>(out.endPeriod - series.firstPeriod + 1);
        if (series.values.size() < length) series.values.resize(length, 0.0);
    }
    return out;
}

} // namespace stocktower::forecast
