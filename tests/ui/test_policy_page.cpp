// The Policy page: its table model and proxy under QAbstractItemModelTester on a small demo
// workspace (12 items, 2 sites), the "why" panel, and undo/redo of a defaults edit. Oracles: the
// core's own run over the same file (runWorkspacePolicy) and the stored defaults before the edit.
#include "demo/demo_generator.h"
#include "gui_test_support.h"
#include "inventory/policy_run.h"
#include "models/policy_filter_proxy.h"
#include "models/policy_table_model.h"
#include "pages/policy_page.h"
#include "shell/workspace_session.h"
#include "tasks/task_runner.h"

#include <QAbstractItemModelTester>
#include <algorithm>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace stocktower;
using ui::PolicyTableModel;

namespace {

using ui::testing::kGenerousWaitMs;

class PolicyPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("demo.stdb"));
        ui::testing::generateSmallDemo(m_file);
        ASSERT_TRUE(ui::testing::openAndWait(m_session, m_file));
    }

    static bool computeAndWait(ui::PolicyPage& page) {
        page.recompute();
        return QTest::qWaitFor([&page] { return !page.isComputing(); }, kGenerousWaitMs);
    }

    QTemporaryDir m_dir;
    QString m_file;
    ui::TaskRunner m_tasks;
    ui::WorkspaceSession m_session{m_tasks};
};

} // namespace

TEST_F(PolicyPageTest, TableMatchesTheCoreRunUnderTheModelTester) {
    ui::PolicyPage page(m_session);
    QAbstractItemModelTester modelTester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(computeAndWait(page));
    ASSERT_TRUE(page.model()->run());

    util::NullProgress progress;
    const auto expected = inventory::runWorkspacePolicy(m_session.db(), {}, progress);
    ASSERT_FALSE(expected.rows.empty());
    ASSERT_EQ(page.model()->rowCount(), static_cast<int>(expected.rows.size()));
    EXPECT_EQ(page.model()->columnCount(), PolicyTableModel::ColumnCount);
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const auto& want = expected.rows[static_cast<std::size_t>(row)];
        EXPECT_EQ(page.model()->index(row, PolicyTableModel::Sku).data(PolicyTableModel::SortRole).toString().toStdString(), want.sku);
        if (want.error.empty()) {
            EXPECT_DOUBLE_EQ(page.model()->index(row, PolicyTableModel::ReorderPoint).data(PolicyTableModel::SortRole).toDouble(),
                             want.reorderPoint);
        }
    }

    // Two sites: the site filter keeps exactly that site's rows.
    const QString site = QString::fromStdString(expected.rows.front().siteCode);
    const auto atSite = std::count_if(expected.rows.begin(), expected.rows.end(),
                                      [&](const auto& r) { return r.siteCode == site.toStdString(); });
    page.proxy()->setSiteCode(site);
    EXPECT_EQ(page.proxy()->rowCount(), static_cast<int>(atSite));
    page.proxy()->setSiteCode({});
    const auto proposals = std::count_if(expected.rows.begin(), expected.rows.end(),
                                         [](const auto& r) { return r.proposedQuantity > 0; });
    page.proxy()->setProposalsOnly(true);
    EXPECT_EQ(page.proxy()->rowCount(), static_cast<int>(proposals));
    page.proxy()->setProposalsOnly(false);

    // Sorting by safety stock puts the raw values in order.
    page.proxy()->sort(PolicyTableModel::SafetyStock, Qt::AscendingOrder);
    double previous = -1e300;
    for (int row = 0; row < page.proxy()->rowCount(); ++row) {
        const QVariant value = page.proxy()->index(row, PolicyTableModel::SafetyStock).data(PolicyTableModel::SortRole);
        if (!value.isValid()) continue;
        EXPECT_GE(value.toDouble(), previous);
        previous = value.toDouble();
    }

    // The why panel explains the selected row with its formulas and sources.
    page.explainRow(0);
    const QString why = page.explainView()->toPlainText();
    EXPECT_FALSE(why.isEmpty());
    EXPECT_TRUE(why.contains(QStringLiteral("Inputs")) || why.contains(QStringLiteral("Not computed"))) << why.toStdString();
}

TEST_F(PolicyPageTest, UndoAndRedoOfADefaultsEditRestoreTheStoredValue) {
    ui::PolicyPage page(m_session);
    ASSERT_TRUE(computeAndWait(page));
    const auto before = inventory::loadPolicyDefaults(m_session.db());
    auto after = before;
    after.serviceByAbc[0] = 0.995;
    after.orderCost = before.orderCost + 10.0;
    ASSERT_TRUE(page.editDefaults(after, QStringLiteral("test edit"))) << page.lastError().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&page] { return !page.isComputing(); }, kGenerousWaitMs));
    EXPECT_DOUBLE_EQ(inventory::loadPolicyDefaults(m_session.db()).serviceByAbc[0], 0.995);
    ASSERT_TRUE(page.undoStack()->canUndo());

    page.undoStack()->undo();
    ASSERT_TRUE(QTest::qWaitFor([&page] { return !page.isComputing(); }, kGenerousWaitMs));
    const auto undone = inventory::loadPolicyDefaults(m_session.db());
    EXPECT_DOUBLE_EQ(undone.serviceByAbc[0], before.serviceByAbc[0]);
    EXPECT_DOUBLE_EQ(undone.orderCost, before.orderCost);
    util::NullProgress progress;
    EXPECT_DOUBLE_EQ(page.model()->run()->totals.inventoryInvestment,
                     inventory::runWorkspacePolicy(m_session.db(), {}, progress).totals.inventoryInvestment);

    page.undoStack()->redo();
    ASSERT_TRUE(QTest::qWaitFor([&page] { return !page.isComputing(); }, kGenerousWaitMs));
    EXPECT_DOUBLE_EQ(inventory::loadPolicyDefaults(m_session.db()).orderCost, before.orderCost + 10.0);
}

TEST_F(PolicyPageTest, ReadOnlyWorkspaceRefusesEdits) {
    ui::PolicyPage page(m_session);
    m_session.setReadOnly(QStringLiteral("the test says so"));
    const auto before = inventory::loadPolicyDefaults(m_session.db());
    auto after = before;
    after.holdingRate = 0.4;
    EXPECT_FALSE(page.editDefaults(after, QStringLiteral("holding rate")));
    EXPECT_FALSE(page.lastError().isEmpty());
    EXPECT_FALSE(page.undoStack()->canUndo());
    EXPECT_DOUBLE_EQ(inventory::loadPolicyDefaults(m_session.db()).holdingRate, before.holdingRate);
}
