#include "pages/data_exchange_page.h"

#include "domain/record_types.h"
#include "help/guide.h"
#include "shell/table_style.h"
#include "shell/workspace_session.h"
#include "store/import_log.h"
#include "text/core_text.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stocktower::ui {

namespace {

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment);
    return item;
}

QTableWidgetItem* numberCell(qint64 value) {
    auto* item = cell(QLocale().toString(value), Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, value);
    return item;
}

QString resultTitle(const std::string& result) {
    if (result == "committed") return DataExchangePage::tr("Imported");
    if (result == "rejected") return DataExchangePage::tr("Rejected");
    if (result == "skipped") return DataExchangePage::tr("Skipped (already imported)");
    if (result == "cancelled") return DataExchangePage::tr("Cancelled");
    if (result == "failed") return DataExchangePage::tr("Failed");
    if (result == "running") return DataExchangePage::tr("Running");
    return QString::fromStdString(result);
}

QString localTime(const std::string& isoUtc) {
    QDateTime time = QDateTime::fromString(QString::fromStdString(isoUtc), Qt::ISODate);
    if (!time.isValid()) return QString::fromStdString(isoUtc);
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString typeTitle(const std::string& name) {
    const auto* type = domain::findRecordType(name);
    return type ? recordTypeTitle(*type) : QString::fromStdString(name);
}

} // namespace

DataExchangePage::DataExchangePage(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_import(new QPushButton(tr("&Import…"), this)),
      m_export(new QPushButton(tr("&Export…"), this)), m_logEmpty(new QLabel(this)),
      m_log(new QTableWidget(this)), m_type(new QComboBox(this)), m_typeDescription(new QLabel(this)),
      m_fields(new QTableWidget(this)) {
    setGuidePage(this, QStringLiteral("data-exchange"));
    m_import->setIcon(QIcon(QStringLiteral(":/icons/import.svg")));
    m_export->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    m_import->setToolTip(tr("Import a CSV file into this workspace"));
    m_export->setToolTip(tr("Export records of this workspace to a CSV file"));

    // Import log.
    auto* logBox = new QGroupBox(tr("Import log"));
    auto* logLayout = new QVBoxLayout(logBox);
    auto* buttons = new QHBoxLayout;
    auto* logHint = new QLabel(tr("Every import attempt is recorded, including rejected ones. "
                                  "Nothing is written unless the whole file is valid."));
    logHint->setWordWrap(true);
    buttons->addWidget(logHint, 1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    logLayout->addLayout(buttons);
    m_log->setColumnCount(7);
    m_log->setHorizontalHeaderLabels({tr("Time"), tr("File"), tr("Record type"), tr("Rows read"),
                                      tr("Rows written"), tr("Result"), tr("Problems")});
    m_log->verticalHeader()->hide();
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->setAlternatingRowColors(true);
    m_log->setWordWrap(false);
    m_log->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_log->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_log->setAccessibleName(tr("Import log"));
    useCompactRows(m_log);
    m_logEmpty->setEnabled(false);
    m_logEmpty->setAlignment(Qt::AlignCenter);
    logLayout->addWidget(m_logEmpty);
    logLayout->addWidget(m_log, 1);

    // Templates.
    auto* templateBox = new QGroupBox(tr("File layouts"));
    auto* templateLayout = new QVBoxLayout(templateBox);
    auto* typeRow = new QHBoxLayout;
    auto* typeLabel = new QLabel(tr("Record &type:"));
    typeLabel->setBuddy(m_type);
    for (const auto& type : domain::recordTypes())
        m_type->addItem(recordTypeTitle(type), QString::fromStdString(type.name));
    auto* copyHeader = new QPushButton(tr("&Copy header line"));
    copyHeader->setToolTip(tr("Copy the column names as a CSV header line to the clipboard"));
    typeRow->addWidget(typeLabel);
    typeRow->addWidget(m_type);
    typeRow->addWidget(m_typeDescription, 1);
    typeRow->addWidget(copyHeader);
    m_typeDescription->setWordWrap(true);
    templateLayout->addLayout(typeRow);
    m_fields->setColumnCount(6);
    m_fields->setHorizontalHeaderLabels({tr("Column"), tr("Type"), tr("Required"), tr("Description"),
                                         tr("Example"), tr("Also accepted")});
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->setAlternatingRowColors(true);
    m_fields->setWordWrap(false);
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_fields->setAccessibleName(tr("Columns of the record type"));
    useCompactRows(m_fields);
    templateLayout->addWidget(m_fields, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(logBox);
    splitter->addWidget(templateBox);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({400, 500});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    showRecordType(QStringLiteral("items"));
    connect(m_import, &QPushButton::clicked, this,
            [this] { Q_EMIT importRequested(m_type->currentData().toString()); });
    connect(m_export, &QPushButton::clicked, this,
            [this] { Q_EMIT exportRequested(m_type->currentData().toString()); });
    connect(m_type, &QComboBox::currentIndexChanged, this, &DataExchangePage::showTemplate);
    connect(copyHeader, &QPushButton::clicked, this, [this] {
        const auto* type = domain::findRecordType(m_type->currentData().toString().toStdString());
        if (!type) return;
        QStringList names;
        for (const auto& field : type->fields) names << QString::fromStdString(field.name);
        QApplication::clipboard()->setText(names.join(QLatin1Char(',')));
    });
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &DataExchangePage::reloadLog);
    connect(&m_session, &WorkspaceSession::dataChanged, this, &DataExchangePage::reloadLog);
    connect(&m_session, &WorkspaceSession::readOnlyChanged, this, &DataExchangePage::updateEnabled);
    showTemplate();
    reloadLog();
}

void DataExchangePage::showRecordType(const QString& name) {
    const int index = m_type->findData(name);
    if (index >= 0) m_type->setCurrentIndex(index);
}

void DataExchangePage::updateEnabled() {
    const bool open = m_session.isOpen();
    m_import->setEnabled(open && !m_session.isReadOnly());
    m_export->setEnabled(open);
    if (open && m_session.isReadOnly())
        m_import->setToolTip(tr("This workspace is read-only: %1").arg(m_session.readOnlyReason()));
    else
        m_import->setToolTip(tr("Import a CSV file into this workspace"));
}

void DataExchangePage::reloadLog() {
    updateEnabled();
    m_log->setSortingEnabled(false);
    m_log->setRowCount(0);
    if (!m_session.isOpen()) {
        m_logEmpty->setText(tr("No workspace open."));
        m_logEmpty->show();
        return;
    }
    std::vector<store::ImportLogRow> rows;
    try {
        rows = store::loadImportLog(m_session.db());
    } catch (const std::exception& error) {
        m_logEmpty->setText(tr("Cannot read the import log: %1").arg(QString::fromUtf8(error.what())));
        m_logEmpty->show();
        return;
    }
    m_logEmpty->setVisible(rows.empty());
    m_logEmpty->setText(tr("Nothing has been imported into this workspace yet."));
    m_log->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const auto& row = rows[static_cast<std::size_t>(r)];
        auto* time = cell(localTime(row.startedAt));
        time->setData(Qt::UserRole, QString::fromStdString(row.startedAt));
        time->setToolTip(QString::fromStdString(row.startedAt));
        m_log->setItem(r, 0, time);
        m_log->setItem(r, 1, cell(QString::fromStdString(row.fileName)));
        m_log->item(r, 1)->setToolTip(QString::fromStdString(row.fileName));
        m_log->setItem(r, 2, cell(typeTitle(row.recordType)));
        m_log->setItem(r, 3, numberCell(row.rowsRead));
        m_log->setItem(r, 4, numberCell(row.rowsWritten));
        auto* result = cell(resultTitle(row.result));
        if (row.result == "rejected" || row.result == "failed")
            result->setForeground(QColor(0xb0, 0x20, 0x20));
        m_log->setItem(r, 5, result);
        m_log->setItem(r, 6, numberCell(row.problemCount));
    }
}

void DataExchangePage::showTemplate() {
    const auto* type = domain::findRecordType(m_type->currentData().toString().toStdString());
    m_fields->setRowCount(0);
    if (!type) return;
    m_typeDescription->setText(recordTypeDescription(*type));
    m_fields->setRowCount(static_cast<int>(type->fields.size()));
    for (int r = 0; r < static_cast<int>(type->fields.size()); ++r) {
        const auto& field = type->fields[static_cast<std::size_t>(r)];
        auto* name = cell(QString::fromStdString(field.name));
        QFont font = name->font();
        font.setBold(field.required);
        name->setFont(font);
        m_fields->setItem(r, 0, name);
        auto* typeCell = cell(fieldTypeTitle(field.type));
        if (!field.choices.empty()) {
            // The description names the choices too; the tooltip keeps the column narrow.
            QStringList choices;
            for (const auto& choice : field.choices) choices << QString::fromStdString(choice);
            typeCell->setToolTip(tr("%1: %2").arg(typeCell->text(), choices.join(QStringLiteral(", "))));
        }
        m_fields->setItem(r, 1, typeCell);
        m_fields->setItem(r, 2, cell(field.key ? (field.required ? tr("yes (key)") : tr("no (key)"))
                                               : (field.required ? tr("yes") : QString())));
        m_fields->setItem(r, 3, cell(fieldDescription(field)));
        m_fields->item(r, 3)->setToolTip(fieldDescription(field));
        m_fields->setItem(r, 4, cell(QString::fromStdString(field.example)));
        QStringList synonyms;
        for (const auto& synonym : field.synonyms) synonyms << QString::fromStdString(synonym);
        m_fields->setItem(r, 5, cell(synonyms.join(QStringLiteral(", "))));
    }
}

} // namespace stocktower::ui
