// Import wizard page 3: checks every row in the background and lists the problems found.
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace stocktower::ui {

struct ImportContext;
class ProgressPanel;
class Task;

class ImportValidationPage : public QWizardPage {
    Q_OBJECT
public:
    enum ProblemColumn { pSeverity, pLine, pColumn, pField, pValue, pMessage, pCount };

    explicit ImportValidationPage(ImportContext& context, QWidget* parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    [[nodiscard]] QTableWidget* problemsTable() const { return m_problems; }
    [[nodiscard]] bool isValidating() const { return m_task != nullptr; }
    [[nodiscard]] bool isValidated() const;
    void startValidation();
    void cancelValidation();
    // Opens the raw-line viewer for a row of the problems table.
    void showProblemLine(int row);

Q_SIGNALS:
    void validationFinished();

private:
    void showValidation();

    ImportContext& m_context;
    ProgressPanel* m_progress;
    QLabel* m_summary;
    QTableWidget* m_problems;
    QPushButton* m_again;
    Task* m_task = nullptr;
};

} // namespace stocktower::ui
