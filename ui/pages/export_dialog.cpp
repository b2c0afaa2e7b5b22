#include "pages/export_dialog.h"

#include "exchange/exporter.h"
#include "help/guide.h"
#include "shell/settings.h"
#include "shell/workspace_session.h"
#include "tasks/task_runner.h"
#include "text/core_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace stocktower::ui {

Task* startExport(TaskRunner& tasks, WorkspaceSession& session, const ExportRequest& request,
                  std::shared_ptr<std::uint64_t> rowsWritten) {
    // Opened here, used only by the worker: one connection per thread.
    std::shared_ptr<store::Connection> connection = session.workspace().openConnection(true);
    const domain::RecordType* type = request.type;
    const std::string path = request.path.toStdString();
    const auto dialect = request.dialect;
    return tasks.run(QCoreApplication::translate("stocktower::ui::ExportDialog", "Exporting %1")
                         .arg(recordTypeTitle(*type)),
                     [connection, type, path, dialect, rowsWritten](util::Progress& progress) {
                         *rowsWritten = exchange::exportRecords(*connection, *type, path, dialect, progress);
                     });
}

ExportDialog::ExportDialog(const QString& recordType, QWidget* parent)
    : QDialog(parent), m_type(new QComboBox(this)), m_file(new QLineEdit(this)),
      m_dialect(new QComboBox(this)), m_bom(new QCheckBox(this)) {
    setGuidePage(this, QStringLiteral("data-exchange#export"));
    setWindowTitle(tr("Export to CSV"));
    Settings settings;
    for (const auto& type : domain::recordTypes())
        m_type->addItem(recordTypeTitle(type), QString::fromStdString(type.name));
    const QString wanted = recordType.isEmpty() ? settings.value(Settings::Key::ExportLastType).toString() : recordType;
    m_type->setCurrentIndex(std::max(0, m_type->findData(wanted)));

    m_dialect->addItem(tr("Standard: comma-separated, decimal point"));
    m_dialect->addItem(tr("European: semicolon-separated, decimal comma"));
    m_dialect->setCurrentIndex(std::clamp(settings.value(Settings::Key::ExportLastDialect).toInt(), 0, 1));
    m_bom->setText(tr("Mark the file as UTF-8 for Excel (byte order mark)"));
    m_bom->setChecked(true);
    m_type->setToolTip(tr("Record type: which records to write, with the same columns as the import templates."));
    m_dialect->setToolTip(tr("Layout: standard is comma-separated with a decimal point; European is "
                             "semicolon-separated with a decimal comma, as spreadsheets in most of Europe expect."));
    m_bom->setToolTip(tr("Byte order mark: three bytes at the start that tell Excel the file is UTF-8, so "
                         "accented names read right."));

    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_file->setMinimumWidth(380);

    auto* form = new QFormLayout;
    form->addRow(tr("Record &type:"), m_type);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Layout:"), m_dialect);
    form->addRow(QString(), m_bom);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ExportDialog::suggestFileName);
    connect(m_file, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_file->text().trimmed().isEmpty());
    });
    suggestFileName();
}

void ExportDialog::suggestFileName() {
    // Keep the folder the user chose; follow the record type in the name.
    const QString folder = m_file->text().isEmpty() ? Settings().lastFolder()
                                                    : QFileInfo(m_file->text()).absolutePath();
    setPath(QDir(folder).filePath(m_type->currentData().toString() + QStringLiteral(".csv")));
}

void ExportDialog::setPath(const QString& path) { m_file->setText(QDir::toNativeSeparators(path)); }

void ExportDialog::browse() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_file->text(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) setPath(path);
}

ExportRequest ExportDialog::request() const {
    ExportRequest request;
    request.type = domain::findRecordType(m_type->currentData().toString().toStdString());
    request.path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (m_dialect->currentIndex() == 1) {
        request.dialect.delimiter = ';';
        request.dialect.decimalMark = ',';
    }
    request.dialect.byteOrderMark = m_bom->isChecked();
    return request;
}

void ExportDialog::accept() {
    const auto wanted = request();
    if (!wanted.type || wanted.path.isEmpty()) return;
    const QFileInfo target(wanted.path);
    if (!target.absoluteDir().exists()) {
        QMessageBox::warning(this, windowTitle(), tr("The folder %1 does not exist.").arg(target.absolutePath()));
        return;
    }
    if (target.exists() &&
        QMessageBox::question(this, windowTitle(), tr("%1 exists already. Replace it?").arg(target.fileName())) !=
            QMessageBox::Yes)
        return;
    Settings settings;
    settings.setValue(Settings::Key::ExportLastType, m_type->currentData());
    settings.setValue(Settings::Key::ExportLastDialect, m_dialect->currentIndex());
    settings.rememberFolderOf(wanted.path);
    QDialog::accept();
}

} // namespace stocktower::ui
