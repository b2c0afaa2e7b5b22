#include "pages/import_validation_page.h"

#include "pages/import_context.h"
#include "pages/line_view_dialog.h"
#include "shell/table_style.h"
#include "shell/workspace_session.h"
#include "tasks/progress_panel.h"
#include "tasks/task_runner.h"
#include "text/core_text.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stocktower::ui {

namespace {

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidgetItem* numberCell(std::size_t value) {
    // 0 means "the file as a whole" / "the whole row": shown empty rather than as a fake position.
    auto* item = cell(value == 0 ? QString() : QString::number(value));
    item->setData(Qt::UserRole, static_cast<qulonglong>(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ImportValidationPage::ImportValidationPage(ImportContext& context, QWidget* parent)
    : QWizardPage(parent), m_context(context), m_progress(new ProgressPanel(this)),
      m_summary(new QLabel(this)), m_problems(new QTableWidget(this)),
      m_again(new QPushButton(tr("&Check again"), this)) {
    setTitle(tr("Check every row"));
    setSubTitle(tr("Nothing is written yet. Rows with errors block the import; warnings do not."));
    setCommitPage(true);

    m_summary->setWordWrap(true);
    m_problems->setColumnCount(pCount);
    m_problems->setHorizontalHeaderLabels(
        {tr("Severity"), tr("Line"), tr("Column"), tr("Field"), tr("Value"), tr("Problem")});
    m_problems->verticalHeader()->hide();
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setSelectionMode(QAbstractItemView::SingleSelection);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setAlternatingRowColors(true);
    m_problems->setWordWrap(false);
    m_problems->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setToolTip(tr("Double-click a problem to see its line in the file"));
    m_problems->setAccessibleName(tr("Problems found in the file"));
    useCompactRows(m_problems);
    m_again->setToolTip(tr("Read the file again, for example after correcting it"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_again);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addLayout(top);
    layout->addWidget(m_problems, 1);

    connect(m_again, &QPushButton::clicked, this, &ImportValidationPage::startValidation);
    connect(m_problems, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { showProblemLine(row); });
    // The background integrity check may turn the workspace read-only while the wizard is open.
    connect(&m_context.session, &WorkspaceSession::readOnlyChanged, this, [this] {
        if (m_context.validation) showValidation();
        Q_EMIT completeChanged();
    });
}

void ImportValidationPage::initializePage() { startValidation(); }

void ImportValidationPage::cleanupPage() { cancelValidation(); }

bool ImportValidationPage::isValidated() const { return m_context.validation.has_value(); }

void ImportValidationPage::cancelValidation() {
    if (m_task) m_task->cancel();
}

void ImportValidationPage::startValidation() {
    if (m_task) {
        // A new check supersedes the running one; its result is dropped.
        disconnect(m_task, nullptr, this, nullptr);
        m_task->cancel();
        m_task = nullptr;
    }
    m_context.validation.reset();
    m_problems->setRowCount(0);
    m_problems->show();
    m_summary->setText(tr("Checking the file…"));
    m_again->setEnabled(false);
    Q_EMIT completeChanged();

    auto options = m_context.options;
    options.validateOnly = true;
    const std::string workspacePath = m_context.session.workspace().path();
    const bool readOnly = m_context.session.isReadOnly();
    auto result = std::make_shared<exchange::ImportResult>();
    m_task = m_context.tasks.run(
        tr("Checking %1").arg(QFileInfo(QString::fromStdString(options.path)).fileName()),
        [options, workspacePath, readOnly, result](util::Progress& progress) {
            // The worker's own connection: never the GUI thread's.
            auto workspace = store::Workspace::open(
                workspacePath, readOnly ? store::Workspace::Access::ReadOnly : store::Workspace::Access::ReadWrite);
            *result = exchange::runImport(*workspace, options, progress);
        });
    m_progress->track(m_task);
    connect(m_task, &Task::succeeded, this, [this, result] {
        m_context.validation = *result;
        showValidation();
    });
    connect(m_task, &Task::failed, this, [this](const QString& message) {
        m_summary->setText(QStringLiteral("<span style='color:#b02020'>%1</span>")
                               .arg(tr("The file could not be checked: %1").arg(message.toHtmlEscaped())));
    });
    connect(m_task, &Task::cancelled, this,
            [this] { m_summary->setText(tr("The check was cancelled. Press \"Check again\" to restart it.")); });
    connect(m_task, &Task::finished, this, [this] {
        m_task = nullptr;
        m_again->setEnabled(true);
        Q_EMIT completeChanged();
        Q_EMIT validationFinished();
    });
}

void ImportValidationPage::showValidation() {
    const auto& result = *m_context.validation;
    const QLocale locale;

    m_problems->setRowCount(static_cast<int>(result.problems.size()));
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int r = 0; r < static_cast<int>(result.problems.size()); ++r) {
        const auto& problem = result.problems[static_cast<std::size_t>(r)];
        auto* severity = cell(severityTitle(problem.severity));
        severity->setIcon(problem.severity == exchange::Severity::Error ? errorIcon : warningIcon);
        m_problems->setItem(r, pSeverity, severity);
        m_problems->setItem(r, pLine, numberCell(problem.line));
        m_problems->setItem(r, pColumn, numberCell(problem.column));
        m_problems->setItem(r, pField, cell(QString::fromStdString(problem.field)));
        m_problems->setItem(r, pValue, cell(QString::fromStdString(problem.value)));
        auto* message = cell(coreText(problem.text));
        message->setToolTip(message->text());
        m_problems->setItem(r, pMessage, message);
    }
    m_problems->resizeColumnsToContents();
    m_problems->setColumnWidth(pValue, std::min(m_problems->columnWidth(pValue), 220));

    const QString rows = locale.toString(static_cast<qulonglong>(result.rowsRead));
    QString text;
    if (result.errorCount > 0) {
        text = result.rowsRead == 0
                   ? tr("The file cannot be read as it is set up: errors %1, warnings %2. Settings such as the "
                        "delimiter, the date format and the column mapping are on the previous page.")
                         .arg(static_cast<qulonglong>(result.errorCount))
                         .arg(static_cast<qulonglong>(result.warningCount))
                   : tr("%1 rows checked: errors %2, warnings %3. Correct the file and press \"Check again\"; "
                        "nothing can be imported while errors remain. Double-click a problem to see its line.")
                         .arg(rows)
                         .arg(static_cast<qulonglong>(result.errorCount))
                         .arg(static_cast<qulonglong>(result.warningCount));
        const std::size_t shown = result.problems.size();
        if (shown < result.errorCount + result.warningCount)
            text += QLatin1Char(' ') + tr("Only the first %1 problems are listed.").arg(static_cast<qulonglong>(shown));
        text = QStringLiteral("<span style='color:#b02020'>%1</span>").arg(text.toHtmlEscaped());
    } else if (m_context.session.isReadOnly()) {
        text = tr("All %1 rows are valid, but this workspace is read-only: %2")
                   .arg(rows, m_context.session.readOnlyReason());
    } else {
        text = result.warningCount > 0
                   ? tr("All %1 rows can be imported (warnings: %2). Press Import to write them.")
                         .arg(rows)
                         .arg(static_cast<qulonglong>(result.warningCount))
                   : tr("All %1 rows are valid. Press Import to write them.").arg(rows);
        if (result.warningCount == 0) text = QStringLiteral("<span style='color:#1b5e20'>✔ %1</span>").arg(text.toHtmlEscaped());
    }
    m_summary->setText(text);
    m_problems->setVisible(!result.problems.empty());
}

bool ImportValidationPage::isComplete() const {
    if (m_task || !m_context.validation || m_context.session.isReadOnly()) return false;
    const auto& result = *m_context.validation;
    return result.errorCount == 0 && result.outcome != exchange::ImportResult::Outcome::AlreadyImported &&
           result.outcome != exchange::ImportResult::Outcome::Cancelled &&
           result.outcome != exchange::ImportResult::Outcome::Rejected;
}

void ImportValidationPage::showProblemLine(int row) {
    if (row < 0 || row >= m_problems->rowCount() || !m_context.validation) return;
    const auto line = m_problems->item(row, pLine)->data(Qt::UserRole).toULongLong();
    if (line == 0) return; // a problem of the whole file has no line to show
    const auto& problem = m_context.validation->problems[static_cast<std::size_t>(row)];
    auto* dialog = new LineViewDialog(QString::fromStdString(m_context.options.path), static_cast<qint64>(line),
                                      QString::fromStdString(exchange::formatProblem(problem)), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // not modal: the user may compare several lines
}

} // namespace stocktower::ui
