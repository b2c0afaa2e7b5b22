// Scenarios on a hand-made workspace: the reader's inputs and their sources (hand computation
// below), store round trip, recompute in one transaction, comparison deltas, promote, export.
#include "domain/date.h"
#include "inventory/policy_run.h"
#include "inventory/scenario.h"
#include "inventory/scenario_simulation.h"
#include "store/policy_queries.h"
#include "store/scenario_store.h"
#include "store/workspace.h"
#include "temp_dir.h"
#include "util/errors.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

using namespace stocktower;
using namespace stocktower::inventory;
using stocktower::testsupport::TempDir;

namespace {

constexpr const char* kToday = "2026-11-30"; // a Monday

// Site S1; "today" 2026-11-30; demand on the 52 Mondays before it:
//   A1 cost 10, supplier ACME, item lead time 14 d, item_site lead time 7 d and target 0.90;
//      10 units a week → mean 10, sd 0; 30 on hand; 50 due on 12-03 (inside L = 7 d).
//   B2 cost 5, item_site target 0.95, no lead time anywhere (→ default 14 d = 2 weeks);
//      8, 12, 8, 12 … → mean 10, sample sd √(52·4/51) = 2.0195;
//      SS = 1.6449·2.0195·√2 = 4.6977, ROP = 20 + 4.6977.
//   C3 no cost → not computed.
std::unique_ptr<store::Workspace> makeWorkspace(const std::string& path) {
    auto workspace = store::Workspace::create(path);
    auto& db = workspace->db();
    store::Transaction transaction(db);
    db.exec("INSERT INTO site(site_id, code) VALUES (1, 'S1')");
    db.exec("INSERT INTO item(item_id, sku, unit_cost, supplier, lead_time_days) VALUES "
            "(1, 'A1', 10, 'ACME', 14), (2, 'B2', 5, 'OTHER', NULL), (3, 'C3', NULL, NULL, NULL)");
    db.exec("INSERT INTO item_site(item_id, site_id, lead_time_days, service_target) VALUES "
            "(1, 1, 7, 0.90), (2, 1, NULL, 0.95)");
    db.exec("INSERT INTO on_hand(item_id, site_id, quantity, as_of) VALUES (1, 1, 30, '2026-11-29')");
    db.exec("INSERT INTO purchase_order_line(po_number, line_no, site_id, item_id, due_date, ordered_qty, open_qty) "
            "VALUES ('PO1', 1, 1, 1, '2026-12-03', 50, 50), ('PO2', 1, 1, 1, '2027-02-01', 70, 70)");
    const auto today = *domain::parseIsoDate(kToday);
    auto insert = db.prepare("INSERT INTO demand(item_id, site_id, day, quantity) VALUES (?, 1, ?, ?)");
    for (int k = 1; k <= 52; ++k) {
        const auto day = domain::formatIsoDate(today - 7 * k);
        insert.bind(1, std::int64_t{1}).bind(2, day).bind(3, 10.0).run();
        insert.bind(1, std::int64_t{2}).bind(2, day).bind(3, k % 2 == 0 ? 8.0 : 12.0).run();
        insert.bind(1, std::int64_t{3}).bind(2, day).bind(3, 1.0).run();
    }
    transaction.commit();
    return workspace;
}

PolicyRunOptions todayOptions() {
    PolicyRunOptions options;
    options.today = kToday;
    return options;
}

TEST(ScenarioWorkspace, GathersInputsWithTheirSources) {
    TempDir dir;
    auto ws = makeWorkspace(dir.file("w.stdb"));
    util::NullProgress progress;
    const auto set = gatherPolicyInputs(ws->db(), PolicyDefaults{}, todayOptions(), progress);
    ASSERT_EQ(set.inputs.size(), 3U);
    EXPECT_FALSE(set.forecastRunId);
    EXPECT_EQ(set.period.name, "week");
    const auto& a = set.inputs[0];
    EXPECT_DOUBLE_EQ(a.demandMean.value, 10.0);
    EXPECT_EQ(englishSource(a.demandMean.source), "demand history: mean of the last 52 weeks");
    EXPECT_DOUBLE_EQ(a.demandSd.value, 0.0);
    ASSERT_TRUE(a.leadTimeDays);
    EXPECT_EQ(englishSource(a.leadTimeDays->source), "item_site.lead_time_days");
    EXPECT_DOUBLE_EQ(a.leadTimeDays->value, 7.0);
    EXPECT_DOUBLE_EQ(a.onHand, 30.0);
    ASSERT_EQ(a.openReceipts.size(), 2U);
    EXPECT_EQ(a.openReceipts[0].first, 3);
    const auto& b = set.inputs[1];
    EXPECT_NEAR(b.demandSd.value, std::sqrt(52.0 * 4.0 / 51.0), 1e-12);
    EXPECT_FALSE(b.leadTimeDays);
    EXPECT_EQ(b.supplier, "OTHER");

    const auto run = computePolicies(set, PolicyDefaults{}, {}, todayOptions(), progress);
    const auto& rb = run.rows[1];
    ASSERT_TRUE(rb.error.empty()) << rb.error;
    EXPECT_NEAR(rb.safetyStock, 4.6977, 1e-3);
    EXPECT_NEAR(rb.reorderPoint, 24.6977, 1e-3);
    // A1: ROP = 10 (one week, no variability); projected 30 + 50 = 80 > 10 → no proposal.
    EXPECT_NEAR(run.rows[0].reorderPoint, 10.0, 1e-9);
    EXPECT_DOUBLE_EQ(run.rows[0].projectedAvailable, 80.0);
    EXPECT_DOUBLE_EQ(run.rows[0].proposedQuantity, 0.0);
    EXPECT_EQ(run.rows[2].error, "unit_cost: missing in the item master");
    EXPECT_EQ(run.totals.errors, 1);
}

// An item that sold 10 a week until 20 weeks ago is inactive (12 quiet weeks or more): without a
// forecast run it is expected to sell nothing, as the forecast engine would say, so it gets no
// safety stock, reorder point or proposal, and its explanation says why.
TEST(ScenarioWorkspace, InactiveItemsFromHistoryExpectNoDemand) {
    TempDir dir;
    auto ws = store::Workspace::create(dir.file("w.stdb"));
    auto& db = ws->db();
    {
        store::Transaction transaction(db);
        db.exec("INSERT INTO site(site_id, code) VALUES (1, 'S1')");
        db.exec("INSERT INTO item(item_id, sku, unit_cost, lead_time_days) VALUES (1, 'OLD', 10, 14)");
        const auto today = *domain::parseIsoDate(kToday);
        auto insert = db.prepare("INSERT INTO demand(item_id, site_id, day, quantity) VALUES (1, 1, ?, 10)");
        for (int k = 20; k <= 52; ++k) insert.bind(1, domain::formatIsoDate(today - 7 * k)).run();
        transaction.commit();
    }
    util::NullProgress progress;
    const auto set = gatherPolicyInputs(db, PolicyDefaults{}, todayOptions(), progress);
    ASSERT_EQ(set.inputs.size(), 1U);
    EXPECT_EQ(set.inputs[0].demandClass, forecast::DemandClass::Inactive);
    EXPECT_DOUBLE_EQ(set.inputs[0].demandMean.value, 0.0);
    EXPECT_EQ(englishSource(set.inputs[0].demandMean.source), "demand history: inactive, no demand in the last 12 weeks");
    PolicyRunOptions explained = todayOptions();
    explained.explain = true;
    const auto run = computePolicies(set, PolicyDefaults{}, {}, explained, progress);
    EXPECT_DOUBLE_EQ(run.rows[0].safetyStock, 0.0);
    EXPECT_DOUBLE_EQ(run.rows[0].reorderPoint, 0.0);
    EXPECT_DOUBLE_EQ(run.rows[0].proposedQuantity, 0.0);
    ASSERT_TRUE(run.rows[0].explain);
    EXPECT_EQ(run.rows[0].explain->input("demand_mean")->source, set.inputs[0].demandMean.source);
}

// Committed = what unshipped customer order lines still owe, per item-site (hand computed):
// A1 at S1: 10 − 4 = 6 plus 5 = 11; A1 at S2: 7. Left out: a shipped line, and an unshipped one
// already shipped in full.
TEST(ScenarioWorkspace, CommittedIsWhatUnshippedLinesStillOwe) {
    TempDir dir;
    auto ws = makeWorkspace(dir.file("w.stdb"));
    auto& db = ws->db();
    db.exec("INSERT INTO site(site_id, code) VALUES (2, 'S2')");
    db.exec("INSERT INTO order_line(order_number, line_no, site_id, item_id, ordered_qty, shipped_qty, ordered_at, "
            "shipped_at) VALUES "
            "('SO1', 1, 1, 1, 10, 4, '2026-11-20', NULL), ('SO1', 2, 1, 1, 5, 0, '2026-11-21', NULL), "
            "('SO2', 1, 2, 1, 7, 0, '2026-11-22', NULL), ('SO3', 1, 1, 1, 9, 9, '2026-11-10', '2026-11-12'), "
            "('SO4', 1, 1, 2, 3, 3, '2026-11-23', NULL)");
    const auto rows = store::loadCommittedQuantities(db);
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0].itemId, 1);
    EXPECT_EQ(rows[0].siteId, 1);
    EXPECT_DOUBLE_EQ(rows[0].quantity, 11.0);
    EXPECT_EQ(rows[1].siteId, 2);
    EXPECT_DOUBLE_EQ(rows[1].quantity, 7.0);
}

TEST(ScenarioStore, RoundTrip) {
    TempDir dir;
    auto ws = makeWorkspace(dir.file("w.stdb"));
    auto& db = ws->db();
    createScenarioFromText(db, "fast", "halve ACME lead times", {"scope=supplier:ACME, lead-time-factor=0.5"});
    auto list = store::listScenarios(db);
    ASSERT_EQ(list.size(), 2U);
    EXPECT_TRUE(list[0].isBase);
    EXPECT_EQ(list[1].name, "fast");
    EXPECT_EQ(list[1].changes, std::vector<std::string>{"scope=supplier:ACME,lead-time-factor=0.5"});
    EXPECT_THROW(createScenarioFromText(db, "fast", "", {}), util::UserError);
    EXPECT_THROW(createScenarioFromText(db, "bad", "", {"service=2"}), util::UserError);
    store::renameScenario(db, "fast", "faster");
    store::duplicateScenario(db, "faster", "copy");
    EXPECT_EQ(store::findScenario(db, "copy")->changes, list[1].changes);
    store::deleteScenario(db, "copy");
    EXPECT_FALSE(store::findScenario(db, "copy"));
    EXPECT_THROW(store::deleteScenario(db, "base"), util::UserError);
    EXPECT_THROW(store::renameScenario(db, "base", "x"), util::UserError);
    EXPECT_THROW(store::renameScenario(db, "nope", "x"), util::UserError);

    PolicyDefaults defaults;
    defaults.orderCost = 75.0;
    defaults.serviceByAbc = {0.99, 0.97, 0.91};
    savePolicyDefaults(db, defaults);
    const auto loaded = loadPolicyDefaults(db);
    EXPECT_EQ(loaded.orderCost, 75.0);
    EXPECT_EQ(loaded.serviceByAbc, defaults.serviceByAbc);
}

TEST(ScenarioStore, RecomputeCompareAndPromote) {
    TempDir dir;
    auto ws = makeWorkspace(dir.file("w.stdb"));
    auto& db = ws->db();
    util::NullProgress progress;
    createScenarioFromText(db, "high", "", {"scope=all,service=0.99"});
    const auto base = recomputeScenario(db, "base", todayOptions(), progress);
    const auto high = recomputeScenario(db, "high", todayOptions(), progress);
    EXPECT_GT(high.run.totals.safetyStockValue, base.run.totals.safetyStockValue);
    // B2 at 0.99: SS = 2.3263·2.0195·√2 (hand computed).
    EXPECT_NEAR(high.run.rows[1].safetyStock, 2.326348 * std::sqrt(52.0 * 4.0 / 51.0) * std::sqrt(2.0), 1e-3);

    const auto comparison = compareScenarios(db, {"high"});
    ASSERT_EQ(comparison.scenarios, (std::vector<std::string>{"base", "high"}));
    const auto& ss = comparison.measures[0];
    EXPECT_EQ(ss.key, "safety_stock_value");
    EXPECT_NEAR(*ss.values[0], base.run.totals.safetyStockValue, 1e-9);
    EXPECT_NEAR(*ss.deltas[1], high.run.totals.safetyStockValue - base.run.totals.safetyStockValue, 1e-9);

    TempDir out;
    exportComparisonCsv(comparison, out.file("cmp.csv"));
    std::ifstream csv(out.file("cmp.csv"));
    std::string header;
    std::getline(csv, header);
    EXPECT_EQ(header, "measure,label,unit,base,base delta,high,high delta\r"); // RFC 4180: CRLF

    promoteScenario(db, "high");
    EXPECT_EQ(baseChanges(db).size(), 1U);
    const auto promoted = recomputeScenario(db, "base", todayOptions(), progress);
    EXPECT_DOUBLE_EQ(promoted.run.totals.safetyStockValue, high.run.totals.safetyStockValue);
}

TEST(ScenarioStore, FailedRecomputeKeepsThePreviousResults) {
    TempDir dir;
    auto ws = makeWorkspace(dir.file("w.stdb"));
    auto& db = ws->db();
    util::NullProgress progress;
    createScenarioFromText(db, "s", "", {"scope=all,service=0.97"});
    const auto first = recomputeScenario(db, "s", todayOptions(), progress);
    const auto id = first.scenario.scenarioId;
    // Fail on the second row's insert: the first row is already replaced when it throws.
    db.exec("CREATE TRIGGER fail_second BEFORE INSERT ON scenario_result WHEN NEW.item_id = 2 "
            "BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END");
    store::setScenarioChanges(db, id, {"scope=all,service=0.8"});
    EXPECT_THROW(recomputeScenario(db, "s", todayOptions(), progress), store::SqliteError);
    const auto totals = store::loadScenarioTotals(db, id);
    ASSERT_TRUE(totals);
    EXPECT_DOUBLE_EQ(totals->safetyStockValue, first.run.totals.safetyStockValue);
    std::int64_t rows = 0;
    store::forEachScenarioResult(db, id, [&](const store::ScenarioResultRow& row) {
        ++rows;
        EXPECT_DOUBLE_EQ(row.serviceTarget, 0.97);
        return true;
    });
    EXPECT_EQ(rows, 3);
}

// The simulation check simulates the scenario's parameters, not the base's: A1 and B2 (C3 has no
// cost, so no policy) at the scenario's target 0.99 instead of their own 0.90 and 0.95. Nothing is
// written. An unknown scenario is named in the error.
TEST(ScenarioSimulation, SimulatesTheScenarioItNames) {
    TempDir dir;
    auto ws = makeWorkspace(dir.file("w.stdb"));
    auto& db = ws->db();
    util::NullProgress progress;
    createScenarioFromText(db, "high", "", {"scope=all,service=0.99"});
    SimSettings settings;
    settings.periods = 60;
    settings.warmUpPeriods = 8;
    settings.replications = 20;
    const auto base = simulateScenario(db, "", todayOptions(), settings, 0, progress);
    const auto high = simulateScenario(db, "high", todayOptions(), settings, 0, progress);
    EXPECT_EQ(base.simulatedItemSites, 2U);
    EXPECT_EQ(high.scenario, "high");
    ASSERT_FALSE(base.classes.empty());
    ASSERT_FALSE(high.classes.empty());
    EXPECT_EQ(base.classes.back().demandClass, "all");
    EXPECT_NEAR(base.classes.back().meanTarget, (0.90 + 0.95) / 2.0, 1e-12);
    EXPECT_NEAR(high.classes.back().meanTarget, 0.99, 1e-12);
    // More safety stock cannot serve worse on the same demand paths (common random numbers).
    EXPECT_GE(high.classes.back().achievedFillRate, base.classes.back().achievedFillRate);
    EXPECT_FALSE(store::findScenario(db, "high")->computedAt);

    try {
        simulateScenario(db, "nope", todayOptions(), settings, 0, progress);
        FAIL() << "an unknown scenario must be refused";
    } catch (const util::UserError& error) {
        EXPECT_NE(std::string(error.what()).find("'nope'"), std::string::npos) << error.what();
    }
}

} // namespace
