// Daily demand into ISO-week (Monday start) or calendar-month buckets, per item-site.
#pragma once

#include "domain/date.h"
#include "store/demand_reader.h"
#include "store/sqlite.h"
#include "util/progress.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace stocktower::forecast {

enum class Bucket { Week, Month };

std::optional<Bucket> parseBucket(std::string_view name); // "week" | "month"
std::string_view bucketName(Bucket bucket);
int periodsPerYear(Bucket bucket); // the seasonal period: 52 or 12

// The workspace's demand bucket (setting demand_bucket, default week): what a run uses when
// nobody chose one.
Bucket workspaceBucket(store::Connection& db);
void setWorkspaceBucket(store::Connection& db, Bucket bucket);

// Periods are numbered consecutively over all time, so a difference of two numbers is a count of
// periods: weeks since the Monday 1969-12-29, months since January of year 0.
int periodOf(domain::DayNumber day, Bucket bucket);
domain::DayNumber periodStart(int period, Bucket bucket);

struct BucketedSeries {
    std::int64_t itemId = 0;
    std::int64_t siteId = 0;
    int firstPeriod = 0;        // the period of the first sale (leading zeros trimmed)
    std::vector<double> values; // firstPeriod … end period, zeros filled; empty if no sale
};

// Buckets one daily series from its first period with a positive quantity through endPeriod
// (or the period of its own last row when not given); days after endPeriod are ignored.
BucketedSeries bucketSeries(const store::DailySeries& daily, Bucket bucket,
                            std::optional<int> endPeriod = std::nullopt);

struct BucketedDemand {
    std::vector<BucketedSeries> series;        // item-major order; only series with a sale
    std::optional<domain::DayNumber> lastDay;  // "today" or the last demand date
    int endPeriod = 0;                         // the period holding lastDay
    std::int64_t rows = 0;                     // demand rows read
    std::int64_t seriesWithoutSales = 0;       // item-sites with rows but no positive quantity
};

// Reads the whole demand table in one pass and buckets every item-site. Every series runs to
// the period of `today` when given, else of the workspace's last demand date. Throws
// util::Cancelled when progress is cancelled.
BucketedDemand bucketDemand(store::Connection& db, Bucket bucket,
                            std::optional<domain::DayNumber> today, util::Progress& progress);

} // namespace stocktower::forecast
