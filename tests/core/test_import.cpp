// Import tests. Oracles: hand-written CSV files whose correct outcome (rows, problems with
// line/column/field) is worked out by hand below each file.
#include "exchange/exporter.h"
#include "exchange/import_job.h"

#include "domain/record_types.h"
#include "store/workspace.h"
#include "temp_dir.h"
#include "util/errors.h"

#include <gtest/gtest.h>

using namespace stocktower;
using exchange::ImportResult;
using stocktower::testsupport::TempDir;
using Outcome = ImportResult::Outcome;

namespace {

class Import : public ::testing::Test {
protected:
    void SetUp() override { workspace = store::Workspace::create(dir.file("ws.stdb")); }

    ImportResult import(const std::string& type, const std::string& name, const std::string& content,
                        exchange::ImportOptions options = {}) {
        options.path = testsupport::writeFile(dir.file(name), content);
        options.type = domain::findRecordType(type);
        EXPECT_NE(options.type, nullptr) << type;
        util::NullProgress progress;
        return exchange::runImport(*workspace, options, progress);
    }

    void importMasterData() {
        ASSERT_EQ(import("sites", "sites.csv", "code,name\nDC1,North\nDC2,South\n").outcome, Outcome::Committed);
        ASSERT_EQ(import("items", "items.csv",
                         "SKU,Description,Unit Cost,Lead Time,Status\n"
                         "A-1,Bolt,0.5,14,active\nA-2,Nut,0.1,7,\nB-1,Drill,45,30,NEW\n")
                      .outcome,
                  Outcome::Committed);
        ASSERT_EQ(import("locations", "locations.csv", "site,code,kind,x,y\nDC1,F-01,forward,1,2\nDC1,R-01,reserve,9,2\n").outcome,
                  Outcome::Committed);
    }

    std::int64_t count(const std::string& table) { return workspace->db().queryInt("SELECT COUNT(*) FROM " + table); }

    bool hasProblem(const ImportResult& result, std::size_t line, const std::string& field, const std::string& fragment) {
        for (const auto& p : result.problems)
            if (p.line == line && p.field == field && p.message.find(fragment) != std::string::npos) return true;
        return false;
    }

    TempDir dir;
    std::unique_ptr<store::Workspace> workspace;
};

} // namespace

TEST_F(Import, CleanFilesCommitWithSynonymsAndDefaults) {
    importMasterData();
    EXPECT_EQ(count("site"), 2);
    EXPECT_EQ(count("item"), 3);
    auto& db = workspace->db();
    // "Unit Cost" → unit_cost, "Lead Time" → lead_time_days (synonym), empty status → active,
    // "NEW" → new (choices are case-insensitive, stored lower-case), uom default EA.
    EXPECT_EQ(db.queryText("SELECT status FROM item WHERE sku = 'A-2'"), "active");
    EXPECT_EQ(db.queryText("SELECT status FROM item WHERE sku = 'B-1'"), "new");
    EXPECT_EQ(db.queryText("SELECT uom FROM item WHERE sku = 'A-1'"), "EA");
    EXPECT_EQ(db.queryInt("SELECT lead_time_days FROM item WHERE sku = 'B-1'"), 30);

    const auto demand = import("demand", "demand.csv",
                               "item,site,date,quantity,order_lines\n"
                               "A-1,DC1,2025-01-06,10,2\nA-1,DC1,2025-01-07,0,0\nA-2,DC2,2025-01-06,3.5,1\n");
    EXPECT_EQ(demand.outcome, Outcome::Committed) << demand.message;
    EXPECT_EQ(demand.rowsWritten, 3u);
    EXPECT_EQ(count("demand"), 3);
    EXPECT_DOUBLE_EQ(db.queryInt("SELECT SUM(quantity) * 10 FROM demand") / 10.0, 13.5);
    EXPECT_EQ(db.queryText("SELECT result FROM import_log ORDER BY import_id DESC LIMIT 1"), "committed");
}

TEST_F(Import, EveryValidationProblemIsLocated) {
    importMasterData();
    // Line numbers count the header as line 1.
    const std::string csv =
        "item,site,date,quantity,order_lines\n" // 1
        "A-1,DC1,2025-01-06,ten,1\n"            // 2: text in a number field (column 4)
        "A-1,DC1,2025-01-07,-3,1\n"             // 3: negative quantity
        "ZZZ,DC1,2025-01-08,1,1\n"              // 4: unknown item (column 1)
        "A-1,DC9,2025-01-09,1,1\n"              // 5: unknown site (column 2)
        "A-1,DC1,2025-02-30,1,1\n"              // 6: impossible date (column 3)
        "A-1,DC1,2025-01-10,,1\n"               // 7: required value missing
        "A-1,DC1,2025-01-11,1\n"                // 8: too few fields
        "A-1,DC1,2025-01-12,1,1.5\n"            // 9: order_lines not a whole number
        "A-1,DC1,2025-01-13,1,1\n"              // 10: fine
        "A-1,DC1,2025-01-13,2,1\n";             // 11: duplicate key of line 10
    const auto result = import("demand", "bad.csv", csv);
    EXPECT_EQ(result.outcome, Outcome::Rejected);
    EXPECT_TRUE(hasProblem(result, 2, "quantity", "not a number"));
    EXPECT_TRUE(hasProblem(result, 3, "quantity", "negative"));
    EXPECT_TRUE(hasProblem(result, 4, "item", "unknown item"));
    EXPECT_TRUE(hasProblem(result, 5, "site", "unknown site"));
    EXPECT_TRUE(hasProblem(result, 6, "date", "not a valid date"));
    EXPECT_TRUE(hasProblem(result, 7, "quantity", "required"));
    EXPECT_TRUE(hasProblem(result, 8, "", "fields but the header has"));
    EXPECT_TRUE(hasProblem(result, 9, "order_lines", "whole number"));
    EXPECT_TRUE(hasProblem(result, 11, "item, site, date, channel", "duplicate key: same as line 10"));
    EXPECT_EQ(result.errorCount, 9u);
    for (const auto& p : result.problems) EXPECT_EQ(p.file, "bad.csv");
    const auto located = std::find_if(result.problems.begin(), result.problems.end(),
                                      [](const auto& p) { return p.line == 2; });
    ASSERT_NE(located, result.problems.end());
    EXPECT_EQ(located->column, 4u);
    EXPECT_EQ(located->value, "ten");
    EXPECT_EQ(count("demand"), 0);
    EXPECT_EQ(workspace->db().queryText("SELECT result FROM import_log ORDER BY import_id DESC LIMIT 1"), "rejected");
}

TEST_F(Import, AnErrorOnTheLastLineLeavesEveryTableUnchanged) {
    importMasterData();
    ASSERT_EQ(import("demand", "first.csv", "item,site,date,quantity\nA-1,DC1,2025-01-06,4\n").outcome, Outcome::Committed);
    std::string csv = "item,site,date,quantity\n";
    for (int day = 1; day <= 28; ++day)
        csv += "A-2,DC1,2025-02-" + std::string(day < 10 ? "0" : "") + std::to_string(day) + ",1\n";
    csv += "A-2,DC1,2025-03-01,oops\n";
    const auto result = import("demand", "last-line.csv", csv);
    EXPECT_EQ(result.outcome, Outcome::Rejected);
    EXPECT_TRUE(hasProblem(result, 30, "quantity", "not a number"));
    EXPECT_EQ(result.rowsWritten, 0u);
    EXPECT_EQ(count("demand"), 1);
    // Master data: an upsert file with a bad last line changes no existing item either.
    const auto items = import("items", "items2.csv", "sku,unit_cost\nA-1,99\nA-2,abc\n");
    EXPECT_EQ(items.outcome, Outcome::Rejected);
    EXPECT_EQ(workspace->db().queryText("SELECT unit_cost FROM item WHERE sku = 'A-1'"), "0.5");
}

TEST_F(Import, SameFileTwiceIsSkippedUnlessForced) {
    importMasterData();
    const std::string csv = "item,site,date,quantity\nA-1,DC1,2025-01-06,4\nA-1,DC1,2025-01-07,5\n";
    ASSERT_EQ(import("demand", "d.csv", csv).outcome, Outcome::Committed);
    const auto again = import("demand", "d.csv", csv);
    EXPECT_EQ(again.outcome, Outcome::AlreadyImported);
    exchange::ImportOptions force;
    force.force = true;
    const auto forced = import("demand", "d.csv", csv, force);
    EXPECT_EQ(forced.outcome, Outcome::Committed);
    EXPECT_EQ(forced.rowsWritten, 0u);
    EXPECT_EQ(forced.rowsSkipped, 2u); // transactions are appended; existing keys are skipped
    EXPECT_EQ(count("demand"), 2);
    // A different file overlapping one day: the new day lands, the existing one is kept.
    const auto overlap = import("demand", "d2.csv", "item,site,date,quantity\nA-1,DC1,2025-01-07,50\nA-1,DC1,2025-01-08,6\n");
    EXPECT_EQ(overlap.rowsWritten, 1u);
    EXPECT_EQ(overlap.rowsSkipped, 1u);
    EXPECT_EQ(workspace->db().queryInt("SELECT quantity FROM demand WHERE day = '2025-01-07'"), 5);
    exchange::ImportOptions replace;
    replace.replaceExisting = true;
    const auto replaced = import("demand", "d3.csv", "item,site,date,quantity\nA-1,DC1,2025-01-07,50\n", replace);
    EXPECT_EQ(replaced.rowsWritten, 1u);
    EXPECT_EQ(workspace->db().queryInt("SELECT quantity FROM demand WHERE day = '2025-01-07'"), 50);
}

TEST_F(Import, UpsertUpdatesOnlyTheColumnsTheFileHas) {
    importMasterData();
    const auto result = import("items", "costs.csv", "sku,unit_cost\nA-1,0.75\nC-9,3\n");
    EXPECT_EQ(result.outcome, Outcome::Committed) << result.message;
    auto& db = workspace->db();
    EXPECT_EQ(db.queryText("SELECT unit_cost FROM item WHERE sku = 'A-1'"), "0.75");
    EXPECT_EQ(db.queryText("SELECT description FROM item WHERE sku = 'A-1'"), "Bolt");
    EXPECT_EQ(db.queryInt("SELECT lead_time_days FROM item WHERE sku = 'A-1'"), 14);
    EXPECT_EQ(count("item"), 4);
    const auto duplicate = import("items", "dup.csv", "sku,unit_cost\nA-1,1\nA-1,2\n");
    EXPECT_EQ(duplicate.outcome, Outcome::Rejected);
    EXPECT_TRUE(hasProblem(duplicate, 3, "sku", "duplicate key: same as line 2"));
}

TEST_F(Import, HeaderProblemsRejectBeforeReadingRows) {
    importMasterData();
    const auto missing = import("demand", "nodate.csv", "item,site,qty,colour\nA-1,DC1,4,red\n");
    EXPECT_EQ(missing.outcome, Outcome::Rejected);
    EXPECT_TRUE(hasProblem(missing, 1, "date", "required column 'date' is missing"));
    bool unknownWarned = false;
    for (const auto& p : missing.problems)
        unknownWarned |= p.severity == exchange::Severity::Warning && p.field == "colour";
    EXPECT_TRUE(unknownWarned);
    EXPECT_EQ(count("demand"), 0);
}

TEST_F(Import, AmbiguousDateColumnIsRefusedUntilTheUserPicks) {
    importMasterData();
    // 03/04/2025 and 05/06/2025 are valid as both DD/MM and MM/DD.
    const std::string ambiguous = "item,site,date,quantity\nA-1,DC1,03/04/2025,1\nA-1,DC1,05/06/2025,2\n";
    const auto refused = import("demand", "amb.csv", ambiguous);
    EXPECT_EQ(refused.outcome, Outcome::Rejected);
    EXPECT_TRUE(hasProblem(refused, 1, "date", "DD/MM/YYYY or MM/DD/YYYY")); // on the header cell
    exchange::ImportOptions dmy;
    dmy.dateFormat = exchange::DateFormat::DayMonthYear;
    ASSERT_EQ(import("demand", "amb.csv", ambiguous, dmy).outcome, Outcome::Committed);
    EXPECT_EQ(workspace->db().queryText("SELECT MIN(day) FROM demand"), "2025-04-03");
    // One unambiguous value (25/12) decides the whole column.
    const auto decided = import("demand", "dmy.csv", "item,site,date,quantity\nA-2,DC1,03/04/2025,1\nA-2,DC1,25/12/2025,2\n");
    EXPECT_EQ(decided.outcome, Outcome::Committed) << decided.message;
    EXPECT_EQ(workspace->db().queryText("SELECT MIN(day) FROM demand WHERE item_id = (SELECT item_id FROM item WHERE sku = 'A-2')"),
              "2025-04-03");
}

TEST_F(Import, SemicolonFileWithDecimalComma) {
    importMasterData();
    const auto result = import("demand", "eu.csv", "Artikel;site;Datum;Menge\nA-1;DC1;20250106;2,5\nA-1;DC1;20250107;1\n",
                               [] {
                                   exchange::ImportOptions o;
                                   o.columnMapping = {{"Artikel", "item"}, {"Datum", "date"}, {"Menge", "quantity"}};
                                   return o;
                               }());
    EXPECT_EQ(result.outcome, Outcome::Committed) << result.message;
    auto statement = workspace->db().prepare("SELECT quantity FROM demand WHERE day = '2025-01-06'");
    ASSERT_TRUE(statement.step());
    EXPECT_DOUBLE_EQ(statement.getDouble(0), 2.5);
}

TEST_F(Import, LocationsResolveWithinTheRowsSite) {
    importMasterData();
    const auto bad = import("on_hand", "oh.csv",
                            "item,site,location,quantity,as_of\nA-1,DC1,F-01,10,2025-03-01\nA-1,DC2,F-01,5,2025-03-01\n");
    EXPECT_EQ(bad.outcome, Outcome::Rejected);
    EXPECT_TRUE(hasProblem(bad, 3, "location", "unknown location")); // F-01 exists at DC1 only
    const auto good = import("on_hand", "oh2.csv",
                             "item,site,location,quantity,as_of\nA-1,DC1,F-01,10,2025-03-01\nA-1,DC1,,-2,2025-03-01\n");
    EXPECT_EQ(good.outcome, Outcome::Committed) << good.message;
    EXPECT_EQ(good.warningCount, 1u); // the negative balance is kept but flagged
    EXPECT_EQ(count("on_hand"), 2);
}

TEST_F(Import, CrossFieldRules) {
    importMasterData();
    const auto receipts = import("receipts", "gr.csv",
                                 "document,line,site,item,quantity,arrived_at,put_away_at\n"
                                 "GR1,1,DC1,A-1,5,2025-03-01T10:00,2025-03-01T09:00\n");
    EXPECT_TRUE(hasProblem(receipts, 2, "put_away_at", "before it arrived"));
    const auto pos = import("purchase_orders", "po.csv",
                            "po_number,line,site,item,due_date,ordered_qty,received_qty\nPO1,1,DC1,A-1,2025-04-01,100,30\n");
    EXPECT_EQ(pos.outcome, Outcome::Committed) << pos.message;
    EXPECT_EQ(workspace->db().queryInt("SELECT open_qty FROM purchase_order_line"), 70); // 100 − 30
}

TEST_F(Import, CancelWritesNothing) {
    importMasterData();
    std::string csv = "item,site,date,quantity\n";
    for (int i = 0; i < 20000; ++i) csv += "A-1,DC1," + std::to_string(2000 + i / 365) + "-01-01,1\n";
    exchange::ImportOptions options;
    options.path = testsupport::writeFile(dir.file("big.csv"), csv);
    options.type = domain::findRecordType("demand");
    util::NullProgress progress;
    progress.cancel();
    const auto result = exchange::runImport(*workspace, options, progress);
    EXPECT_EQ(result.outcome, Outcome::Cancelled);
    EXPECT_EQ(count("demand"), 0);
}

TEST_F(Import, ExportThenImportIntoAFreshWorkspaceGivesIdenticalData) {
    importMasterData();
    ASSERT_EQ(import("demand", "d.csv", "item,site,date,quantity,channel\nA-1,DC1,2025-01-06,4,web\nA-2,DC2,2025-01-06,0.25,\n").outcome,
              Outcome::Committed);
    ASSERT_EQ(import("orders", "o.csv",
                     "order_number,line,site,item,ordered_qty,shipped_qty,ordered_at,promised_date,shipped_at,pick_location\n"
                     "SO1,1,DC1,A-1,5,4,2025-01-06T08:00:00+01:00,2025-01-08,2025-01-07T15:00:00Z,F-01\n")
                  .outcome,
              Outcome::Committed);
    util::NullProgress progress;
    auto fresh = store::Workspace::create(dir.file("fresh.stdb"));
    for (const auto& type : domain::recordTypes()) {
        const auto first = dir.file("export-" + type.name + ".csv");
        exchange::exportRecords(workspace->db(), type, first, {}, progress);
        exchange::ImportOptions options;
        options.path = first;
        options.type = &type;
        const auto result = exchange::runImport(*fresh, options, progress);
        ASSERT_NE(result.outcome, Outcome::Rejected) << type.name << ": " << result.message;
        const auto second = dir.file("again-" + type.name + ".csv");
        exchange::exportRecords(fresh->db(), type, second, {}, progress);
        EXPECT_EQ(testsupport::readFile(first), testsupport::readFile(second)) << type.name;
    }
    EXPECT_EQ(fresh->db().queryText("SELECT ordered_at FROM order_line"), "2025-01-06T07:00:00Z");
}

TEST_F(Import, ExportGuardsFormulasAndSupportsEuropeanDialect) {
    ASSERT_EQ(import("sites", "s.csv", "code,name\nDC1,\"=HYPERLINK(\"\"http://x\"\")\"\n").outcome, Outcome::Committed);
    ASSERT_EQ(import("items", "i.csv", "sku,description,unit_cost\nA-1,@risk,1.5\n").outcome, Outcome::Committed);
    util::NullProgress progress;
    const auto sites = dir.file("sites-out.csv");
    exchange::exportRecords(workspace->db(), *domain::findRecordType("sites"), sites, {}, progress);
    EXPECT_NE(testsupport::readFile(sites).find("\"'=HYPERLINK(\"\"http://x\"\")\""), std::string::npos) << testsupport::readFile(sites);
    const auto items = dir.file("items-out.csv");
    exchange::exportRecords(workspace->db(), *domain::findRecordType("items"), items, {';', ',', false}, progress);
    const auto text = testsupport::readFile(items);
    EXPECT_NE(text.find("A-1;'@risk;;;EA;1,5;"), std::string::npos) << text;
}

// A full disk is simulated with PRAGMA max_page_count, which makes SQLite fail with SQLITE_FULL
// exactly as a full file system does (sqlite.org/pragma.html#pragma_max_page_count).
TEST_F(Import, FullDiskGivesAClearErrorAndChangesNothing) {
    importMasterData();
    ASSERT_EQ(import("demand", "small.csv", "item,site,date,quantity\nA-1,DC1,2025-01-06,4\n").outcome, Outcome::Committed);
    auto& db = workspace->db();
    const auto pages = db.queryInt("PRAGMA page_count");
    db.queryInt("PRAGMA max_page_count = " + std::to_string(pages + 2));
    std::string csv = "item,site,date,channel,quantity\n";
    for (int i = 0; i < 5000; ++i) // 5,000 distinct keys: one channel per row
        csv += "A-2,DC1,2010-01-10," + std::to_string(i) + ",1\n";
    exchange::ImportOptions options;
    options.path = testsupport::writeFile(dir.file("full.csv"), csv);
    options.type = domain::findRecordType("demand");
    options.force = true;
    util::NullProgress progress;
    try {
        exchange::runImport(*workspace, options, progress);
        FAIL() << "expected a disk-full error";
    } catch (const util::UserError& error) {
        EXPECT_NE(std::string(error.what()).find("disk is full"), std::string::npos) << error.what();
        EXPECT_NE(std::string(error.what()).find("full.csv"), std::string::npos) << error.what();
    }
    db.queryInt("PRAGMA max_page_count = 1073741823");
    EXPECT_EQ(count("demand"), 1);
    EXPECT_EQ(db.queryText("PRAGMA integrity_check"), "ok");
}
