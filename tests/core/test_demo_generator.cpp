// Demo workspace generator: determinism, referential integrity and the realism promised to
// users. Oracles are invariants of the data (sums that must agree, keys that must resolve),
// the GS1 check-digit rule verified by hand, and the row counts the recipe implies.
#include "temp_dir.h"
#include "demo/catalog.h"
#include "demo/demo_generator.h"
#include "domain/record_types.h"
#include "store/workspace.h"
#include "util/errors.h"
#include "util/sha256.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <vector>

using namespace stocktower;
namespace fs = std::filesystem;

namespace {

using stocktower::testsupport::TempDir;

// Small enough to run in well under a second even under AddressSanitizer.
demo::DemoOptions smallOptions(std::uint64_t seed = 7) {
    demo::DemoOptions options;
    options.items = 50;
    options.sites = 2;
    options.years = 1;
    options.seed = seed;
    options.lastDay = *domain::makeDay(2025, 6, 30);
    return options;
}

// Every data table, ordered by its natural key, as text; import_log and meta hold wall-clock
// timestamps and are left out on purpose.
std::string canonicalDump(const std::string& path) {
    auto workspace = store::Workspace::open(path, store::Workspace::Access::ReadOnly);
    const std::vector<std::string> queries = {
        "SELECT * FROM site ORDER BY code",
        "SELECT * FROM item ORDER BY sku",
        "SELECT * FROM item_site ORDER BY item_id, site_id",
        "SELECT * FROM location ORDER BY site_id, code",
        "SELECT * FROM demand ORDER BY item_id, site_id, day, channel",
        "SELECT * FROM on_hand ORDER BY item_id, site_id, IFNULL(location_id, 0), lot, status, "
        "as_of",
        "SELECT * FROM purchase_order_line ORDER BY po_number, line_no",
        "SELECT * FROM receipt ORDER BY document, line_no",
        "SELECT * FROM order_line ORDER BY order_number, line_no",
    };
    std::string dump;
    for (const auto& sql : queries) {
        auto statement = workspace->db().prepare(sql);
        dump += sql + "\n";
        while (statement.step()) {
            for (int c = 0; c < statement.columnCount(); ++c) {
                dump += statement.isNull(c) ? std::string("\\N") : statement.getText(c);
                dump += '\t';
            }
            dump += '\n';
        }
    }
    return dump;
}

std::int64_t count(store::Connection& db, const std::string& sql) {
    return db.queryInt(sql);
}

// One generated workspace shared by the read-only checks below.
class DemoGeneratorData : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new TempDir();
        util::NullProgress progress;
        s_summary = demo::generateDemo(s_dir->file("shared.stdb"), smallOptions(), progress);
        s_workspace =
            store::Workspace::open(s_dir->file("shared.stdb"), store::Workspace::Access::ReadOnly)
                .release();
    }
    static void TearDownTestSuite() {
        delete s_workspace;
        delete s_dir;
    }
    store::Connection& db() { return s_workspace->db(); }

    static inline TempDir* s_dir = nullptr;
    static inline store::Workspace* s_workspace = nullptr;
    static inline demo::DemoSummary s_summary;
};

} // namespace

TEST(DemoGenerator, SameOptionsGiveIdenticalContentAndAnotherSeedDoesNot) {
    TempDir dir;
    util::NullProgress progress;
    demo::generateDemo(dir.file("a.stdb"), smallOptions(7), progress);
    demo::generateDemo(dir.file("b.stdb"), smallOptions(7), progress);
    demo::generateDemo(dir.file("c.stdb"), smallOptions(8), progress);
    const std::string a = util::sha256OfText(canonicalDump(dir.file("a.stdb")));
    EXPECT_EQ(a, util::sha256OfText(canonicalDump(dir.file("b.stdb"))));
    EXPECT_NE(a, util::sha256OfText(canonicalDump(dir.file("c.stdb"))));
}

TEST(DemoGenerator, GtinCheckDigitFollowsGs1Rule) {
    // Hand check of 4006381333931: weights 1,3,1,3… from the left over the first 12 digits:
    // 4 + 0 + 0 + 18 + 3 + 24 + 1 + 9 + 3 + 9 + 9 + 9 = 89; (10 − 89 mod 10) mod 10 = 1.
    EXPECT_EQ(demo::gs1CheckDigit("400638133393"), 1);
    EXPECT_TRUE(demo::isValidGtin("4006381333931"));
    EXPECT_FALSE(demo::isValidGtin("4006381333932"));
    EXPECT_FALSE(demo::isValidGtin("40063813339X1"));
}

TEST_F(DemoGeneratorData, RowCountsArePlausibleForFiftyItemsAtTwoSitesOverOneYear) {
    for (const auto& [type, rows] : s_summary.rowsByType) {
        const auto* spec = domain::findRecordType(type);
        ASSERT_NE(spec, nullptr) << type;
        EXPECT_EQ(rows, count(db(), "SELECT COUNT(*) FROM " + spec->table)) << type;
    }
    EXPECT_EQ(s_summary.rowsByType.size(), domain::recordTypes().size());
    EXPECT_EQ(count(db(), "SELECT COUNT(*) FROM site"), 2);
    EXPECT_EQ(count(db(), "SELECT COUNT(*) FROM item"), 50);
    const auto itemSites = count(db(), "SELECT COUNT(*) FROM item_site");
    EXPECT_GE(itemSites, 65);  // most items at both sites…
    EXPECT_LT(itemSites, 100); // …some at one
    EXPECT_GE(count(db(), "SELECT COUNT(*) FROM location WHERE kind = 'forward' AND usable = 1"),
              itemSites);
    EXPECT_GT(count(db(), "SELECT COUNT(*) FROM location WHERE kind = 'dock'"), 0);
    EXPECT_GT(count(db(), "SELECT COUNT(*) FROM location WHERE kind = 'pack'"), 0);
    // The recipe aims at ~150 demand rows per item over 3 years, i.e. ~50 per item-year.
    const auto demand = count(db(), "SELECT COUNT(*) FROM demand");
    EXPECT_GT(demand, 50 * 15);
    EXPECT_LT(demand, 50 * 200);
    EXPECT_GE(count(db(), "SELECT COUNT(*) FROM on_hand"), itemSites);
    EXPECT_GT(count(db(), "SELECT COUNT(*) FROM purchase_order_line WHERE status = 'closed'"), 0);
    EXPECT_GT(count(db(), "SELECT COUNT(*) FROM purchase_order_line WHERE status = 'open'"), 0);
    EXPECT_GT(count(db(), "SELECT COUNT(*) FROM receipt"), 0);
    EXPECT_GT(count(db(), "SELECT COUNT(*) FROM order_line"), 0);
    EXPECT_EQ(count(db(), "SELECT COUNT(*) FROM import_log WHERE result = 'committed' AND sha256 = "
                          "'demo-seed-7'"),
              static_cast<std::int64_t>(domain::recordTypes().size()));
}

TEST_F(DemoGeneratorData, KeysResolveAndValuesAreInRange) {
    auto check = db().prepare("PRAGMA foreign_key_check");
    EXPECT_FALSE(check.step()) << "dangling reference in " << check.getText(0);
    EXPECT_EQ(count(db(), "SELECT COUNT(*) FROM demand WHERE quantity < 0 OR order_lines < 1"), 0);
    EXPECT_EQ(
        count(db(), "SELECT COUNT(*) FROM demand WHERE day > '2025-06-30' OR day < '2024-07-01'"),
        0);
    EXPECT_EQ(count(db(), "SELECT COUNT(*) FROM on_hand WHERE as_of <> '2025-06-30'"), 0);
    // Locations belong to the site of the row that uses them; picks come from forward bins.
    EXPECT_EQ(count(db(), "SELECT COUNT(*) FROM on_hand o JOIN location l USING (location_id) "
                          "WHERE l.site_id <> o.site_id"),
              0);
    EXPECT_EQ(count(db(), "SELECT COUNT(*) FROM order_line o JOIN location l ON l.location_id = "
                          "o.pick_location_id "
                          "WHERE l.site_id <> o.site_id OR l.kind <> 'forward'"),
              0);
    EXPECT_EQ(count(db(), "SELECT COUNT(*) FROM order_line WHERE pick_location_id IS NULL"), 0);
    // Time runs forwards; open lines are the not-yet-shipped ones.
    EXPECT_EQ(count(db(), "SELECT COUNT(*) FROM receipt WHERE put_away_at IS NOT NULL AND "
                          "put_away_at <= arrived_at"),
              0);
    EXPECT_EQ(count(db(), "SELECT COUNT(*) FROM order_line WHERE shipped_at IS NOT NULL AND "
                          "shipped_at <= ordered_at"),
              0);
    EXPECT_EQ(count(db(), "SELECT COUNT(*) FROM order_line WHERE shipped_qty > ordered_qty"), 0);
    EXPECT_EQ(count(db(), "SELECT COUNT(*) FROM purchase_order_line WHERE open_qty <> "
                          "CASE status WHEN 'open' THEN ordered_qty - received_qty ELSE 0 END"),
              0);
    // A buyer orders an item once per order day; an order lists an item once.
    EXPECT_EQ(count(db(), "SELECT COUNT(*) FROM (SELECT 1 FROM purchase_order_line "
                          "GROUP BY order_date, site_id, item_id HAVING COUNT(*) > 1)"),
              0);
    EXPECT_EQ(count(db(), "SELECT COUNT(*) FROM (SELECT 1 FROM order_line "
                          "GROUP BY order_number, item_id HAVING COUNT(*) > 1)"),
              0);
    // Every receipt belongs to a purchase order line of the same item and site.
    EXPECT_EQ(
        count(
            db(),
            "SELECT COUNT(*) FROM receipt r WHERE NOT EXISTS (SELECT 1 FROM purchase_order_line p "
            "WHERE p.po_number = r.po_number AND p.item_id = r.item_id AND p.site_id = r.site_id)"),
        0);

    auto gtins = db().prepare("SELECT gtin FROM item WHERE gtin IS NOT NULL");
    int checked = 0;
    while (gtins.step()) {
        EXPECT_TRUE(demo::isValidGtin(gtins.getText(0))) << gtins.getText(0);
        ++checked;
    }
    EXPECT_GT(checked, 40);
}

TEST_F(DemoGeneratorData, OrderLinesAddUpToTheDemandOfTheirDay) {
    // Oracle: a demand row with order_lines = n became exactly n order lines whose quantities
    // sum to the demand quantity (ordered_at is UTC; working hours keep the local date).
    const auto mismatches = count(db(), R"SQL(
        WITH lines AS (
            SELECT item_id, site_id, substr(ordered_at, 1, 10) AS day, COUNT(*) AS n, SUM(ordered_qty) AS qty
            FROM order_line GROUP BY 1, 2, 3)
        SELECT COUNT(*) FROM demand d LEFT JOIN lines l USING (item_id, site_id, day)
        WHERE d.day > date('2025-06-30', '-182 days')
          AND (l.n IS NULL OR l.n <> d.order_lines OR abs(l.qty - d.quantity) > 1e-9))SQL");
    EXPECT_EQ(mismatches, 0);
    EXPECT_EQ(
        count(db(),
              "SELECT COUNT(*) FROM order_line WHERE ordered_at < date('2025-06-30', '-182 days')"),
        0);
}

TEST_F(DemoGeneratorData, DemandShowsTheMixOfPatterns) {
    // Share of days with demand per item-site over the 365-day history.
    auto statement = db().prepare("SELECT COUNT(*) / 365.0 FROM demand GROUP BY item_id, site_id");
    int sparse = 0, daily = 0;
    while (statement.step()) {
        if (statement.getDouble(0) < 0.10) ++sparse;
        if (statement.getDouble(0) > 0.60) ++daily;
    }
    EXPECT_GT(sparse, 20); // the long tail of slow movers
    EXPECT_GE(daily, 1);   // the few items that sell every working day
    EXPECT_GT(count(db(), "SELECT COUNT(*) FROM item WHERE status = 'new'"), 0);
    EXPECT_GT(count(db(), "SELECT COUNT(*) FROM item WHERE status = 'discontinued'"), 0);
    EXPECT_GT(count(db(), "SELECT COUNT(DISTINCT category) FROM item"), 5);
    EXPECT_GT(count(db(), "SELECT COUNT(DISTINCT supplier) FROM item"), 10);
    EXPECT_GT(count(db(), "SELECT COUNT(*) FROM on_hand WHERE expiry IS NOT NULL AND lot <> ''"),
              0);
}

TEST(DemoGenerator, WritesTemplateCsvFilesWithCanonicalHeaders) {
    TempDir dir;
    util::NullProgress progress;
    auto options = smallOptions();
    options.items = 20;
    options.csvDir = dir.file("csv");
    const auto summary = demo::generateDemo(dir.file("csv.stdb"), options, progress);
    for (const auto& type : domain::recordTypes()) {
        std::ifstream in(fs::path(options.csvDir) / (type.name + ".csv"), std::ios::binary);
        ASSERT_TRUE(in) << type.name;
        std::string header;
        std::getline(in, header);
        std::string expected;
        for (const auto& field : type.fields)
            expected += (expected.empty() ? "" : ",") + field.name;
        EXPECT_EQ(header, expected + "\r") << type.name; // RFC 4180 line ends
        std::int64_t lines = 0;
        for (std::string line; std::getline(in, line);)
            ++lines;
        EXPECT_EQ(lines, summary.rowsByType.at(type.name))
            << type.name; // no field spans lines here
    }
    std::ifstream sites(fs::path(options.csvDir) / "sites.csv");
    std::string header, first;
    std::getline(sites, header);
    std::getline(sites, first);
    EXPECT_EQ(first, "DC-NORTH,Hamburg distribution centre,DE,Europe/Berlin,15:00\r"); // cut-off 15:00
}

namespace {
// Cancels as soon as the generator reaches the given stage.
class CancelAtStage final : public util::Progress {
public:
    explicit CancelAtStage(std::string stage) : m_stage(std::move(stage)) {}
    void setStage(const std::string& stage) override {
        if (stage == m_stage) cancel();
    }
    void report(std::uint64_t, std::uint64_t) override {}

private:
    std::string m_stage;
};
} // namespace

TEST(DemoGenerator, CancellationLeavesNoFileBehind) {
    TempDir dir;
    auto options = smallOptions();
    options.csvDir = dir.file("csv");
    for (const char* stage : {"Demand history", "Customer orders"}) {
        CancelAtStage progress(stage);
        const std::string path = dir.file("cancelled.stdb");
        EXPECT_THROW(demo::generateDemo(path, options, progress), util::Cancelled) << stage;
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            EXPECT_FALSE(fs::exists(path + suffix)) << stage << suffix;
        EXPECT_TRUE(fs::is_empty(options.csvDir)) << stage;
    }
}

TEST(DemoGenerator, RefusesToOverwriteAndRejectsMissingLastDay) {
    TempDir dir;
    util::NullProgress progress;
    const std::string path = dir.file("existing.stdb");
    std::ofstream(path) << "keep me";
    EXPECT_THROW(demo::generateDemo(path, smallOptions(), progress), util::UserError);
    std::ifstream in(path);
    std::string content;
    std::getline(in, content);
    EXPECT_EQ(content, "keep me");

    auto options = smallOptions();
    options.lastDay = 0;
    EXPECT_THROW(demo::generateDemo(dir.file("new.stdb"), options, progress), util::UserError);
    EXPECT_FALSE(fs::exists(dir.file("new.stdb")));
}

TEST(DemoGenerator, HandlesOneSiteAndManySites) {
    TempDir dir;
    util::NullProgress progress;
    for (const std::size_t sites : {std::size_t{1}, std::size_t{10}}) {
        auto options = smallOptions();
        options.items = 15;
        options.sites = sites;
        const std::string path = dir.file("sites-" + std::to_string(sites) + ".stdb");
        const auto summary = demo::generateDemo(path, options, progress);
        EXPECT_EQ(summary.rowsByType.at("sites"), static_cast<std::int64_t>(sites));
        auto workspace = store::Workspace::open(path, store::Workspace::Access::ReadOnly);
        auto check = workspace->db().prepare("PRAGMA foreign_key_check");
        EXPECT_FALSE(check.step()) << sites;
        // Every item is stocked somewhere, and every site has a warehouse.
        EXPECT_EQ(count(workspace->db(), "SELECT COUNT(DISTINCT item_id) FROM item_site"), 15);
        EXPECT_EQ(count(workspace->db(), "SELECT COUNT(DISTINCT site_id) FROM location"),
                  static_cast<std::int64_t>(sites));
    }
}
