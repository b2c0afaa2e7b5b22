// The Forecast page on real workspaces: a small demo workspace with a run (rows, chart, periods,
// filters), override edits with undo and redo written to the workspace, refusals on a read-only
// workspace, the empty states, and Run forecast / Export in the background. Oracles: the run's
// own summary (series and class counts), the fixture's constant demand (21 a week), hand sums.
#include "charts/forecast_chart.h"
#include "demo/demo_generator.h"
#include "forecast/forecast_run.h"
#include "gui_test_support.h"
#include "models/forecast_filter_proxy.h"
#include "models/forecast_periods_model.h"
#include "models/forecast_table_model.h"
#include "pages/forecast_model_panel.h"
#include "pages/forecast_page.h"
#include "shell/workspace_session.h"
#include "store/forecast_overrides.h"
#include "store/forecast_store.h"
#include "undo/forecast_override_editor.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>

using namespace stocktower;
using ui::ForecastPage;
using ui::ForecastPeriodsModel;
using ui::ForecastTableModel;
using ui::testing::kGenerousWaitMs;

namespace {

bool reloadAndWait(ForecastPage& page) {
    QSignalSpy loaded(&page, &ForecastPage::loaded);
    page.reload();
    return QTest::qWaitFor([&] { return !loaded.isEmpty(); }, kGenerousWaitMs);
}

// Waits until the selected series' detail has been shown.
bool waitForDetail(ForecastPage& page) {
    return QTest::qWaitFor([&] { return !page.isLoadingDetail() && page.detail().has_value(); }, kGenerousWaitMs);
}

class ForecastPageTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // The hand-made workspace of gui_test_support (SKU-A at DC1: 3 a day for 8 weeks, so 21 a
    // week), forecast with simple exponential smoothing: the forecast of a constant is that constant.
    QString smallWorkspaceWithRun(int horizon = 4) {
        const QString file = path("small.stdb");
        auto workspace = ui::testing::makeSmallWorkspace(file.toStdString());
        forecast::ForecastRunSettings settings;
        settings.method = "ses";
        settings.horizon = horizon;
        settings.threads = 1;
        util::NullProgress progress;
        m_summary = forecast::runForecast(*workspace, settings, progress);
        return file;
    }

    QTemporaryDir m_dir;
    ui::TaskRunner m_tasks; // before the session, which runs its work on it
    ui::WorkspaceSession m_session{m_tasks};
    forecast::ForecastRunSummary m_summary;
};

} // namespace

TEST_F(ForecastPageTest, LoadsADemoWorkspaceWithItsRun) {
    const QString file = path("demo.stdb");
    ui::testing::generateSmallDemo(file, 2);
    util::NullProgress progress;
    {
        auto workspace = store::Workspace::open(file.toStdString());
        forecast::ForecastRunSettings settings;
        settings.threads = 2;
        m_summary = forecast::runForecast(*workspace, settings, progress);
    }
    ASSERT_GT(m_summary.series, 0);
    ASSERT_TRUE(ui::testing::openAndWait(m_session, file));

    ForecastPage page(m_session);
    page.resize(1400, 900);
    ASSERT_TRUE(reloadAndWait(page));
    EXPECT_FALSE(page.isShowingEmptyState()) << page.emptyStateText().toStdString();
    ASSERT_TRUE(page.run());
    EXPECT_EQ(page.run()->runId, m_summary.runId);
    EXPECT_EQ(page.model()->rowCount(), m_summary.series);
    // The first row is selected after a load, and its chart and periods follow.
    ASSERT_TRUE(waitForDetail(page));
    EXPECT_TRUE(page.chart()->hasChart());

    // Class filter: as many rows as the run counted in that class.
    const auto& [someClass, count] = *m_summary.classCounts.begin();
    const int classIndex = page.classCombo()->findData(QString::fromStdString(someClass));
    ASSERT_GE(classIndex, 1);
    page.classCombo()->setCurrentIndex(classIndex);
    EXPECT_EQ(page.proxy()->rowCount(), count);
    page.classCombo()->setCurrentIndex(0);
    page.filterEdit()->setText(QStringLiteral("SKU-000003 DC-NORTH"));
    EXPECT_EQ(page.proxy()->rowCount(), 1);

    // Selecting another row loads its chart and periods.
    const QModelIndex shown = page.proxy()->index(0, 0);
    page.view()->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return !page.isLoadingDetail() && page.detail() &&
                   page.detail()->series.itemId == shown.data(ForecastTableModel::ItemIdRole).toLongLong();
        },
        kGenerousWaitMs));
    EXPECT_TRUE(page.chart()->hasChart());
    EXPECT_EQ(page.chart()->forecastPoints(), m_summary.horizon);
    // At most two years of history are drawn, so that the forecast keeps its share of the width.
    EXPECT_EQ(page.chart()->historyPoints(),
              std::min<int>(ui::ForecastChart::kWeeksShown, static_cast<int>(page.detail()->history.size())));
    EXPECT_GT(page.chart()->historyPoints(), 0);
    EXPECT_EQ(page.periodsModel()->rowCount(), m_summary.horizon);
    EXPECT_FALSE(page.modelPanel()->fieldText(ui::ForecastModelPanel::fModel).isEmpty());
    EXPECT_FALSE(page.modelPanel()->fieldText(ui::ForecastModelPanel::fWhy).isEmpty());
    EXPECT_FALSE(page.modelPanel()->fieldText(ui::ForecastModelPanel::fIntervals).isEmpty());
    EXPECT_TRUE(page.detail()->refitMatches);
}

TEST_F(ForecastPageTest, OverrideUndoAndRedoWriteTheWorkspace) {
    ASSERT_TRUE(ui::testing::openAndWait(m_session, smallWorkspaceWithRun(4)));
    ForecastPage page(m_session);
    ASSERT_TRUE(reloadAndWait(page));
    ASSERT_EQ(page.model()->rowCount(), 1);
    ASSERT_TRUE(waitForDetail(page));
    const auto& values = page.detail()->series.values;
    ASSERT_EQ(values.size(), 4u);
    EXPECT_NEAR(values[0].mean, 21.0, 1e-6); // SES of a constant 21 a week
    const QString second = QString::fromStdString(values[1].periodStart);
    const auto key = page.detail()->series;
    auto stored = [&] {
        return store::findForecastOverride(m_session.db(), m_summary.runId, key.itemId, key.siteId,
                                           second.toStdString());
    };

    // Through the periods table, as a planner types it: 30 instead of 21.
    const int row = page.periodsModel()->rowForPeriod(second);
    ASSERT_EQ(row, 1);
    EXPECT_TRUE(page.periodsModel()->setData(page.periodsModel()->index(row, ForecastPeriodsModel::Override),
                                             QStringLiteral("30")));
    ASSERT_TRUE(stored());
    EXPECT_DOUBLE_EQ(stored()->quantity, 30.0);
    EXPECT_EQ(page.periodsModel()->index(row, ForecastPeriodsModel::Final).data().toString(), QStringLiteral("30"));
    // Horizon total: 4·21 − 21 + 30 = 93; one period overridden; the chart marks it.
    const int tableRow = page.model()->rowForKey(key.itemId, key.siteId);
    EXPECT_NEAR(page.model()->row(tableRow).series.horizonTotal, 93.0, 1e-6);
    EXPECT_EQ(page.model()->row(tableRow).series.overriddenPeriods, 1);
    EXPECT_EQ(page.chart()->overrideMarkers(), 1);

    // A comment is its own undoable step.
    EXPECT_TRUE(page.setOverride(second, 30.0, QStringLiteral("trade fair")));
    EXPECT_EQ(stored()->comment, "trade fair");
    EXPECT_EQ(page.overrides()->undoStack()->count(), 2);

    page.undoAction()->trigger();
    ASSERT_TRUE(stored());
    EXPECT_EQ(stored()->comment, "");
    page.undoAction()->trigger();
    EXPECT_FALSE(stored()); // back to the statistical forecast
    EXPECT_NEAR(page.model()->row(tableRow).series.horizonTotal, 84.0, 1e-6);
    EXPECT_EQ(page.chart()->overrideMarkers(), 0);
    EXPECT_TRUE(page.periodsModel()->index(row, ForecastPeriodsModel::Override).data().toString().isEmpty());

    page.redoAction()->trigger();
    ASSERT_TRUE(stored());
    EXPECT_DOUBLE_EQ(stored()->quantity, 30.0);
    page.redoAction()->trigger();
    EXPECT_EQ(stored()->comment, "trade fair");
    // Clearing the cell removes the override, undoably.
    EXPECT_TRUE(page.periodsModel()->setData(page.periodsModel()->index(row, ForecastPeriodsModel::Override), QString()));
    EXPECT_FALSE(stored());
    page.undoAction()->trigger();
    EXPECT_TRUE(stored());

    // Refusals: a negative or unreadable quantity writes nothing and says why.
    EXPECT_FALSE(page.setOverride(second, -5.0));
    EXPECT_FALSE(page.noticeText().isEmpty());
    EXPECT_FALSE(page.periodsModel()->setData(page.periodsModel()->index(0, ForecastPeriodsModel::Override),
                                              QStringLiteral("lots")));
    EXPECT_FALSE(store::findForecastOverride(m_session.db(), m_summary.runId, key.itemId, key.siteId,
                                             values[0].periodStart));
}

TEST_F(ForecastPageTest, ReadOnlyWorkspaceRefusesEdits) {
    const QString file = smallWorkspaceWithRun(3);
    QSignalSpy changed(&m_session, &ui::WorkspaceSession::workspaceChanged);
    m_session.open(file, store::Workspace::Access::ReadOnly);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, kGenerousWaitMs));
    ASSERT_TRUE(m_session.isReadOnly());
    ForecastPage page(m_session);
    ASSERT_TRUE(reloadAndWait(page));
    ASSERT_TRUE(waitForDetail(page));
    const QString first = QString::fromStdString(page.detail()->series.values[0].periodStart);
    EXPECT_FALSE(page.periodsModel()->flags(page.periodsModel()->index(0, ForecastPeriodsModel::Override)) &
                 Qt::ItemIsEditable);
    EXPECT_FALSE(page.setOverride(first, 10.0));
    EXPECT_TRUE(page.noticeText().contains(QStringLiteral("read-only"))) << page.noticeText().toStdString();
    EXPECT_EQ(page.overrides()->undoStack()->count(), 0);
    EXPECT_FALSE(page.undoAction()->isEnabled());
    EXPECT_EQ(page.startRun(forecast::ForecastRunSettings{}), nullptr);
    EXPECT_TRUE(store::listRunOverrides(m_session.db(), m_summary.runId).empty());
}

TEST_F(ForecastPageTest, EmptyStatesSayWhatToDo) {
    ForecastPage page(m_session);
    ASSERT_TRUE(reloadAndWait(page));
    EXPECT_TRUE(page.isShowingEmptyState());
    EXPECT_TRUE(page.emptyStateText().contains(QStringLiteral("No workspace")));

    // Demand but no run yet: offer to run one.
    const QString withDemand = path("nodemand-run.stdb");
    ui::testing::makeSmallWorkspace(withDemand.toStdString());
    ASSERT_TRUE(ui::testing::openAndWait(m_session, withDemand));
    ASSERT_TRUE(reloadAndWait(page));
    EXPECT_TRUE(page.emptyStateText().contains(QStringLiteral("No forecast"))) << page.emptyStateText().toStdString();
    EXPECT_FALSE(page.emptyStateButton()->isHidden());
    EXPECT_TRUE(page.emptyStateButton()->isEnabled());

    // No demand at all.
    const QString empty = path("empty.stdb");
    store::Workspace::create(empty.toStdString());
    ASSERT_TRUE(ui::testing::openAndWait(m_session, empty));
    ASSERT_TRUE(reloadAndWait(page));
    EXPECT_TRUE(page.emptyStateText().contains(QStringLiteral("no demand history"))) << page.emptyStateText().toStdString();
    EXPECT_TRUE(page.emptyStateButton()->isHidden());
}

TEST_F(ForecastPageTest, RunsCancelsAndExportsInTheBackground) {
    const QString file = path("run.stdb");
    ui::testing::makeSmallWorkspace(file.toStdString());
    ASSERT_TRUE(ui::testing::openAndWait(m_session, file));
    ForecastPage page(m_session);
    ASSERT_TRUE(reloadAndWait(page));
    ASSERT_FALSE(page.run());

    // Cancelled before it starts: nothing is stored.
    forecast::ForecastRunSettings settings;
    settings.method = "ses";
    settings.horizon = 5;
    settings.threads = 1;
    QSignalSpy finished(&page, &ForecastPage::runFinished);
    ui::Task* task = page.startRun(settings);
    ASSERT_NE(task, nullptr);
    task->cancel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, kGenerousWaitMs));
    EXPECT_FALSE(finished.takeFirst().at(0).toBool());
    EXPECT_FALSE(store::latestForecastRun(m_session.db()));

    // Run, with months saved as the workspace's bucket; the page reloads with the new run.
    settings.bucket = forecast::Bucket::Month;
    QSignalSpy loaded(&page, &ForecastPage::loaded);
    ASSERT_NE(page.startRun(settings, true), nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, kGenerousWaitMs));
    EXPECT_TRUE(finished.takeFirst().at(0).toBool());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !loaded.isEmpty() && !page.isLoading(); }, kGenerousWaitMs));
    ASSERT_TRUE(page.run());
    EXPECT_EQ(page.run()->bucket, "month");
    EXPECT_EQ(page.run()->horizon, 5);
    EXPECT_EQ(forecast::workspaceBucket(m_session.db()), forecast::Bucket::Month);
    EXPECT_EQ(page.model()->rowCount(), 1);

    // Export: a byte order mark, the header, one row per period (1 series × 5 months).
    const QString csv = path("forecast.csv");
    QSignalSpy exported(&page, &ForecastPage::exportFinished);
    ASSERT_NE(page.startExport(csv), nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !exported.isEmpty(); }, kGenerousWaitMs));
    EXPECT_TRUE(exported.takeFirst().at(0).toBool());
    QFile out(csv);
    ASSERT_TRUE(out.open(QIODevice::ReadOnly));
    const QByteArray content = out.readAll();
    EXPECT_TRUE(content.startsWith("\xEF\xBB\xBFsku,site,period_start,forecast,override,final,"));
    EXPECT_EQ(content.count("\r\n"), 1 + 5);
    EXPECT_TRUE(content.contains("SKU-A,DC1,"));
}
