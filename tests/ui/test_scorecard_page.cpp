// The KPI scorecard page on a small hand-made workspace with a fixed clock: the table model under
// QAbstractItemModelTester, editing a target, tolerance, owner and comment in place (stored in
// kpi_config_store, re-rated at once, undone and redone), benchmarks added and removed, edits
// refused on a read-only workspace and for values out of range, the sparkline cell, and the
// weekly report request.
//
// The workspace: site BER (UTC); "now" is Wednesday 2026-11-25 12:00, so the page opens on the
// last complete week 2026-W47. Orders of item D, one line each:
//   W46: 20 due 2026-11-11, all shipped that day in full → OTIF 20 / 20 = 100 %.
//   W47: 25 due 2026-11-18; 20 shipped on time in full, 5 a day late and short → OTIF 80 %.
// Statuses by hand (core/kpi/status.cpp), OTIF being higher-is-better, W46 rated first:
//   default target 95 %, band 3 pp, hysteresis 0.3 pp: W46 green; W47 80 % < 95 − 0.3 and < 92 → red.
//   target 82 % (band 3, hysteresis 0.3 copied from the default): W47 80 % < 81.7 but ≥ 79 → amber.
//   target 82 %, band 1: 80 % < 81 → red.   target 80 %: 80 % ≥ 79.7 → green.
#include "gui_test_support.h"
#include "kpi/kpi_definition.h"
#include "models/scorecard_table_model.h"
#include "pages/kpi_benchmark_dialog.h"
#include "pages/scorecard_page.h"
#include "shell/settings.h"
#include "shell/workspace_session.h"
#include "store/kpi_config_store.h"
#include "tasks/task_runner.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace stocktower;
using ui::ScorecardTableModel;

namespace {

using ui::testing::kGenerousWaitMs;

const std::int64_t kNow = *domain::parseStoredTimestamp("2026-11-25T12:00:00Z");

void makeScorecardWorkspace(const std::string& path) {
    auto workspace = store::Workspace::create(path);
    auto& db = workspace->db();
    store::Transaction transaction(db);
    db.exec("INSERT INTO site(site_id, code, name) VALUES (1, 'BER', 'Berlin');"
            "INSERT INTO item(item_id, sku, description, unit_cost, unit_price, lead_time_days, uom) VALUES "
            "(4, 'D', 'Drill bit', 1.0, 2.0, 7, 'EA');");
    auto order =
        db.prepare("INSERT INTO order_line(order_number, line_no, site_id, item_id, ordered_qty, shipped_qty, "
                   "ordered_at, promised_date, shipped_at, pick_errors) VALUES (?, 1, 1, 4, 2, ?, ?, ?, ?, 0)");
    for (int k = 0; k < 20; ++k) {
        order.bind(1, "W46-" + std::to_string(k)).bind(2, 2.0).bind(3, "2026-11-09T08:00:00Z").bind(4, "2026-11-11");
        order.bind(5, "2026-11-11T10:00:00Z").run();
    }
    for (int k = 0; k < 25; ++k) {
        const bool good = k < 20;
        order.bind(1, "W47-" + std::to_string(k)).bind(2, good ? 2.0 : 1.0).bind(3, "2026-11-16T08:00:00Z");
        order.bind(4, "2026-11-18").bind(5, good ? "2026-11-18T10:00:00Z" : "2026-11-19T10:00:00Z").run();
    }
    transaction.commit();
}

std::optional<store::KpiTargetRow> siteRow(store::Connection& db, const std::string& kpiId) {
    for (const auto& row : store::loadKpiTargets(db))
        if (row.kpiId == kpiId && row.siteId == 1) return row;
    return std::nullopt;
}

std::int64_t benchmarkCount(store::Connection& db, const char* kpiId) {
    auto statement = db.prepare("SELECT COUNT(*) FROM kpi_benchmark WHERE kpi_id = ?");
    statement.bind(1, kpiId);
    statement.step();
    return statement.getInt(0);
}

class ScorecardPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("scorecard.stdb"));
        makeScorecardWorkspace(m_file.toStdString());
        ui::Settings().reset(ui::Settings::Key::ScorecardSite);
        ASSERT_TRUE(ui::testing::openAndWait(m_session, m_file));
        m_page = std::make_unique<ui::ScorecardPage>(m_session);
        m_page->setClock([] { return kNow; });
        ASSERT_TRUE(computeAndWait());
        m_otif = model()->rowOf(QStringLiteral("otif"));
        ASSERT_GE(m_otif, 0);
    }

    bool computeAndWait() {
        m_page->recompute();
        return QTest::qWaitFor([this] { return !m_page->isComputing(); }, kGenerousWaitMs);
    }
    // Edits schedule a recomputation for when the page is shown; tests run it now.
    bool settle() { return computeAndWait(); }

    [[nodiscard]] ScorecardTableModel* model() const { return m_page->model(); }
    [[nodiscard]] QModelIndex otif(int column) const { return model()->index(m_otif, column); }
    [[nodiscard]] kpi::Status otifStatus() const {
        return static_cast<kpi::Status>(
            otif(ScorecardTableModel::Status).data(ScorecardTableModel::StatusRole).toInt());
    }

    QTemporaryDir m_dir;
    QString m_file;
    ui::TaskRunner m_tasks;
    ui::WorkspaceSession m_session{m_tasks};
    std::unique_ptr<ui::ScorecardPage> m_page;
    int m_otif = -1;
};

} // namespace

TEST_F(ScorecardPageTest, EveryKpiGroupedUnderTheModelTester) {
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(domain::formatIsoWeek(*m_page->currentWeek()), "2026-W47");
    // 18 KPIs under 6 group rows (Service, Time, Quality, Productivity, Capacity, Inventory).
    ASSERT_EQ(model()->rowCount(), static_cast<int>(kpi::kpiDefinitions().size()) + 6);
    EXPECT_EQ(model()->rowCount(), 24);
    EXPECT_TRUE(model()->index(0, 0).data(ScorecardTableModel::IsGroupRole).toBool());
    EXPECT_EQ(model()->index(0, 0).data().toString(), QStringLiteral("Service"));
    EXPECT_EQ(m_otif, 1);
    EXPECT_EQ(otif(ScorecardTableModel::Kpi).data().toString(), QStringLiteral("▲ OTIF"));
    EXPECT_EQ(otif(ScorecardTableModel::Unit).data().toString(), QStringLiteral("%"));
    EXPECT_EQ(otif(ScorecardTableModel::ThisWeek).data().toString(), QStringLiteral("80.0 %"));
    EXPECT_EQ(otif(ScorecardTableModel::LastWeek).data().toString(), QStringLiteral("100.0 %"));
    EXPECT_EQ(otif(ScorecardTableModel::Change).data().toString(), QStringLiteral("-20.0 pp"));
    EXPECT_EQ(otif(ScorecardTableModel::Target).data().toString(), QStringLiteral("95.0 %"));
    EXPECT_EQ(otif(ScorecardTableModel::Target).data(Qt::EditRole).toString(), QStringLiteral("95"));
    EXPECT_EQ(otifStatus(), kpi::Status::Red);
    EXPECT_TRUE(otif(ScorecardTableModel::Status).data().toString().startsWith(QStringLiteral("■")));
    // Lower-is-better KPIs carry ▼.
    const int stockout = model()->rowOf(QStringLiteral("stockout_rate"));
    EXPECT_TRUE(model()->index(stockout, ScorecardTableModel::Kpi).data().toString().startsWith(QStringLiteral("▼")));
    // The seeded benchmark with its source in the tooltip.
    EXPECT_TRUE(
        otif(ScorecardTableModel::Benchmark).data().toString().contains(QStringLiteral("best in class 99.5 %")));
    EXPECT_TRUE(otif(ScorecardTableModel::Benchmark).data(Qt::ToolTipRole).toString().contains(QStringLiteral("WERC")));
    // 13 weeks of trend on one scale with the target: here 80 % … 100 %.
    EXPECT_EQ(otif(ScorecardTableModel::Trend).data(ScorecardTableModel::TrendRole).toList().size(), 13);
    EXPECT_DOUBLE_EQ(otif(ScorecardTableModel::Trend).data(ScorecardTableModel::ScaleMinRole).toDouble(), 0.80);
    EXPECT_DOUBLE_EQ(otif(ScorecardTableModel::Trend).data(ScorecardTableModel::ScaleMaxRole).toDouble(), 1.0);
    // Only the configuration columns are editable, and group rows not at all.
    EXPECT_TRUE(model()->flags(otif(ScorecardTableModel::Target)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model()->flags(otif(ScorecardTableModel::ThisWeek)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model()->flags(model()->index(0, ScorecardTableModel::Target)) & Qt::ItemIsEditable);
    // The weeks were stored: 13 of them.
    EXPECT_EQ(m_session.db().queryInt("SELECT COUNT(*) FROM kpi_week"), 13);
}

TEST_F(ScorecardPageTest, EditingATargetStoresItReRatesAndUndoes) {
    auto& db = m_session.db();
    ASSERT_FALSE(siteRow(db, "otif")); // only the workspace default so far

    // 82 % as typed: stored as 0.82 in the site's own row, band and hysteresis from the default.
    ASSERT_TRUE(model()->setData(otif(ScorecardTableModel::Target), QStringLiteral("82 %")))
        << m_page->lastError().toStdString();
    auto row = siteRow(db, "otif");
    ASSERT_TRUE(row && row->target);
    EXPECT_DOUBLE_EQ(*row->target, 0.82);
    EXPECT_DOUBLE_EQ(row->amberBand, 0.03);
    EXPECT_DOUBLE_EQ(row->hysteresis, 0.003);
    EXPECT_EQ(otifStatus(), kpi::Status::Amber); // at once, before the background run
    ASSERT_TRUE(settle());
    EXPECT_EQ(otifStatus(), kpi::Status::Amber); // and the core agrees
    EXPECT_EQ(otif(ScorecardTableModel::Target).data().toString(), QStringLiteral("82.0 %"));

    // A narrower band: 80 % < 82 − 1 → red.
    ASSERT_TRUE(model()->setData(otif(ScorecardTableModel::AmberBand), QStringLiteral("1")));
    EXPECT_DOUBLE_EQ(siteRow(db, "otif")->amberBand, 0.01);
    EXPECT_EQ(otifStatus(), kpi::Status::Red);
    ASSERT_EQ(m_page->undoStack()->count(), 2);

    // Undo the band: amber again, 0.03 stored.
    m_page->undoStack()->undo();
    EXPECT_DOUBLE_EQ(siteRow(db, "otif")->amberBand, 0.03);
    EXPECT_EQ(otifStatus(), kpi::Status::Amber);
    // Undo the target: the site's own row goes; the default 95 % applies again → red.
    m_page->undoStack()->undo();
    EXPECT_FALSE(siteRow(db, "otif"));
    EXPECT_EQ(otifStatus(), kpi::Status::Red);
    ASSERT_TRUE(settle());
    EXPECT_EQ(otifStatus(), kpi::Status::Red);
    EXPECT_EQ(otif(ScorecardTableModel::Target).data().toString(), QStringLiteral("95.0 %"));
    // Redo: 82 % is back.
    m_page->undoStack()->redo();
    ASSERT_TRUE(siteRow(db, "otif") && siteRow(db, "otif")->target);
    EXPECT_DOUBLE_EQ(*siteRow(db, "otif")->target, 0.82);

    // 80 % meets 80 %: green. A blank target means not rated.
    ASSERT_TRUE(model()->setData(otif(ScorecardTableModel::Target), QStringLiteral("80")));
    EXPECT_EQ(otifStatus(), kpi::Status::Green);
    ASSERT_TRUE(model()->setData(otif(ScorecardTableModel::Target), QString()));
    EXPECT_FALSE(siteRow(db, "otif")->target);
    EXPECT_EQ(otifStatus(), kpi::Status::NotRated);

    // The same value again is no new step.
    const int steps = m_page->undoStack()->count();
    ASSERT_TRUE(model()->setData(otif(ScorecardTableModel::Target), QString()));
    EXPECT_EQ(m_page->undoStack()->count(), steps);
}

TEST_F(ScorecardPageTest, ResettingATargetFallsBackToTheWorkspaceDefault) {
    auto& db = m_session.db();
    ASSERT_TRUE(model()->setData(otif(ScorecardTableModel::Target), QStringLiteral("82")));
    ASSERT_TRUE(siteRow(db, "otif"));
    EXPECT_TRUE(model()->hasSiteTarget(QStringLiteral("otif")));
    ASSERT_TRUE(m_page->resetTarget(QStringLiteral("otif")));
    EXPECT_FALSE(siteRow(db, "otif"));
    EXPECT_FALSE(model()->hasSiteTarget(QStringLiteral("otif")));
    EXPECT_EQ(otifStatus(), kpi::Status::Red); // the default 95 % again
    m_page->undoStack()->undo();
    ASSERT_TRUE(siteRow(db, "otif") && siteRow(db, "otif")->target);
    EXPECT_DOUBLE_EQ(*siteRow(db, "otif")->target, 0.82);
    EXPECT_EQ(otifStatus(), kpi::Status::Amber);
}

TEST_F(ScorecardPageTest, OwnerAndThisWeeksCommentAreStoredAndUndone) {
    auto& db = m_session.db();
    ASSERT_TRUE(model()->setData(otif(ScorecardTableModel::Owner), QStringLiteral("Anna (outbound)")));
    EXPECT_EQ(siteRow(db, "otif")->owner, "Anna (outbound)");
    EXPECT_EQ(otif(ScorecardTableModel::Owner).data().toString(), QStringLiteral("Anna (outbound)"));

    ASSERT_TRUE(
        model()->setData(otif(ScorecardTableModel::Comment), QStringLiteral("five late lines, carrier strike")));
    const auto comments = store::loadKpiComments(db, 1, "2026-W47");
    ASSERT_EQ(comments.count("otif"), 1u);
    EXPECT_EQ(comments.at("otif"), "five late lines, carrier strike");
    EXPECT_EQ(otif(ScorecardTableModel::Comment).data().toString(), QStringLiteral("five late lines, carrier strike"));

    m_page->undoStack()->undo();
    EXPECT_EQ(store::loadKpiComments(db, 1, "2026-W47").count("otif"), 0u);
    EXPECT_TRUE(otif(ScorecardTableModel::Comment).data().toString().isEmpty());
    m_page->undoStack()->undo();
    EXPECT_FALSE(siteRow(db, "otif")); // the owner was the site row's first change
}

TEST_F(ScorecardPageTest, ValuesOutOfRangeAreRefused) {
    auto& db = m_session.db();
    EXPECT_FALSE(model()->setData(otif(ScorecardTableModel::Target), QStringLiteral("abc")));
    EXPECT_TRUE(m_page->lastError().contains(QStringLiteral("percent"))) << m_page->lastError().toStdString();
    EXPECT_FALSE(model()->setData(otif(ScorecardTableModel::Target), QStringLiteral("120")));
    EXPECT_FALSE(model()->setData(otif(ScorecardTableModel::AmberBand), QStringLiteral("-2")));
    EXPECT_FALSE(siteRow(db, "otif"));
    EXPECT_EQ(m_page->undoStack()->count(), 0);
}

TEST_F(ScorecardPageTest, ReadOnlyWorkspaceRefusesEdits) {
    m_session.setReadOnly(QStringLiteral("the test says so"));
    EXPECT_FALSE(model()->flags(otif(ScorecardTableModel::Target)) & Qt::ItemIsEditable);
    EXPECT_FALSE(m_page->editCell(QStringLiteral("otif"), ScorecardTableModel::Target, QStringLiteral("80")));
    EXPECT_TRUE(m_page->lastError().contains(QStringLiteral("read-only"))) << m_page->lastError().toStdString();
    EXPECT_TRUE(m_page->lastError().contains(QStringLiteral("the test says so")));
    store::KpiBenchmarkRow benchmark;
    benchmark.kpiId = "otif";
    benchmark.level = "median";
    benchmark.value = 0.9;
    benchmark.source = "Test";
    EXPECT_FALSE(m_page->saveBenchmark(benchmark));
    EXPECT_FALSE(m_page->editComment(QStringLiteral("otif"), QStringLiteral("no")));
    auto& db = m_session.db();
    EXPECT_FALSE(siteRow(db, "otif"));
    EXPECT_EQ(benchmarkCount(db, "otif"), 1);
    EXPECT_EQ(m_page->undoStack()->count(), 0);
    EXPECT_EQ(otifStatus(), kpi::Status::Red);
}

TEST_F(ScorecardPageTest, BenchmarksAreAddedRemovedAndUndone) {
    auto& db = m_session.db();
    ASSERT_EQ(benchmarkCount(db, "otif"), 1); // the seeded WERC value
    store::KpiBenchmarkRow added;
    added.kpiId = "otif";
    added.level = "team goal";
    added.value = 0.97;
    added.source = "Ops review";
    added.year = 2026;
    ASSERT_TRUE(m_page->saveBenchmark(added)) << m_page->lastError().toStdString();
    EXPECT_EQ(benchmarkCount(db, "otif"), 2);
    EXPECT_TRUE(otif(ScorecardTableModel::Benchmark).data().toString().contains(QStringLiteral("team goal 97.0 %")));
    m_page->undoStack()->undo();
    EXPECT_EQ(benchmarkCount(db, "otif"), 1);
    EXPECT_FALSE(otif(ScorecardTableModel::Benchmark).data().toString().contains(QStringLiteral("team goal")));
    m_page->undoStack()->redo();
    EXPECT_EQ(benchmarkCount(db, "otif"), 2);

    // The same level and source twice is refused with a message.
    store::KpiBenchmarkRow twice = added;
    twice.value = 0.5;
    EXPECT_FALSE(m_page->saveBenchmark(twice));
    EXPECT_TRUE(m_page->lastError().contains(QStringLiteral("already"))) << m_page->lastError().toStdString();

    // Removing the seeded one, then undoing it, brings it back (with its source and year).
    const auto seeded = m_page->benchmarksOf(QStringLiteral("otif")).front();
    ASSERT_EQ(seeded.source, "WERC DC Measures");
    ASSERT_TRUE(m_page->removeBenchmark(seeded.id));
    EXPECT_EQ(benchmarkCount(db, "otif"), 1);
    m_page->undoStack()->undo();
    const auto back = m_page->benchmarksOf(QStringLiteral("otif"));
    ASSERT_EQ(back.size(), 2u);
    const auto restored =
        std::find_if(back.begin(), back.end(), [](const auto& b) { return b.source == "WERC DC Measures"; });
    ASSERT_NE(restored, back.end());
    EXPECT_EQ(restored->year, std::optional<int>(2020));
    EXPECT_DOUBLE_EQ(restored->value, 0.9948);
}

TEST_F(ScorecardPageTest, BenchmarkDialogAddsInTheKpisUnit) {
    ui::KpiBenchmarkDialog dialog(*m_page, *kpi::findKpi("otif"));
    ASSERT_EQ(dialog.list()->count(), 1);
    dialog.startNew();
    dialog.levelEdit()->setCurrentText(QStringLiteral("median"));
    dialog.valueEdit()->setValue(90.0); // percent, as the scorecard shows ratios
    dialog.sourceEdit()->setText(QStringLiteral("Peer group"));
    dialog.yearEdit()->setValue(2024);
    ASSERT_TRUE(dialog.save()) << m_page->lastError().toStdString();
    EXPECT_EQ(dialog.list()->count(), 2);
    const auto rows = m_page->benchmarksOf(QStringLiteral("otif"));
    const auto median = std::find_if(rows.begin(), rows.end(), [](const auto& b) { return b.level == "median"; });
    ASSERT_NE(median, rows.end());
    EXPECT_DOUBLE_EQ(median->value, 0.90);
    EXPECT_EQ(median->year, std::optional<int>(2024));
    // Undo from the page: the dialog's list follows.
    m_page->undoStack()->undo();
    EXPECT_EQ(dialog.list()->count(), 1);
}

// In German the offered levels read translated, but the workspace keeps the English id, so the
// scorecard, the report and the command line show the level in any language.
TEST_F(ScorecardPageTest, BenchmarkDialogStoresAnOfferedLevelInEnglish) {
    ui::testing::ChosenLanguage german(QStringLiteral("de"));
    ui::KpiBenchmarkDialog dialog(*m_page, *kpi::findKpi("otif"));
    dialog.startNew();
    const int median = dialog.levelEdit()->findData(QStringLiteral("median"));
    ASSERT_GE(median, 0);
    dialog.levelEdit()->setCurrentIndex(median);
    EXPECT_EQ(dialog.levelEdit()->currentText(), QStringLiteral("Median")); // translations/stocktower_de.ts
    dialog.levelEdit()->setCurrentIndex(dialog.levelEdit()->findData(QStringLiteral("best in class")));
    EXPECT_EQ(dialog.levelEdit()->currentText(), QStringLiteral("Spitzenwert"));
    dialog.valueEdit()->setValue(99.0);
    dialog.sourceEdit()->setText(QStringLiteral("Peer group"));
    ASSERT_TRUE(dialog.save()) << m_page->lastError().toStdString();
    const auto rows = m_page->benchmarksOf(QStringLiteral("otif"));
    EXPECT_TRUE(std::any_of(rows.begin(), rows.end(),
                            [](const auto& b) { return b.level == "best in class" && b.source == "Peer group"; }));
    // A level typed by hand is kept as typed.
    dialog.startNew();
    dialog.levelEdit()->setCurrentText(QStringLiteral("oberes Quartil"));
    dialog.valueEdit()->setValue(97.0);
    dialog.sourceEdit()->setText(QStringLiteral("Peer group"));
    ASSERT_TRUE(dialog.save()) << m_page->lastError().toStdString();
    const auto after = m_page->benchmarksOf(QStringLiteral("otif"));
    EXPECT_TRUE(std::any_of(after.begin(), after.end(), [](const auto& b) { return b.level == "oberes Quartil"; }));
}

TEST_F(ScorecardPageTest, SparklineCellDrawsTheTrend) {
    auto* delegate = m_page->view()->itemDelegateForColumn(ScorecardTableModel::Trend);
    ASSERT_NE(delegate, nullptr);
    auto darkPixels = [&](int row) {
        QImage image(140, 26, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.rect = image.rect();
        option.palette = m_page->view()->palette();
        option.palette.setColor(QPalette::Text, Qt::black);
        option.state = QStyle::State_Enabled;
        delegate->paint(&painter, option, model()->index(row, ScorecardTableModel::Trend));
        painter.end();
        int dark = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) dark += qGray(image.pixel(x, y)) < 80 ? 1 : 0;
        return dark;
    };
    // OTIF has W46 and W47: a line and the dot of this week.
    EXPECT_GT(darkPixels(m_otif), 10);
    // Record accuracy has no counts at all: nothing but (at most) the grey target line.
    EXPECT_EQ(darkPixels(model()->rowOf(QStringLiteral("record_accuracy"))), 0);
}

TEST_F(ScorecardPageTest, OtherWeeksAndTheWeeklyReportRequest) {
    QSignalSpy report(m_page.get(), &ui::ScorecardPage::weeklyReportRequested);
    m_page->requestWeeklyReport();
    ASSERT_EQ(report.count(), 1);
    EXPECT_EQ(report.front().at(0).toString(), QStringLiteral("BER"));
    EXPECT_EQ(report.front().at(1).toString(), QStringLiteral("2026-W47"));

    // Week 46 on its own: 100 %, green; its last week (W45) had no orders.
    m_page->showSiteWeek(QStringLiteral("BER"), QStringLiteral("2026-W46"));
    ASSERT_TRUE(computeAndWait());
    ASSERT_TRUE(model()->scorecard());
    EXPECT_EQ(domain::formatIsoWeek(model()->scorecard()->week), "2026-W46");
    m_otif = model()->rowOf(QStringLiteral("otif"));
    EXPECT_EQ(otif(ScorecardTableModel::ThisWeek).data().toString(), QStringLiteral("100.0 %"));
    EXPECT_EQ(otif(ScorecardTableModel::LastWeek).data().toString(), QStringLiteral("n/a"));
    EXPECT_EQ(otifStatus(), kpi::Status::Green);
    // A comment belongs to its week: the W47 one does not show here.
    EXPECT_TRUE(otif(ScorecardTableModel::Comment).data().toString().isEmpty());
}
