// Languages: core messages rendered by the ui match the core's English and follow a translator's
// word order; KPI numbers and dates follow the locale; the language choice in Preferences is stored and, at start-up, sets the default
// locale and loads Qt's own translation.
#include "domain/date.h"
#include "domain/record_types.h"
#include "exchange/problem.h"
#include "gui_test_support.h"
#include "kpi/kpi_definition.h"
#include "pages/policy_explain_view.h"
#include "shell/app_setup.h"
#include "shell/language.h"
#include "shell/preferences_dialog.h"
#include "shell/settings.h"
#include "text/core_text.h"
#include "text/explanation_text.h"
#include "text/kpi_text.h"
#include "text/locale_numbers.h"
#include "text/planning_text.h"
#include "util/message.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace stocktower;

namespace {

// As many arguments as the English template has placeholders (%1..%5).
util::Message withSampleArgs(util::MessageId id) {
    const QString pattern = QString::fromUtf8(util::englishTemplate(id));
    std::vector<std::string> args;
    for (const char* arg : {"first", "second", "third", "fourth", "fifth"})
        if (pattern.contains(QLatin1Char('%') + QString::number(args.size() + 1))) args.emplace_back(arg);
    return {id, args};
}

// Translates every core message by swapping its first two placeholders, as a language with
// another word order would; leaves every other context alone.
class SwappingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char* = nullptr, int = -1) const override {
        if (QLatin1String(context) != QLatin1String("CoreMessage")) return {};
        QString text = QString::fromUtf8(source);
        text.replace(QStringLiteral("%1"), QStringLiteral("%TMP"));
        text.replace(QStringLiteral("%2"), QStringLiteral("%1"));
        text.replace(QStringLiteral("%TMP"), QStringLiteral("%2"));
        return QStringLiteral("<") + text + QStringLiteral(">");
    }
    bool isEmpty() const override { return false; }
};

} // namespace

// The oracle is the core's own English renderer (the text the CLI prints): the ui's copy of
// each template must produce the same sentence, for every id.
TEST(I18nTest, EveryCoreMessageReadsAsTheCommandLineInEnglish) {
    for (int i = 0; i < util::kMessageIdCount; ++i) {
        const auto id = static_cast<util::MessageId>(i);
        const util::Message message = withSampleArgs(id);
        EXPECT_EQ(ui::coreText(message).toStdString(), util::englishText(message)) << "message id " << i;
    }
}

TEST(I18nTest, CoreMessagesKeepTheirArgumentsInATranslatorsOrder) {
    SwappingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const util::Message columns{util::MessageId::ColumnAlreadyProvides, {"3", "sku"}};
    const QString translated = ui::coreText(columns);
    const util::Message cutOff{util::MessageId::WorkspaceCutOff, {"w.stdb", "100", "4096"}};
    const QString threeArgs = ui::coreText(cutOff);
    // An argument that looks like a placeholder is shown as it is, not filled again.
    const QString literal = ui::coreText({util::MessageId::RequiredColumnMissing, {"%2"}});
    const QString verbatim = ui::coreText(util::verbatim("disk I/O error %1"));
    QCoreApplication::removeTranslator(&translator);

    EXPECT_EQ(translated, QStringLiteral("<column sku already provides 3>"));
    EXPECT_EQ(threeArgs, QStringLiteral("<'100' is damaged: the file is cut off (w.stdb of 4096 bytes); "
                                        "restore it from a backup>"));
    EXPECT_EQ(literal, QStringLiteral("<required column '%2' is missing>"));
    EXPECT_EQ(verbatim, QStringLiteral("disk I/O error %1"));
}

TEST(I18nTest, ProblemsCarryTheirEnglishTextAndTheirMessage) {
    const auto problem = exchange::makeProblem(exchange::Severity::Error, "items.csv", 4, 2, "unit_cost", "abc",
                                               {util::MessageId::NotNumber, {}});
    EXPECT_EQ(problem.message, "not a number");
    EXPECT_EQ(problem.text.id, util::MessageId::NotNumber);
    EXPECT_EQ(exchange::formatProblem(problem), "items.csv:4:2: error in unit_cost ('abc'): not a number");
}

TEST(I18nTest, PreferencesOfferEachLanguageInItselfAndStoreTheChoice) {
    ui::setChosenLanguage({});
    ui::PreferencesDialog dialog;
    QComboBox* box = dialog.languageBox();
    ASSERT_EQ(box->count(), 5);
    EXPECT_TRUE(box->itemText(0).startsWith(QStringLiteral("System")));
    EXPECT_EQ(box->itemText(1), QStringLiteral("English"));
    EXPECT_EQ(box->itemText(2), QStringLiteral("Deutsch"));
    EXPECT_EQ(box->itemText(3), QStringLiteral("Français"));
    EXPECT_EQ(box->itemText(4), QStringLiteral("Español"));
    EXPECT_EQ(box->currentIndex(), 0); // the system's language by default

    box->setCurrentIndex(2);
    // The sample shows German number formatting (CLDR: '.' groups, ',' decimals).
    EXPECT_TRUE(dialog.sampleLabel()->text().contains(QStringLiteral("1.234.567,89")))
        << dialog.sampleLabel()->text().toStdString();
    EXPECT_TRUE(dialog.apply());
    EXPECT_EQ(ui::Settings().value(ui::Settings::Key::Language).toString(), QStringLiteral("de"));
    EXPECT_EQ(ui::chosenLanguage(), QStringLiteral("de"));

    ui::PreferencesDialog again;
    EXPECT_EQ(again.languageBox()->currentData().toString(), QStringLiteral("de"));
    EXPECT_FALSE(again.apply()); // nothing changed
    ui::setChosenLanguage({});
    EXPECT_EQ(ui::chosenLanguage(), QString());
}

TEST(I18nTest, TheLocaleFollowsTheChoiceAndKeepsTheSystemsCountry) {
    const QLocale swiss(QLocale::German, QLocale::Switzerland);
    EXPECT_EQ(ui::localeForLanguage(QString(), swiss), swiss);
    EXPECT_EQ(ui::localeForLanguage(QStringLiteral("de"), swiss), swiss);
    EXPECT_EQ(ui::localeForLanguage(QStringLiteral("fr"), swiss).language(), QLocale::French);
    EXPECT_EQ(ui::localeForLanguage(QStringLiteral("es"), swiss).language(), QLocale::Spanish);
}

TEST(I18nTest, StartingInGermanSetsTheDefaultLocaleAndQtsOwnButtons) {
    ui::testing::ChosenLanguage german(QStringLiteral("de"));
    EXPECT_EQ(QLocale().language(), QLocale::German);
    EXPECT_EQ(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    // Qt's own translation (qtbase_de, from the qt6-translations-l10n package).
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
              QStringLiteral("Abbrechen"));
}

// What the control tower and the forecast table read from the core, in German: an exception
// reason with its five numbers in the translation's order, and a demand class by its id.
TEST(I18nTest, ExceptionReasonsAndDemandClassesReadInTheChosenLanguage) {
    ui::testing::ChosenLanguage german(QStringLiteral("de"));
    const util::Message shortfall{util::MessageId::ExceptionProjectedStockout, {"6", "14", "10", "4", "20"}};
    EXPECT_EQ(ui::coreText(shortfall),
              QStringLiteral("6 fehlen innerhalb der WBZ von 14 Tagen: verfügbar 10 + fällige offene Bestellungen 4 "
                             "− Bedarf 20"));
    EXPECT_EQ(ui::demandClassTitle("lumpy"), QStringLiteral("klumpig"));
    EXPECT_EQ(ui::perPeriodText("month"), QStringLiteral("je Monat"));
    // An id this version does not know is shown as the core gave it.
    EXPECT_EQ(ui::demandClassTitle("seasonal"), QStringLiteral("seasonal"));
    EXPECT_EQ(ui::itemStatusTitle("discontinued"), QStringLiteral("ausgelaufen"));
    EXPECT_EQ(ui::itemStatusTitle("seasonal"), QStringLiteral("seasonal"));
    // Benchmark levels StockTower offers read translated; a level someone typed stays as typed.
    EXPECT_EQ(ui::kpiBenchmarkLevelText("best in class"), QStringLiteral("Spitzenwert"));
    EXPECT_EQ(ui::kpiBenchmarkLevelText("WERC top quintile"), QStringLiteral("WERC top quintile"));
    // A KPI's stored note, recognised and translated, its sample unit too; other text as it is.
    EXPECT_EQ(ui::kpiNoteText("sample 19 orders is below the minimum of 20"), QStringLiteral("Stichprobe 19 Aufträge liegt unter dem Minimum von 20"));
    EXPECT_EQ(ui::kpiNoteText("counted by the night shift"), QStringLiteral("counted by the night shift"));
}

// The policy's "why" panel in German: each name translated beside the formula name the formulas
// use, units word by word, where an input came from, and the notes, a demand class among their
// arguments. Oracle: translations/stocktower_de.ts.
TEST(I18nTest, PolicyExplanationsReadInTheChosenLanguage) {
    ui::testing::ChosenLanguage german(QStringLiteral("de"));
    inventory::Explanation explanation;
    explanation.addInput("lead_time", 2.0, "periods");
    explanation.setSource("lead_time", {util::verbatim("item.lead_time_days"),
                                        {util::MessageId::ExplainSourceDaysPerPeriod, {"7"}}});
    explanation.addResult("safety_stock", 12.5, "money/unit/yr", "z·sigma_p");
    explanation.addNote({util::MessageId::DistributionNegbinClass, {"lumpy", "40", "1.1"}});
    EXPECT_EQ(ui::explainNameTitle("lead_time"), QStringLiteral("Wiederbeschaffungszeit"));
    EXPECT_EQ(ui::explainNameTitle("a_name_added_later"), QStringLiteral("a_name_added_later"));
    EXPECT_EQ(ui::explainUnitText("money/unit/yr"), QStringLiteral("Geld/Einheit/J"));
    EXPECT_EQ(ui::explainSourceText(explanation.inputs.front().source),
              QStringLiteral("item.lead_time_days; umgerechnet: ÷ 7 Tage pro Planungsperiode"));
    const QString html = ui::explanationHtml(explanation, QStringLiteral("A-1"), QLocale(QLocale::German));
    for (const char* expected : {"Sicherheitsbestand", "safety_stock", "z·sigma_p", "12,50",
                                 "negbin: Bedarf klumpig, Varianz 40 &gt; 1.1 × Mittelwert (überdispers)"})
        EXPECT_TRUE(html.contains(QString::fromUtf8(expected))) << expected << "\n" << html.toStdString();
    EXPECT_FALSE(html.contains(QStringLiteral("lumpy"))) << html.toStdString();
}

// Every record type of the data dictionary reads in German: its title, its description and each
// field's description (the core's English is the source; core_text lists it for lupdate).
TEST(I18nTest, EveryRecordTypeAndFieldReadsInGerman) {
    ui::testing::ChosenLanguage german(QStringLiteral("de"));
    for (const auto& type : domain::recordTypes()) {
        EXPECT_NE(ui::recordTypeTitle(type), QString::fromStdString(type.title)) << type.name;
        EXPECT_NE(ui::recordTypeDescription(type), QString::fromStdString(type.description)) << type.name;
        for (const auto& field : type.fields)
            EXPECT_NE(ui::fieldDescription(field), QString::fromStdString(field.description)) << type.name << "." << field.name;
    }
}

// Every KPI's sample unit is in the table of translated units (a KPI added to the registry with a
// new unit fails here until it is).
TEST(I18nTest, EveryKpiSampleUnitIsTranslated) {
    ui::testing::ChosenLanguage german(QStringLiteral("de"));
    for (const auto& definition : kpi::kpiDefinitions())
        EXPECT_NE(ui::kpiSampleUnitText(definition), QString::fromStdString(definition.sampleUnit)) << definition.id;
}

// Core messages may have more arguments than QString::arg's overloads take, and may use one twice;
// still one pass: an argument's own "%2" stays as it is. Oracle: the sentence written out by hand.
TEST(I18nTest, ArgumentsFillInOnePassWhateverTheirNumber) {
    const util::Message band{util::MessageId::ExplainNoteBandCost, {"2", "100", "%2", "90.00", "100.00", "5.00"}};
    EXPECT_EQ(ui::coreText(band).toStdString(), "band 2 (from 100 at %2): EOQ 90.00, order 100.00, annual cost 5.00");
    // The cut-off note names its time twice, with one argument.
    const util::Message cutoff{util::MessageId::ReportNoteCutoff, {"15:00"}};
    EXPECT_EQ(ui::coreText(cutoff).toStdString(), util::englishText(cutoff));
    EXPECT_EQ(ui::coreText(cutoff).count(QStringLiteral("15:00")), 2);
}

// In the C locale (the command line's) the ui's formatting is the core's, digit for digit; in
// German the same values use a decimal comma and '.' grouping (CLDR de).
TEST(I18nTest, KpiNumbersFollowTheLocaleAndMatchTheCoreInC) {
    const QLocale c = QLocale::c();
    const QLocale german(QLocale::German, QLocale::Germany);
    const std::pair<kpi::Unit, double> samples[] = {
        {kpi::Unit::Ratio, 0.9734},   {kpi::Unit::Ratio, -0.007}, {kpi::Unit::Hours, 12.44},
        {kpi::Unit::Days, 1234.56},   {kpi::Unit::PerHour, 85.05}, {kpi::Unit::Turns, 6.1274},
        {kpi::Unit::Currency, 1234567.4}, {kpi::Unit::Currency, -150815.6}, {kpi::Unit::Currency, 0.3},
    };
    for (const auto& [unit, value] : samples) {
        EXPECT_EQ(ui::localeKpiValue(unit, value, c).toStdString(), kpi::formatKpiValue(unit, value)) << value;
        EXPECT_EQ(ui::localeKpiChange(unit, value, c).toStdString(), kpi::formatKpiChange(unit, value)) << value;
    }
    EXPECT_EQ(ui::localeKpiValue(kpi::Unit::Ratio, 0.9734, german), QStringLiteral("97,3 %"));
    EXPECT_EQ(ui::localeKpiValue(kpi::Unit::Currency, 1234567.4, german), QStringLiteral("1.234.567"));
    EXPECT_EQ(ui::localeKpiChange(kpi::Unit::Ratio, -0.007, german), QStringLiteral("-0,7 pp"));
    const auto day = domain::parseIsoDate("2026-12-07");
    ASSERT_TRUE(day);
    EXPECT_EQ(ui::localeDate(*day, c), QStringLiteral("2026-12-07"));
    EXPECT_EQ(ui::localeDate(*day, german), QStringLiteral("07.12.26"));
}
