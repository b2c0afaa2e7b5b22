// The main window opens workspaces in the background (a small generated demo, a damaged file, a
// read-only one) on the Control tower, with the item grid loaded behind it; the deferred integrity
// check's outcome.
#include "charts/demand_chart.h"
#include "gui_test_support.h"
#include "models/item_filter_proxy.h"
#include "models/item_table_model.h"
#include "pages/control_tower_page.h"
#include "pages/data_exchange_page.h"
#include "pages/items_page.h"
#include "pages/scorecard_page.h"
#include "shell/demo_workspace.h"
#include "shell/main_window.h"
#include "shell/settings.h"
#include "shell/workspace_session.h"
#include "store/sqlite.h"
#include "tasks/progress_panel.h"
#include "tasks/task_runner.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace stocktower;

namespace {

using ui::testing::kGenerousWaitMs;
using ui::testing::openAndWait;

double totalOnHand(const ui::ItemTableModel& model) {
    double total = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        total += model.index(row, ui::ItemTableModel::OnHand).data(ui::ItemTableModel::SortRole).toDouble();
    return total;
}

TEST(MainWindowTest, OpensAGeneratedDemoWorkspaceAndShowsItems) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.stdb"));
    ui::Settings().reset(ui::Settings::Key::ItemsSite); // "All sites", whatever an earlier run chose

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
    ASSERT_TRUE(openAndWait(window, path, &error)) << error.toStdString();
    // A workspace opens on the Control tower, first in the navigation, which lists the pages in
    // the order of MainWindow::Page.
    EXPECT_EQ(window.pages()->currentWidget(), window.controlTowerPage());
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    ASSERT_NE(navigation, nullptr);
    ASSERT_EQ(navigation->count(), 8);
    EXPECT_EQ(navigation->currentRow(), ui::MainWindow::ControlTowerPageIndex);
    EXPECT_EQ(navigation->item(ui::MainWindow::ControlTowerPageIndex)->text(), QStringLiteral("Control tower"));
    EXPECT_EQ(navigation->item(ui::MainWindow::ScorecardPageIndex)->text(), QStringLiteral("KPI scorecard"));
    EXPECT_EQ(navigation->item(ui::MainWindow::DataExchangePageIndex)->text(), QStringLiteral("Data exchange"));
    EXPECT_EQ(window.pages()->widget(ui::MainWindow::ItemsPageIndex), window.itemsPage());
    EXPECT_EQ(window.pages()->widget(ui::MainWindow::ScorecardPageIndex), window.scorecardPage());
    window.showPage(ui::MainWindow::ItemsPageIndex);
    EXPECT_EQ(window.pages()->currentWidget(), window.itemsPage());
    EXPECT_TRUE(window.session().isOpen());
    EXPECT_FALSE(window.session().isReadOnly());
    EXPECT_FALSE(window.session().isOpening());
    EXPECT_FALSE(window.banner()->isVisible());

    auto* items = window.itemsPage();
    EXPECT_FALSE(items->isLoading());
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

    // Choosing a site reloads quantities for that site only, in the background; the grid keeps
    // its rows (and the selection) meanwhile.
    const double allSites = totalOnHand(*items->model());
    const qint64 selected = items->view()->selectionModel()->currentIndex().data(ui::ItemTableModel::IdRole).toLongLong();
    QSignalSpy loaded(items, &ui::ItemsPage::itemsLoaded);
    items->siteCombo()->setCurrentIndex(1);
    EXPECT_TRUE(items->isLoading());
    EXPECT_EQ(items->model()->rowCount(), 40);
    ASSERT_TRUE(QTest::qWaitFor([&loaded] { return !loaded.isEmpty(); }, kGenerousWaitMs));
    EXPECT_FALSE(items->isLoading());
    EXPECT_EQ(items->model()->rowCount(), 40);
    EXPECT_LE(totalOnHand(*items->model()), allSites);
    EXPECT_EQ(items->view()->selectionModel()->currentIndex().data(ui::ItemTableModel::IdRole).toLongLong(), selected);

    window.showPage(ui::MainWindow::DataExchangePageIndex);
    EXPECT_EQ(window.pages()->currentWidget(), window.dataExchangePage());
    EXPECT_GT(window.dataExchangePage()->templateTable()->rowCount(), 0);
    window.close();
}

TEST(MainWindowTest, ShowsTheOpeningStateWhileTheWorkerOpens) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small.stdb"));
    ui::testing::makeSmallWorkspace(path.toStdString()).reset();
    ui::MainWindow window;
    window.show();
    QSignalSpy ready(&window, &ui::MainWindow::workspaceReady);
    window.openWorkspace(path);
    // openWorkspace returned at once: nothing is open yet, the window says what it is doing.
    EXPECT_FALSE(window.session().isOpen());
    EXPECT_TRUE(window.session().isOpening());
    EXPECT_TRUE(window.banner()->isVisible());
    EXPECT_TRUE(window.banner()->text().contains(QStringLiteral("Opening")));
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("Opening small")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.progressPanel()->isVisible() || !ready.isEmpty(); },
                                kGenerousWaitMs));
    ASSERT_TRUE(QTest::qWaitFor([&ready] { return !ready.isEmpty(); }, kGenerousWaitMs));
    EXPECT_TRUE(window.session().isOpen());
    EXPECT_EQ(window.itemsPage()->model()->rowCount(), 5);
    EXPECT_EQ(window.windowTitle(), QStringLiteral("small — StockTower"));
    EXPECT_FALSE(window.banner()->isVisible());
    // Small files were checked on open; no background check follows.
    EXPECT_FALSE(window.session().workspace().integrityDeferred());
    EXPECT_FALSE(window.isCheckingIntegrity());
    EXPECT_TRUE(QTest::qWaitFor([&window] { return !window.progressPanel()->isVisible(); }, kGenerousWaitMs));
}

TEST(MainWindowTest, RefusesSomethingThatIsNotAWorkspace) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not-a-workspace.stdb"));
    ASSERT_TRUE(ui::testing::writeFile(path, "just text\n"));
    ui::MainWindow window;
    QString error;
    EXPECT_FALSE(openAndWait(window, path, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not a StockTower workspace"))) << error.toStdString();
    EXPECT_FALSE(window.session().isOpen());
    EXPECT_FALSE(window.session().isOpening());
    EXPECT_EQ(window.itemsPage()->model()->rowCount(), 0);
    // The error is shown (window-modal, no nested event loop).
    auto* box = window.findChild<QMessageBox*>();
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("not a StockTower workspace")));
}

TEST(MainWindowTest, KeepsTheOpenWorkspaceWhenAnotherCannotBeOpened) {
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("small.stdb"));
    ui::testing::makeSmallWorkspace(good.toStdString()).reset();
    const QString bad = dir.filePath(QStringLiteral("bad.stdb"));
    ASSERT_TRUE(ui::testing::writeFile(bad, "just text\n"));
    ui::MainWindow window;
    ASSERT_TRUE(openAndWait(window, good));
    EXPECT_FALSE(openAndWait(window, bad));
    EXPECT_TRUE(window.session().isOpen());
    EXPECT_EQ(window.session().displayName(), QStringLiteral("small"));
    EXPECT_EQ(window.itemsPage()->model()->rowCount(), 5);
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
    ASSERT_TRUE(openAndWait(window, path));
    EXPECT_TRUE(window.session().isReadOnly());
    EXPECT_TRUE(window.session().readOnlyReason().contains(QStringLiteral("newer")));
    EXPECT_EQ(window.itemsPage()->model()->rowCount(), 5); // still readable
    EXPECT_EQ(window.startImport(), nullptr);
}

// What the window does with the deferred check's finding, fed a message as SQLite words it
// (a 256 MB file would be needed to have the window run the check on its own).
TEST(MainWindowTest, DamageFoundByTheDeferredCheckTurnsTheWorkspaceReadOnly) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small.stdb"));
    ui::testing::makeSmallWorkspace(path.toStdString()).reset();
    ui::MainWindow window;
    window.show();
    ASSERT_TRUE(openAndWait(window, path));
    ASSERT_FALSE(window.session().isReadOnly());
    auto* importButton = window.dataExchangePage()->importButton();
    ASSERT_TRUE(importButton->isEnabled());

    QSignalSpy readOnlyChanged(&window.session(), &ui::WorkspaceSession::readOnlyChanged);
    const QString finding = QStringLiteral("*** in database main ***\nPage 4711: btreeInitPage() returns error code 11");
    window.applyIntegrityResult(finding);

    EXPECT_EQ(readOnlyChanged.count(), 1);
    EXPECT_TRUE(window.session().isOpen()); // still open: nothing is thrown away
    EXPECT_TRUE(window.session().isReadOnly());
    EXPECT_TRUE(window.session().readOnlyReason().contains(QStringLiteral("Page 4711")));
    EXPECT_TRUE(window.banner()->isVisible());
    EXPECT_TRUE(window.banner()->text().contains(QStringLiteral("read-only")));
    EXPECT_TRUE(window.banner()->text().contains(QStringLiteral("Page 4711")));
    EXPECT_FALSE(importButton->isEnabled());
    EXPECT_EQ(window.startImport(), nullptr);
    EXPECT_EQ(window.itemsPage()->model()->rowCount(), 5);
    auto* warning = window.findChild<QMessageBox*>(QStringLiteral("integrityWarning"));
    ASSERT_NE(warning, nullptr);
    EXPECT_EQ(warning->icon(), QMessageBox::Warning);
    EXPECT_TRUE(warning->informativeText().contains(QStringLiteral("Page 4711")));
    EXPECT_TRUE(warning->text().contains(QStringLiteral("read-only")));

    // The file is as it was.
    store::Connection check(path.toStdString(), store::Connection::Mode::ReadOnly);
    EXPECT_EQ(check.queryInt("SELECT COUNT(*) FROM item"), 5);

    // A clean result changes nothing.
    QSignalSpy readOnlyAgain(&window.session(), &ui::WorkspaceSession::readOnlyChanged);
    window.applyIntegrityResult(QStringLiteral("ok"));
    EXPECT_TRUE(readOnlyAgain.isEmpty());
}

// The whole way: the check runs in the background on its own connection and finds a page that
// was damaged after the workspace was opened.
TEST(MainWindowTest, BackgroundCheckFindsADamagedPage) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small.stdb"));
    ui::testing::makeSmallWorkspace(path.toStdString()).reset();
    ui::MainWindow window;
    ASSERT_TRUE(openAndWait(window, path));

    // A clean file passes.
    QSignalSpy finished(&window, &ui::MainWindow::integrityCheckFinished);
    window.startIntegrityCheck();
    EXPECT_TRUE(window.isCheckingIntegrity());
    ASSERT_TRUE(QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, kGenerousWaitMs));
    EXPECT_FALSE(window.session().isReadOnly());

    // Break the b-tree page of an index of the item table (its page type byte).
    auto& db = window.session().db();
    auto statement = db.prepare("SELECT rootpage FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'item' "
                                "ORDER BY rootpage DESC LIMIT 1");
    ASSERT_TRUE(statement.step());
    const std::int64_t page = statement.getInt(0);
    const std::int64_t pageSize = db.queryInt("PRAGMA page_size");
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek((page - 1) * pageSize));
        ASSERT_EQ(file.write(QByteArray(1, '\x00')), 1);
    }
    finished.clear();
    window.startIntegrityCheck();
    ASSERT_TRUE(QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, kGenerousWaitMs));
    EXPECT_TRUE(window.session().isReadOnly());
    EXPECT_TRUE(window.session().readOnlyReason().contains(QStringLiteral("damage")));
    EXPECT_NE(window.findChild<QMessageBox*>(QStringLiteral("integrityWarning")), nullptr);
    EXPECT_EQ(window.startImport(), nullptr);
}

} // namespace
