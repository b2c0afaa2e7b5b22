// The Scenarios page's simulation check: the model's exceptions by class tolerance (hand-made
// summaries) under QAbstractItemModelTester, and the view's background run on a small demo
// workspace against the core's simulateScenario over the same file and settings.
#include "gui_test_support.h"
#include "inventory/scenario_simulation.h"
#include "models/simulation_check_model.h"
#include "pages/simulation_check_view.h"
#include "shell/workspace_session.h"
#include "tasks/task_runner.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

using namespace stocktower;
using ui::SimulationCheckModel;
using ui::testing::kGenerousWaitMs;

namespace {

inventory::SimClassSummary summary(const char* demandClass, double cslGap, double fillGap) {
    inventory::SimClassSummary s;
    s.demandClass = demandClass;
    s.itemSites = 10;
    s.meanTarget = 0.95;
    s.expectedCsl = 0.951;
    s.achievedCsl = 0.95 + cslGap / 100.0;
    s.cslTargetGapPp = cslGap;
    s.expectedFillRate = 0.98;
    s.achievedFillRate = 0.95 + fillGap / 100.0;
    s.fillRateTargetGapPp = fillGap;
    return s;
}

} // namespace

// Smooth items may fall 1.5 points short, intermittent and lumpy 3; beyond that the gap is an
// exception: red, a ▼ in the text (readable without colour) and a tooltip. Above target never is.
TEST(SimulationCheckModelTest, ExceptionsOnlyBeyondTheClassTolerance) {
    SimulationCheckModel model;
    model.setLocale(QLocale::c());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto noFill = summary("erratic", -1.2, 0.0);
    noFill.fillRateTargetGapPp = std::nan("");
    model.setClasses({summary("smooth", -1.6, -1.4), summary("intermittent", -2.9, -3.1), summary("lumpy", 4.0, -0.5),
                      noFill, summary("all", -0.3, 0.2)});
    ASSERT_EQ(model.rowCount(), 5);
    ASSERT_EQ(model.columnCount(), SimulationCheckModel::ColumnCount);
    const auto exception = [&](int row, int column) {
        return model.index(row, column).data(SimulationCheckModel::ExceptionRole).toBool();
    };
    EXPECT_TRUE(exception(0, SimulationCheckModel::CslGap));   // smooth −1.6 < −1.5
    EXPECT_FALSE(exception(0, SimulationCheckModel::FillGap)); // smooth −1.4
    EXPECT_FALSE(exception(1, SimulationCheckModel::CslGap));  // intermittent −2.9 > −3
    EXPECT_TRUE(exception(1, SimulationCheckModel::FillGap));  // intermittent −3.1
    EXPECT_FALSE(exception(2, SimulationCheckModel::CslGap));  // lumpy +4: above target
    EXPECT_FALSE(exception(3, SimulationCheckModel::FillGap)); // no fill-rate target
    EXPECT_EQ(model.index(0, SimulationCheckModel::CslGap).data().toString(), QStringLiteral("▼ -1.60"));
    EXPECT_EQ(model.index(2, SimulationCheckModel::CslGap).data().toString(), QStringLiteral("+4.00"));
    EXPECT_EQ(model.index(3, SimulationCheckModel::FillGap).data().toString(), QStringLiteral("–"));
    EXPECT_TRUE(model.index(0, SimulationCheckModel::CslGap).data(Qt::ForegroundRole).isValid());
    EXPECT_FALSE(model.index(0, SimulationCheckModel::FillGap).data(Qt::ForegroundRole).isValid());
    EXPECT_FALSE(model.index(0, SimulationCheckModel::CslGap).data(Qt::ToolTipRole).toString().isEmpty());
    // Service as percentages, the raw ratio behind them.
    EXPECT_EQ(model.index(0, SimulationCheckModel::Target).data().toString(), QStringLiteral("95.00"));
    EXPECT_DOUBLE_EQ(model.index(0, SimulationCheckModel::FillExpected).data(SimulationCheckModel::ValueRole).toDouble(),
                     0.98);
    EXPECT_EQ(model.index(4, SimulationCheckModel::DemandClass).data().toString(), QStringLiteral("All classes"));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

class SimulationCheckViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("demo.stdb"));
        ui::testing::generateSmallDemo(m_file);
        ASSERT_TRUE(ui::testing::openAndWait(m_session, m_file));
    }

    QTemporaryDir m_dir;
    QString m_file;
    ui::TaskRunner m_tasks;
    ui::WorkspaceSession m_session{m_tasks};
};

// The view's run equals the core's over the same file and settings (one seed: identical figures).
TEST_F(SimulationCheckViewTest, BackgroundRunMatchesTheCore) {
    ui::SimulationCheckView view(m_session);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(view.simulate(), nullptr); // no scenario chosen yet
    view.setScenario(QStringLiteral("base"));
    view.replications()->setValue(8);
    view.periods()->setValue(40);
    view.warmUp()->setValue(5);
    view.seed()->setValue(11);
    view.receiptsInOrder()->setChecked(true);
    ASSERT_NE(view.simulate(), nullptr);
    EXPECT_EQ(view.simulate(), nullptr); // one at a time
    ASSERT_TRUE(QTest::qWaitFor([&view] { return !view.isBusy(); }, kGenerousWaitMs));

    inventory::SimSettings settings;
    settings.replications = 8;
    settings.periods = 40;
    settings.warmUpPeriods = 5;
    settings.seed = 11;
    settings.receiptsInOrder = true;
    util::NullProgress progress;
    const auto expected = inventory::simulateScenario(m_session.db(), "", {}, settings, 0, progress);
    ASSERT_FALSE(expected.classes.empty());
    ASSERT_EQ(view.model()->rowCount(), static_cast<int>(expected.classes.size()));
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        const auto& want = expected.classes[static_cast<std::size_t>(row)];
        EXPECT_EQ(view.model()->classes()[static_cast<std::size_t>(row)].demandClass, want.demandClass);
        const QVariant fill = view.model()->index(row, SimulationCheckModel::FillSimulated).data(SimulationCheckModel::ValueRole);
        if (std::isfinite(want.achievedFillRate)) {
            EXPECT_EQ(fill.toDouble(), want.achievedFillRate) << row;
        }
        EXPECT_EQ(view.model()->index(row, SimulationCheckModel::ItemSites).data(SimulationCheckModel::ValueRole).toDouble(),
                  static_cast<double>(want.itemSites));
    }
    EXPECT_TRUE(view.status()->text().contains(QStringLiteral("receipts in order"))) << view.status()->text().toStdString();

    // Another scenario clears the figures of this one.
    view.setScenario(QStringLiteral("other"));
    EXPECT_EQ(view.model()->rowCount(), 0);
}

// A warm-up as long as the run is refused before any work, with the reason shown.
TEST_F(SimulationCheckViewTest, RefusesAWarmUpAsLongAsTheRun) {
    ui::SimulationCheckView view(m_session);
    view.setScenario(QStringLiteral("base"));
    view.periods()->setValue(10);
    view.warmUp()->setValue(10);
    EXPECT_EQ(view.simulate(), nullptr);
    EXPECT_TRUE(view.status()->text().contains(QStringLiteral("warm-up"))) << view.status()->text().toStdString();
}
