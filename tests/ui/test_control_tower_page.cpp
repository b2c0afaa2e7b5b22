// The Control tower on a small hand-made workspace with a fixed clock: the exception queues'
// counts and ranking, the summary of the queues, a headline tile's status against its target,
// a site without data, a read-only workspace (weeks computed in memory), cancelling, and opening
// an exception's item on the Items page of the main window.
//
// The workspace (site BER in UTC; "now" is Wednesday 2026-11-25 12:00, so the last complete week
// is 2026-W47, 16–22 November). Oracles by hand from the rules in core/kpi/exceptions.cpp:
//   A (cost 2, price 3, lead 10, safety stock 30): 10 available on the 2026-11-24 snapshot, an open
//     PO of 4 due 11-30, 182 shipped in the 91-day window = 2 a day.
//     Projected stockout: 10 + 4 − 2 × 10 = −6 → 6 × price 3 = 18. Below safety stock: 30 − 10 = 20
//     × cost 2 = 40.
//   B (cost 5, price 8): −3 on hand at F-02 → odd balance 3 × 5 = 15; PO-2 line 1, 2 units due 11-15
//     → late, 2 × 5 = 10; receipt GR-1 of 6 at the dock since 11-23 07:00 (53 h > 24 h) → stale,
//     6 × 5 = 30.
//   C (cost 1): lot L1 of 7 expiring 12-01 → 7 × 1 = 7; 7 + 500 units, last demand 2025-03-01 → dead
//     stock 507 × 1 = 507; PO-3 line 1, 30 units due 11-20 → late, 30 × 1 = 30.
//   D: 25 one-line orders due 11-18 (not planned at the site, so in no stock queue): 20 shipped on
//     time and in full, 5 a day late and short → OTIF 20 / 25 = 80 %.
// Queues: projected 1, below safety 1, odd 1, slow 1, excess 0, expiring 1, late PO 2 (C 30 before
// B 10), stale 1: 8 rows worth 18 + 40 + 15 + 507 + 7 + 30 + 10 + 30 = 657.
#include "gui_test_support.h"
#include "kpi/kpi_definition.h"
#include "models/exception_queue_model.h"
#include "models/exception_summary_model.h"
#include "models/item_table_model.h"
#include "pages/control_tower_page.h"
#include "pages/items_page.h"
#include "pages/kpi_tile.h"
#include "shell/main_window.h"
#include "shell/settings.h"
#include "shell/workspace_session.h"
#include "store/kpi_config_store.h"
#include "tasks/task_runner.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace stocktower;
using ui::ExceptionQueueModel;
using ui::ExceptionSummaryModel;

namespace {

using ui::testing::kGenerousWaitMs;

std::int64_t at(const char* stored) { return *domain::parseStoredTimestamp(stored); }

const std::int64_t kNow = at("2026-11-25T12:00:00Z");

void makeTowerWorkspace(const std::string& path) {
    auto workspace = store::Workspace::create(path);
    auto& db = workspace->db();
    store::Transaction transaction(db);
    db.exec(
        "INSERT INTO site(site_id, code, name) VALUES (1, 'BER', 'Berlin'), (2, 'EMPTY', 'No data yet');"
        "INSERT INTO item(item_id, sku, description, unit_cost, unit_price, lead_time_days, uom) VALUES "
        "(1, 'A', 'Hex bolt', 2.0, 3.0, 10, 'EA'), (2, 'B', 'Washer', 5.0, 8.0, 5, 'EA'), "
        "(3, 'C', 'Cable tie', 1.0, 1.5, 7, 'EA'), (4, 'D', 'Drill bit', 1.0, 2.0, 7, 'EA');"
        "INSERT INTO item_site(item_id, site_id, min_qty) VALUES (1, 1, 30), (2, 1, NULL), (3, 1, NULL);"
        "INSERT INTO location(location_id, site_id, code, kind, usable) VALUES "
        "(1, 1, 'F-01', 'forward', 1), (2, 1, 'F-02', 'forward', 1), (4, 1, 'DOCK', 'dock', 1);"
        "INSERT INTO on_hand(item_id, site_id, location_id, lot, expiry, status, quantity, as_of) VALUES "
        "(1, 1, 1, '', NULL, 'available', 10, '2026-11-24'),"
        "(2, 1, 2, '', NULL, 'available', -3, '2026-11-24'),"
        "(3, 1, 1, 'L1', '2026-12-01', 'available', 7, '2026-11-24'),"
        "(3, 1, 2, '', NULL, 'available', 500, '2026-11-24');"
        "INSERT INTO purchase_order_line(po_number, line_no, site_id, item_id, due_date, ordered_qty, open_qty, "
        "status) VALUES ('PO-1', 1, 1, 1, '2026-11-30', 4, 4, 'open'), ('PO-2', 1, 1, 2, '2026-11-15', 2, 2, 'open'),"
        "('PO-3', 1, 1, 3, '2026-11-20', 30, 30, 'open');"
        "INSERT INTO demand(item_id, site_id, day, quantity) VALUES (3, 1, '2025-03-01', 4), (1, 1, '2026-11-20', 2);"
        "INSERT INTO receipt(document, line_no, site_id, item_id, quantity, arrived_at, location_id) VALUES "
        "('GR-1', 1, 1, 2, 6, '2026-11-23T07:00:00Z', 4);"
        "INSERT INTO order_line(order_number, line_no, site_id, item_id, ordered_qty, shipped_qty, ordered_at, "
        "promised_date, shipped_at, pick_errors) VALUES "
        "('SO-A', 1, 1, 1, 182, 182, '2026-11-10T08:00:00Z', '2026-11-11', '2026-11-11T09:00:00Z', 0);");
    auto order = db.prepare("INSERT INTO order_line(order_number, line_no, site_id, item_id, ordered_qty, shipped_qty, "
                            "ordered_at, promised_date, shipped_at, pick_errors) VALUES (?, 1, 1, 4, 2, ?, "
                            "'2026-11-16T08:00:00Z', '2026-11-18', ?, 0)");
    for (int k = 0; k < 25; ++k) {
        const bool good = k < 20;
        order.bind(1, "SO-" + std::to_string(k)).bind(2, good ? 2.0 : 1.0);
        order.bind(3, good ? "2026-11-18T10:00:00Z" : "2026-11-19T10:00:00Z").run();
    }
    transaction.commit();
}

class ControlTowerTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("tower.stdb"));
        makeTowerWorkspace(m_file.toStdString());
        ui::Settings().reset(ui::Settings::Key::ControlTowerSite); // whatever an earlier run chose
    }

    static bool computeAndWait(ui::ControlTowerPage& page) {
        page.recompute();
        return QTest::qWaitFor([&page] { return !page.isComputing(); }, kGenerousWaitMs);
    }

    static void chooseSite(ui::ControlTowerPage& page, const QString& code) {
        const int index = page.siteCombo()->findData(code);
        ASSERT_GE(index, 0);
        page.siteCombo()->setCurrentIndex(index);
        Q_EMIT page.siteCombo()->activated(index); // as a user's choice does
    }

    QTemporaryDir m_dir;
    QString m_file;
    ui::TaskRunner m_tasks;
    ui::WorkspaceSession m_session{m_tasks};
};

} // namespace

TEST_F(ControlTowerTest, QueuesAreCountedAndRankedByValueAtRisk) {
    ASSERT_TRUE(ui::testing::openAndWait(m_session, m_file));
    ui::ControlTowerPage page(m_session);
    QAbstractItemModelTester summaryTester(page.summaryModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester queueTester(page.queueModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setClock([] { return kNow; });
    ASSERT_EQ(page.currentSite(), QStringLiteral("BER")); // the first site
    ASSERT_TRUE(page.currentWeek());
    EXPECT_EQ(domain::formatIsoWeek(*page.currentWeek()), "2026-W47"); // the last complete week by default
    ASSERT_TRUE(computeAndWait(page));
    ASSERT_TRUE(page.exceptions());
    EXPECT_TRUE(page.isShowingContent());

    // The summary: the top row, then one row per queue in the core's order.
    auto* summary = page.summaryModel();
    ASSERT_EQ(summary->rowCount(), 9);
    auto rowsOf = [&](int row) {
        return summary->index(row, ExceptionSummaryModel::Rows).data(ExceptionSummaryModel::SortRole).toInt();
    };
    auto impactOf = [&](int row) {
        return summary->index(row, ExceptionSummaryModel::Impact).data(ExceptionSummaryModel::SortRole).toDouble();
    };
    EXPECT_EQ(rowsOf(0), 8);
    EXPECT_DOUBLE_EQ(impactOf(0), 657.0);
    const int late = summary->rowOf(kpi::ExceptionKind::LatePurchaseOrder);
    EXPECT_EQ(rowsOf(late), 2);
    EXPECT_DOUBLE_EQ(impactOf(late), 40.0);
    EXPECT_EQ(rowsOf(summary->rowOf(kpi::ExceptionKind::Excess)), 0);
    EXPECT_DOUBLE_EQ(impactOf(summary->rowOf(kpi::ExceptionKind::SlowMover)), 507.0);

    // The late purchase orders, highest value first: C (30) before B (10).
    page.showQueue(kpi::ExceptionKind::LatePurchaseOrder);
    auto* queue = page.queueModel();
    ASSERT_EQ(queue->rowCount(), 2);
    EXPECT_EQ(queue->index(0, ExceptionQueueModel::Sku).data().toString(), QStringLiteral("C"));
    EXPECT_EQ(queue->index(0, ExceptionQueueModel::Reference).data().toString(), QStringLiteral("PO-3/1"));
    EXPECT_DOUBLE_EQ(queue->index(0, ExceptionQueueModel::Impact).data(ExceptionQueueModel::SortRole).toDouble(), 30.0);
    EXPECT_EQ(queue->index(1, ExceptionQueueModel::Sku).data().toString(), QStringLiteral("B"));
    EXPECT_DOUBLE_EQ(queue->index(1, ExceptionQueueModel::Impact).data(ExceptionQueueModel::SortRole).toDouble(), 10.0);
    EXPECT_EQ(queue->index(0, ExceptionQueueModel::Sku).data(ExceptionQueueModel::ItemIdRole).toLongLong(), 3);
    EXPECT_TRUE(page.queueView()->isColumnHidden(ExceptionQueueModel::Queue));

    // The top list over all queues: dead stock C first, then A below safety stock; the tie at 30
    // keeps the queue order (late purchase orders before stale receipts).
    page.showQueue(std::nullopt);
    ASSERT_EQ(queue->rowCount(), 8);
    const char* order[] = {"C", "A", "C", "B", "A", "B", "B", "C"};
    const double impacts[] = {507, 40, 30, 30, 18, 15, 10, 7};
    for (int row = 0; row < 8; ++row) {
        EXPECT_EQ(queue->index(row, ExceptionQueueModel::Sku).data().toString(), QString::fromLatin1(order[row]))
            << row;
        EXPECT_DOUBLE_EQ(queue->index(row, ExceptionQueueModel::Impact).data(ExceptionQueueModel::SortRole).toDouble(),
                         impacts[row])
            << row;
    }
    EXPECT_EQ(queue->index(2, ExceptionQueueModel::Sku).data(ExceptionQueueModel::KindRole).toInt(),
              static_cast<int>(kpi::ExceptionKind::LatePurchaseOrder));
    EXPECT_FALSE(page.queueView()->isColumnHidden(ExceptionQueueModel::Queue));

    // An empty queue says so instead of showing an empty table.
    page.showQueue(kpi::ExceptionKind::Excess);
    EXPECT_EQ(queue->rowCount(), 0);
    EXPECT_FALSE(page.queueView()->isVisibleTo(&page) && page.queueView()->isVisible());

    // Activating a row asks for its item.
    page.showQueue(kpi::ExceptionKind::StaleReceipt);
    QSignalSpy activated(&page, &ui::ControlTowerPage::itemActivated);
    page.activateRow(0);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.front().at(0).toLongLong(), 2); // B
}

TEST_F(ControlTowerTest, TileRatesThisWeekAgainstTheTarget) {
    ASSERT_TRUE(ui::testing::openAndWait(m_session, m_file));
    ui::ControlTowerPage page(m_session);
    page.setClock([] { return kNow; });
    ASSERT_TRUE(computeAndWait(page));
    ASSERT_EQ(page.tiles().size(), ui::ControlTowerPage::headlineKpis().size());
    auto* otif = page.tile(QStringLiteral("otif"));
    ASSERT_NE(otif, nullptr);
    // 80 % against the default target 95 % with a 3-point band: below 92 % is red.
    EXPECT_EQ(otif->valueLabel()->text(), QStringLiteral("80.0 %"));
    EXPECT_EQ(otif->status(), kpi::Status::Red);
    EXPECT_TRUE(otif->statusLabel()->text().startsWith(QStringLiteral("■"))); // readable without colour
    EXPECT_TRUE(otif->targetLabel()->text().contains(QStringLiteral("95.0 %")));
    // W46 had one order, below the minimum sample of 20: no change to show.
    EXPECT_TRUE(otif->changeLabel()->text().contains(QStringLiteral("2026-W46")));
    // No cycle counts: record accuracy is n/a and says why.
    auto* accuracy = page.tile(QStringLiteral("record_accuracy"));
    ASSERT_NE(accuracy, nullptr);
    EXPECT_EQ(accuracy->status(), kpi::Status::NotRated);
    EXPECT_TRUE(accuracy->changeLabel()->text().contains(QStringLiteral("cycle counts")))
        << accuracy->changeLabel()->text().toStdString();

    // The site's own target of 82 % (band 3 points): 80 % lies in [79 %, 82 %) → amber.
    store::KpiTargetRow target;
    target.kpiId = "otif";
    target.siteId = 1;
    target.target = 0.82;
    target.amberBand = 0.03;
    store::saveKpiTarget(m_session.db(), target);
    ASSERT_TRUE(computeAndWait(page));
    EXPECT_EQ(page.tile(QStringLiteral("otif"))->status(), kpi::Status::Amber);
    EXPECT_TRUE(page.tile(QStringLiteral("otif"))->statusLabel()->text().startsWith(QStringLiteral("◆")));
    // 80 % meets a target of 80 %: green.
    target.target = 0.80;
    store::saveKpiTarget(m_session.db(), target);
    ASSERT_TRUE(computeAndWait(page));
    EXPECT_EQ(page.tile(QStringLiteral("otif"))->status(), kpi::Status::Green);

    // The weeks were stored as snapshots: 13 weeks of trend, 2026-W35 to 2026-W47.
    EXPECT_TRUE(page.storedSnapshots());
    EXPECT_EQ(m_session.db().queryInt("SELECT COUNT(*) FROM kpi_week WHERE site_id = 1"), 13);
    ASSERT_TRUE(page.scorecard());
    EXPECT_EQ(page.scorecard()->trendWeeks.front(), "2026-W35");

    // A tile asks for the scorecard of its site and week.
    QSignalSpy requested(&page, &ui::ControlTowerPage::scorecardRequested);
    QTest::mouseClick(otif, Qt::LeftButton);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.front().at(0).toString(), QStringLiteral("BER"));
    EXPECT_EQ(requested.front().at(1).toString(), QStringLiteral("2026-W47"));
}

TEST_F(ControlTowerTest, SiteWithoutDataSaysSo) {
    ASSERT_TRUE(ui::testing::openAndWait(m_session, m_file));
    ui::ControlTowerPage page(m_session);
    page.setClock([] { return kNow; });
    chooseSite(page, QStringLiteral("EMPTY"));
    EXPECT_EQ(ui::Settings().value(ui::Settings::Key::ControlTowerSite).toString(), QStringLiteral("EMPTY"));
    ASSERT_TRUE(computeAndWait(page));
    ASSERT_TRUE(page.exceptions());
    EXPECT_EQ(page.summaryModel()->index(0, ExceptionSummaryModel::Rows).data(ExceptionSummaryModel::SortRole).toInt(),
              0);
    for (auto* tile : page.tiles()) {
        EXPECT_EQ(tile->status(), kpi::Status::NotRated) << tile->kpiId().toStdString();
        EXPECT_EQ(tile->valueLabel()->text(), QStringLiteral("n/a"));
    }
    EXPECT_TRUE(page.notesLabel()->text().contains(QStringLiteral("No KPI data and no exceptions at EMPTY")))
        << page.notesLabel()->text().toStdString();
    EXPECT_EQ(page.queueModel()->rowCount(), 0);

    // The choice is remembered for the next page (or the next start).
    ui::ControlTowerPage again(m_session);
    EXPECT_EQ(again.currentSite(), QStringLiteral("EMPTY"));
}

TEST_F(ControlTowerTest, ReadOnlyWorkspaceComputesInMemory) {
    QSignalSpy changed(&m_session, &ui::WorkspaceSession::workspaceChanged);
    m_session.open(m_file, store::Workspace::Access::ReadOnly);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, kGenerousWaitMs));
    ASSERT_TRUE(m_session.isReadOnly());
    ui::ControlTowerPage page(m_session);
    page.setClock([] { return kNow; });
    ASSERT_TRUE(computeAndWait(page));
    ASSERT_TRUE(page.scorecard());
    EXPECT_FALSE(page.storedSnapshots());
    EXPECT_EQ(page.tile(QStringLiteral("otif"))->valueLabel()->text(), QStringLiteral("80.0 %"));
    EXPECT_TRUE(page.notesLabel()->text().contains(QStringLiteral("computed in memory")))
        << page.notesLabel()->text().toStdString();
    store::Connection check(m_file.toStdString(), store::Connection::Mode::ReadOnly);
    EXPECT_EQ(check.queryInt("SELECT COUNT(*) FROM kpi_week"), 0);
}

TEST_F(ControlTowerTest, CancelLeavesASaneState) {
    ASSERT_TRUE(ui::testing::openAndWait(m_session, m_file));
    ui::ControlTowerPage page(m_session);
    page.setClock([] { return kNow; });
    // Cancelled before the worker starts: it stops at its first check, nothing is shown yet.
    QSignalSpy computed(&page, &ui::ControlTowerPage::computed);
    page.recompute();
    EXPECT_TRUE(page.isComputing());
    EXPECT_TRUE(page.cancelButton()->isVisibleTo(&page));
    page.cancel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.isComputing(); }, kGenerousWaitMs));
    EXPECT_EQ(computed.count(), 1);
    EXPECT_FALSE(page.scorecard());
    EXPECT_FALSE(page.cancelButton()->isVisibleTo(&page));
    EXPECT_EQ(page.tile(QStringLiteral("otif"))->valueLabel()->text(), QStringLiteral("n/a"));
    EXPECT_TRUE(page.tile(QStringLiteral("otif"))->changeLabel()->text().contains(QStringLiteral("Cancelled")));
    EXPECT_EQ(m_session.db().queryInt("SELECT COUNT(*) FROM kpi_week"), 0); // nothing half-stored

    // Computing again works; a later cancel keeps what is shown.
    ASSERT_TRUE(computeAndWait(page));
    ASSERT_TRUE(page.scorecard());
    const auto shown = page.scorecard();
    page.recompute();
    page.cancel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.isComputing(); }, kGenerousWaitMs));
    EXPECT_EQ(page.scorecard(), shown);
    EXPECT_EQ(page.tile(QStringLiteral("otif"))->valueLabel()->text(), QStringLiteral("80.0 %"));
    EXPECT_TRUE(page.isShowingContent());
}

TEST_F(ControlTowerTest, ActivatingAnExceptionOpensTheItemInTheWindow) {
    ui::MainWindow window;
    window.controlTowerPage()->setClock([] { return kNow; });
    window.show();
    QString error;
    ASSERT_TRUE(ui::testing::openAndWait(window, m_file, &error)) << error.toStdString();
    // The window opens on the Control tower, which computes because it is shown.
    EXPECT_EQ(window.pages()->currentWidget(), window.controlTowerPage());
    auto* tower = window.controlTowerPage();
    ASSERT_TRUE(QTest::qWaitFor([&] { return tower->exceptions() && !tower->isComputing(); }, kGenerousWaitMs));

    // Enter on the first late purchase order (C, item 3) opens it on the Items page.
    tower->showQueue(kpi::ExceptionKind::LatePurchaseOrder);
    auto* view = tower->queueView();
    view->setCurrentIndex(tower->queueModel()->index(0, ExceptionQueueModel::Sku));
    QTest::keyClick(view, Qt::Key_Return);
    EXPECT_EQ(window.pages()->currentWidget(), window.itemsPage());
    auto current = window.itemsPage()->view()->selectionModel()->currentIndex();
    ASSERT_TRUE(current.isValid());
    EXPECT_EQ(current.data(ui::ItemTableModel::IdRole).toLongLong(), 3);

    // A filter that hides the item is cleared rather than leaving the user on the wrong row.
    window.itemsPage()->filterEdit()->setText(QStringLiteral("Hex bolt"));
    window.showPage(ui::MainWindow::ControlTowerPageIndex);
    tower->activateRow(1); // B, item 2
    EXPECT_EQ(window.pages()->currentWidget(), window.itemsPage());
    EXPECT_TRUE(window.itemsPage()->filterEdit()->text().isEmpty());
    current = window.itemsPage()->view()->selectionModel()->currentIndex();
    ASSERT_TRUE(current.isValid());
    EXPECT_EQ(current.data(ui::ItemTableModel::IdRole).toLongLong(), 2);
    window.close();
}
