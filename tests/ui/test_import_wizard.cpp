// The import wizard lists the problems of a bad CSV file, with the lines they are on.
#include "pages/import_context.h"
#include "pages/import_mapping_page.h"
#include "pages/import_validation_page.h"
#include "pages/import_wizard.h"
#include "pages/line_view_dialog.h"
#include "shell/workspace_session.h"
#include "tasks/task_runner.h"
#include "gui_test_support.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <map>

#include <gtest/gtest.h>

using namespace stocktower;
using ui::ImportValidationPage;
using ui::ImportWizard;

namespace {

using ui::testing::kGenerousWaitMs;

class ImportWizardTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("small.stdb"));
        ui::testing::makeSmallWorkspace(path.toStdString()).reset();
        ASSERT_TRUE(ui::testing::openAndWait(m_session, path));
    }

    QString writeCsv(const char* name, const QByteArray& text) {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        EXPECT_TRUE(ui::testing::writeFile(path, text));
        return path;
    }

    // Drives the wizard to the validation page and waits for the background check.
    void validate(ImportWizard& wizard, const QString& file, const QString& type) {
        wizard.setFile(file, type);
        wizard.show();
        ASSERT_EQ(wizard.currentId(), ImportWizard::SourcePage);
        ASSERT_TRUE(wizard.sourcePage()->isComplete());
        wizard.next();
        ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPage);
        ASSERT_TRUE(wizard.mappingPage()->isComplete());
        wizard.next();
        ASSERT_EQ(wizard.currentId(), ImportWizard::ValidationPage);
        ASSERT_TRUE(QTest::qWaitFor([&wizard] { return !wizard.validationPage()->isValidating(); }, kGenerousWaitMs));
        ASSERT_TRUE(wizard.validationPage()->isValidated());
    }

    QTemporaryDir m_dir;
    ui::TaskRunner m_tasks; // before the session, which runs its work on it
    ui::WorkspaceSession m_session{m_tasks};
};

TEST_F(ImportWizardTest, ListsTheProblemsOfABadFile) {
    const QString csv = writeCsv("demand.csv", "item,site,date,quantity\n"
                                               "SKU-A,DC1,2025-04-07,5\n"
                                               "NO-SUCH-ITEM,DC1,2025-04-07,3\n"
                                               "SKU-B,DC1,2025-04-08,abc\n"
                                               "SKU-B,DC1,2025-04-09,4\n");
    ImportWizard wizard(m_session, m_tasks);
    validate(wizard, csv, QStringLiteral("demand"));
    ASSERT_FALSE(HasFatalFailure());

    QTableWidget* problems = wizard.validationPage()->problemsTable();
    ASSERT_EQ(problems->rowCount(), 2);
    std::map<int, QString> fieldByLine;
    for (int row = 0; row < problems->rowCount(); ++row) {
        const int line = problems->item(row, ImportValidationPage::pLine)->text().toInt();
        fieldByLine[line] = problems->item(row, ImportValidationPage::pField)->text();
        EXPECT_FALSE(problems->item(row, ImportValidationPage::pMessage)->text().isEmpty());
    }
    ASSERT_EQ(fieldByLine.size(), 2u);
    EXPECT_EQ(fieldByLine.count(3), 1u); // the unknown item, on physical line 3
    EXPECT_EQ(fieldByLine[3], QStringLiteral("item"));
    EXPECT_EQ(fieldByLine.count(4), 1u); // the quantity that is not a number
    EXPECT_EQ(fieldByLine[4], QStringLiteral("quantity"));
    // Blocking errors: the Import (commit) button stays disabled.
    EXPECT_FALSE(wizard.validationPage()->isComplete());
    EXPECT_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());

    // The raw line behind a problem, with its neighbours.
    const QStringList lines = ui::LineViewDialog::readLines(csv, 2, 4);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[1], QStringLiteral("NO-SUCH-ITEM,DC1,2025-04-07,3"));
}

TEST_F(ImportWizardTest, ImportsAValidFileAndReloadsTheSession) {
    const QString csv = writeCsv("extra_items.csv", "SKU;Bezeichnung;Kosten\n"
                                                    "SKU-X;Spring washer M10;0,07\n"
                                                    "SKU-Y;Lock nut M10;0,11\n");
    bool reloaded = false;
    QObject::connect(&m_session, &ui::WorkspaceSession::dataChanged, [&reloaded] { reloaded = true; });
    ImportWizard wizard(m_session, m_tasks);
    wizard.setFile(csv, QStringLiteral("items"));
    wizard.show();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPage);
    auto* mapping = wizard.mappingPage();
    // The semicolon and the decimal comma are detected; "Bezeichnung" is mapped by hand.
    ASSERT_EQ(mapping->mappingTable()->rowCount(), 3);
    EXPECT_EQ(mapping->fieldForColumn(0), QStringLiteral("sku"));
    mapping->setFieldForColumn(1, QStringLiteral("description"));
    mapping->setFieldForColumn(2, QStringLiteral("unit_cost"));
    ASSERT_TRUE(mapping->isComplete());
    wizard.next();
    ASSERT_TRUE(QTest::qWaitFor([&wizard] { return !wizard.validationPage()->isValidating(); }, kGenerousWaitMs));
    ASSERT_TRUE(wizard.validationPage()->isValidated());
    EXPECT_EQ(wizard.validationPage()->problemsTable()->rowCount(), 0);
    ASSERT_TRUE(wizard.validationPage()->isComplete());

    wizard.next(); // the commit button: runs the import in the background
    ASSERT_EQ(wizard.currentId(), ImportWizard::ResultPage);
    ASSERT_TRUE(QTest::qWaitFor([&wizard] { return wizard.resultPage()->isComplete(); }, kGenerousWaitMs));
    ASSERT_TRUE(wizard.context().result.has_value());
    EXPECT_EQ(wizard.context().result->outcome, exchange::ImportResult::Outcome::Committed);
    EXPECT_EQ(wizard.context().result->rowsWritten, 2u);
    // The session re-reads its caches in the background, then tells the pages.
    EXPECT_TRUE(QTest::qWaitFor([&reloaded] { return reloaded; }, kGenerousWaitMs));
    EXPECT_EQ(m_session.db().queryInt("SELECT COUNT(*) FROM item"), 7);
    auto statement = m_session.db().prepare("SELECT unit_cost FROM item WHERE sku = 'SKU-X'");
    ASSERT_TRUE(statement.step());
    EXPECT_DOUBLE_EQ(statement.getDouble(0), 0.07);
}

} // namespace
