#include "inventory/scenario.h"

#include "exchange/csv_writer.h"
#include "util/errors.h"

#include <fmt/format.h>

#include <chrono>
#include <cmath>

namespace stocktower::inventory {

namespace {

std::vector<ParameterChange> parseAll(const std::vector<std::string>& texts, const std::string& owner) {
    std::vector<ParameterChange> changes;
    for (const auto& text : texts) {
        try {
            changes.push_back(parseParameterChange(text));
        } catch (const util::UserError& error) {
            throw util::UserError(fmt::format("scenario '{}': stored {}", owner, error.what()));
        }
    }
    return changes;
}

store::ScenarioRecord requireScenario(store::Connection& db, const std::string& name) {
    auto found = store::findScenario(db, name);
    if (!found) throw util::UserError("no scenario named '" + name + "' (see: scenario list)");
    return *found;
}

std::optional<double> finite(double value) {
    return std::isfinite(value) ? std::optional(value) : std::nullopt;
}

// A number, or an empty cell when there is none (built in two branches: a conditional
// expression over the variant trips g++ 12's -Wmaybe-uninitialized at -O2).
exchange::CsvCell optionalCell(const std::optional<double>& value) {
    if (value) return exchange::CsvCell(*value);
    return exchange::CsvCell();
}

} // namespace

std::vector<ParameterChange> baseChanges(store::Connection& db) {
    const auto base = store::findScenario(db, store::kBaseScenarioName);
    if (!base) return {};
    return parseAll(base->changes, base->name);
}

std::vector<ParameterChange> scenarioChanges(store::Connection& db, const store::ScenarioRecord& scenario) {
    auto changes = baseChanges(db);
    if (!scenario.isBase) {
        auto own = parseAll(scenario.changes, scenario.name);
        changes.insert(changes.end(), own.begin(), own.end());
    }
    return changes;
}

std::int64_t createScenarioFromText(store::Connection& db, const std::string& name, const std::string& description,
                                    const std::vector<std::string>& changes) {
    std::vector<std::string> canonical;
    for (const auto& text : changes) canonical.push_back(formatParameterChange(parseParameterChange(text)));
    return store::createScenario(db, name, description, canonical);
}

store::ScenarioResultRow toResultRow(const PolicyRow& row) {
    store::ScenarioResultRow r;
    r.itemId = row.itemId;
    r.siteId = row.siteId;
    r.error = row.error;
    r.policyKind = std::string(policyKindName(row.kind));
    r.serviceType = std::string(serviceTypeName(row.parameters.serviceType));
    r.serviceTarget = row.parameters.serviceTarget;
    r.leadTimeDays = row.parameters.leadTimeDays;
    r.reviewPeriodDays = row.parameters.reviewPeriodDays;
    r.demandPerPeriod = row.parameters.demandMean;
    r.demandSdPerPeriod = row.parameters.demandSd;
    r.unitCost = row.unitCost;
    r.safetyStock = row.safetyStock;
    r.reorderPoint = row.reorderPoint;
    r.orderQuantity = row.orderQuantity;
    r.minLevel = row.minLevel;
    r.maxLevel = row.maxLevel;
    r.achievedCsl = finite(row.achievedCsl);
    r.achievedFillRate = finite(row.achievedFillRate);
    r.annualDemand = row.annualDemand;
    r.expectedStockoutUnits = row.expectedStockoutUnitsPerYear;
    r.safetyStockValue = row.safetyStockValue;
    r.cycleStockValue = row.cycleStockValue;
    r.holdingCost = row.holdingCost;
    r.orderingCost = row.orderingCost;
    r.totalCost = row.totalCost;
    r.proposedQuantity = row.proposedQuantity;
    return r;
}

store::ScenarioTotalsRow toTotalsRow(const PolicyTotals& t) {
    store::ScenarioTotalsRow r;
    r.itemSites = t.itemSites;
    r.errors = t.errors;
    r.proposals = t.proposals;
    r.safetyStockValue = t.safetyStockValue;
    r.cycleStockValue = t.cycleStockValue;
    r.inventoryInvestment = t.inventoryInvestment;
    r.expectedCsl = finite(t.expectedCsl);
    r.expectedFillRate = finite(t.expectedFillRate);
    r.turns = finite(t.turns);
    r.expectedStockoutUnits = t.expectedStockoutUnitsPerYear;
    r.holdingCost = t.holdingCost;
    r.orderingCost = t.orderingCost;
    r.totalCost = t.totalCost;
    r.annualDemandValue = t.annualDemandValue;
    r.proposedValue = t.proposedValue;
    return r;
}

void storeScenarioResults(store::Connection& db, std::int64_t scenarioId, const PolicyRunResult& run) {
    std::vector<store::ScenarioResultRow> rows;
    rows.reserve(run.rows.size());
    for (const auto& row : run.rows) rows.push_back(toResultRow(row));
    store::Transaction transaction(db);
    store::replaceScenarioResults(db, scenarioId, run.forecastRunId, rows, toTotalsRow(run.totals));
    transaction.commit();
}

ScenarioRunResult recomputeScenario(store::Connection& db, const std::string& name,
                                    const PolicyRunOptions& options, util::Progress& progress) {
    ScenarioRunResult result;
    result.scenario = requireScenario(db, name);
    if (options.siteId || options.itemId)
        throw util::UserError("a scenario is recomputed for the whole workspace (no --site or --item)");
    const auto start = std::chrono::steady_clock::now();
    const auto defaults = loadPolicyDefaults(db);
    const auto changes = scenarioChanges(db, result.scenario);
    const auto inputs = gatherPolicyInputs(db, defaults, options, progress);
    const double gather = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    result.run = computePolicies(inputs, defaults, changes, options, progress);
    result.run.gatherSeconds = gather;
    const auto write = std::chrono::steady_clock::now();
    if (progress.isCancelled()) throw util::Cancelled();
    progress.setStage("saving scenario results");
    storeScenarioResults(db, result.scenario.scenarioId, result.run);
    result.writeSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - write).count();
    result.scenario = requireScenario(db, name);
    return result;
}

void promoteScenario(store::Connection& db, const std::string& name) {
    store::Transaction transaction(db);
    const auto scenario = requireScenario(db, name);
    if (scenario.isBase) throw util::UserError("'" + name + "' is already the base");
    const auto base = requireScenario(db, store::kBaseScenarioName);
    auto changes = base.changes;
    changes.insert(changes.end(), scenario.changes.begin(), scenario.changes.end());
    store::setScenarioChanges(db, base.scenarioId, changes);
    // The base now computes exactly what the scenario did: its results are the scenario's.
    std::vector<store::ScenarioResultRow> rows;
    store::forEachScenarioResult(db, scenario.scenarioId, [&](const store::ScenarioResultRow& row) {
        rows.push_back(row);
        return true;
    });
    if (const auto totals = store::loadScenarioTotals(db, scenario.scenarioId))
        store::replaceScenarioResults(db, base.scenarioId, scenario.forecastRunId, rows, *totals);
    transaction.commit();
}

ScenarioComparison compareScenarios(store::Connection& db, const std::vector<std::string>& names) {
    std::vector<store::ScenarioRecord> records{requireScenario(db, store::kBaseScenarioName)};
    for (const auto& name : names)
        if (name != store::kBaseScenarioName) records.push_back(requireScenario(db, name));
    ScenarioComparison out;
    std::vector<std::optional<store::ScenarioTotalsRow>> totals;
    for (const auto& r : records) {
        out.scenarios.push_back(r.name);
        out.computedAt.push_back(r.computedAt);
        totals.push_back(store::loadScenarioTotals(db, r.scenarioId));
    }
    using Getter = std::optional<double> (*)(const store::ScenarioTotalsRow&);
    struct Def {
        const char* key;
        const char* label;
        const char* unit;
        Getter get;
    };
    static const Def defs[] = {
        {"safety_stock_value", "Safety stock value", "money", [](const store::ScenarioTotalsRow& t) -> std::optional<double> { return t.safetyStockValue; }},
        {"cycle_stock_value", "Cycle stock value", "money", [](const store::ScenarioTotalsRow& t) -> std::optional<double> { return t.cycleStockValue; }},
        {"inventory_investment", "Inventory investment", "money", [](const store::ScenarioTotalsRow& t) -> std::optional<double> { return t.inventoryInvestment; }},
        {"expected_csl", "Expected CSL (demand-weighted)", "ratio", [](const store::ScenarioTotalsRow& t) { return t.expectedCsl; }},
        {"expected_fill_rate", "Expected fill rate (demand-weighted)", "ratio", [](const store::ScenarioTotalsRow& t) { return t.expectedFillRate; }},
        {"expected_stockout_units", "Expected stockout units per year", "units/yr", [](const store::ScenarioTotalsRow& t) -> std::optional<double> { return t.expectedStockoutUnits; }},
        {"holding_cost", "Holding cost per year", "money/yr", [](const store::ScenarioTotalsRow& t) -> std::optional<double> { return t.holdingCost; }},
        {"ordering_cost", "Ordering cost per year", "money/yr", [](const store::ScenarioTotalsRow& t) -> std::optional<double> { return t.orderingCost; }},
        {"total_cost", "Total cost per year", "money/yr", [](const store::ScenarioTotalsRow& t) -> std::optional<double> { return t.totalCost; }},
        {"turns", "Turns per year", "1/yr", [](const store::ScenarioTotalsRow& t) { return t.turns; }},
        {"item_sites", "Item-sites", "count", [](const store::ScenarioTotalsRow& t) -> std::optional<double> { return static_cast<double>(t.itemSites); }},
        {"errors", "Item-sites not computed", "count", [](const store::ScenarioTotalsRow& t) -> std::optional<double> { return static_cast<double>(t.errors); }},
    };
    for (const auto& def : defs) {
        ComparisonMeasure m{def.key, def.label, def.unit, {}, {}};
        for (const auto& t : totals) m.values.push_back(t ? def.get(*t) : std::nullopt);
        for (const auto& v : m.values)
            m.deltas.push_back(v && m.values.front() ? std::optional(*v - *m.values.front()) : std::nullopt);
        out.measures.push_back(std::move(m));
    }
    return out;
}

void exportComparisonCsv(const ScenarioComparison& comparison, const std::filesystem::path& path) {
    exchange::CsvWriter writer(path);
    std::vector<exchange::CsvCell> header{"measure", "label", "unit"};
    for (const auto& name : comparison.scenarios) {
        header.emplace_back(name);
        header.emplace_back(name + " delta");
    }
    writer.writeRow(header);
    for (const auto& m : comparison.measures) {
        std::vector<exchange::CsvCell> row{m.key, m.label, m.unit};
        for (std::size_t i = 0; i < m.values.size(); ++i) {
            row.push_back(optionalCell(m.values[i]));
            row.push_back(optionalCell(m.deltas[i]));
        }
        writer.writeRow(row);
    }
    writer.commit();
}

} // namespace stocktower::inventory
