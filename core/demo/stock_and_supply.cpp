#include "demo/stock_and_supply.h"

#include "demo/demo_random.h"
#include "demo/demo_time.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace stocktower::demo {

using domain::DayNumber;

void DemandStats::add(DayNumber day, double units, DayNumber lastDay) {
    totalUnits += units;
    lastSale = std::max(lastSale, day);
    if (day > lastDay - 91) {
        units91 += units;
        sumSquares91 += units * units;
    }
}

namespace {

double roundUpTo(double value, double step) {
    return step > 0 ? std::ceil(value / step - 1e-9) * step : std::ceil(value);
}

double zFor(double serviceTarget) {
    // Standard normal quantiles of the three service targets the demo uses.
    if (serviceTarget >= 0.98) return 2.054;
    if (serviceTarget >= 0.95) return 1.645;
    return 1.282;
}

// Units that fit a 30 × 60 × 45 cm pick bin, filled to 80 %.
double binCapacity(const ItemMaster& item) {
    const double volume = std::max(1.0, item.lengthCm * item.widthCm * item.heightCm);
    return std::max(1.0, std::floor(0.8 * 30 * 60 * 45 / volume));
}

// Buyers order each supplier on its fixed weekday: back to the latest such day.
DayNumber snapToWeekday(DayNumber day, int weekday) {
    return day - (weekdayIndex(day) - weekday + 7) % 7;
}

std::string lotCode(DayNumber received, int index) {
    const std::string iso = domain::formatIsoDate(received); // YYYY-MM-DD
    return fmt::format("L{}{}{}-{}", iso.substr(2, 2), iso.substr(5, 2), iso.substr(8, 2), index);
}

class Planner {
public:
    explicit Planner(const SupplyContext& context)
        : m_context(context), m_item(*context.item), m_params(*context.params),
          m_stats(*context.stats),
          m_rng(makeRng(context.seed, Stream::Supply, context.itemIndex, context.params->site)) {
        const DayNumber activeFrom =
            std::max(m_context.historyFirst, m_context.profile->salesStart);
        const double recent = m_stats.units91 / 91.0;
        const double longRun = m_stats.totalUnits / std::max(1, m_context.lastDay - activeFrom + 1);
        m_daily = m_context.discontinued ? 0.0 : 0.6 * recent + 0.4 * longRun;
        const double variance = std::max(0.0, m_stats.sumSquares91 / 91.0 - recent * recent);
        const double protection = m_params.leadTimeDays + m_params.reviewPeriodDays;
        m_safety = zFor(m_params.serviceTarget) *
                   std::sqrt(protection * variance +
                             m_daily * m_daily * m_params.leadTimeSdDays * m_params.leadTimeSdDays);
        // Cheap items are bought monthly, dear ones weekly (the classic EOQ trade-off, rounded).
        const double cycleDays = m_item.unitCost < 5 ? 28 : m_item.unitCost < 50 ? 14 : 7;
        m_orderQty = roundUpTo(std::max(m_daily * cycleDays, m_item.moq), m_item.orderMultiple);
        m_reorderPoint = m_daily * m_params.leadTimeDays + m_safety;
    }

    SupplyPlan run() {
        planPurchaseHistory();
        planOnHand();
        planOpenOrderIfLow();
        return std::move(m_plan);
    }

private:
    PoLinePlan newLine(DayNumber orderDay, double quantity) {
        PoLinePlan line;
        line.item = m_context.itemIndex;
        line.site = m_params.site;
        line.supplier = m_item.supplier;
        line.orderDay = orderDay;
        line.dueDay = orderDay + static_cast<int>(std::lround(m_params.leadTimeDays));
        line.ordered = quantity;
        return line;
    }

    [[nodiscard]] bool orderedOn(DayNumber day) const {
        return std::any_of(m_plan.poLines.begin(), m_plan.poLines.end(),
                           [&](const PoLinePlan& line) { return line.orderDay == day; });
    }

    void planPurchaseHistory() {
        if (m_daily <= 0 && m_context.profile->pattern != DemandPattern::NewItem) return;
        const double rate = std::max(m_daily, 1e-6);
        const double cycle = std::clamp(m_orderQty / rate, 7.0, 4000.0);
        const DayNumber windowStart = m_context.lastDay - 182;
        DayNumber earliest = windowStart - static_cast<int>(m_params.leadTimeDays);
        earliest = std::max(earliest, m_context.profile->salesStart -
                                          static_cast<int>(m_params.leadTimeDays) - 14);
        DayNumber latest = m_context.lastDay;
        if (m_context.profile->salesEnd <= m_context.lastDay)
            latest = m_context.profile->salesEnd - static_cast<int>(m_params.leadTimeDays);

        double cursor = m_context.lastDay - uniform(m_rng, 0.0, cycle);
        for (int guard = 0; guard < 60 && cursor >= earliest; ++guard) {
            const DayNumber orderDay = snapToWeekday(static_cast<DayNumber>(std::floor(cursor)),
                                                     m_context.supplier->orderWeekday);
            cursor -= cycle * uniform(m_rng, 0.85, 1.15);
            // Weekly buyers order an item at most once per order day.
            if (orderDay > latest || orderDay < earliest || orderedOn(orderDay)) continue;
            PoLinePlan line = newLine(orderDay, m_orderQty);
            double leadTime = std::max(
                1.0, std::round(normal(m_rng, m_params.leadTimeDays, m_params.leadTimeSdDays)));
            if (chance(m_rng, 0.08)) leadTime += uniformInt(m_rng, 3, 10); // supplier delay
            const DayNumber arrival = nextWorkingDay(orderDay + static_cast<int>(leadTime));
            if (chance(m_rng, 0.015)) {
                line.status = "cancelled";
            } else if (arrival <= m_context.lastDay) {
                line.arrivalDay = arrival;
                line.received = line.ordered;
                line.status = "closed";
                if (chance(m_rng, 0.04)) {
                    // Short delivery: recent ones stay open as a backorder, older ones were closed
                    // short.
                    line.received = std::max(m_item.orderMultiple,
                                             std::floor(line.ordered * uniform(m_rng, 0.5, 0.95) /
                                                        m_item.orderMultiple) *
                                                 m_item.orderMultiple);
                    line.received = std::min(line.received, line.ordered);
                    if (arrival > m_context.lastDay - 14 && line.received < line.ordered)
                        line.status = "open";
                }
            }
            m_plan.poLines.push_back(line);
        }
        std::reverse(m_plan.poLines.begin(), m_plan.poLines.end());
    }

    void planOnHand() {
        const double unit = m_context.profile->lineUnit;
        double quantity = 0;
        if (m_context.discontinued) {
            // Sold out, or dead stock nobody will buy again.
            quantity =
                chance(m_rng, 0.5) ? 0.0 : roundUpTo(uniform(m_rng, 0.2, 1.5) * m_orderQty, unit);
        } else if (m_daily <= 0) {
            quantity = std::round(m_orderQty * uniform(m_rng, 0.3, 1.0));
        } else {
            const double u = uniform01(m_rng);
            if (u < 0.04) {
                quantity = 0; // stockout
            } else if (u < 0.046) {
                quantity =
                    -unit *
                    uniformInt(m_rng, 1,
                               3); // booked shipments before the receipt: a data error to fix
            } else if (u < 0.12) {
                quantity =
                    m_safety + m_orderQty * uniform(m_rng, 3.0, 8.0); // excess: an old over-buy
            } else {
                quantity = m_safety + m_orderQty * uniform(m_rng, 0.0, 1.0);
            }
            quantity = std::round(quantity);
        }
        m_plan.stockedOut = quantity <= 0 && !m_context.discontinued && m_daily > 0;
        m_onHand = quantity;

        if (quantity <= 0) {
            m_plan.onHand.push_back(
                {m_context.slot.forward, "", std::nullopt, "available", quantity});
        } else if (m_item.perishable) {
            placeLots(quantity);
        } else {
            const double forward =
                m_context.slot.reserve ? std::min(quantity, binCapacity(m_item)) : quantity;
            m_plan.onHand.push_back(
                {m_context.slot.forward, "", std::nullopt, "available", forward});
            if (quantity > forward)
                m_plan.onHand.push_back(
                    {m_context.slot.reserve, "", std::nullopt, "available", quantity - forward});
        }

        if (quantity > 0 && chance(m_rng, 0.02)) {
            const auto where =
                m_context.slot.reserve ? m_context.slot.reserve : m_context.slot.forward;
            const double held = std::max(1.0, std::round(m_orderQty * uniform(m_rng, 0.1, 0.5)));
            m_plan.onHand.push_back(
                {where, "", std::nullopt, chance(m_rng, 0.5) ? "hold" : "qc", held});
        }
        if (chance(m_rng, 0.005))
            m_plan.onHand.push_back(
                {std::nullopt, "", std::nullopt, "returns", unit * uniformInt(m_rng, 1, 3)});
    }

    // Perishables: one to three lots, the oldest in the pick bin (first expiry, first out).
    void placeLots(double quantity) {
        const int shelfLife = std::max(2, m_item.shelfLifeDays);
        const int lots = quantity < 3 ? 1 : uniformInt(m_rng, 1, 3);
        std::vector<int> ages;
        for (int k = 0; k < lots; ++k)
            ages.push_back(uniformInt(m_rng, 1, std::max(1, std::min(shelfLife - 2, 240))));
        if (chance(m_rng, 0.12))
            ages[0] = std::max(1, shelfLife - uniformInt(m_rng, 1, std::min(25, shelfLife - 1)));
        std::sort(ages.begin(), ages.end());
        ages.erase(std::unique(ages.begin(), ages.end()), ages.end());
        std::reverse(ages.begin(), ages.end()); // oldest first

        double remaining = quantity;
        for (std::size_t k = 0; k < ages.size(); ++k) {
            const bool lastLot = k + 1 == ages.size();
            const double share =
                lastLot ? remaining
                        : std::max(1.0, std::round(remaining * uniform(m_rng, 0.2, 0.5)));
            remaining -= share;
            const DayNumber received = m_context.lastDay - ages[k];
            const auto where =
                k == 0 || !m_context.slot.reserve ? m_context.slot.forward : m_context.slot.reserve;
            m_plan.onHand.push_back({where, lotCode(received, static_cast<int>(k) + 1),
                                     received + shelfLife, "available", share});
            if (remaining <= 0) break;
        }
    }

    void planOpenOrderIfLow() {
        if (m_context.discontinued || m_daily <= 0) return;
        double position = m_onHand;
        for (const auto& line : m_plan.poLines)
            if (std::string_view(line.status) == "open") position += line.ordered - line.received;
        if (position >= m_reorderPoint) return;
        // Below the reorder point: the buyer has ordered, and some suppliers are already late.
        DayNumber orderDay;
        if (m_plan.stockedOut || chance(m_rng, 0.12))
            orderDay = m_context.lastDay - static_cast<int>(m_params.leadTimeDays) -
                       uniformInt(m_rng, 2, 10);
        else
            orderDay = m_context.lastDay - uniformInt(m_rng, 0, 6);
        orderDay = snapToWeekday(orderDay, m_context.supplier->orderWeekday);
        if (orderedOn(orderDay)) return;
        const double quantity = roundUpTo(
            std::max(m_orderQty, m_reorderPoint - position + m_orderQty), m_item.orderMultiple);
        m_plan.poLines.push_back(newLine(orderDay, quantity));
    }

    const SupplyContext& m_context;
    const ItemMaster& m_item;
    const ItemSiteParams& m_params;
    const DemandStats& m_stats;
    Rng m_rng;
    double m_daily = 0;
    double m_safety = 0;
    double m_orderQty = 0;
    double m_reorderPoint = 0;
    double m_onHand = 0;
    SupplyPlan m_plan;
};

} // namespace

SupplyPlan planStockAndSupply(const SupplyContext& context) {
    return Planner(context).run();
}

} // namespace stocktower::demo
