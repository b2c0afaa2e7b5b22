#include "inventory/policy_run.h"

#include "inventory/scenario.h"
#include "store/scenario_store.h"
#include "util/errors.h"

#include <fmt/format.h>

#include <chrono>
#include <string>

namespace stocktower::inventory {

namespace {

// Keys of policy_setting; values are text so one table holds numbers and words.
constexpr const char* kServiceA = "service_target_a";
constexpr const char* kServiceB = "service_target_b";
constexpr const char* kServiceC = "service_target_c";
constexpr const char* kServiceType = "service_type";
constexpr const char* kHoldingRate = "holding_rate";
constexpr const char* kOrderCost = "order_cost";
constexpr const char* kLeadTime = "lead_time_days";
constexpr const char* kLeadTimeSd = "lead_time_sd_days";
constexpr const char* kReviewPeriod = "review_period_days";
constexpr const char* kHistoryWeeks = "history_weeks";

double toNumber(const std::string& key, const std::string& text) {
    try {
        std::size_t used = 0;
        const double value = std::stod(text, &used);
        if (used == text.size()) return value;
    } catch (const std::exception&) {
    }
    throw util::UserError(fmt::format("policy setting {}: '{}' is not a number", key, text));
}

} // namespace

PolicyDefaults loadPolicyDefaults(store::Connection& db) {
    PolicyDefaults d;
    for (const auto& [key, value] : store::loadPolicySettings(db)) {
        if (key == kServiceType) {
            if (const auto type = parseServiceType(value)) d.serviceType = *type;
        } else if (key == kServiceA) d.serviceByAbc[0] = toNumber(key, value);
        else if (key == kServiceB) d.serviceByAbc[1] = toNumber(key, value);
        else if (key == kServiceC) d.serviceByAbc[2] = toNumber(key, value);
        else if (key == kHoldingRate) d.holdingRate = toNumber(key, value);
        else if (key == kOrderCost) d.orderCost = toNumber(key, value);
        else if (key == kLeadTime) d.leadTimeDays = toNumber(key, value);
        else if (key == kLeadTimeSd) d.leadTimeSdDays = toNumber(key, value);
        else if (key == kReviewPeriod) d.reviewPeriodDays = toNumber(key, value);
        else if (key == kHistoryWeeks) d.historyWeeks = static_cast<int>(toNumber(key, value));
    }
    return d;
}

void savePolicyDefaults(store::Connection& db, const PolicyDefaults& d) {
    store::Transaction transaction(db);
    const auto num = [](double v) { return fmt::format("{}", v); };
    store::savePolicySetting(db, kServiceA, num(d.serviceByAbc[0]));
    store::savePolicySetting(db, kServiceB, num(d.serviceByAbc[1]));
    store::savePolicySetting(db, kServiceC, num(d.serviceByAbc[2]));
    store::savePolicySetting(db, kServiceType, std::string(serviceTypeName(d.serviceType)));
    store::savePolicySetting(db, kHoldingRate, num(d.holdingRate));
    store::savePolicySetting(db, kOrderCost, num(d.orderCost));
    store::savePolicySetting(db, kLeadTime, num(d.leadTimeDays));
    store::savePolicySetting(db, kLeadTimeSd, num(d.leadTimeSdDays));
    store::savePolicySetting(db, kReviewPeriod, num(d.reviewPeriodDays));
    store::savePolicySetting(db, kHistoryWeeks, std::to_string(d.historyWeeks));
    transaction.commit();
}

PolicyRunResult runWorkspacePolicy(store::Connection& db, const PolicyRunOptions& options,
                                   util::Progress& progress) {
    const auto start = std::chrono::steady_clock::now();
    const auto defaults = loadPolicyDefaults(db);
    const auto changes = baseChanges(db);
    const auto inputs = gatherPolicyInputs(db, defaults, options, progress);
    const double gather = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    auto result = computePolicies(inputs, defaults, changes, options, progress);
    result.gatherSeconds = gather;
    return result;
}

} // namespace stocktower::inventory
