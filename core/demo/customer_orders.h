// Demo customer orders: the order lines behind the last 26 weeks of demand history.
#pragma once

#include "domain/date.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace stocktower::demo {

// One order line as recorded in the demand history (a day with order_lines = n gives n).
struct RecentDemandLine {
    std::uint32_t item = 0;
    std::uint32_t site = 0;
    domain::DayNumber day = 0;
    double quantity = 0;
};

struct OrderLineRow {
    std::string orderNumber;
    int lineNo = 0;
    std::string customer;
    std::size_t site = 0;
    std::size_t item = 0;
    double orderedQty = 0;
    double shippedQty = 0;
    std::string orderedAt;
    domain::DayNumber requestedDate = 0;
    domain::DayNumber promisedDate = 0;
    std::optional<std::string> shippedAt; // empty while the line is still open
};

struct OrderContext {
    std::uint64_t seed = 0;
    std::size_t sites = 1;
    std::size_t customers = 100;
    domain::DayNumber lastDay = 0;
    // True when the item had no stock at the site: its recent lines ship late or short.
    std::function<bool(std::size_t item, std::size_t site)> stockedOut;
};

// Groups each day's lines at each site into orders of a few lines for one customer (so an
// order's lines sum to the demand of that day exactly), numbered in time order. The lines
// are sorted in place; generation depends only on the seed and the lines, not their order.
void generateCustomerOrders(
    const OrderContext& context, std::vector<RecentDemandLine>& lines,
    const std::function<void(const OrderLineRow&)>& emit,
    const std::function<void(std::size_t done, std::size_t total)>& onProgress);

} // namespace stocktower::demo
