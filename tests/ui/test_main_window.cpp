// The main window opens a small generated demo workspace and shows the Items page with rows.
#include "charts/demand_chart.h"
#include "models/item_filter_proxy.h"
#include "models/item_table_model.h"
#include "pages/data_exchange_page.h"
#include "pages/items_page.h"
#include "shell/demo_workspace.h"
#include "shell/main_window.h"
#include "shell/workspace_session.h"
#include "tasks/task_runner.h"
#include "ui_test_support.h"

#include <QComboBox>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace stocktower;

namespace {

constexpr int kGenerousWaitMs = 120000;

TEST(MainWindowTest, OpensAGeneratedDemoWorkspaceAndShowsItems) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.stdb"));

    ui::MainWindow window;
    // Generated in the background exactly as the application does, only smaller.
    ui::Task* task = ui::startDemoGeneration(window.tasks(), path, 40, 1);
    bool done = false;
    QString error;
    QObject::connect(task, &ui::Task::failed, [&error](const QString& message) { error = message; });
    QObject::connect(task, &ui::Task::finished, [&done] { done = true; });
    ASSERT_TRUE(QTest::qWaitFor([&done] { return done; }, kGenerousWaitMs));
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();

    window.show();
    ASSERT_TRUE(window.openWorkspace(path));
    window.showPage(ui::MainWindow::ItemsPageIndex);
    EXPECT_EQ(window.pages()->currentWidget(), window.itemsPage());
    EXPECT_TRUE(window.session().isOpen());
    EXPECT_FALSE(window.session().isReadOnly());

    auto* items = window.itemsPage();
    EXPECT_EQ(items->model()->rowCount(), 40);
    EXPECT_EQ(items->view()->model()->rowCount(), 40);
    // The first item is selected and its demand is charted.
    ASSERT_TRUE(items->view()->selectionModel()->currentIndex().isValid());
    EXPECT_TRUE(items->chart()->hasChart());
    EXPECT_GT(items->chart()->pointCount(), 10);
    // "All sites" plus each generated site.
    EXPECT_GE(items->siteCombo()->count(), 2);

    // Filtering narrows the grid.
    const QString sku = items->model()->index(7, ui::ItemTableModel::Sku).data().toString();
    items->filterEdit()->setText(sku);
    EXPECT_EQ(items->view()->model()->rowCount(), 1);
    items->filterEdit()->clear();

    // Choosing a site reloads quantities for that site only.
    items->siteCombo()->setCurrentIndex(1);
    EXPECT_EQ(items->model()->rowCount(), 40);

    window.showPage(ui::MainWindow::DataExchangePageIndex);
    EXPECT_EQ(window.pages()->currentWidget(), window.dataExchangePage());
    EXPECT_GT(window.dataExchangePage()->templateTable()->rowCount(), 0);
    window.close();
}

TEST(MainWindowTest, RefusesSomethingThatIsNotAWorkspace) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not-a-workspace.stdb"));
    ASSERT_TRUE(ui::testing::writeFile(path, "just text\n"));
    ui::MainWindow window;
    EXPECT_FALSE(window.openWorkspace(path));
    EXPECT_FALSE(window.session().isOpen());
    EXPECT_EQ(window.itemsPage()->model()->rowCount(), 0);
}

TEST(MainWindowTest, ShowsReadOnlyWorkspaces) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small.stdb"));
    {
        // A file from a future StockTower opens read-only (and permissions would not stop root).
        auto workspace = ui::testing::makeSmallWorkspace(path.toStdString());
        workspace->db().exec("PRAGMA user_version = 999");
    }
    ui::MainWindow window;
    ASSERT_TRUE(window.openWorkspace(path));
    EXPECT_TRUE(window.session().isReadOnly());
    EXPECT_TRUE(window.session().readOnlyReason().contains(QStringLiteral("newer")));
    EXPECT_EQ(window.itemsPage()->model()->rowCount(), 5); // still readable
    EXPECT_EQ(window.startImport(), nullptr);
}

} // namespace
