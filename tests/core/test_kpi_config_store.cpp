// KPI configuration in the store: removing a site's own target row (the site falls back to the
// workspace default) and removing benchmarks. Oracles: the rows the schema seeds (schema_v3:
// otif default target 0.95 with band 0.03, fourteen benchmark rows) and the rows written here.
#include "store/kpi_config_store.h"
#include "store/workspace.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace stocktower;
using stocktower::testsupport::TempDir;

namespace {

class KpiConfigStore : public ::testing::Test {
protected:
    void SetUp() override {
        workspace = store::Workspace::create(dir.file("config.stdb"));
        workspace->db().exec("INSERT INTO site(site_id, code, name) VALUES (1, 'DC1', 'Central'), (2, 'DC2', 'North')");
    }

    std::int64_t benchmarkCount() { return workspace->db().queryInt("SELECT COUNT(*) FROM kpi_benchmark"); }

    TempDir dir;
    std::unique_ptr<store::Workspace> workspace;
};

} // namespace

TEST_F(KpiConfigStore, DeletingASiteTargetFallsBackToTheWorkspaceDefault) {
    auto& db = workspace->db();
    store::KpiTargetRow own;
    own.kpiId = "otif";
    own.siteId = 1;
    own.target = 0.90;
    own.amberBand = 0.05;
    own.owner = "Ops DC1";
    store::saveKpiTarget(db, own);
    auto effective = store::effectiveKpiTarget(store::loadKpiTargets(db), "otif", 1);
    ASSERT_TRUE(effective && effective->target);
    EXPECT_DOUBLE_EQ(*effective->target, 0.90);
    EXPECT_EQ(effective->siteId, std::optional<std::int64_t>(1));

    EXPECT_TRUE(store::deleteKpiTarget(db, "otif", 1));
    // The seeded workspace default: 0.95 with an amber band of 0.03, no owner.
    effective = store::effectiveKpiTarget(store::loadKpiTargets(db), "otif", 1);
    ASSERT_TRUE(effective && effective->target);
    EXPECT_FALSE(effective->siteId);
    EXPECT_DOUBLE_EQ(*effective->target, 0.95);
    EXPECT_DOUBLE_EQ(effective->amberBand, 0.03);
    EXPECT_EQ(effective->owner, "");
    // Nothing left to remove for DC1; DC2 never had a row of its own.
    EXPECT_FALSE(store::deleteKpiTarget(db, "otif", 1));
    EXPECT_FALSE(store::deleteKpiTarget(db, "otif", 2));
}

TEST_F(KpiConfigStore, DeletingTheDefaultLeavesSiteRowsAlone) {
    auto& db = workspace->db();
    store::KpiTargetRow own;
    own.kpiId = "otif";
    own.siteId = 2;
    own.target = 0.97;
    store::saveKpiTarget(db, own);
    EXPECT_TRUE(store::deleteKpiTarget(db, "otif", std::nullopt));
    // DC1 had only the default: not rated any more. DC2 keeps its own row.
    const auto rows = store::loadKpiTargets(db);
    EXPECT_FALSE(store::effectiveKpiTarget(rows, "otif", 1));
    const auto dc2 = store::effectiveKpiTarget(rows, "otif", 2);
    ASSERT_TRUE(dc2 && dc2->target);
    EXPECT_DOUBLE_EQ(*dc2->target, 0.97);
    EXPECT_EQ(db.queryInt("SELECT COUNT(*) FROM kpi_target WHERE kpi_id = 'otif'"), 1);
}

TEST_F(KpiConfigStore, BenchmarksAreAddedAndRemovedById) {
    auto& db = workspace->db();
    ASSERT_EQ(benchmarkCount(), 14); // seeded by the schema
    store::KpiBenchmarkRow row;
    row.kpiId = "stockout_rate";
    row.level = "team's own";
    row.value = 0.015;
    row.source = "Planner's \"rule\"; 'quoted'"; // bound, never spliced into the SQL
    row.year = 2026;
    const auto id = store::saveKpiBenchmark(db, row);
    EXPECT_EQ(benchmarkCount(), 15);
    const auto stored = store::loadKpiBenchmarks(db);
    const auto found = std::find_if(stored.begin(), stored.end(), [id](const auto& b) { return b.id == id; });
    ASSERT_NE(found, stored.end());
    EXPECT_EQ(found->source, row.source);
    EXPECT_EQ(found->year, std::optional<int>(2026));

    EXPECT_TRUE(store::deleteKpiBenchmark(db, id));
    EXPECT_EQ(benchmarkCount(), 14);
    EXPECT_FALSE(store::deleteKpiBenchmark(db, id));
    EXPECT_FALSE(store::deleteKpiBenchmark(db, 999999));
    EXPECT_EQ(benchmarkCount(), 14);
}
