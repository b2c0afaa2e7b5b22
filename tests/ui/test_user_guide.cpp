// The user guide: every page of the main window names a guide page that is in the resources, and
// F1 opens it (in the window and in a modal dialog); every guide link resolves; every KPI of the
// core registry and every setting has a tooltip that says what it is and its unit.
#include "gui_test_support.h"
#include "help/guide.h"
#include "help/guide_browser.h"
#include "help/guide_launcher.h"
#include "help/help_window.h"
#include "kpi/kpi_definition.h"
#include "models/scorecard_table_model.h"
#include "pages/forecast_run_dialog.h"
#include "pages/import_mapping_page.h"
#include "pages/import_wizard.h"
#include "pages/kpi_tile.h"
#include "pages/policy_defaults_bar.h"
#include "pages/scenario_changes_editor.h"
#include "pages/segmentation_count_tab.h"
#include "pages/segmentation_settings_bar.h"
#include "pages/simulation_check_view.h"
#include "shell/main_window.h"
#include "text/kpi_help.h"
#include "text/kpi_text.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace stocktower;

namespace {

// GitHub's heading anchors, written out here as the oracle the guide's links are checked against:
// lower case, characters other than letters, digits, spaces, '-' and '_' dropped, spaces as '-'.
QString githubAnchor(const QString& heading) {
    QString anchor = heading.trimmed().toLower();
    anchor.remove(QRegularExpression(QStringLiteral("[^\\w\\- ]"), QRegularExpression::UseUnicodePropertiesOption));
    anchor.replace(QLatin1Char(' '), QLatin1Char('-'));
    return anchor;
}

QString resourceText(const QString& file) {
    QFile f(QStringLiteral(":/guide/") + file);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The anchors of a guide file's headings (any level), outside code blocks.
std::set<QString> anchorsOf(const QString& file) {
    std::set<QString> anchors;
    bool code = false;
    for (const QString& line : resourceText(file).split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("```"))) code = !code;
        static const QRegularExpression heading(QStringLiteral("^#{1,6} (.*)$"));
        if (const auto match = heading.match(line); !code && match.hasMatch())
            anchors.insert(githubAnchor(match.captured(1)));
    }
    return anchors;
}

// "page" or "page#section" resolves: the file is in the resources and has that heading.
::testing::AssertionResult resolves(const QString& target) {
    const QString file = target.section(QLatin1Char('#'), 0, 0);
    const QString fragment = target.section(QLatin1Char('#'), 1);
    if (resourceText(file).isEmpty()) return ::testing::AssertionFailure() << "no guide file " << file.toStdString();
    if (!fragment.isEmpty() && anchorsOf(file).count(fragment) == 0)
        return ::testing::AssertionFailure() << file.toStdString() << " has no heading #" << fragment.toStdString();
    return ::testing::AssertionSuccess();
}

// The guide page and section the help window shows: its file name and the heading the cursor is on.
QString shown(ui::HelpWindow& help) {
    const QUrl source = help.browser()->source();
    QString page = source.fileName().chopped(3);
    if (!source.fragment().isEmpty()) {
        // The cursor sits on the heading the fragment names.
        const QTextBlock block = help.browser()->textCursor().block();
        page += QLatin1Char('#') + (block.blockFormat().headingLevel() > 0 ? githubAnchor(block.text()) : QString());
    }
    return page;
}

bool activate(QWidget& window) {
    window.show();
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    return QTest::qWaitForWindowActive(&window);
}

} // namespace

TEST(UserGuideTest, TheResourcesHoldExactlyTheListedPagesEachWithATitleAndSections) {
    const QStringList files = QDir(QStringLiteral(":/guide")).entryList({QStringLiteral("*.md")}, QDir::Files);
    QStringList listed;
    for (const QString& page : ui::guidePages()) listed << page + QStringLiteral(".md");
    EXPECT_EQ(QSet<QString>(files.begin(), files.end()), QSet<QString>(listed.begin(), listed.end()));
    for (const QString& page : ui::guidePages()) {
        EXPECT_TRUE(resourceText(page + QStringLiteral(".md")).startsWith(QStringLiteral("# "))) << page.toStdString();
        EXPECT_NE(ui::guideTitle(page), page) << page.toStdString();
        EXPECT_FALSE(ui::guideSections(page).isEmpty()) << page.toStdString();
    }
}

TEST(UserGuideTest, EveryLinkInTheGuideResolves) {
    static const QRegularExpression link(QStringLiteral("\\]\\(([^)\\s]+)\\)"));
    int links = 0;
    for (const QString& page : ui::guidePages()) {
        const QString text = resourceText(page + QStringLiteral(".md"));
        for (auto it = link.globalMatch(text); it.hasNext();) {
            const QString target = it.next().captured(1);
            if (target.startsWith(QStringLiteral("http://")) || target.startsWith(QStringLiteral("https://"))) continue;
            ++links;
            EXPECT_TRUE(resolves(target.startsWith(QLatin1Char('#')) ? page + QStringLiteral(".md") + target : target))
                << "in " << page.toStdString() << ".md: " << target.toStdString();
        }
    }
    EXPECT_GT(links, 20); // the pages do link to each other
}

TEST(UserGuideTest, AnchorsAreMadeAsOnGitHub) {
    EXPECT_EQ(ui::guideAnchor(QStringLiteral("Run a forecast")), QStringLiteral("run-a-forecast"));
    EXPECT_EQ(ui::guideAnchor(QStringLiteral("ABC / XYZ tab")), QStringLiteral("abc--xyz-tab"));
    EXPECT_EQ(ui::guideAnchor(QStringLiteral("KPI scorecard and weekly report")),
              QStringLiteral("kpi-scorecard-and-weekly-report"));
    for (const QString& page : ui::guidePages())
        for (const auto& section : ui::guideSections(page))
            EXPECT_EQ(section.anchor, githubAnchor(section.text)) << section.text.toStdString();
}

TEST(UserGuideTest, EveryPageOfTheMainWindowOpensItsGuidePageWithF1) {
    ui::MainWindow window;
    ASSERT_TRUE(activate(window));
    // The navigation's names, and the guide file each must open (the guide's own page names).
    const std::map<QString, QString> expected{
        {QStringLiteral("Control tower"), QStringLiteral("control-tower")},
        {QStringLiteral("Items"), QStringLiteral("items")},
        {QStringLiteral("Forecast"), QStringLiteral("forecast")},
        {QStringLiteral("Segmentation"), QStringLiteral("segmentation")},
        {QStringLiteral("Policy"), QStringLiteral("policy")},
        {QStringLiteral("Scenarios"), QStringLiteral("scenarios")},
        {QStringLiteral("KPI scorecard"), QStringLiteral("kpi-scorecard")},
        {QStringLiteral("Data exchange"), QStringLiteral("data-exchange")},
    };
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    ASSERT_NE(navigation, nullptr);
    ASSERT_EQ(navigation->count(), window.pages()->count());
    ASSERT_EQ(static_cast<std::size_t>(window.pages()->count()), expected.size());
    for (int i = 0; i < window.pages()->count(); ++i) {
        const QString name = navigation->item(i)->text();
        ASSERT_EQ(expected.count(name), 1u) << name.toStdString();
        const QString page = ui::guidePageFor(window.pages()->widget(i));
        EXPECT_EQ(page, expected.at(name));
        EXPECT_TRUE(resolves(page + QStringLiteral(".md")));

        window.showPage(static_cast<ui::MainWindow::Page>(i));
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_F1);
        ui::HelpWindow* help = window.guide()->helpWindow();
        ASSERT_NE(help, nullptr) << "F1 opened no guide on " << name.toStdString();
        EXPECT_TRUE(help->isVisible());
        EXPECT_EQ(shown(*help), expected.at(name)) << name.toStdString();
        EXPECT_FALSE(help->browser()->document()->isEmpty());
        ASSERT_TRUE(activate(window));
    }
}

TEST(UserGuideTest, F1InsideAPartOfAPageOpensItsSection) {
    ui::MainWindow window;
    ASSERT_TRUE(activate(window));
    // Every part of the window that names a section must name one that exists.
    int named = 0;
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        const QString page = ui::guidePageFor(widget);
        if (page.isEmpty()) continue;
        ++named;
        QString target = page.section(QLatin1Char('#'), 0, 0) + QStringLiteral(".md");
        if (page.contains(QLatin1Char('#'))) target += QLatin1Char('#') + page.section(QLatin1Char('#'), 1);
        EXPECT_TRUE(resolves(target)) << page.toStdString();
    }
    EXPECT_GT(named, 8);

    window.showPage(ui::MainWindow::ScenarioPageIndex);
    auto* simulation = window.findChild<ui::SimulationCheckView*>();
    ASSERT_NE(simulation, nullptr);
    auto* runs = simulation->findChild<QAbstractSpinBox*>();
    ASSERT_NE(runs, nullptr);
    runs->setFocus();
    QApplication::processEvents();
    EXPECT_EQ(window.guide()->currentGuidePage(), QStringLiteral("scenarios#simulation-check"));
    window.guide()->action()->trigger();
    ASSERT_NE(window.guide()->helpWindow(), nullptr);
    EXPECT_EQ(shown(*window.guide()->helpWindow()), QStringLiteral("scenarios#simulation-check"));
    // Help → User guide carries F1.
    EXPECT_EQ(window.guide()->action()->shortcut(), QKeySequence(QKeySequence::HelpContents));
}

TEST(UserGuideTest, F1InAModalDialogOpensTheGuideOverIt) {
    ui::MainWindow window;
    ASSERT_TRUE(activate(window));
    ui::ForecastRunDialog dialog(forecast::Bucket::Week, true, &window);
    dialog.setWindowModality(Qt::ApplicationModal);
    ASSERT_TRUE(activate(dialog));
    ASSERT_EQ(QApplication::activeModalWidget(), &dialog);
    auto* horizon = dialog.findChild<QAbstractSpinBox*>();
    ASSERT_NE(horizon, nullptr);
    horizon->setFocus();
    QTest::keyClick(horizon, Qt::Key_F1);
    auto* help = dialog.findChild<ui::HelpWindow*>();
    ASSERT_NE(help, nullptr) << "F1 in the dialog opened no guide";
    EXPECT_TRUE(help->isVisible());
    EXPECT_EQ(shown(*help), QStringLiteral("forecast#run-a-forecast"));
    help->close();
    dialog.reject();
}

TEST(UserGuideTest, TheHelpWindowNavigatesAndSearches) {
    ui::HelpWindow help;
    help.showGuide(QStringLiteral("policy"));
    EXPECT_EQ(shown(help), QStringLiteral("policy"));
    help.showGuide(QStringLiteral("formulas#kpis"));
    EXPECT_EQ(shown(help), QStringLiteral("formulas#kpis"));
    help.browser()->backward();
    EXPECT_EQ(shown(help), QStringLiteral("policy"));
    help.browser()->forward();
    EXPECT_EQ(help.browser()->source().fileName(), QStringLiteral("formulas.md"));

    // The contents list every page with its sections; choosing a section shows it.
    ASSERT_EQ(help.contents()->topLevelItemCount(), ui::guidePages().size());
    QTreeWidgetItem* forecast = help.contents()->topLevelItem(static_cast<int>(ui::guidePages().indexOf(QStringLiteral("forecast"))));
    EXPECT_EQ(forecast->text(0), QStringLiteral("Forecast"));
    ASSERT_GT(forecast->childCount(), 2);
    Q_EMIT help.contents()->itemActivated(forecast->child(2), 0);
    EXPECT_EQ(shown(help), QStringLiteral("forecast#") + ui::guideSections(QStringLiteral("forecast"))[2].anchor);

    // Search keeps the pages holding the words: "Hadley" is only on the formulas page.
    help.searchField()->setText(QStringLiteral("hadley"));
    QStringList visible;
    for (int i = 0; i < help.contents()->topLevelItemCount(); ++i)
        if (!help.contents()->topLevelItem(i)->isHidden()) visible << help.contents()->topLevelItem(i)->text(0);
    EXPECT_EQ(visible, QStringList{ui::guideTitle(QStringLiteral("formulas"))});
    help.showGuide(QStringLiteral("formulas"));
    EXPECT_FALSE(help.browser()->extraSelections().isEmpty()); // marked on the page shown
    help.showGuide(QStringLiteral("items"));
    EXPECT_TRUE(help.browser()->extraSelections().isEmpty());
    help.searchField()->clear();
    for (int i = 0; i < help.contents()->topLevelItemCount(); ++i)
        EXPECT_FALSE(help.contents()->topLevelItem(i)->isHidden());
}

TEST(UserGuideTest, EveryKpiOfTheRegistryHasATooltipWithItsDefinitionAndUnit) {
    // The unit words each kind of unit must use (the registry's own unit, not the tooltip table).
    const std::map<kpi::Unit, QString> unitWord{
        {kpi::Unit::Ratio, QStringLiteral("%")},       {kpi::Unit::Hours, QStringLiteral("hours")},
        {kpi::Unit::Days, QStringLiteral("days")},     {kpi::Unit::PerHour, QStringLiteral("per labour hour")},
        {kpi::Unit::Turns, QStringLiteral("turns")},   {kpi::Unit::Currency, QStringLiteral("currency")},
    };
    ASSERT_FALSE(kpi::kpiDefinitions().empty());
    for (const auto& definition : kpi::kpiDefinitions()) {
        SCOPED_TRACE(definition.id);
        const QString text = ui::kpiDefinitionText(definition);
        EXPECT_GT(text.size(), 20);
        EXPECT_NE(text, QString::fromStdString(definition.formula)); // the ui's own, translatable words
        EXPECT_TRUE(ui::kpiUnitLongText(definition).contains(unitWord.at(definition.unit)))
            << ui::kpiUnitLongText(definition).toStdString();
        const QString tooltip = ui::kpiTooltipText(definition);
        EXPECT_TRUE(tooltip.startsWith(ui::kpiName(definition) + QLatin1Char(':')));
        EXPECT_TRUE(tooltip.contains(QStringLiteral("Unit: ") + ui::kpiUnitLongText(definition)));
        EXPECT_TRUE(tooltip.contains(ui::kpiDirectionText(definition.direction)));

        // A control tower tile's name shows it.
        ui::KpiTile tile(definition);
        bool found = false;
        for (const QLabel* label : tile.findChildren<QLabel*>()) found = found || label->toolTip() == tooltip;
        EXPECT_TRUE(found);
    }
}

TEST(UserGuideTest, EveryScorecardColumnHasATooltip) {
    ui::ScorecardTableModel model;
    for (int column = 0; column < model.columnCount(); ++column) {
        const QString header = model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        const QString tip = model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        EXPECT_FALSE(tip.isEmpty()) << header.toStdString();
    }
}

TEST(UserGuideTest, EverySettingHasATooltipAndNumbersSayTheirUnit) {
    ui::MainWindow window;
    ui::ImportWizard wizard(window.session(), window.tasks());
    ui::ForecastRunDialog run(forecast::Bucket::Week, true);
    ui::ScenarioChangesEditor changes;
    changes.addRow();
    std::vector<QWidget*> settings{window.findChild<ui::PolicyDefaultsBar*>(),
                                   window.findChild<ui::SegmentationSettingsBar*>(),
                                   window.findChild<ui::SegmentationCountTab*>(),
                                   window.findChild<ui::SimulationCheckView*>(),
                                   wizard.findChild<ui::ImportMappingPage*>(),
                                   &run,
                                   &changes};
    int checked = 0;
    for (QWidget* box : settings) {
        ASSERT_NE(box, nullptr);
        for (QWidget* field : box->findChildren<QWidget*>()) {
            const bool input = qobject_cast<QAbstractSpinBox*>(field) || qobject_cast<QComboBox*>(field) ||
                               qobject_cast<QCheckBox*>(field) || qobject_cast<QLineEdit*>(field);
            // A spin box's or combo box's own line edit is part of it; table views are not settings.
            if (!input || qobject_cast<QAbstractSpinBox*>(field->parentWidget()) ||
                qobject_cast<QComboBox*>(field->parentWidget()) || field->inherits("QTableWidget"))
                continue;
            ++checked;
            const QString tip = field->toolTip();
            EXPECT_GT(tip.size(), 20) << box->metaObject()->className() << ": " << field->accessibleName().toStdString();
            if (qobject_cast<QAbstractSpinBox*>(field)) {
                EXPECT_TRUE(tip.contains(QStringLiteral("unit"), Qt::CaseInsensitive))
                    << box->metaObject()->className() << ": " << tip.toStdString();
            }
        }
    }
    EXPECT_GT(checked, 25);
    // Every scenario parameter says its meaning and unit.
    for (const QString& key : ui::ScenarioChangesEditor::parameterKeys()) {
        EXPECT_TRUE(ui::ScenarioChangesEditor::parameterHelp(key).startsWith(key + QLatin1Char(':')));
        EXPECT_TRUE(ui::ScenarioChangesEditor::parameterHelp(key).contains(QStringLiteral("unit"), Qt::CaseInsensitive))
            << key.toStdString();
    }
}
