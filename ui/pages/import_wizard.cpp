#include "pages/import_wizard.h"

#include "help/guide.h"
#include "pages/import_context.h"
#include "pages/import_mapping_page.h"
#include "pages/import_validation_page.h"
#include "shell/settings.h"
#include "shell/workspace_session.h"
#include "tasks/progress_panel.h"
#include "tasks/task_runner.h"
#include "text/core_text.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stocktower::ui {

// ---------------------------------------------------------------- source page

ImportSourcePage::ImportSourcePage(ImportContext& context, QWidget* parent)
    : QWizardPage(parent), m_context(context), m_type(new QComboBox(this)),
      m_description(new QLabel(this)), m_file(new QLineEdit(this)) {
    setTitle(tr("Choose what to import"));
    setSubTitle(tr("Pick the kind of records the file holds and the CSV file itself."));

    for (const auto& type : domain::recordTypes())
        m_type->addItem(recordTypeTitle(type), QString::fromStdString(type.name));
    m_description->setWordWrap(true);
    m_description->setEnabled(false);
    m_file->setPlaceholderText(tr("Path of a .csv or .txt file"));
    m_file->setClearButtonEnabled(true);
    m_type->setToolTip(tr("Record type: what the file holds. Master data (sites, items, item-sites, locations, "
                          "on-hand) is updated by key; transactions are appended."));
    m_file->setToolTip(tr("File: a CSV or text file, one record per line with a header line."));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Record &type:"), m_type);
    form->addRow(QString(), m_description);
    form->addRow(tr("&File:"), fileRow);
    qobject_cast<QLabel*>(form->labelForField(fileRow))->setBuddy(m_file);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* hint = new QLabel(tr("The next page shows the first rows of the file and how its columns "
                               "match the fields. Nothing is written before the last step."), this);
    hint->setWordWrap(true);
    layout->addSpacing(12);
    layout->addWidget(hint);
    layout->addStretch(1);

    setRecordType(Settings().value(Settings::Key::ImportLastType).toString());
    connect(m_type, &QComboBox::currentIndexChanged, this, &ImportSourcePage::updateDescription);
    connect(m_file, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(browse, &QPushButton::clicked, this, &ImportSourcePage::browse);
    updateDescription();
}

void ImportSourcePage::updateDescription() {
    const auto* type = domain::findRecordType(m_type->currentData().toString().toStdString());
    if (!type) return;
    QStringList required;
    for (const auto& field : type->fields)
        if (field.required) required << QString::fromStdString(field.name);
    m_description->setText(tr("%1 Required columns: %2.")
                               .arg(recordTypeDescription(*type), required.join(QStringLiteral(", "))));
}

void ImportSourcePage::setRecordType(const QString& name) {
    const auto* type = domain::findRecordType(name.toStdString());
    if (!type) return;
    const int index = m_type->findData(QString::fromStdString(type->name));
    if (index >= 0) m_type->setCurrentIndex(index);
}

void ImportSourcePage::setFile(const QString& path) {
    m_file->setText(QDir::toNativeSeparators(path));
    // "demand_2025.csv" → demand, "Items.csv" → items: a good first guess the user can change.
    const QString base = QFileInfo(path).completeBaseName().toLower();
    for (const auto& type : domain::recordTypes()) {
        const QString name = QString::fromStdString(type.name);
        QString singular = name;
        if (singular.endsWith(QLatin1Char('s'))) singular.chop(1);
        if (base.startsWith(singular)) {
            setRecordType(name);
            break;
        }
    }
}

void ImportSourcePage::browse() {
    Settings settings;
    const QString start = m_file->text().isEmpty() ? settings.lastFolder() : QFileInfo(m_file->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a file to import"), start,
        tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (path.isEmpty()) return;
    settings.rememberFolderOf(path);
    setFile(path);
}

bool ImportSourcePage::isComplete() const {
    return QFileInfo(QDir::fromNativeSeparators(m_file->text().trimmed())).isFile();
}

bool ImportSourcePage::validatePage() {
    const QString name = m_type->currentData().toString();
    const auto* type = domain::findRecordType(name.toStdString());
    if (!type) return false;
    const std::string path = QDir::fromNativeSeparators(m_file->text().trimmed()).toStdString();
    // A different file or type starts the mapping afresh.
    if (m_context.options.path != path || m_context.options.type != type) {
        m_context.options = exchange::ImportOptions{};
        m_context.options.path = path;
        m_context.options.type = type;
        m_context.preview.reset();
    }
    Settings().setValue(Settings::Key::ImportLastType, name);
    return true;
}

// ---------------------------------------------------------------- result page

ImportResultPage::ImportResultPage(ImportContext& context, QWidget* parent)
    : QWizardPage(parent), m_context(context), m_progress(new ProgressPanel(this)),
      m_summary(new QLabel(this)), m_again(new QPushButton(tr("Import &anyway"), this)) {
    setTitle(tr("Importing"));
    setSubTitle(tr("All rows are written in one transaction: either the whole file or nothing."));
    setFinalPage(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_again, 0, Qt::AlignLeft);
    layout->addStretch(1);
    m_again->hide();
    connect(m_again, &QPushButton::clicked, this, [this] {
        m_context.options.force = true;
        startImport();
    });
}

void ImportResultPage::initializePage() { startImport(); }

void ImportResultPage::startImport() {
    m_done = false;
    if (wizard()) wizard()->setOption(QWizard::NoCancelButtonOnLastPage, false);
    m_again->hide();
    m_context.result.reset();
    m_summary->setText(tr("Importing %1…").arg(QFileInfo(QString::fromStdString(m_context.options.path)).fileName()));

    auto options = m_context.options;
    options.validateOnly = false;
    const std::string workspacePath = m_context.session.workspace().path();
    auto result = std::make_shared<exchange::ImportResult>();
    m_task = m_context.tasks.run(tr("Importing %1").arg(recordTypeTitle(*options.type)),
                                 [options, workspacePath, result](util::Progress& progress) {
                                     // The worker's own connection: never the GUI thread's.
                                     auto workspace = store::Workspace::open(workspacePath);
                                     *result = exchange::runImport(*workspace, options, progress);
                                 });
    // Reload the session even if the wizard is gone by the time the import commits.
    WorkspaceSession* session = &m_context.session;
    connect(m_task, &Task::succeeded, session, [session, result] {
        if (result->outcome == exchange::ImportResult::Outcome::Committed) session->reload();
    });
    m_progress->track(m_task);
    connect(m_task, &Task::succeeded, this, [this, result] {
        m_context.result = *result;
        showResult();
    });
    connect(m_task, &Task::failed, this, [this](const QString& message) {
        m_summary->setText(tr("The import failed: %1\nNothing was written.").arg(message));
    });
    connect(m_task, &Task::cancelled, this, [this] {
        m_summary->setText(tr("The import was cancelled. Nothing was written."));
    });
    connect(m_task, &Task::finished, this, [this] {
        m_task = nullptr;
        m_done = true;
        // Nothing is left to cancel: Finish is the only way on.
        if (wizard()) wizard()->setOption(QWizard::NoCancelButtonOnLastPage, true);
        Q_EMIT completeChanged();
        Q_EMIT importFinished(m_context.result &&
                              m_context.result->outcome == exchange::ImportResult::Outcome::Committed);
    });
    Q_EMIT completeChanged();
}

void ImportResultPage::showResult() {
    const auto& result = *m_context.result;
    const QLocale locale;
    using Outcome = exchange::ImportResult::Outcome;
    switch (result.outcome) {
    case Outcome::Committed:
        setTitle(tr("Import complete"));
        m_summary->setText(
            tr("Imported %1 from %2: read %3 rows, wrote %4.")
                .arg(recordTypeTitle(*m_context.options.type),
                     QFileInfo(QString::fromStdString(m_context.options.path)).fileName(),
                     locale.toString(static_cast<qulonglong>(result.rowsRead)),
                     locale.toString(static_cast<qulonglong>(result.rowsWritten))) +
            (result.rowsSkipped > 0
                 ? QLatin1Char(' ') + tr("%1 rows were already present from earlier imports and were left as they were.")
                                          .arg(locale.toString(static_cast<qulonglong>(result.rowsSkipped)))
                 : QString()) +
            (result.warningCount > 0
                 ? QLatin1Char(' ') + tr("Warnings noted in the import log: %1.")
                                          .arg(locale.toString(static_cast<qulonglong>(result.warningCount)))
                 : QString()));
        break;
    case Outcome::AlreadyImported:
        setTitle(tr("Already imported"));
        m_summary->setText(tr("This very file was imported into this workspace before, so nothing "
                              "was written. Import it anyway if that is what you want."));
        m_again->show();
        break;
    case Outcome::Cancelled:
        setTitle(tr("Import cancelled"));
        m_summary->setText(tr("The import was cancelled. Nothing was written."));
        break;
    default:
        setTitle(tr("Import rejected"));
        // The counts in the user's language (result.message is the command line's English summary).
        m_summary->setText(tr("Errors in the file: %1, warnings: %2. Nothing was written.")
                               .arg(locale.toString(static_cast<qulonglong>(result.errorCount)),
                                    locale.toString(static_cast<qulonglong>(result.warningCount))));
        break;
    }
}

bool ImportResultPage::isComplete() const { return m_done; }

void ImportResultPage::cancelImport() {
    if (m_task) m_task->cancel();
}

// ---------------------------------------------------------------- wizard

ImportWizard::ImportWizard(WorkspaceSession& session, TaskRunner& tasks, QWidget* parent)
    : QWizard(parent), m_context(std::make_unique<ImportContext>(ImportContext{session, tasks, {}, {}, {}, {}})) {
    setWindowTitle(tr("Import CSV file"));
    setGuidePage(this, QStringLiteral("data-exchange#import"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    m_source = new ImportSourcePage(*m_context, this);
    m_mapping = new ImportMappingPage(*m_context, this);
    m_validation = new ImportValidationPage(*m_context, this);
    m_result = new ImportResultPage(*m_context, this);
    setPage(SourcePage, m_source);
    setPage(MappingPage, m_mapping);
    setPage(ValidationPage, m_validation);
    setPage(ResultPage, m_result);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    connect(m_result, &ImportResultPage::importFinished, this, &ImportWizard::importFinished);
    resize(1100, 760);
}

ImportWizard::~ImportWizard() {
    // Tasks that still run hold only their own copies; cancel so they roll back promptly.
    m_validation->cancelValidation();
    m_result->cancelImport();
}

void ImportWizard::setFile(const QString& path, const QString& recordType) {
    m_source->setFile(path);
    if (!recordType.isEmpty()) m_source->setRecordType(recordType);
}

void ImportWizard::reject() {
    m_validation->cancelValidation();
    m_result->cancelImport();
    QWizard::reject();
}

} // namespace stocktower::ui
