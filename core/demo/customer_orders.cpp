#include "demo/customer_orders.h"

#include "demo/demo_random.h"
#include "demo/demo_time.h"

#include <boost/random/discrete_distribution.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace stocktower::demo {

using domain::DayNumber;

namespace {

DayNumber addWorkingDays(DayNumber day, int count) {
    for (int i = 0; i < count; ++i)
        day = nextWorkingDay(day + 1);
    return day;
}

// A few large accounts and a long tail (Zipf-like); each customer buys mostly from its home DC.
std::vector<boost::random::discrete_distribution<std::size_t, double>>
customerMix(std::size_t customers, std::size_t sites) {
    std::vector<boost::random::discrete_distribution<std::size_t, double>> mix;
    for (std::size_t site = 0; site < sites; ++site) {
        std::vector<double> weights;
        for (std::size_t k = 0; k < customers; ++k) {
            const double size = 1.0 / std::pow(static_cast<double>(k) + 1.0, 0.8);
            weights.push_back(size * (k % sites == site ? 1.0 : 0.05));
        }
        mix.emplace_back(weights.begin(), weights.end());
    }
    return mix;
}

} // namespace

void generateCustomerOrders(const OrderContext& context, std::vector<RecentDemandLine>& lines,
                            const std::function<void(const OrderLineRow&)>& emit,
                            const std::function<void(std::size_t, std::size_t)>& onProgress) {
    std::sort(lines.begin(), lines.end(), [](const RecentDemandLine& a, const RecentDemandLine& b) {
        if (a.day != b.day) return a.day < b.day;
        if (a.site != b.site) return a.site < b.site;
        if (a.item != b.item) return a.item < b.item;
        return a.quantity < b.quantity;
    });
    auto mix = customerMix(context.customers, context.sites);
    std::int64_t orderCounter = 0;
    std::vector<RecentDemandLine> group;
    OrderLineRow row;

    for (std::size_t begin = 0; begin < lines.size();) {
        std::size_t end = begin;
        while (end < lines.size() && lines[end].day == lines[begin].day &&
               lines[end].site == lines[begin].site)
            ++end;
        const DayNumber day = lines[begin].day;
        const std::size_t site = lines[begin].site;
        group.assign(lines.begin() + static_cast<std::ptrdiff_t>(begin),
                     lines.begin() + static_cast<std::ptrdiff_t>(end));
        Rng rng = makeRng(context.seed, Stream::Orders, static_cast<std::uint64_t>(day), site);
        shuffleInPlace(group, rng);

        std::size_t next = 0;
        while (next < group.size()) {
            // B2B orders have a handful of lines; an item appears once per order.
            const std::size_t wanted = 1 + static_cast<std::size_t>(geometric(rng, 1.0 / 2.8));
            std::size_t stop = next + 1;
            while (
                stop < group.size() && stop - next < wanted &&
                std::none_of(group.begin() + static_cast<std::ptrdiff_t>(next),
                             group.begin() + static_cast<std::ptrdiff_t>(stop),
                             [&](const RecentDemandLine& l) { return l.item == group[stop].item; }))
                ++stop;

            ++orderCounter;
            row.orderNumber = fmt::format("SO-{}", 1000000 + orderCounter);
            row.customer = fmt::format("C-{:04}", mix[site](rng) + 1);
            const bool weekend = isWeekend(day);
            const int orderMinute =
                weekend ? uniformInt(rng, 9 * 60, 13 * 60) : uniformInt(rng, 7 * 60, 17 * 60 + 30);
            row.orderedAt = utcTimestamp(day, orderMinute, uniformInt(rng, 0, 59));
            const double u = uniform01(rng);
            row.requestedDate = u < 0.05   ? nextWorkingDay(day)
                                : u < 0.75 ? addWorkingDays(day, 1)
                                           : addWorkingDays(day, uniformInt(rng, 2, 5));
            row.promisedDate = chance(rng, 0.9)
                                   ? row.requestedDate
                                   : addWorkingDays(row.requestedDate, uniformInt(rng, 1, 3));

            for (std::size_t k = next; k < stop; ++k) {
                const auto& line = group[k];
                row.lineNo = static_cast<int>(k - next + 1);
                row.site = site;
                row.item = line.item;
                row.orderedQty = line.quantity;
                const bool constrained = context.stockedOut && day > context.lastDay - 14 &&
                                         context.stockedOut(line.item, site);
                const bool late = chance(rng, constrained ? 0.5 : 0.06);
                // A short shipment sends at least one unit; a single unit can only be late.
                const bool shortShipped =
                    chance(rng, constrained ? 0.5 : 0.03) && line.quantity >= 2;
                DayNumber shipDay = row.promisedDate;
                if (late) shipDay = addWorkingDays(shipDay, uniformInt(rng, 1, 4));
                if (shipDay > context.lastDay) {
                    row.shippedQty = 0;
                    row.shippedAt.reset();
                } else {
                    row.shippedQty =
                        shortShipped
                            ? std::max(1.0, std::floor(line.quantity * uniform(rng, 0.3, 0.9)))
                            : line.quantity;
                    const int earliest = shipDay == day ? orderMinute + 45 : 10 * 60;
                    const int shipMinute =
                        std::min(21 * 60, std::max(earliest, uniformInt(rng, 11 * 60, 19 * 60)));
                    row.shippedAt = utcTimestamp(shipDay, shipMinute, uniformInt(rng, 0, 59));
                }
                emit(row);
            }
            next = stop;
        }
        if (onProgress) onProgress(end, lines.size());
        begin = end;
    }
}

} // namespace stocktower::demo
