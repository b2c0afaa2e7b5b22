#include "pages/import_mapping_page.h"

#include "pages/import_context.h"
#include "shell/table_style.h"
#include "text/core_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace stocktower::ui {

namespace {

enum MappingColumn { mHeader, mField, mHow, mExample, mCount };

QString howTitle(exchange::ColumnMatch::How how) {
    using How = exchange::ColumnMatch::How;
    switch (how) {
    case How::Exact: return ImportMappingPage::tr("same name");
    case How::Synonym: return ImportMappingPage::tr("known synonym");
    case How::User: return ImportMappingPage::tr("chosen by you");
    case How::Unknown: return ImportMappingPage::tr("not recognised");
    case How::Ignored: return ImportMappingPage::tr("ignored");
    }
    return {};
}

QString delimiterName(char delimiter) {
    switch (delimiter) {
    case ',': return ImportMappingPage::tr("comma");
    case ';': return ImportMappingPage::tr("semicolon");
    case '\t': return ImportMappingPage::tr("tab");
    case '|': return ImportMappingPage::tr("vertical bar");
    default: return QString(QLatin1Char(delimiter));
    }
}

QString encodingName(exchange::TextEncoding encoding) {
    return encoding == exchange::TextEncoding::Cp1252 ? QStringLiteral("Windows-1252")
                                                      : QStringLiteral("UTF-8");
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportContext& context, QWidget* parent)
    : QWizardPage(parent), m_context(context), m_delimiter(new QComboBox(this)),
      m_decimal(new QComboBox(this)), m_encoding(new QComboBox(this)), m_dateFormat(new QComboBox(this)),
      m_replace(new QCheckBox(this)), m_detected(new QLabel(this)), m_preview(new QTableWidget(this)),
      m_mapping(new QTableWidget(this)), m_status(new QLabel(this)) {
    setTitle(tr("Check the file layout"));
    setSubTitle(tr("The first rows as read with these settings, and the field each column goes to."));

    m_delimiter->addItem(tr("Detect"), 0);
    m_delimiter->addItem(tr("Comma ( , )"), int{','});
    m_delimiter->addItem(tr("Semicolon ( ; )"), int{';'});
    m_delimiter->addItem(tr("Tab"), int{'\t'});
    m_delimiter->addItem(tr("Vertical bar ( | )"), int{'|'});
    m_decimal->addItem(tr("Detect"), 0);
    m_decimal->addItem(tr("Point ( 1.5 )"), int{'.'});
    m_decimal->addItem(tr("Comma ( 1,5 )"), int{','});
    m_encoding->addItem(tr("Detect"), static_cast<int>(exchange::TextEncoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), static_cast<int>(exchange::TextEncoding::Utf8));
    m_encoding->addItem(tr("Windows-1252 (Western European)"), static_cast<int>(exchange::TextEncoding::Cp1252));
    m_dateFormat->addItem(tr("Detect"), -1);
    for (const auto format : exchange::kAllDateFormats)
        m_dateFormat->addItem(QString::fromUtf8(exchange::dateFormatName(format).data(),
                                                static_cast<qsizetype>(exchange::dateFormatName(format).size())),
                              static_cast<int>(format));

    m_delimiter->setToolTip(tr("Delimiter: the character between fields. Detect reads it from the first lines (a "
                               "first line sep=; is honoured)."));
    m_decimal->setToolTip(tr("Decimal mark: what separates whole and fractional parts of numbers in the file; "
                             "Detect finds a decimal comma in ;-separated files."));
    m_encoding->setToolTip(tr("Encoding: how the file's characters are stored. Detect takes UTF-8 (with or "
                              "without byte order mark) and falls back to Windows-1252."));
    m_dateFormat->setToolTip(tr("Date format: how dates are written in the file. Detect refuses a column whose "
                                "dates fit both DD/MM and MM/DD: choose one then."));
    auto* dialect = new QHBoxLayout;
    auto addCombo = [this, dialect](const QString& text, QComboBox* combo) {
        auto* label = new QLabel(text, this);
        label->setBuddy(combo);
        dialect->addWidget(label);
        dialect->addWidget(combo);
        dialect->addSpacing(10);
    };
    addCombo(tr("&Delimiter:"), m_delimiter);
    addCombo(tr("Decimal &mark:"), m_decimal);
    addCombo(tr("&Encoding:"), m_encoding);
    addCombo(tr("Date &format:"), m_dateFormat);
    dialect->addStretch(1);
    // On a line of its own: a long detection note must not widen the wizard past the screen.
    m_detected->setWordWrap(true);

    auto* previewBox = new QGroupBox(tr("First rows of the file"));
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->setAlternatingRowColors(true);
    m_preview->setAccessibleName(tr("Preview of the file"));
    useCompactRows(m_preview);

    auto* mappingBox = new QGroupBox(tr("Columns"));
    auto* mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->addWidget(m_mapping);
    m_mapping->setColumnCount(mCount);
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("Imported as"), tr("Matched by"), tr("First value")});
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_mapping->horizontalHeader()->setSectionResizeMode(mExample, QHeaderView::Stretch);
    m_mapping->setAccessibleName(tr("Column mapping"));
    m_mapping->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_mapping->verticalHeader()->setDefaultSectionSize(m_mapping->fontMetrics().height() + 14); // room for the combo

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(previewBox);
    splitter->addWidget(mappingBox);
    splitter->setChildrenCollapsible(false);

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_replace->setText(tr("&Replace rows whose key exists already (instead of keeping the earlier ones)"));
    m_replace->setToolTip(tr("Replace: for transactions (demand, purchase orders, receipts, orders), a row whose "
                             "key is already in the workspace replaces the stored one; off, it is skipped."));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(dialect);
    layout->addWidget(m_detected);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_replace);

    for (auto* combo : {m_delimiter, m_decimal, m_encoding, m_dateFormat})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            applyDialect();
            runPreview();
        });
    connect(m_replace, &QCheckBox::toggled, this, [this](bool on) { m_context.options.replaceExisting = on; });
}

void ImportMappingPage::initializePage() {
    const bool append = m_context.options.type && m_context.options.type->mode == domain::ImportMode::Append;
    m_replace->setVisible(append);
    if (m_context.preview) return; // back from validation: keep what the user chose
    for (auto* combo : {m_delimiter, m_decimal, m_encoding, m_dateFormat}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    {
        const QSignalBlocker blocker(m_replace);
        m_replace->setChecked(m_context.options.replaceExisting);
    }
    applyDialect();
    runPreview();
}

void ImportMappingPage::applyDialect() {
    auto& options = m_context.options;
    options.dialect.delimiter = static_cast<char>(m_delimiter->currentData().toInt());
    options.decimalMark = static_cast<char>(m_decimal->currentData().toInt());
    options.dialect.encoding = static_cast<exchange::TextEncoding>(m_encoding->currentData().toInt());
    const int format = m_dateFormat->currentData().toInt();
    options.dateFormat = format < 0 ? std::nullopt : std::optional(static_cast<exchange::DateFormat>(format));
}

void ImportMappingPage::runPreview() {
    m_context.validation.reset();
    try {
        m_context.preview = exchange::previewImport(m_context.options, 20);
        m_previewOk = true;
    } catch (const std::exception& error) {
        m_context.preview = exchange::ImportPreview{};
        m_previewOk = false;
        m_status->setText(QStringLiteral("<span style='color:#b02020'>%1</span>")
                              .arg(tr("Cannot read the file: %1").arg(QString::fromUtf8(error.what()).toHtmlEscaped())));
    }
    fillPreview();
    fillMapping();
    if (m_previewOk) checkMapping();
    Q_EMIT completeChanged();
}

void ImportMappingPage::fillPreview() {
    const auto& preview = *m_context.preview;
    m_preview->clear();
    m_preview->setColumnCount(static_cast<int>(preview.headers.size()));
    m_preview->setRowCount(static_cast<int>(preview.rows.size()));
    QStringList headers;
    for (const auto& header : preview.headers) headers << QString::fromStdString(header);
    m_preview->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < static_cast<int>(preview.rows.size()); ++r) {
        const auto& row = preview.rows[static_cast<std::size_t>(r)];
        for (int c = 0; c < static_cast<int>(row.size()) && c < m_preview->columnCount(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(QString::fromStdString(row[static_cast<std::size_t>(c)])));
    }
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 260));
    if (m_previewOk) {
        m_detected->setText(tr("Read as: %1-separated, decimal %2, %3")
                                .arg(delimiterName(preview.delimiter),
                                     preview.decimalMark == ',' ? tr("comma") : tr("point"),
                                     encodingName(preview.encoding)));
    } else {
        m_detected->clear();
    }
}

void ImportMappingPage::fillMapping() {
    const auto& preview = *m_context.preview;
    const auto* type = m_context.options.type;
    m_mapping->setRowCount(0);
    if (!type) return;
    m_mapping->setRowCount(static_cast<int>(preview.headers.size()));
    std::map<std::size_t, const exchange::ColumnMatch*> matchByColumn;
    for (const auto& match : preview.matches) matchByColumn[match.column] = &match;

    for (int r = 0; r < static_cast<int>(preview.headers.size()); ++r) {
        const auto column = static_cast<std::size_t>(r);
        const QString header = QString::fromStdString(preview.headers[column]);
        m_mapping->setItem(r, mHeader, new QTableWidgetItem(header));
        auto* combo = new QComboBox;
        combo->addItem(tr("(ignore)"), QString());
        for (const auto& field : type->fields) {
            const QString name = QString::fromStdString(field.name);
            combo->addItem(field.required ? tr("%1 (required)").arg(name) : name, name);
            combo->setItemData(combo->count() - 1, fieldDescription(field), Qt::ToolTipRole);
        }
        const auto it = matchByColumn.find(column);
        const exchange::ColumnMatch* match = it == matchByColumn.end() ? nullptr : it->second;
        if (match && !match->field.empty())
            combo->setCurrentIndex(std::max(0, combo->findData(QString::fromStdString(match->field))));
        combo->setAccessibleName(tr("Field for column %1").arg(header));
        m_mapping->setCellWidget(r, mField, combo);
        QString example;
        if (!preview.rows.empty() && column < preview.rows.front().size())
            example = QString::fromStdString(preview.rows.front()[column]);
        m_mapping->setItem(r, mExample, new QTableWidgetItem(example));
        m_mapping->setItem(r, mHow, new QTableWidgetItem(
                                        match ? howTitle(match->how) : howTitle(exchange::ColumnMatch::How::Unknown)));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, r, header] {
            m_context.options.columnMapping[header.toStdString()] = fieldForColumn(r).toStdString();
            m_context.validation.reset();
            if (auto* how = m_mapping->item(r, mHow)) how->setText(howTitle(exchange::ColumnMatch::How::User));
            checkMapping();
            Q_EMIT completeChanged();
        });
    }
    m_mapping->resizeColumnToContents(mField);
}

QString ImportMappingPage::fieldForColumn(int column) const {
    auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(column, mField));
    return combo ? combo->currentData().toString() : QString();
}

void ImportMappingPage::setFieldForColumn(int column, const QString& field) {
    if (auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(column, mField)))
        combo->setCurrentIndex(std::max(0, combo->findData(field)));
}

void ImportMappingPage::checkMapping() {
    const auto* type = m_context.options.type;
    if (!type) return;
    QHash<QString, int> uses;
    for (int r = 0; r < m_mapping->rowCount(); ++r) {
        const QString field = fieldForColumn(r);
        if (!field.isEmpty()) ++uses[field];
    }
    QStringList missing;
    for (const auto& field : type->fields)
        if (field.required && !uses.contains(QString::fromStdString(field.name)))
            missing << QString::fromStdString(field.name);
    QStringList duplicated;
    int ignored = 0;
    const QColor problem(0xf8, 0xd7, 0xd7);
    for (int r = 0; r < m_mapping->rowCount(); ++r) {
        const QString field = fieldForColumn(r);
        const bool twice = !field.isEmpty() && uses.value(field) > 1;
        if (twice && !duplicated.contains(field)) duplicated << field;
        if (field.isEmpty()) ++ignored;
        for (int c : {mHeader, mExample, mHow})
            if (auto* item = m_mapping->item(r, c)) item->setBackground(twice ? QBrush(problem) : QBrush());
    }

    QStringList lines;
    const QString red = QStringLiteral("<span style='color:#b02020'><b>%1</b></span>");
    if (!missing.isEmpty())
        lines << red.arg(tr("Required fields without a column: %1. Choose the column that holds each of them.")
                             .arg(missing.join(QStringLiteral(", ")).toHtmlEscaped()));
    if (!duplicated.isEmpty())
        lines << red.arg(tr("More than one column goes to: %1 (highlighted).")
                             .arg(duplicated.join(QStringLiteral(", ")).toHtmlEscaped()));
    if (ignored > 0)
        lines << (ignored == 1 ? tr("1 column will be ignored.") : tr("%1 columns will be ignored.").arg(ignored));
    if (missing.isEmpty() && duplicated.isEmpty())
        lines << tr("All required fields have a column. Next checks every row of the file.");
    m_status->setText(lines.join(QStringLiteral("<br>")));
    m_mappingOk = missing.isEmpty() && duplicated.isEmpty();
}

bool ImportMappingPage::isComplete() const { return m_previewOk && m_mappingOk; }

bool ImportMappingPage::validatePage() {
    if (!isComplete()) return false;
    // Hand the complete mapping to the importer so it imports exactly what is shown here.
    auto& mapping = m_context.options.columnMapping;
    for (int r = 0; r < m_mapping->rowCount(); ++r)
        mapping[m_mapping->item(r, mHeader)->text().toStdString()] = fieldForColumn(r).toStdString();
    return true;
}

} // namespace stocktower::ui
