// policy: every item-site's safety stock, reorder point, order quantity, min/max and today's
// proposal; for one item also the explanation of each number.
#include "cli/commands_policy.h"
#include "cli/terminal_progress.h"

#include "inventory/explain_json.h"
#include "inventory/policy_export.h"
#include "inventory/policy_run.h"
#include "store/forecast_store.h"
#include "store/workspace.h"
#include "util/progress.h"

#include <fmt/format.h>

#include <cmath>
#include <iostream>
#include <memory>

namespace stocktower::cli {

using namespace inventory;

std::optional<std::int64_t> siteOption(store::Connection& db, const std::string& code) {
    if (code.empty()) return std::nullopt;
    const auto id = store::findSiteId(db, code);
    if (!id) throw CLI::ValidationError("--site", "no site with code '" + code + "'");
    return id;
}

std::optional<std::int64_t> itemOption(store::Connection& db, const std::string& sku) {
    if (sku.empty()) return std::nullopt;
    const auto id = store::findItemId(db, sku);
    if (!id) throw CLI::ValidationError("--item", "no item with SKU '" + sku + "'");
    return id;
}

nlohmann::json numberOrNull(double value) {
    return std::isfinite(value) ? nlohmann::json(value) : nlohmann::json(nullptr);
}

nlohmann::json policyRowJson(const PolicyRow& r) {
    nlohmann::json j{{"sku", r.sku},
                     {"site", r.siteCode},
                     {"abc", std::string(1, r.abc)},
                     {"xyz", std::string(1, r.xyz)},
                     {"demand_class", std::string(forecast::demandClassName(r.demandClass))}};
    const auto& p = r.parameters;
    j["parameters"] = {{"demand_per_period", p.demandMean},     {"demand_sd_per_period", p.demandSd},
                       {"lead_time_days", p.leadTimeDays},      {"lead_time_sd_days", p.leadTimeSdDays},
                       {"review_period_days", p.reviewPeriodDays}, {"service_target", p.serviceTarget},
                       {"service_type", std::string(serviceTypeName(p.serviceType))}, {"holding_rate", p.holdingRate},
                       {"order_cost", p.orderCost},             {"unit_cost", r.unitCost}};
    if (!r.error.empty()) {
        j["error"] = r.error;
        return j;
    }
    j["policy"] = std::string(policyKindName(r.kind));
    j["distribution"] = r.distribution;
    j["safety_stock"] = r.safetyStock;
    j["reorder_point"] = r.reorderPoint;
    j["order_quantity"] = r.orderQuantity;
    j["min"] = r.minLevel;
    j["max"] = r.maxLevel;
    j["achieved_csl"] = numberOrNull(r.achievedCsl);
    j["achieved_fill_rate"] = numberOrNull(r.achievedFillRate);
    j["annual_demand"] = r.annualDemand;
    j["expected_stockout_units_per_year"] = r.expectedStockoutUnitsPerYear;
    j["safety_stock_value"] = r.safetyStockValue;
    j["cycle_stock_value"] = r.cycleStockValue;
    j["holding_cost"] = r.holdingCost;
    j["ordering_cost"] = r.orderingCost;
    j["total_cost"] = r.totalCost;
    j["proposal"] = {{"on_hand", r.onHand},
                     {"open_receipts_within", r.onOrderWithin},
                     {"committed", r.committed},
                     {"projected_available", r.projectedAvailable},
                     {"quantity", r.proposedQuantity},
                     {"order_date", r.orderDate.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.orderDate)}};
    if (r.explain) j["explanation"] = explanationToJson(*r.explain);
    return j;
}

nlohmann::json policyTotalsJson(const PolicyTotals& t) {
    return {{"item_sites", t.itemSites},
            {"errors", t.errors},
            {"safety_stock_value", t.safetyStockValue},
            {"cycle_stock_value", t.cycleStockValue},
            {"inventory_investment", t.inventoryInvestment},
            {"expected_csl", numberOrNull(t.expectedCsl)},
            {"expected_fill_rate", numberOrNull(t.expectedFillRate)},
            {"expected_stockout_units_per_year", t.expectedStockoutUnitsPerYear},
            {"holding_cost", t.holdingCost},
            {"ordering_cost", t.orderingCost},
            {"total_cost", t.totalCost},
            {"turns", numberOrNull(t.turns)},
            {"proposals", t.proposals},
            {"proposed_value", t.proposedValue}};
}

namespace {

struct PolicyArguments {
    std::string site, item, exportPath, today;
    int threads = 0;
};

void printExplanation(const Explanation& e) {
    std::cout << "\n  Inputs\n";
    for (const auto& in : e.inputs)
        std::cout << fmt::format("    {:<28} {:>14.4f} {:<14} {}\n", in.name, in.value, in.unit, englishSource(in.source));
    std::cout << "  Results\n";
    for (const auto& r : e.results)
        std::cout << fmt::format("    {:<28} {:>14.4f} {:<14} = {}\n", r.name, r.value, r.unit, r.formula);
    if (!e.notes.empty()) std::cout << "  Notes\n";
    for (const auto& note : e.notes) std::cout << "    - " << util::englishText(note) << '\n';
}

void printRun(const PolicyRunResult& run, bool explain) {
    std::cout << fmt::format("Policy for {} item-sites, today {}, periods of a {} ({})\n", run.rows.size(), run.today,
                             run.period.name,
                             run.forecastRunId ? fmt::format("demand from forecast run {}", *run.forecastRunId)
                                               : std::string("demand from history"));
    for (const auto& notice : run.notices) std::cout << "  note: " << notice << '\n';
    std::cout << fmt::format("\n{:<12} {:<5} {:<3} {:<12} {:<5} {:>7} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>10}\n", "SKU",
                             "Site", "Cls", "Demand", "Pol", "Target", "SS", "ROP", "Q", "Min", "Max", "Proposal",
                             "Order date");
    for (const auto& r : run.rows) {
        const std::string cls = fmt::format("{}{}", r.abc, r.xyz);
        const auto demandClass = forecast::demandClassName(r.demandClass);
        if (!r.error.empty()) {
            std::cout << fmt::format("{:<12} {:<5} {:<3} {:<12} not computed: {}\n", r.sku, r.siteCode, cls, demandClass,
                                     r.error);
            continue;
        }
        std::cout << fmt::format("{:<12} {:<5} {:<3} {:<12} {:<5} {:>7.3f} {:>9.1f} {:>9.1f} {:>9.1f} {:>9.1f} {:>9.1f} {:>9.1f} {:>10}\n",
                                 r.sku, r.siteCode, cls, demandClass, policyKindName(r.kind), r.parameters.serviceTarget,
                                 r.safetyStock, r.reorderPoint, r.orderQuantity, r.minLevel, r.maxLevel,
                                 r.proposedQuantity, r.orderDate.empty() ? "-" : r.orderDate);
        if (explain && r.explain) printExplanation(*r.explain);
    }
    const auto& t = run.totals;
    std::cout << fmt::format("\nTotals: safety stock value {:.2f}, cycle stock value {:.2f}, investment {:.2f}\n",
                             t.safetyStockValue, t.cycleStockValue, t.inventoryInvestment);
    std::cout << fmt::format("        expected CSL {:.4f}, fill rate {:.4f} (demand-weighted), stockout units/yr {:.1f}\n",
                             t.expectedCsl, t.expectedFillRate, t.expectedStockoutUnitsPerYear);
    std::cout << fmt::format("        holding {:.2f} + ordering {:.2f} = {:.2f} a year, turns {:.2f}; {} proposals "
                             "worth {:.2f}; {} not computed\n",
                             t.holdingCost, t.orderingCost, t.totalCost, t.turns, t.proposals, t.proposedValue, t.errors);
}

} // namespace

void addPolicyCommand(CLI::App& app, GlobalOptions& options, int& /*exitCode*/) {
    auto args = std::make_shared<PolicyArguments>();
    auto* command = app.add_subcommand("policy", "Inventory policy per item-site (SS, ROP, Q, min/max) and today's proposals");
    command->add_option("--site", args->site, "Only this site (code)");
    command->add_option("--item", args->item, "Only this item (SKU); also prints the explanation");
    command->add_option("--export", args->exportPath, "Write every row to this CSV file");
    command->add_option("--today", args->today, "Order date of the proposals, YYYY-MM-DD (default: after the last demand day)");
    command->add_option("--threads", args->threads, "Worker threads (0 = all cores; results do not depend on it)")
        ->check(CLI::NonNegativeNumber);
    command->callback([&options, args] {
        auto workspace = store::Workspace::open(requireWorkspace(options));
        auto& db = workspace->db();
        PolicyRunOptions runOptions;
        runOptions.siteId = siteOption(db, args->site);
        runOptions.itemId = itemOption(db, args->item);
        runOptions.today = args->today;
        runOptions.threads = args->threads;
        runOptions.explain = runOptions.itemId.has_value();
        TerminalProgress progress(options.quiet || options.json);
        const auto run = runWorkspacePolicy(db, runOptions, progress);
        progress.finish();
        if (!args->exportPath.empty()) {
            util::NullProgress quiet;
            writePolicyCsv(args->exportPath, run, quiet);
        }
        if (options.json) {
            nlohmann::json rows = nlohmann::json::array();
            for (const auto& r : run.rows) rows.push_back(policyRowJson(r));
            printJson({{"today", run.today},
                       {"period", run.period.name},
                       {"forecast_run", run.forecastRunId ? nlohmann::json(*run.forecastRunId) : nlohmann::json(nullptr)},
                       {"notices", run.notices},
                       {"rows", rows},
                       {"totals", policyTotalsJson(run.totals)}});
        } else {
            printRun(run, runOptions.explain);
            if (!args->exportPath.empty())
                std::cout << fmt::format("\nWrote {} rows to {}\n", run.rows.size(), args->exportPath);
        }
    });
}

} // namespace stocktower::cli
