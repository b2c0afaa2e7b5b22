#include "kpi/stockout_rate.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace stocktower::kpi {

using domain::DayNumber;

KpiValue computeStockoutRate(const StockoutInputs& inputs, const domain::TimeZone& zone, DayNumber firstDay,
                             DayNumber lastDay) {
    const DayNumber from = std::min(firstDay, inputs.anchorDay);
    const DayNumber to = std::max(lastDay, inputs.anchorDay);
    const auto span = static_cast<std::size_t>(to - from + 1);
    // Net inflow per item and day: put-aways in, shipments out.
    std::unordered_map<std::int64_t, std::vector<double>> inflow;
    auto book = [&](const std::vector<store::MovementFact>& movements, double sign) {
        for (const auto& movement : movements) {
            const DayNumber day = zone.localDay(movement.at);
            if (day < from || day > to) continue;
            auto& days = inflow[movement.itemId];
            if (days.empty()) days.assign(span, 0.0);
            days[static_cast<std::size_t>(day - from)] += sign * movement.quantity;
        }
    };
    book(inputs.putAways, 1.0);
    book(inputs.shipments, -1.0);

    std::int64_t skuDays = 0, outDays = 0;
    std::vector<double> balance(span);
    const auto anchor = static_cast<std::size_t>(inputs.anchorDay - from);
    for (const std::int64_t item : inputs.items) {
        auto found = inputs.anchorAvailable.find(item);
        balance[anchor] = found == inputs.anchorAvailable.end() ? 0.0 : found->second;
        const auto flows = inflow.find(item);
        auto flowOn = [&](std::size_t index) { return flows == inflow.end() ? 0.0 : flows->second[index]; };
        for (std::size_t d = anchor + 1; d < span; ++d) balance[d] = balance[d - 1] + flowOn(d);
        for (std::size_t d = anchor; d-- > 0;) balance[d] = balance[d + 1] - flowOn(d + 1);
        for (DayNumber day = firstDay; day <= lastDay; ++day) {
            ++skuDays;
            if (balance[static_cast<std::size_t>(day - from)] <= 1e-9) ++outDays;
        }
    }
    auto value = ratioValue("stockout_rate", static_cast<double>(outDays), static_cast<double>(skuDays), skuDays,
                            kpiNote(util::MessageId::KpiNoteNoActiveItems));
    value.inputs = nlohmann::json{{"anchor_snapshot", domain::formatIsoDate(inputs.anchorDay)},
                                  {"days", {domain::formatIsoDate(firstDay), domain::formatIsoDate(lastDay)}},
                                  {"items", inputs.items.size()}}
                       .dump();
    return value;
}

} // namespace stocktower::kpi
