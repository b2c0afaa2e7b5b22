#include "kpi/inventory_kpis.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_set>

namespace stocktower::kpi {

namespace {

double costOf(const ItemCosts& costs, std::int64_t itemId) {
    auto it = costs.find(itemId);
    return it == costs.end() ? 0.0 : it->second;
}

// Owned quantity per item: every status but consigned (someone else's stock on our shelves).
std::unordered_map<std::int64_t, double> ownedByItem(const std::vector<store::OnHandFact>& onHand) {
    std::unordered_map<std::int64_t, double> byItem;
    for (const auto& row : onHand)
        if (row.status != "consigned") byItem[row.itemId] += row.quantity;
    return byItem;
}

// Sums over items in id order: the same total to the last bit on every platform (hash-map
// order is not).
template <typename Map> std::vector<std::pair<std::int64_t, double>> sortedByItem(const Map& map) {
    std::vector<std::pair<std::int64_t, double>> entries(map.begin(), map.end());
    std::sort(entries.begin(), entries.end());
    return entries;
}

KpiValue notAvailable(std::string id, std::string note) {
    KpiValue value;
    value.kpiId = std::move(id);
    value.note = std::move(note);
    return value;
}

} // namespace

double inventoryValue(const std::vector<store::OnHandFact>& onHand, const ItemCosts& unitCosts) {
    double value = 0;
    for (const auto& [item, quantity] : sortedByItem(ownedByItem(onHand)))
        if (quantity > 0) value += quantity * costOf(unitCosts, item);
    return value;
}

std::vector<KpiValue> computeInventoryKpis(const InventoryInputs& inputs, const ItemCosts& unitCosts) {
    const std::string noSnapshot = kpiNote(util::MessageId::KpiNoteNoSnapshotInWindow);
    if (inputs.snapshots.empty())
        return {notAvailable("inventory_turns", noSnapshot), notAvailable("days_on_hand", noSnapshot),
                notAvailable("days_of_supply", noSnapshot), notAvailable("carrying_cost", noSnapshot)};
    double total = 0;
    nlohmann::json days = nlohmann::json::array();
    for (const auto& snapshot : inputs.snapshots) {
        total += inventoryValue(snapshot.rows, unitCosts);
        days.push_back(domain::formatIsoDate(snapshot.day));
    }
    const auto count = static_cast<std::int64_t>(inputs.snapshots.size());
    const double average = total / static_cast<double>(count);
    const double current = inventoryValue(inputs.snapshots.back().rows, unitCosts);
    double cogs = 0;
    for (const auto& [item, units] : sortedByItem(inputs.shippedUnits)) cogs += units * costOf(unitCosts, item);
    const double annualCogs = cogs * 365.0 / inputs.windowDays;
    const double dailyCogs = cogs / inputs.windowDays;
    const std::string inputsJson = nlohmann::json{{"snapshots", days},
                                                  {"window_days", inputs.windowDays},
                                                  {"cogs_window", cogs},
                                                  {"average_inventory_value", average},
                                                  {"inventory_value", current}}
                                       .dump();

    auto turns = ratioValue("inventory_turns", annualCogs, average, count, kpiNote(util::MessageId::KpiNoteNoInventoryValue));
    KpiValue daysOnHand;
    daysOnHand.kpiId = "days_on_hand";
    daysOnHand.numerator = 365.0;
    daysOnHand.denominator = turns.value.value_or(0);
    daysOnHand.sample = count;
    if (turns.value && *turns.value > 0) daysOnHand.value = 365.0 / *turns.value;
    else daysOnHand.note = turns.value ? kpiNote(util::MessageId::KpiNoteNothingShipped) : turns.note;
    auto supply = ratioValue("days_of_supply", current, dailyCogs, count, kpiNote(util::MessageId::KpiNoteNothingShipped));
    KpiValue carrying;
    carrying.kpiId = "carrying_cost";
    carrying.numerator = average;
    carrying.denominator = 1;
    carrying.sample = count;
    carrying.value = average * inputs.carryingCostRate;
    std::vector<KpiValue> values{turns, daysOnHand, supply, carrying};
    for (auto& value : values) value.inputs = inputsJson;
    return values;
}

AgeingResult computeAgeing(const std::vector<store::OnHandFact>& onHand, domain::DayNumber asOf,
                           const std::vector<store::ReceiptFact>& receipts, const domain::TimeZone& zone,
                           std::optional<domain::DayNumber> historyStart, const ItemCosts& unitCosts) {
    AgeingResult result;
    result.buckets = {{"0-30", 0, 30},       {"31-60", 31, 60},     {"61-90", 61, 90},
                      {"91-180", 91, 180},   {"181-365", 181, 365}, {">365", 366, -1}};
    auto add = [&](int age, double value) {
        for (auto& bucket : result.buckets)
            if (age >= bucket.fromDays && (bucket.toDays < 0 || age <= bucket.toDays)) {
                bucket.value += value;
                break;
            }
        result.totalValue += value;
    };
    // Receipts are grouped by item (ordered by item, newest first): index each item's run.
    std::unordered_map<std::int64_t, std::pair<std::size_t, std::size_t>> runs;
    for (std::size_t i = 0; i < receipts.size();) {
        std::size_t j = i;
        while (j < receipts.size() && receipts[j].itemId == receipts[i].itemId) ++j;
        runs.emplace(receipts[i].itemId, std::make_pair(i, j));
        i = j;
    }
    const int olderThanHistory = historyStart ? std::max(0, asOf - *historyStart + 1) : 366;
    for (const auto& [item, quantity] : sortedByItem(ownedByItem(onHand))) {
        if (quantity <= 0) continue;
        const double cost = costOf(unitCosts, item);
        double remaining = quantity;
        if (auto run = runs.find(item); run != runs.end()) {
            for (std::size_t k = run->second.first; k < run->second.second && remaining > 0; ++k) {
                const auto& receipt = receipts[k];
                const int age = std::max(0, asOf - zone.localDay(receipt.arrivedAt));
                const double layer = std::min(remaining, receipt.quantity);
                add(age, layer * cost);
                remaining -= layer;
            }
        }
        if (remaining > 0) {
            add(olderThanHistory, remaining * cost);
            result.unmatchedValue += remaining * cost;
        }
    }
    for (auto& bucket : result.buckets) bucket.share = result.totalValue > 0 ? bucket.value / result.totalValue : 0;
    return result;
}

KpiValue agedOver90Share(const AgeingResult& ageing) {
    double over = 0;
    for (const auto& bucket : ageing.buckets)
        if (bucket.fromDays > 90) over += bucket.value;
    auto value = ratioValue("aged_over_90_share", over, ageing.totalValue, ageing.totalValue > 0 ? 1 : 0,
                            kpiNote(util::MessageId::KpiNoteNoStockAtCost));
    if (ageing.unmatchedValue > 0 && ageing.totalValue > 0)
        value.note = kpiNote(util::MessageId::KpiNoteOlderThanReceipts,
                             {std::to_string(static_cast<int>(100.0 * ageing.unmatchedValue / ageing.totalValue + 0.5))});
    return value;
}

KpiValue computeCapacityUsed(const std::vector<store::StorageLocationFact>& locations,
                             const std::vector<store::OnHandFact>& onHand) {
    std::vector<std::int64_t> usableStorage;
    for (const auto& location : locations)
        if (location.usable && (location.kind == "forward" || location.kind == "reserve"))
            usableStorage.push_back(location.locationId);
    return computeCapacityUsed(usableStorage, onHand);
}

KpiValue computeCapacityUsed(const std::vector<std::int64_t>& usableStorage,
                             const std::vector<store::OnHandFact>& onHand) {
    std::unordered_set<std::int64_t> occupied;
    for (const auto& row : onHand)
        if (row.locationId && row.quantity > 0) occupied.insert(*row.locationId);
    const auto usable = static_cast<std::int64_t>(usableStorage.size());
    std::int64_t used = 0;
    for (const auto id : usableStorage)
        if (occupied.count(id)) ++used;
    auto value = ratioValue("capacity_used", static_cast<double>(used), static_cast<double>(usable), usable,
                            kpiNote(util::MessageId::KpiNoteNoStorageLocations));
    value.inputs = nlohmann::json{{"locations", "usable forward and reserve locations"}}.dump();
    return value;
}

} // namespace stocktower::kpi
