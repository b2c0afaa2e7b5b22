// KPIs against a real workspace: the v2 → v3 migration, site-local timestamps on import, a
// week computed from the store at two sites in different zones, snapshots stored in one
// transaction and read back, the scorecard and the exception queues.
// Oracles: hand computation on the rows inserted below; the IANA zone rules (Berlin UTC+1 and
// Chicago UTC-6 in late November 2026).
#include "exchange/import_job.h"
#include "kpi/exceptions.h"
#include "kpi/kpi_engine.h"
#include "kpi/kpi_snapshots.h"
#include "kpi/scorecard.h"
#include "store/kpi_config_store.h"
#include "store/kpi_snapshot_store.h"
#include "store/schema_v1.sql.h"
#include "store/schema_v2.sql.h"
#include "store/workspace.h"
#include "temp_dir.h"
#include "util/errors.h"
#include "util/message.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>

using namespace stocktower;
using stocktower::testsupport::TempDir;

namespace {

std::int64_t at(const char* stored) { return *domain::parseStoredTimestamp(stored); }

std::map<std::string, kpi::KpiValue> byId(const std::vector<kpi::KpiValue>& values) {
    std::map<std::string, kpi::KpiValue> map;
    for (const auto& value : values) map.emplace(value.kpiId, value);
    return map;
}

class KpiWorkspace : public ::testing::Test {
protected:
    void SetUp() override {
        workspace = store::Workspace::create(dir.file("kpi.stdb"));
        auto& db = workspace->db();
        db.exec("INSERT INTO site(site_id, code, name, timezone, cutoff_time) VALUES "
                "(1, 'BER', 'Berlin', 'Europe/Berlin', '15:00'), (2, 'CHI', 'Chicago', 'America/Chicago', NULL);"
                "INSERT INTO item(item_id, sku, unit_cost, unit_price, lead_time_days, uom) VALUES "
                "(1, 'A', 2.0, 3.0, 10, 'EA'), (2, 'B', 5.0, 8.0, 5, 'EA'), (3, 'C', 1.0, 1.5, 7, 'EA');"
                "INSERT INTO item_site(item_id, site_id, min_qty) VALUES (1, 1, 30), (2, 1, NULL), (3, 1, NULL), "
                "(1, 2, NULL);"
                "INSERT INTO location(location_id, site_id, code, kind, usable) VALUES "
                "(1, 1, 'F-01', 'forward', 1), (2, 1, 'F-02', 'forward', 1), (3, 1, 'R-01', 'reserve', 0), "
                "(4, 1, 'DOCK', 'dock', 1);");
    }

    void insertOrderLine(const std::string& number, int lineNo, std::int64_t site, std::int64_t item, double ordered,
                         double shipped, const char* orderedAt, const char* promised, const char* shippedAt) {
        auto statement = workspace->db().prepare(
            "INSERT INTO order_line(order_number, line_no, site_id, item_id, ordered_qty, shipped_qty, ordered_at, "
            "promised_date, shipped_at, pick_errors) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        statement.bind(1, number).bind(2, lineNo).bind(3, site).bind(4, item).bind(5, ordered).bind(6, shipped);
        statement.bind(7, orderedAt);
        if (promised) statement.bind(8, promised);
        else statement.bindNull(8);
        if (shippedAt) statement.bind(9, shippedAt).bind(10, 0);
        else statement.bindNull(9).bindNull(10);
        statement.run();
    }

    TempDir dir;
    std::unique_ptr<store::Workspace> workspace;
};

} // namespace

TEST(KpiMigration, Version2WorkspaceIsBackedUpAndUpgraded) {
    TempDir dir;
    const auto path = dir.file("v2.stdb");
    {
        // A version-2 file as the previous release wrote it, with one site and one order line.
        store::Connection db(path, store::Connection::Mode::ReadWriteCreate);
        db.exec(store::kSchemaV1);
        db.exec(store::kSchemaV2);
        db.exec("PRAGMA user_version = 2");
        db.exec("PRAGMA application_id = " + std::to_string(store::kApplicationId));
        db.exec("INSERT INTO site(site_id, code) VALUES (1, 'DC1'); INSERT INTO item(item_id, sku) VALUES (1, 'A');"
                "INSERT INTO order_line(order_number, line_no, site_id, item_id, ordered_qty, ordered_at) "
                "VALUES ('SO-1', 1, 1, 1, 5, '2026-11-16T08:00:00Z')");
    }
    auto workspace = store::Workspace::open(path);
    auto& db = workspace->db();
    EXPECT_EQ(db.queryInt("PRAGMA user_version"), store::kSchemaVersion); // v3 and any later steps
    EXPECT_EQ(workspace->fileSchemaVersion(), 2);
    for (const char* table : {"cycle_count", "labour_hours", "kpi_target", "kpi_benchmark", "kpi_setting",
                              "kpi_comment", "kpi_week", "kpi_snapshot"}) {
        auto statement = db.prepare("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = ?");
        statement.bind(1, table);
        ASSERT_TRUE(statement.step());
        EXPECT_EQ(statement.getInt(0), 1) << table;
    }
    // Existing rows survive with the new columns empty; configuration is seeded.
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM order_line WHERE pick_errors IS NULL"), 1);
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM site WHERE cutoff_time IS NULL"), 1);
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM kpi_benchmark WHERE source = 'WERC DC Measures' AND year = 2020"), 5);
    EXPECT_EQ(db.queryText("SELECT value FROM kpi_setting WHERE key = 'carrying_cost_rate'"), "0.25");
    EXPECT_EQ(store::loadKpiTargets(db).size(), kpi::kpiDefinitions().size());
    auto danglingReferences = db.prepare("PRAGMA foreign_key_check");
    EXPECT_FALSE(danglingReferences.step());
    const auto backup = dir.file("v2.v2-backup.stdb");
    ASSERT_TRUE(std::filesystem::exists(backup));
    store::Connection copy(backup, store::Connection::Mode::ReadOnly);
    EXPECT_EQ(copy.queryInt("PRAGMA user_version"), 2);
    EXPECT_EQ(copy.queryInt("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'kpi_snapshot'"), 0);
}

TEST_F(KpiWorkspace, ImportReadsTimesWithoutOffsetInTheSiteZone) {
    const auto file = testsupport::writeFile(
        dir.file("orders.csv"),
        "order_number,line,site,item,ordered_qty,shipped_qty,ordered_at,shipped_at\n"
        "SO-1,1,BER,A,5,5,2026-11-22T23:30,2026-11-23T10:00+01:00\n"
        "SO-2,1,CHI,A,5,5,2026-11-22T21:00,2026-11-23T03:00Z\n");
    exchange::ImportOptions options;
    options.path = file;
    options.type = domain::findRecordType("orders");
    util::NullProgress progress;
    const auto result = exchange::runImport(*workspace, options, progress);
    ASSERT_EQ(result.outcome, exchange::ImportResult::Outcome::Committed) << result.message;
    auto& db = workspace->db();
    // Berlin is UTC+1 in November, Chicago UTC-6; explicit offsets are kept as given.
    EXPECT_EQ(db.queryText("SELECT ordered_at FROM order_line WHERE order_number = 'SO-1'"), "2026-11-22T22:30:00Z");
    EXPECT_EQ(db.queryText("SELECT shipped_at FROM order_line WHERE order_number = 'SO-1'"), "2026-11-23T09:00:00Z");
    EXPECT_EQ(db.queryText("SELECT ordered_at FROM order_line WHERE order_number = 'SO-2'"), "2026-11-23T03:00:00Z");

    // An unknown zone is refused when the site is imported.
    options.path = testsupport::writeFile(dir.file("sites.csv"), "code,timezone\nNYC,America/New_Yrok\n");
    options.type = domain::findRecordType("sites");
    const auto refused = exchange::runImport(*workspace, options, progress);
    EXPECT_EQ(refused.outcome, exchange::ImportResult::Outcome::Rejected);
}

TEST_F(KpiWorkspace, WeekBoundaryFollowsEachSitesZone) {
    // Shipped Monday 23 November 03:00 UTC: Monday (W48) in Berlin, Sunday evening (W47) in Chicago.
    insertOrderLine("SO-B", 1, 1, 1, 5, 5, "2026-11-20T10:00:00Z", "2026-11-23", "2026-11-23T03:00:00Z");
    insertOrderLine("SO-C", 1, 2, 1, 5, 5, "2026-11-20T10:00:00Z", "2026-11-22", "2026-11-23T03:00:00Z");
    auto& db = workspace->db();
    const auto now = at("2026-12-01T12:00:00Z");
    const auto ber = kpi::loadKpiContext(db, "BER");
    const auto chi = kpi::loadKpiContext(db, "CHI");
    auto cycleSample = [&](const kpi::KpiContext& context, unsigned week) {
        return byId(kpi::computeWeek(db, context, {2026, week}, now).values).at("order_cycle_time_hours").sample;
    };
    EXPECT_EQ(cycleSample(ber, 47), 0);
    EXPECT_EQ(cycleSample(ber, 48), 1);
    EXPECT_EQ(cycleSample(chi, 47), 1);
    EXPECT_EQ(cycleSample(chi, 48), 0);
    // Chicago's line was promised for Sunday 22nd and shipped that Sunday evening, local time: on time.
    const auto chiWeek = byId(kpi::computeWeek(db, chi, {2026, 47}, now).values);
    EXPECT_DOUBLE_EQ(chiWeek.at("on_time_shipment").numerator, 1.0);
    EXPECT_THROW(kpi::loadKpiContext(db, "NOPE"), util::UserError);
}

TEST_F(KpiWorkspace, WeekFromTheStoreAndSnapshotsInOneTransaction) {
    auto& db = workspace->db();
    // W47 at BER: 25 one-line orders due Wednesday 18th; 20 shipped complete on time, 5 shipped
    // 1 of 2 units a day late → fill rates by hand below.
    for (int k = 0; k < 25; ++k) {
        const bool good = k < 20;
        insertOrderLine("SO-" + std::to_string(k), 1, 1, 1 + k % 2, 2, good ? 2 : 1, "2026-11-16T08:00:00Z",
                        "2026-11-18", good ? "2026-11-18T10:00:00Z" : "2026-11-19T10:00:00Z");
    }
    db.exec("INSERT INTO labour_hours(site_id, day, activity, employee, hours) VALUES "
            "(1, '2026-11-18', 'picking', '', 5.0), (1, '2026-11-19', 'picking', '', 5.0), "
            "(1, '2026-11-19', 'packing', '', 3.0);"
            "INSERT INTO on_hand(item_id, site_id, location_id, status, quantity, as_of) VALUES "
            "(1, 1, 1, 'available', 40, '2026-11-22'), (2, 1, 2, 'available', 10, '2026-11-22'),"
            "(3, 1, NULL, 'available', 0, '2026-11-22');");
    const auto context = kpi::loadKpiContext(db, "BER");
    const auto now = at("2026-11-25T12:00:00Z");
    const auto week = byId(kpi::computeWeek(db, context, {2026, 47}, now).values);
    // Units 20 x 2 + 5 x 1 = 45 of 50; lines and orders complete 20 of 25; OTIF 20 of 25.
    EXPECT_DOUBLE_EQ(*week.at("unit_fill_rate").value, 0.9);
    EXPECT_DOUBLE_EQ(*week.at("line_fill_rate").value, 0.8);
    EXPECT_DOUBLE_EQ(*week.at("otif").value, 0.8);
    // 25 lines over 10 picking hours.
    EXPECT_DOUBLE_EQ(*week.at("lines_per_labour_hour").value, 2.5);
    // Capacity: forward F-01 and F-02 hold stock; R-01 is blocked, the dock is no storage → 2 of 2,
    // below the minimum sample of 10 locations → n/a.
    EXPECT_FALSE(week.at("capacity_used").value);
    EXPECT_DOUBLE_EQ(week.at("capacity_used").numerator, 2.0);
    // Stockout: items A, B, C active; C has nothing all week: 7 of 21 SKU-days (below the minimum
    // sample of 50 SKU-days, so n/a with the counts kept).
    EXPECT_DOUBLE_EQ(week.at("stockout_rate").numerator, 7.0);
    EXPECT_DOUBLE_EQ(week.at("stockout_rate").denominator, 21.0);
    EXPECT_FALSE(week.at("stockout_rate").value);
    EXPECT_NE(week.at("stockout_rate").note.find("below the minimum"), std::string::npos);
    // Every shipped line was checked without error.
    EXPECT_DOUBLE_EQ(*week.at("picking_accuracy").value, 1.0);
    EXPECT_EQ(week.at("picking_accuracy").sample, 25);
    EXPECT_FALSE(week.at("record_accuracy").value);
    EXPECT_EQ(week.at("record_accuracy").note, "no cycle counts in the week");

    util::NullProgress progress;
    const std::vector<domain::IsoWeek> weeks{{2026, 46}, {2026, 47}};
    auto first = kpi::ensureWeeks(db, context, weeks, now, kpi::SnapshotPolicy{}, progress);
    EXPECT_EQ(first.computed, 2);
    EXPECT_EQ(first.stored, 2);
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM kpi_week"), 2);
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM kpi_snapshot WHERE iso_week = '2026-W47' AND kpi_id NOT LIKE 'ageing:%'"),
              static_cast<std::int64_t>(kpi::kpiDefinitions().size()));
    EXPECT_EQ(db.queryText("SELECT status FROM kpi_snapshot WHERE iso_week = '2026-W47' AND kpi_id = 'otif'"), "red");
    auto again = kpi::ensureWeeks(db, context, weeks, now, kpi::SnapshotPolicy{}, progress);
    EXPECT_EQ(again.computed, 0);
    auto recomputed = kpi::ensureWeeks(db, context, weeks, now, kpi::SnapshotPolicy{true, true}, progress);
    EXPECT_EQ(recomputed.computed, 2);
    // A week stored before it ended is computed again once more of it is known.
    auto early = kpi::ensureWeeks(db, context, {{2026, 48}}, at("2026-11-24T12:00:00Z"),
                                  kpi::SnapshotPolicy{}, progress);
    EXPECT_EQ(early.computed, 1);
    auto later = kpi::ensureWeeks(db, context, {{2026, 48}}, at("2026-12-02T12:00:00Z"),
                                  kpi::SnapshotPolicy{}, progress);
    EXPECT_EQ(later.computed, 1);
    const auto stored = store::loadKpiWeeks(db, 1, "2026-W46", "2026-W48");
    ASSERT_EQ(stored.size(), 3u);
    EXPECT_EQ(stored[2].asOf, "2026-12-02T12:00:00Z");

    // The scorecard reads the stored weeks; a changed target re-rates at once.
    store::KpiTargetRow target = *store::effectiveKpiTarget(store::loadKpiTargets(db), "otif", 1);
    target.siteId = 1;
    target.target = 0.75;
    target.owner = "Ops";
    store::saveKpiTarget(db, target);
    store::saveKpiComment(db, 1, "2026-W47", "otif", "five late lines, carrier strike", "anna");
    kpi::ScorecardRequest request;
    request.siteCode = "BER";
    request.week = {2026, 47};
    request.nowUtc = now;
    request.trendWeeks = 2;
    const auto card = kpi::buildScorecard(db, request, progress);
    EXPECT_EQ(card.weeksComputed, 0);
    const auto otif = std::find_if(card.rows.begin(), card.rows.end(),
                                   [](const kpi::ScorecardRow& row) { return row.definition->id == "otif"; });
    ASSERT_NE(otif, card.rows.end());
    EXPECT_DOUBLE_EQ(*otif->thisWeek, 0.8);
    EXPECT_FALSE(otif->lastWeek); // W46 had no orders
    EXPECT_EQ(otif->status, kpi::Status::Green);
    EXPECT_EQ(otif->owner, "Ops");
    EXPECT_EQ(otif->comment, "five late lines, carrier strike");
    EXPECT_FALSE(otif->benchmarks.empty());
    EXPECT_FALSE(card.footnotes.empty());
}

TEST_F(KpiWorkspace, ExceptionQueuesRankedByImpact) {
    auto& db = workspace->db();
    // Today Wednesday 25 November 2026 at BER.
    // A: 10 available (min 30) + 4 due on an open PO within its 10-day lead time, demand 2 a day
    //    → projected 10 + 4 - 20 = -6 (short 6 at price 3 = 18); below safety stock by 20 (x cost 2 = 40).
    // B: -3 on hand (negative balance, 15 at cost 5) and an open PO due 10 days ago (late, 2 x 5).
    // C: a lot of 7 expiring 1 December (in 6 days) and 500 units that last sold in 2025 (slow).
    db.exec("INSERT INTO on_hand(item_id, site_id, location_id, lot, expiry, status, quantity, as_of) VALUES "
            "(1, 1, 1, '', NULL, 'available', 10, '2026-11-24'),"
            "(2, 1, 2, '', NULL, 'available', -3, '2026-11-24'),"
            "(3, 1, 1, 'L1', '2026-12-01', 'available', 7, '2026-11-24'),"
            "(3, 1, 2, '', NULL, 'available', 500, '2026-11-24');"
            "INSERT INTO purchase_order_line(po_number, line_no, site_id, item_id, due_date, ordered_qty, open_qty, "
            "status) VALUES ('PO-1', 1, 1, 1, '2026-11-30', 4, 4, 'open'), ('PO-2', 1, 1, 2, '2026-11-15', 2, 2, 'open');"
            "INSERT INTO demand(item_id, site_id, day, quantity) VALUES (3, 1, '2025-03-01', 4), (1, 1, '2026-11-20', 2);"
            "INSERT INTO receipt(document, line_no, site_id, item_id, quantity, arrived_at, location_id) VALUES "
            "('GR-1', 1, 1, 2, 6, '2026-11-23T07:00:00Z', 4);");
    // Item A shipped 182 units over the 91-day window: 2 a day.
    insertOrderLine("SO-A", 1, 1, 1, 182, 182, "2026-11-10T08:00:00Z", "2026-11-11", "2026-11-11T09:00:00Z");
    kpi::ExceptionRequest request;
    request.siteCode = "BER";
    request.nowUtc = at("2026-11-25T12:00:00Z");
    const auto report = kpi::findExceptions(db, request);
    ASSERT_EQ(report.queues.size(), 8u);
    std::map<kpi::ExceptionKind, const kpi::ExceptionQueue*> queues;
    for (const auto& queue : report.queues) queues[queue.kind] = &queue;
    auto only = [&](kpi::ExceptionKind kind) -> const kpi::ExceptionRow& {
        EXPECT_EQ(queues[kind]->total, 1u) << kpi::exceptionKindId(kind);
        return queues[kind]->rows.front();
    };
    const auto& projected = only(kpi::ExceptionKind::ProjectedStockout);
    EXPECT_EQ(projected.sku, "A");
    EXPECT_DOUBLE_EQ(projected.quantity, 6.0);
    EXPECT_DOUBLE_EQ(projected.impact, 18.0);
    EXPECT_DOUBLE_EQ(only(kpi::ExceptionKind::BelowSafetyStock).impact, 40.0);
    EXPECT_EQ(only(kpi::ExceptionKind::OddBalance).sku, "B");
    EXPECT_EQ(only(kpi::ExceptionKind::LatePurchaseOrder).reference, "PO-2/1");
    EXPECT_EQ(only(kpi::ExceptionKind::ExpiringLot).reference, "L1");
    const auto& slow = only(kpi::ExceptionKind::SlowMover);
    EXPECT_EQ(slow.sku, "C");
    EXPECT_DOUBLE_EQ(slow.impact, 507.0);
    EXPECT_EQ(slow.reason.id, util::MessageId::ExceptionDeadStock);
    EXPECT_NE(util::englishText(slow.reason).find("dead stock: no demand since"), std::string::npos);
    // The receipt arrived 53 hours ago and still waits at the dock.
    const auto& stale = only(kpi::ExceptionKind::StaleReceipt);
    EXPECT_EQ(stale.reference, "GR-1/1");
    EXPECT_EQ(stale.reason.id, util::MessageId::ExceptionStaleReceiptAt);
    ASSERT_EQ(stale.reason.args.size(), 4u);
    EXPECT_EQ(stale.reason.args[2], "53"); // hours waiting
    EXPECT_EQ(stale.reason.args[3], "DOCK");
    EXPECT_NE(util::englishText(stale.reason).find("not put away after 53 h (at DOCK)"), std::string::npos);
    EXPECT_EQ(report.top(1).front().sku, "C"); // 507 is the largest value at risk
}
