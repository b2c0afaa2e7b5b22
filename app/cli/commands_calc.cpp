// calc: the closed-form inventory calculator (safety stock, EOQ, fill rate, service levels).
#include "cli/commands_calc.h"

#include "inventory/distribution_choice.h"
#include "inventory/explain.h"
#include "inventory/explain_json.h"
#include "inventory/order_quantity.h"
#include "inventory/policy_evaluation.h"
#include "inventory/safety_stock.h"
#include "inventory/service_level.h"
#include "inventory/validation.h"

#include <fmt/core.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>

namespace stocktower::cli {

namespace inv = stocktower::inventory;

namespace {

// The option a core argument name stands for: mostly "demand_sd" → "--demand-sd".
std::string optionFor(const std::string& argument) {
    static const std::map<std::string, std::string> renamed{{"service_level", "--service"},
                                                            {"order_multiple", "--multiple"},
                                                            {"probability", "--service"}};
    if (const auto it = renamed.find(argument); it != renamed.end()) return it->second;
    std::string option = "--" + argument;
    std::replace(option.begin(), option.end(), '_', '-');
    return option;
}

// Runs a calculation; the core's InvalidInput becomes a usage error naming the option (exit 2).
void guarded(const std::function<void()>& calculation) {
    try {
        calculation();
    } catch (const inv::InvalidInput& error) {
        throw CLI::ValidationError(optionFor(error.argument()), error.detail());
    }
}

// Four decimals without trailing zeros; small magnitudes with four significant digits.
std::string number(double value) {
    if (!std::isfinite(value)) return "-";
    if (value != 0.0 && std::abs(value) < 0.01) return fmt::format("{:.4g}", value);
    std::string text = fmt::format("{:.4f}", value);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
    return text == "-0" ? "0" : text;
}

// "name  value  unit  formula/source" lines, aligned per block.
template <typename Row>
void printRows(const std::string& heading, const std::vector<Row>& rows,
               const std::function<std::string(const Row&)>& last) {
    if (rows.empty()) return;
    std::size_t nameWidth = 0, valueWidth = 0, unitWidth = 0;
    for (const auto& row : rows) {
        nameWidth = std::max(nameWidth, row.name.size());
        valueWidth = std::max(valueWidth, number(row.value).size());
        unitWidth = std::max(unitWidth, row.unit.size());
    }
    std::cout << heading << '\n';
    for (const auto& row : rows)
        std::cout << fmt::format("  {:<{}}  {:>{}}  {:<{}}  {}\n", row.name, nameWidth,
                                 number(row.value), valueWidth, row.unit, unitWidth, last(row));
}

void printExplanation(const std::string& title, const inv::Explanation& e) {
    std::cout << title << "\n\n";
    printRows<inv::ExplainInput>("inputs", e.inputs,
                                 [](const inv::ExplainInput& in) { return inv::englishSource(in.source); });
    std::cout << '\n';
    printRows<inv::ExplainResult>("results", e.results,
                                  [](const inv::ExplainResult& r) { return r.formula; });
    if (!e.notes.empty()) {
        std::cout << "\nnotes\n";
        for (const auto& note : e.notes)
            std::cout << "  " << util::englishText(note) << '\n';
    }
}

void output(const GlobalOptions& options, const std::string& calculation, const std::string& title,
            const inv::Explanation& e, nlohmann::json extra = {}) {
    if (!options.json) {
        printExplanation(title, e);
        return;
    }
    auto document = inv::explanationToJson(e);
    document["calculation"] = calculation;
    if (extra.is_object())
        for (auto& [key, value] : extra.items())
            document[key] = value;
    printJson(document);
}

inv::DistributionRule parseRule(const std::string& distribution, const std::string& demandClass,
                                bool continuous) {
    inv::DistributionRule rule;
    if (distribution != "auto") {
        const auto family = inv::parseDistributionFamily(distribution);
        if (!family)
            throw CLI::ValidationError("--distribution",
                                       "use normal, poisson, negbin, gamma or auto, got '" +
                                           distribution + "'");
        rule.fixedFamily = family;
    }
    const auto parsedClass = inv::parseDemandClass(demandClass);
    if (!parsedClass)
        throw CLI::ValidationError("--demand-class",
                                   "use smooth, erratic, intermittent, lumpy, new or inactive, "
                                   "got '" +
                                       demandClass + "'");
    rule.demandClass = *parsedClass;
    rule.integerQuantities = !continuous;
    return rule;
}

// Options shared by safety-stock and fill-rate: demand over the protection interval.
struct DemandArguments {
    double demandMean = 0.0, demandSd = 0.0, leadTime = 0.0, leadTimeSd = 0.0;
    double reviewPeriod = 0.0;
    std::string distribution = "normal";
    std::string demandClass = "smooth";
    bool continuous = false;
};

void addDemandOptions(CLI::App* command, DemandArguments& a) {
    command->add_option("--demand-mean", a.demandMean, "Mean demand per period (d)")->required();
    command
        ->add_option("--demand-sd", a.demandSd,
                     "Standard deviation of demand (or forecast error) per period (σ_d)")
        ->required();
    command->add_option("--lead-time", a.leadTime, "Lead time in periods (L)")->required();
    command->add_option("--lead-time-sd", a.leadTimeSd,
                        "Standard deviation of the lead time in periods (σ_L, default 0)");
    command->add_option("--review-period", a.reviewPeriod,
                        "Review period R for periodic review (R,S); 0 = continuous review");
    command->add_option("--distribution", a.distribution,
                        "Demand over the protection interval: normal (default), poisson, negbin, "
                        "gamma, or auto (by --demand-class)");
    command->add_option("--demand-class", a.demandClass,
                        "For --distribution auto: smooth (default), erratic, intermittent, lumpy, "
                        "new, inactive");
    command->add_flag("--continuous", a.continuous,
                      "For --distribution auto: quantities are continuous (kg, m), not counts");
}

inv::LeadTimeDemandInputs demandInputs(const DemandArguments& a) {
    return {a.demandMean, a.demandSd, a.leadTime, a.leadTimeSd, a.reviewPeriod};
}

// --- calc safety-stock ------------------------------------------------------------------

struct SafetyStockArguments {
    DemandArguments demand;
    std::optional<double> service, z, orderQuantity, minCover, maxCover;
    std::string serviceType = "csl";
};

void runSafetyStock(const GlobalOptions& options, const SafetyStockArguments& a) {
    inv::SafetyStockInputs in;
    in.demand = demandInputs(a.demand);
    const auto type = inv::parseServiceType(a.serviceType);
    if (!type)
        throw CLI::ValidationError("--service-type",
                                   "use csl or fill-rate, got '" + a.serviceType + "'");
    in.serviceType = *type;
    if (a.z) {
        if (*type != inv::ServiceType::CycleServiceLevel)
            throw CLI::ValidationError("--z", "is a cycle-service-level factor; use --service "
                                              "with --service-type fill-rate");
        guarded([&] { inv::requireFinite("z", *a.z); });
        // A z given as in textbooks (1.28, 1.65) is the CSL Φ(z); the engine maps it back exactly.
        in.serviceLevel = inv::standardNormalCdf(*a.z);
    } else if (a.service) {
        in.serviceLevel = *a.service;
    } else {
        throw CLI::ValidationError("--service", "give the target level (e.g. 0.95) or --z");
    }
    in.orderQuantity = a.orderQuantity;
    in.distribution = parseRule(a.demand.distribution, a.demand.demandClass, a.demand.continuous);
    if (a.minCover) in.cover.minPeriods = a.minCover;
    if (a.maxCover) in.cover.maxPeriods = a.maxCover;

    guarded([&] {
        const auto result = inv::computeSafetyStock(in);
        const bool periodic = inv::isPeriodicReview(in.demand);
        const std::string family(inv::distributionFamilyName(result.distribution.family));
        const std::string title =
            fmt::format("Safety stock for a {} of {} ({} demand, {} review)",
                        inv::serviceTypeLabel(in.serviceType), number(in.serviceLevel), family,
                        periodic ? "periodic" : "continuous");
        output(options, "safety-stock", title, result.explain,
               {{"service_type", inv::serviceTypeName(in.serviceType)},
                {"distribution", family},
                {"review", periodic ? "periodic" : "continuous"},
                {"target_met", result.targetMet}});
    });
}

// --- calc eoq -----------------------------------------------------------------------------

struct EoqArguments {
    double demandRate = 0.0, orderCost = 0.0;
    std::optional<double> holdingCost, unitCost, holdingRate;
    double moq = 0.0, multiple = 0.0, casePack = 0.0;
    std::string breaks;
};

std::vector<inv::PriceBreak> parseBreaks(const std::string& text) {
    std::vector<inv::PriceBreak> breaks;
    std::stringstream list(text);
    for (std::string item; std::getline(list, item, ',');) {
        const auto colon = item.find(':');
        std::size_t used1 = 0, used2 = 0;
        try {
            if (colon == std::string::npos) throw std::invalid_argument(item);
            const std::string qty = item.substr(0, colon), price = item.substr(colon + 1);
            const double q = std::stod(qty, &used1);
            const double p = std::stod(price, &used2);
            if (used1 != qty.size() || used2 != price.size()) throw std::invalid_argument(item);
            breaks.push_back({q, p});
        } catch (const std::logic_error&) {
            throw CLI::ValidationError("--breaks", "expected MIN_QTY:PRICE,… (e.g. "
                                                   "\"0:0.75,400:0.72\"), got '" +
                                                       item + "'");
        }
    }
    if (breaks.empty()) throw CLI::ValidationError("--breaks", "no price breaks given");
    return breaks;
}

void runEoq(const GlobalOptions& options, const EoqArguments& a) {
    if (a.holdingCost && (a.unitCost || a.holdingRate))
        throw CLI::ValidationError("--holding-cost",
                                   "give either --holding-cost or --unit-cost with --holding-rate");
    const inv::OrderRounding rounding{a.moq, a.multiple, a.casePack};
    guarded([&] {
        inv::Explanation e;
        nlohmann::json extra = nlohmann::json::object();
        std::string title;
        if (!a.breaks.empty()) {
            inv::DiscountInputs in;
            in.demandRate = a.demandRate;
            in.orderCost = a.orderCost;
            in.breaks = parseBreaks(a.breaks);
            if (a.unitCost)
                throw CLI::ValidationError("--unit-cost", "the prices come from --breaks");
            if (a.holdingRate)
                in.holdingRate = *a.holdingRate;
            else if (a.holdingCost)
                in.holdingCost = *a.holdingCost;
            else
                throw CLI::ValidationError("--holding-rate",
                                           "is required with --breaks (or a fixed --holding-cost)");
            if (a.holdingRate) inv::requirePositive("holding_rate", *a.holdingRate);
            const auto best = inv::allUnitsDiscountQuantity(in);
            e = best.explain;
            auto rounded = inv::roundOrderQuantity(best.quantity, rounding);
            if (rounded.quantity != best.quantity) {
                rounded.explain.setSource("order_quantity", {util::verbatim("cheapest band")});
                e.append(rounded.explain);
                e.addResult(
                    "annual_cost_at_rounded", inv::discountCost(in, rounded.quantity), "money/yr",
                    "c·demand_rate + order_cost·demand_rate/Q + h(c)·Q/2 at rounded_quantity");
            }
            title = fmt::format("Order quantity with all-units discounts ({} price breaks)",
                                in.breaks.size());
        } else {
            double h = 0.0;
            if (a.holdingCost) {
                h = *a.holdingCost;
            } else if (a.unitCost && a.holdingRate) {
                inv::requireNonNegative("unit_cost", *a.unitCost);
                inv::requireNonNegative("holding_rate", *a.holdingRate);
                h = *a.unitCost * *a.holdingRate;
                e.addInput("unit_cost", *a.unitCost, "money/unit");
                e.addInput("holding_rate", *a.holdingRate, "1/yr");
                e.addResult("holding_cost", h, "money/unit/yr", "holding_rate·unit_cost");
            } else {
                throw CLI::ValidationError("--holding-cost",
                                           "is required (or --unit-cost with --holding-rate)");
            }
            const auto eoq = inv::economicOrderQuantity(a.demandRate, a.orderCost, h);
            e.append(eoq.explain);
            auto rounded = inv::roundOrderQuantity(eoq.quantity, rounding);
            if (rounded.quantity != eoq.quantity) {
                rounded.explain.setSource("order_quantity", {util::verbatim("eoq")});
                e.append(rounded.explain);
                if (rounded.quantity > 0.0)
                    e.addResult("annual_cost_at_rounded",
                                inv::eoqCost(rounded.quantity, a.demandRate, a.orderCost, h),
                                "money/yr",
                                "order_cost·demand_rate/rounded_quantity + "
                                "holding_cost·rounded_quantity/2");
            }
            title = "Economic order quantity";
        }
        output(options, "eoq", title, e, extra);
    });
}

// --- calc fill-rate -----------------------------------------------------------------------

struct FillRateArguments {
    DemandArguments demand;
    double reorderPoint = 0.0, orderQuantity = 0.0;
};

void runFillRate(const GlobalOptions& options, const FillRateArguments& a) {
    inv::PolicyEvaluationInputs in;
    in.demand = demandInputs(a.demand);
    in.reorderLevel = a.reorderPoint;
    in.orderQuantity = a.orderQuantity;
    in.distribution = parseRule(a.demand.distribution, a.demand.demandClass, a.demand.continuous);
    guarded([&] {
        const auto result = inv::evaluatePolicy(in);
        const std::string family(inv::distributionFamilyName(result.distribution.family));
        output(options, "fill-rate",
               fmt::format("Service of reorder point {} with order quantity {} ({} demand)",
                           number(a.reorderPoint), number(a.orderQuantity), family),
               result.explain, {{"distribution", family}});
    });
}

// --- calc service -------------------------------------------------------------------------

struct ServiceArguments {
    std::optional<double> z, level, lossK, lossValue;
};

void runService(const GlobalOptions& options, const ServiceArguments& a) {
    const int given = (a.z ? 1 : 0) + (a.level ? 1 : 0) + (a.lossK ? 1 : 0) + (a.lossValue ? 1 : 0);
    if (given != 1)
        throw CLI::ValidationError("calc service",
                                   "give exactly one of --z, --level, --loss-k, --loss-value");
    guarded([&] {
        inv::Explanation e;
        std::string title;
        if (a.z || a.level) {
            double z = 0.0;
            if (a.z) {
                inv::requireFinite("z", *a.z);
                z = *a.z;
                e.addInput("z", z, "");
                e.addResult("level", inv::standardNormalCdf(z), "", "Φ(z)");
            } else {
                e.addInput("level", *a.level, "");
                z = inv::zFromServiceLevel(*a.level);
                e.addResult("z", z, "", "Φ⁻¹(level)");
            }
            e.addResult("density", inv::standardNormalPdf(z), "", "φ(z)");
            e.addResult("loss", inv::standardNormalLoss(z), "",
                        "G(z) = φ(z) − z·(1 − Φ(z)): expected shortage per unit of σ");
            title = "Cycle service level and safety factor z";
        } else {
            double k = 0.0;
            if (a.lossK) {
                inv::requireFinite("loss_k", *a.lossK);
                k = *a.lossK;
                e.addInput("loss_k", k, "");
                e.addResult("loss_value", inv::standardNormalLoss(k), "",
                            "G(k) = φ(k) − k·(1 − Φ(k))");
            } else {
                e.addInput("loss_value", *a.lossValue, "");
                k = inv::inverseStandardNormalLoss(*a.lossValue);
                e.addResult("loss_k", k, "", "k with G(k) = loss_value");
            }
            e.addResult("level", inv::standardNormalCdf(k), "",
                        "Φ(k): cycle service level of safety factor k");
            title = "Standard normal loss function";
        }
        output(options, "service", title, e);
    });
}

} // namespace

void addCalcCommands(CLI::App& app, GlobalOptions& options, int& /*exitCode*/) {
    auto* calc = app.add_subcommand(
        "calc",
        "Inventory calculator: safety stock, EOQ, fill rate, service levels (no workspace)");
    calc->require_subcommand(1);
    calc->footer(
        "Every result comes with its formula and inputs; --json gives them as one object.");

    auto ss = std::make_shared<SafetyStockArguments>();
    auto* safety = calc->add_subcommand(
        "safety-stock",
        "Safety stock and reorder point (or order-up-to level) for a service target");
    addDemandOptions(safety, ss->demand);
    auto* service = safety->add_option("--service", ss->service,
                                       "Target: cycle service level or fill rate in (0,1)");
    safety->add_option("--z", ss->z, "Safety factor z instead of --service (CSL = Φ(z))")
        ->excludes(service);
    safety->add_option("--service-type", ss->serviceType,
                       "csl (cycle service level, default) or fill-rate");
    safety->add_option("--order-quantity", ss->orderQuantity,
                       "Order quantity Q (required for fill-rate under continuous review)");
    safety->add_option("--min-cover", ss->minCover,
                       "Safety stock floor in periods of mean demand (default 0)");
    safety->add_option("--max-cover", ss->maxCover, "Safety stock cap in periods of mean demand");
    safety->callback([&options, ss] { runSafetyStock(options, *ss); });

    auto eoqArgs = std::make_shared<EoqArguments>();
    auto* eoq = calc->add_subcommand("eoq", "Economic order quantity, discounts and rounding");
    eoq->add_option("--demand-rate", eoqArgs->demandRate, "Demand per year (λ)")->required();
    eoq->add_option("--order-cost", eoqArgs->orderCost, "Fixed cost per order (K)")->required();
    eoq->add_option("--holding-cost", eoqArgs->holdingCost, "Holding cost per unit per year (h)");
    eoq->add_option("--unit-cost", eoqArgs->unitCost,
                    "Unit cost (c), with --holding-rate: h = i·c");
    eoq->add_option("--holding-rate", eoqArgs->holdingRate, "Holding rate per year (i)");
    eoq->add_option("--moq", eoqArgs->moq, "Minimum order quantity");
    eoq->add_option("--multiple", eoqArgs->multiple, "Order multiple");
    eoq->add_option("--case-pack", eoqArgs->casePack, "Units per case");
    eoq->add_option("--breaks", eoqArgs->breaks,
                    "All-units price breaks MIN_QTY:PRICE,… (e.g. \"0:0.75,400:0.72,800:0.68\")");
    eoq->callback([&options, eoqArgs] { runEoq(options, *eoqArgs); });

    auto fr = std::make_shared<FillRateArguments>();
    auto* fill = calc->add_subcommand(
        "fill-rate", "Evaluate a reorder point and order quantity: CSL, shortage, fill rate");
    addDemandOptions(fill, fr->demand);
    fill->add_option("--reorder-point", fr->reorderPoint,
                     "Reorder point (order-up-to level with --review-period)")
        ->required();
    fill->add_option("--order-quantity", fr->orderQuantity, "Order quantity Q")->required();
    fill->callback([&options, fr] { runFillRate(options, *fr); });

    auto sv = std::make_shared<ServiceArguments>();
    auto* svc =
        calc->add_subcommand("service", "z ↔ cycle service level; loss function G and its inverse");
    svc->add_option("--z", sv->z, "Safety factor z → level Φ(z) and G(z)");
    svc->add_option("--level", sv->level, "Cycle service level → z = Φ⁻¹(level)");
    svc->add_option("--loss-k", sv->lossK, "k → G(k)");
    svc->add_option("--loss-value", sv->lossValue, "G → k with G(k) = value");
    svc->callback([&options, sv] { runService(options, *sv); });
}

} // namespace stocktower::cli
