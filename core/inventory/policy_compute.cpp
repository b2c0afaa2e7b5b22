// computePolicyRow / computePolicies: the pure, parallel part of a policy run (no database).
#include "inventory/policy_run.h"

#include "inventory/demand_distribution.h"
#include "inventory/validation.h"
#include "util/errors.h"
#include "util/parallel_blocks.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <optional>

namespace stocktower::inventory {

namespace {

void fillProposal(PolicyRow& row, const PolicyInput& input, const std::string& today,
                  const OrderRounding& rounding, Explanation* e) {
    const auto& p = row.parameters;
    // Receipts count when due inside the protection interval (L, or R + L): later ones cannot
    // prevent a stockout before the order placed today arrives (OCA stock-logistics-warehouse#582).
    const double horizonDays = p.leadTimeDays + p.reviewPeriodDays;
    row.onHand = input.onHand;
    row.committed = input.committed;
    row.onOrderWithin = 0.0;
    for (const auto& [days, quantity] : input.openReceipts)
        if (days <= horizonDays) row.onOrderWithin += quantity;
    row.projectedAvailable = row.onHand + row.onOrderWithin - row.committed;
    row.proposedQuantity = 0.0;
    std::string_view formula = "0 (projected_available above reorder_point)";
    if (row.annualDemand > 0.0 && row.projectedAvailable <= row.reorderPoint) {
        if (row.kind == PolicyKind::ContinuousReview && row.orderQuantity > 0.0) {
            // The smallest n·Q that lifts the position above s, as the simulation orders.
            const double n = std::floor((row.reorderPoint - row.projectedAvailable) / row.orderQuantity) + 1.0;
            row.proposedQuantity = n * row.orderQuantity;
            formula = "n·order_quantity, the smallest n with projected_available + n·Q > reorder_point";
        } else {
            const double gap = row.maxLevel - row.projectedAvailable;
            row.proposedQuantity = gap > 0.0 ? roundOrderQuantity(gap, rounding).quantity : 0.0;
            formula = "order_up_to_level − projected_available, rounded up (moq, multiple, case pack)";
        }
    }
    row.orderDate = row.proposedQuantity > 0.0 ? today : std::string();
    if (e) {
        using M = util::MessageId;
        e->addInput("on_hand", row.onHand, "units", {M::ExplainSourceOnHand, {}});
        e->addInput("open_receipts_within", row.onOrderWithin, "units",
                    {M::ExplainSourceOpenReceipts, {fmt::format("{:g}", horizonDays)}});
        e->addInput("committed", row.committed, "units", {M::ExplainSourceCommitted, {}});
        e->addResult("projected_available", row.projectedAvailable, "units",
                     "on_hand + open_receipts_within − committed");
        e->addResult("proposed_quantity", row.proposedQuantity, "units", formula);
        if (row.proposedQuantity > 0.0) e->addNote({util::MessageId::ExplainNoteOrderDate, {today}});
    }
}

} // namespace

PolicyRow computePolicyRow(const PolicyInput& input, const PolicyPeriod& period, const std::string& today,
                           const PolicyDefaults& defaults, std::span<const ParameterChange> changes,
                           bool explain) {
    PolicyRow row;
    row.itemId = input.itemId;
    row.siteId = input.siteId;
    row.sku = input.sku;
    row.siteCode = input.siteCode;
    row.abc = input.abc;
    row.xyz = input.xyz;
    row.demandClass = input.demandClass;
    ParameterSources sources;
    row.parameters = effectiveParameters(input, defaults, changes, explain ? &sources : nullptr);
    const auto& p = row.parameters;
    row.unitCost = input.unitCost.value_or(0.0);
    row.kind = p.reviewPeriodDays > 0.0 ? PolicyKind::PeriodicReview : PolicyKind::ContinuousReview;
    row.annualDemand = p.demandMean * period.perYear;

    if (!input.unitCost) {
        row.error = "unit_cost: missing in the item master";
        return row;
    }
    OrderRounding rounding{input.moq, input.orderMultiple, input.casePack};
    if (p.demandMean <= 0.0) {
        // Nothing to protect: no stock is the policy; kept in the totals with zero value.
        row.distribution = "none";
        if (explain) {
            row.explain.emplace();
            row.explain->addInput("demand_mean", 0.0, "units/period");
            row.explain->setSource("demand_mean", p.demandMean == input.demandMean.value
                                                      ? input.demandMean.source
                                                      : ExplainSource{{util::MessageId::ExplainSourceScenarioChange, {}}});
            row.explain->addNote({util::MessageId::ExplainNoteNoDemand, {}});
        }
        return row;
    }

    ItemPolicyInputs in;
    in.safety.demand.demandMean = p.demandMean;
    in.safety.demand.demandSd = p.demandSd;
    in.safety.demand.leadTime = p.leadTimeDays / period.days;
    in.safety.demand.leadTimeSd = p.leadTimeSdDays / period.days;
    in.safety.demand.reviewPeriod = p.reviewPeriodDays / period.days;
    in.safety.serviceType = p.serviceType;
    in.safety.serviceLevel = p.serviceTarget;
    in.safety.distribution.demandClass = input.demandClass;
    in.periodsPerYear = period.perYear;
    in.unitCost = row.unitCost;
    in.holdingRate = p.holdingRate;
    in.orderCost = p.orderCost;
    in.rounding = rounding;

    ItemPolicyResult result;
    try {
        result = computeItemPolicy(in);
    } catch (const InvalidInput& error) {
        row.error = error.argument() + ": " + error.detail();
        return row;
    } catch (const util::UserError& error) {
        row.error = error.what();
        return row;
    }
    row.kind = result.kind;
    row.distribution = std::string(distributionFamilyName(result.safetyStock.distribution.family));
    row.safetyStock = result.safetyStock.safetyStock;
    row.reorderPoint = result.safetyStock.reorderLevel;
    row.orderQuantity = result.orderQuantity;
    row.minLevel = result.minLevel;
    row.maxLevel = result.maxLevel;
    row.achievedCsl = result.safetyStock.achievedCycleServiceLevel;
    row.achievedFillRate = result.safetyStock.achievedFillRate.value_or(kNaN);
    if (std::isfinite(row.achievedFillRate))
        row.expectedStockoutUnitsPerYear = (1.0 - row.achievedFillRate) * row.annualDemand;
    row.safetyStockValue = result.costs.safetyStockValue;
    row.cycleStockValue = result.costs.cycleStock * row.unitCost;
    row.holdingCost = result.costs.holding;
    row.orderingCost = result.costs.ordering;
    row.totalCost = row.holdingCost + row.orderingCost;

    Explanation* e = nullptr;
    if (explain) {
        row.explain = std::move(result.explain);
        e = &*row.explain;
        using M = util::MessageId;
        const util::Message perPeriod{M::ExplainSourceDaysPerPeriod, {fmt::format("{:g}", period.days)}};
        for (auto [name, source] : sources) {
            // Days in the workspace, periods in the formulas.
            if (name == "lead_time" || name == "lead_time_sd" || name == "review_period") source.push_back(perPeriod);
            if (name == "service_type") {
                // Not a number, so not an input: a note says which change set it, if one did.
                if (source.size() == 1 && source.front().id == M::ExplainSourceChange)
                    e->addNote({M::ExplainNoteServiceTypeByChange, source.front().args});
                continue;
            }
            e->setSource(name, std::move(source));
        }
        for (const char* column : {"unit_cost", "moq", "order_multiple", "case_pack"})
            e->setSource(column, {util::verbatim(std::string("item.") + column)});
        e->setSource("periods_per_year", {{M::ExplainSourcePeriodsPerYear, {fmt::format("{:g}", period.perYear)}}});
        e->addNote({M::ExplainNoteSegment,
                    {std::string(1, input.abc), std::string(1, input.xyz), std::string(forecast::demandClassName(input.demandClass))}});
    }
    fillProposal(row, input, today, rounding, e);
    return row;
}

PolicyRunResult computePolicies(const PolicyInputSet& inputs, const PolicyDefaults& defaults,
                                std::span<const ParameterChange> changes, const PolicyRunOptions& options,
                                util::Progress& progress) {
    const auto start = std::chrono::steady_clock::now();
    PolicyRunResult result;
    result.period = inputs.period;
    result.forecastRunId = inputs.forecastRunId;
    result.today = inputs.today;
    result.notices = inputs.notices;
    const std::size_t n = inputs.inputs.size();
    result.rows.resize(n);

    progress.setStage("computing policies");
    // Rows are cheap (microseconds): blocks of 256 keep the shared counter out of the way.
    result.threads = util::parallelBlocks(n, 256, options.threads, progress, [&](std::size_t begin, std::size_t end) {
        // Rows without a "why" panel need no explanation text at all (see ExplanationsOff).
        std::optional<ExplanationsOff> numbersOnly;
        if (!options.explain) numbersOnly.emplace();
        for (std::size_t i = begin; i < end; ++i)
            result.rows[i] = computePolicyRow(inputs.inputs[i], inputs.period, inputs.today, defaults, changes,
                                              options.explain);
    });
    result.totals = totalsOf(result.rows);
    result.computeSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace stocktower::inventory
