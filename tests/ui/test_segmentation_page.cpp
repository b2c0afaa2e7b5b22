// The Segmentation page: its list model and proxy under QAbstractItemModelTester, matrix clicks
// that filter the list, the count plan, exports and empty states. Oracles: hand computation over
// the inputs below and over the small fixture workspace (gui_test_support.h).
#include "gui_test_support.h"
#include "inventory/segmentation.h"
#include "models/segmentation_filter_proxy.h"
#include "models/segmentation_table_model.h"
#include "models/segmentation_workload_model.h"
#include "pages/segmentation_count_tab.h"
#include "pages/segmentation_matrix.h"
#include "pages/segmentation_page.h"
#include "pages/segmentation_settings_bar.h"
#include "charts/pareto_chart.h"
#include "shell/workspace_session.h"
#include "tasks/task_runner.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace stocktower;
using inventory::AbcClass;
using inventory::XyzClass;
using ui::SegmentationTableModel;

namespace {

using ui::testing::kGenerousWaitMs;

// Six items worth 1,000: P1 500 X, P2 300 Z (80 %: A, A); P3 150 X (95 %: B); P4 30 Y, P5 20 Z
// (C); P6 nothing (C, Z).
std::shared_ptr<const inventory::SegmentationResult> sixItems() {
    const std::pair<const char*, double> values[] = {{"P1", 500}, {"P2", 300}, {"P3", 150}, {"P4", 30}, {"P5", 20}, {"P6", 0}};
    const std::optional<double> cvs[] = {0.1, 0.9, 0.2, 0.4, 1.5, std::nullopt};
    std::vector<inventory::SegmentInput> inputs;
    for (int i = 0; i < 6; ++i) {
        inventory::SegmentInput in;
        in.itemId = i + 1;
        in.siteId = 1;
        in.siteCode = "S1";
        in.sku = values[i].first;
        in.description = std::string("Item ") + values[i].first;
        in.value = values[i].second;
        in.units = values[i].second / 2;
        in.variability.cv = cvs[i];
        inputs.push_back(in);
    }
    return std::make_shared<inventory::SegmentationResult>(inventory::segment(inputs, inventory::SegmentationSettings{}));
}

QStringList skus(const QAbstractItemModel& model) {
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) out << model.index(row, SegmentationTableModel::Sku).data().toString();
    return out;
}

bool waitComputed(ui::SegmentationPage& page) {
    return QTest::qWaitFor([&page] { return !page.isComputing(); }, kGenerousWaitMs);
}

} // namespace

TEST(SegmentationModelTest, PassesTheModelTesterAndSortsByRawValues) {
    SegmentationTableModel model;
    model.setLocale(QLocale::c());
    ui::SegmentationFilterProxy proxy;
    proxy.setSourceRows(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setContent(SegmentationTableModel::prepare(sixItems()));
    ASSERT_EQ(model.rowCount(), 6);
    ASSERT_EQ(model.columnCount(), SegmentationTableModel::ColumnCount);
    EXPECT_EQ(model.index(0, SegmentationTableModel::UsageValue).data().toString(), QStringLiteral("500.00"));
    EXPECT_EQ(model.index(0, SegmentationTableModel::Share).data().toString(), QStringLiteral("50.00 %"));
    EXPECT_EQ(model.index(1, SegmentationTableModel::CumulativeShare).data().toString(), QStringLiteral("80.0 %"));
    EXPECT_EQ(model.index(5, SegmentationTableModel::Abc).data().toString(), QStringLiteral("C (no usage)"));
    EXPECT_EQ(model.index(5, SegmentationTableModel::Cv).data().toString(), QStringLiteral("–"));
    EXPECT_EQ(model.index(1, SegmentationTableModel::Xyz).data().toString(), QStringLiteral("Z"));
    EXPECT_EQ(model.index(0, SegmentationTableModel::Units).data(Qt::TextAlignmentRole).toInt(),
              int(Qt::AlignRight | Qt::AlignVCenter));

    proxy.sort(SegmentationTableModel::Cv, Qt::AscendingOrder);
    // 0.1, 0.2, 0.4, 0.9, 1.5, then the undefined CV.
    EXPECT_EQ(skus(proxy), QStringList({"P1", "P3", "P4", "P2", "P5", "P6"}));
    proxy.sort(SegmentationTableModel::Sku, Qt::DescendingOrder);
    EXPECT_EQ(skus(proxy).first(), QStringLiteral("P6"));
    proxy.sort(SegmentationTableModel::Abc, Qt::AscendingOrder);
    EXPECT_EQ(skus(proxy), QStringList({"P1", "P2", "P3", "P4", "P5", "P6"}));
    proxy.setFilterText(QStringLiteral("item p4"));
    EXPECT_EQ(skus(proxy), QStringList({"P4"}));
    proxy.setFilterText(QString());
    model.clear();
    EXPECT_EQ(proxy.rowCount(), 0);
}

TEST(SegmentationModelTest, TheProxyShowsOneMatrixCellOrOneClass) {
    SegmentationTableModel model;
    ui::SegmentationFilterProxy proxy;
    proxy.setSourceRows(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto result = sixItems();
    model.setContent(SegmentationTableModel::prepare(result));
    proxy.sort(SegmentationTableModel::Rank, Qt::AscendingOrder);
    proxy.setCell(AbcClass::A, XyzClass::Z);
    EXPECT_EQ(skus(proxy), QStringList({"P2"}));
    proxy.setCell(AbcClass::C, std::nullopt);
    EXPECT_EQ(skus(proxy), QStringList({"P4", "P5", "P6"}));
    proxy.setCell(std::nullopt, XyzClass::X);
    EXPECT_EQ(skus(proxy), QStringList({"P1", "P3"}));
    // Every cell shows as many rows as the matrix counts.
    for (int a = 0; a < 3; ++a)
        for (int x = 0; x < 3; ++x) {
            proxy.setCell(static_cast<AbcClass>(a), static_cast<XyzClass>(x));
            EXPECT_EQ(proxy.rowCount(), result->matrix[static_cast<std::size_t>(a)][static_cast<std::size_t>(x)].count);
        }
    proxy.setCell(std::nullopt, std::nullopt);
    EXPECT_EQ(proxy.rowCount(), 6);
}

class SegmentationPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("small.stdb"));
        ui::testing::makeSmallWorkspace(m_path.toStdString());
    }
    QTemporaryDir m_dir;
    QString m_path;
    ui::TaskRunner m_tasks;
};

TEST_F(SegmentationPageTest, ClickingAMatrixCellFiltersTheList) {
    ui::WorkspaceSession session(m_tasks);
    ui::SegmentationPage page(session);
    page.resize(1400, 900);
    page.show();
    EXPECT_EQ(page.message()->text(), QStringLiteral("Open a workspace to see its ABC/XYZ segmentation."));
    ASSERT_TRUE(ui::testing::openAndWait(session, m_path));
    ASSERT_TRUE(waitComputed(page));
    ASSERT_NE(page.model()->result(), nullptr);
    // Per site, by usage value over the 52 weeks to 2025-03-02: SKU-A at DC1 (168 units × 0.10)
    // is the only usage: A, and Z (8 weeks of 52 with demand). SKU-B and SKU-E at DC1, SKU-B
    // and SKU-D at DC2 hold stock without usage: C, Z.
    EXPECT_EQ(page.model()->rowCount(), 5);
    EXPECT_EQ(page.proxy()->rowCount(), 5);
    EXPECT_TRUE(page.chart()->hasChart());
    EXPECT_EQ(page.chart()->curveCount(), 2); // DC1 and DC2 ranked apart

    QTest::mouseClick(page.matrix()->cellButton(AbcClass::C, XyzClass::Z), Qt::LeftButton);
    EXPECT_EQ(page.proxy()->rowCount(), 4);
    EXPECT_TRUE(page.matrix()->cellButton(AbcClass::C, XyzClass::Z)->isChecked());
    QTest::mouseClick(page.matrix()->cellButton(AbcClass::A, XyzClass::Z), Qt::LeftButton);
    ASSERT_EQ(page.proxy()->rowCount(), 1);
    EXPECT_EQ(page.proxy()->index(0, SegmentationTableModel::Sku).data().toString(), QStringLiteral("SKU-A"));
    EXPECT_FALSE(page.matrix()->cellButton(AbcClass::C, XyzClass::Z)->isChecked());
    QTest::mouseClick(page.matrix()->cellButton(AbcClass::A, XyzClass::X), Qt::LeftButton);
    EXPECT_EQ(page.proxy()->rowCount(), 0);
    // A row header selects the class; a second click on it shows everything again.
    QTest::mouseClick(page.matrix()->abcButton(AbcClass::C), Qt::LeftButton);
    EXPECT_EQ(page.proxy()->rowCount(), 4);
    QTest::mouseClick(page.matrix()->abcButton(AbcClass::C), Qt::LeftButton);
    EXPECT_EQ(page.proxy()->rowCount(), 5);
    EXPECT_TRUE(page.matrix()->totalButton()->isChecked());

    // The shown rows export as CSV: header and four C rows.
    QTest::mouseClick(page.matrix()->cellButton(AbcClass::C, XyzClass::Z), Qt::LeftButton);
    const QString csv = m_dir.filePath(QStringLiteral("c-z.csv"));
    ui::Task* task = page.exportList(csv);
    ASSERT_NE(task, nullptr);
    QSignalSpy finished(task, &ui::Task::finished);
    ASSERT_TRUE(finished.wait(kGenerousWaitMs));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    EXPECT_EQ(lines.size(), 6); // header, 4 rows, and the empty piece after the last line end
    EXPECT_TRUE(lines[0].startsWith("sku,description,site,rank"));
}

TEST_F(SegmentationPageTest, PlansCycleCountsAndReplansWhenAFrequencyChanges) {
    ui::WorkspaceSession session(m_tasks);
    ui::SegmentationPage page(session);
    page.show();
    ASSERT_TRUE(ui::testing::openAndWait(session, m_path));
    ASSERT_TRUE(waitComputed(page));
    const auto* plan = page.countTab()->plan();
    ASSERT_NE(plan, nullptr);
    // One A item-site 4× and four C item-sites once a year; the fixture's stock has no locations.
    EXPECT_EQ(plan->countsPerYear[0], 4);
    EXPECT_EQ(plan->countsPerYear[2], 4);
    EXPECT_EQ(plan->tasks.size(), 8u);
    // The plan starts the Monday after the window's last day (Sunday 2025-03-02).
    EXPECT_EQ(plan->settings.firstMonday, *domain::parseIsoDate("2025-03-03"));
    EXPECT_EQ(page.countTab()->workloadModel()->rowCount(), 52);

    page.countTab()->frequencySpin(AbcClass::A)->setValue(12);
    ASSERT_TRUE(QTest::qWaitFor([&page] { return page.countTab()->plan()->countsPerYear[0] == 12; }, kGenerousWaitMs));
    EXPECT_EQ(page.countTab()->plan()->tasks.size(), 16u);
}

TEST_F(SegmentationPageTest, BadCutOffsAreShownAndNotComputed) {
    ui::WorkspaceSession session(m_tasks);
    ui::SegmentationPage page(session);
    page.show();
    ASSERT_TRUE(ui::testing::openAndWait(session, m_path));
    ASSERT_TRUE(waitComputed(page));
    page.settingsBar()->cutoffsCombo()->setCurrentText(QStringLiteral("80/15/10"));
    EXPECT_FALSE(page.settingsBar()->settings().has_value());
    EXPECT_NE(page.settingsBar()->problem().indexOf(QStringLiteral("add up to 100")), -1);
    EXPECT_FALSE(page.isComputing());
    EXPECT_EQ(page.model()->rowCount(), 5); // the last good result stays
    // Across all sites: one row per item with a site (SKU-A, B, D, E).
    page.settingsBar()->cutoffsCombo()->setCurrentText(QStringLiteral("80/15/5"));
    page.settingsBar()->siteCombo()->setCurrentIndex(1);
    page.recompute();
    ASSERT_TRUE(waitComputed(page));
    EXPECT_EQ(page.model()->rowCount(), 4);
    EXPECT_EQ(page.chart()->curveCount(), 1);
}

TEST_F(SegmentationPageTest, AWorkspaceWithoutDemandSaysSo) {
    const QString empty = m_dir.filePath(QStringLiteral("empty.stdb"));
    store::Workspace::create(empty.toStdString());
    ui::WorkspaceSession session(m_tasks);
    ui::SegmentationPage page(session);
    page.show();
    ASSERT_TRUE(ui::testing::openAndWait(session, empty));
    ASSERT_TRUE(waitComputed(page));
    EXPECT_NE(page.message()->text().indexOf(QStringLiteral("no demand history")), -1);
    EXPECT_FALSE(page.chart()->hasChart());
}
