// The Scenarios page's comparison model: base first, deltas = scenario − base, exceptions
// coloured. Oracle: hand computation from two stored totals (store::replaceScenarioResults).
#include "gui_test_support.h"
#include "inventory/scenario.h"
#include "models/scenario_comparison_model.h"
#include "pages/scenario_changes_editor.h"
#include "store/scenario_store.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace stocktower;
using ui::ScenarioComparisonModel;

namespace {

int rowOf(const ScenarioComparisonModel& model, const std::string& key) {
    const auto& measures = model.comparison().measures;
    for (std::size_t i = 0; i < measures.size(); ++i)
        if (measures[i].key == key) return static_cast<int>(i);
    return -1;
}

// Marks every text of the comparison model as translated: "<source>".
class BracketingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char* = nullptr, int = -1) const override {
        if (QLatin1String(context) != QLatin1String("stocktower::ui::ScenarioComparisonModel")) return {};
        return QStringLiteral("<") + QString::fromUtf8(source) + QStringLiteral(">");
    }
    bool isEmpty() const override { return false; }
};

} // namespace

TEST(ScenarioComparisonModelTest, ShowsBaseFirstWithHandComputedDeltas) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto workspace = ui::testing::makeSmallWorkspace(dir.filePath(QStringLiteral("small.stdb")).toStdString());
    auto& db = workspace->db();
    const auto scenarioId = store::createScenario(db, "high", "", {"scope=all,service=0.99"});
    const auto base = store::findScenario(db, store::kBaseScenarioName);
    ASSERT_TRUE(base);

    store::ScenarioTotalsRow baseTotals;
    baseTotals.itemSites = 4;
    baseTotals.inventoryInvestment = 1000.0;
    baseTotals.safetyStockValue = 400.0;
    baseTotals.expectedFillRate = 0.97;
    baseTotals.expectedStockoutUnits = 30.0;
    store::ScenarioTotalsRow highTotals = baseTotals;
    highTotals.inventoryInvestment = 1250.0;
    highTotals.safetyStockValue = 650.0;
    highTotals.expectedFillRate = 0.95; // worse on purpose: an exception
    highTotals.expectedStockoutUnits = 20.0;
    db.exec("BEGIN");
    store::replaceScenarioResults(db, base->scenarioId, std::nullopt, {}, baseTotals);
    store::replaceScenarioResults(db, scenarioId, std::nullopt, {}, highTotals);
    db.exec("COMMIT");

    ScenarioComparisonModel model;
    model.setLocale(QLocale::c());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setComparison(inventory::compareScenarios(db, {"high"}));

    ASSERT_EQ(model.columnCount(), 4); // measure, base, high, Δ high
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("base"));
    EXPECT_EQ(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("high"));
    const int investment = rowOf(model, "inventory_investment");
    const int fill = rowOf(model, "expected_fill_rate");
    const int stockout = rowOf(model, "expected_stockout_units");
    ASSERT_GE(investment, 0);
    ASSERT_GE(fill, 0);
    ASSERT_GE(stockout, 0);
    // 1250 − 1000 = 250; 0.95 − 0.97 = −0.02; 20 − 30 = −10.
    EXPECT_DOUBLE_EQ(model.index(investment, 1).data(ScenarioComparisonModel::ValueRole).toDouble(), 1000.0);
    EXPECT_DOUBLE_EQ(model.index(investment, 3).data(ScenarioComparisonModel::ValueRole).toDouble(), 250.0);
    EXPECT_NEAR(model.index(fill, 3).data(ScenarioComparisonModel::ValueRole).toDouble(), -0.02, 1e-12);
    EXPECT_DOUBLE_EQ(model.index(stockout, 3).data(ScenarioComparisonModel::ValueRole).toDouble(), -10.0);
    // Colour for exceptions only: the worse fill rate, not the larger investment or fewer stock-outs.
    EXPECT_TRUE(model.index(fill, 3).data(ScenarioComparisonModel::ExceptionRole).toBool());
    EXPECT_FALSE(model.index(investment, 3).data(ScenarioComparisonModel::ExceptionRole).toBool());
    EXPECT_FALSE(model.index(stockout, 3).data(ScenarioComparisonModel::ExceptionRole).toBool());
    EXPECT_EQ(model.index(investment, 3).data().toString(), QStringLiteral("+250"));
    EXPECT_EQ(model.index(fill, 3).data().toString(), QStringLiteral("-2.00 pp"));
}

// Every measure the core gives goes through translation with the core's English label as its
// source (oracle: the label the CLI prints), so none stays English by accident.
TEST(ScenarioComparisonModelTest, EveryMeasureNameIsTranslatedFromTheCoresLabel) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto workspace = ui::testing::makeSmallWorkspace(dir.filePath(QStringLiteral("small.stdb")).toStdString());
    ScenarioComparisonModel model;
    model.setComparison(inventory::compareScenarios(workspace->db(), {}));
    ASSERT_GE(model.rowCount(), 12);
    BracketingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto& measure = model.comparison().measures[static_cast<std::size_t>(row)];
        EXPECT_EQ(model.index(row, 0).data().toString().toStdString(), "<" + measure.label + ">") << measure.key;
        EXPECT_FALSE(ScenarioComparisonModel::measureHelp(measure.key).isEmpty()) << measure.key;
    }
    QCoreApplication::removeTranslator(&translator);
}

TEST(ScenarioChangesEditorTest, ValidatesRowsWithTheCoreParser) {
    ui::ScenarioChangesEditor editor;
    editor.setChanges({QStringLiteral("scope=abc:A,service=0.99,lead-time-factor=1.2")});
    ASSERT_EQ(editor.table()->rowCount(), 2); // one row per parameter, same scope
    EXPECT_TRUE(editor.problems().isEmpty());
    EXPECT_FALSE(editor.isModified());
    editor.addRow(QStringLiteral("all"), QStringLiteral("service"), QStringLiteral("1.5"));
    EXPECT_EQ(editor.problems().size(), 1); // service must be strictly between 0 and 1
    EXPECT_TRUE(editor.changes().isEmpty());
    editor.table()->item(2, ui::ScenarioChangesEditor::Value)->setText(QStringLiteral("0.9"));
    EXPECT_TRUE(editor.problems().isEmpty());
    EXPECT_EQ(editor.changes().size(), 3);
}
