// The CSV import wizard: source → preview and column mapping → validation → import and summary.
#pragma once

#include <QWizard>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace stocktower::ui {

struct ImportContext;
class ImportMappingPage;
class ImportValidationPage;
class ProgressPanel;
class Task;
class TaskRunner;
class WorkspaceSession;

class ImportSourcePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportSourcePage(ImportContext& context, QWidget* parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;

    void setFile(const QString& path);
    void setRecordType(const QString& name);
    [[nodiscard]] QComboBox* typeCombo() const { return m_type; }
    [[nodiscard]] QLineEdit* fileEdit() const { return m_file; }

private:
    void browse();
    void updateDescription();

    ImportContext& m_context;
    QComboBox* m_type;
    QLabel* m_description;
    QLineEdit* m_file;
};

class ImportResultPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportResultPage(ImportContext& context, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    [[nodiscard]] bool isRunning() const { return m_task != nullptr; }
    void cancelImport();

Q_SIGNALS:
    void importFinished(bool committed);

private:
    void startImport();
    void showResult();

    ImportContext& m_context;
    ProgressPanel* m_progress;
    QLabel* m_summary;
    QPushButton* m_again;
    Task* m_task = nullptr;
    bool m_done = false;
};

class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { SourcePage, MappingPage, ValidationPage, ResultPage };

    ImportWizard(WorkspaceSession& session, TaskRunner& tasks, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // Preselects a file (and a record type, else guessed from the file name).
    void setFile(const QString& path, const QString& recordType = {});

    [[nodiscard]] ImportSourcePage* sourcePage() const { return m_source; }
    [[nodiscard]] ImportMappingPage* mappingPage() const { return m_mapping; }
    [[nodiscard]] ImportValidationPage* validationPage() const { return m_validation; }
    [[nodiscard]] ImportResultPage* resultPage() const { return m_result; }
    [[nodiscard]] const ImportContext& context() const { return *m_context; }

    void reject() override;

Q_SIGNALS:
    void importFinished(bool committed);

private:
    std::unique_ptr<ImportContext> m_context;
    ImportSourcePage* m_source;
    ImportMappingPage* m_mapping;
    ImportValidationPage* m_validation;
    ImportResultPage* m_result;
};

} // namespace stocktower::ui
