#include "pages/kpi_benchmark_dialog.h"

#include "pages/scorecard_page.h"
#include "text/kpi_text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stocktower::ui {

namespace {

// The spin box's lowest value stands for "no year given".
constexpr int kNoYear = 1899;

} // namespace

KpiBenchmarkDialog::KpiBenchmarkDialog(ScorecardPage& page, const kpi::KpiDefinition& definition, QWidget* parent)
    : QDialog(parent), m_page(page), m_definition(definition), m_list(new QListWidget(this)),
      m_level(new QComboBox(this)), m_value(new QDoubleSpinBox(this)), m_source(new QLineEdit(this)),
      m_year(new QSpinBox(this)), m_note(new QLineEdit(this)), m_state(new QLabel(this)),
      m_new(new QPushButton(tr("&New"), this)), m_save(new QPushButton(tr("&Save"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)) {
    setWindowTitle(tr("Benchmarks of %1").arg(kpiName(definition)));
    m_list->setAccessibleName(tr("Benchmarks"));
    // Room for "best in class: 99.5 % — WERC DC Measures 2020" and a source of that length.
    const int charWidth = fontMetrics().averageCharWidth();
    m_list->setMinimumWidth(charWidth * 50);
    m_source->setMinimumWidth(charWidth * 40);
    m_level->setEditable(true);
    // The offered levels read translated but are stored in English (the item's data), so that the
    // scorecard, the report and the command line show them in any language; typed text is kept as typed.
    for (const char* level : kpiOfferedBenchmarkLevels())
        m_level->addItem(kpiBenchmarkLevelText(level), QString::fromLatin1(level));
    m_level->setCurrentIndex(-1);
    // Ratios are typed in percent, like the targets on the scorecard.
    m_value->setRange(0, definition.unit == kpi::Unit::Ratio ? 100.0 : 1e9);
    m_value->setDecimals(definition.unit == kpi::Unit::Ratio ? 3 : 2);
    m_value->setSuffix(kpiEditSuffix(definition.unit, false));
    m_source->setPlaceholderText(tr("e.g. WERC DC Measures"));
    m_year->setRange(kNoYear, 2100);
    m_year->setSpecialValueText(tr("not given"));
    m_note->setPlaceholderText(tr("what exactly was measured, caveats"));
    m_state->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("S&ource:"), m_source);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("No&te:"), m_note);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_save);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_state);
    right->addStretch(1);
    right->addLayout(buttons);
    auto* body = new QHBoxLayout;
    body->addWidget(m_list, 3);
    body->addLayout(right, 2);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(close);

    resize(charWidth * 135, fontMetrics().height() * 18);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_new, &QPushButton::clicked, this, &KpiBenchmarkDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &KpiBenchmarkDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &KpiBenchmarkDialog::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &KpiBenchmarkDialog::showSelected);
    // Saves, removals, undo and redo all pass through the page.
    connect(&m_page, &ScorecardPage::configurationChanged, this, &KpiBenchmarkDialog::reload);
    reload();
}

void KpiBenchmarkDialog::reload() {
    m_rows = m_page.benchmarksOf(QString::fromStdString(m_definition.id));
    const std::int64_t keep = m_editing;
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const auto& row : m_rows) {
            QString text = tr("%1: %2 — %3")
                               .arg(kpiBenchmarkLevelText(row.level), kpiValueText(m_definition.unit, row.value),
                                    QString::fromStdString(row.source));
            if (row.year) text += QStringLiteral(" %1").arg(*row.year);
            auto* item = new QListWidgetItem(text, m_list);
            item->setToolTip(row.note.empty() ? text : tr("%1 (%2)").arg(text, QString::fromStdString(row.note)));
        }
    }
    int row = -1;
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == keep) row = static_cast<int>(i);
    if (row < 0 && keep != 0) m_editing = 0; // it went away (removed, or an addition undone)
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(row);
    }
    if (row >= 0 || keep != 0) showSelected();
    updateButtons();
}

void KpiBenchmarkDialog::showSelected() {
    const int row = m_list->currentRow();
    if (row < 0 || row >= static_cast<int>(m_rows.size())) {
        startNew();
        return;
    }
    const auto& b = m_rows[static_cast<std::size_t>(row)];
    m_editing = b.id;
    const int offered = m_level->findData(QString::fromStdString(b.level));
    if (offered >= 0) m_level->setCurrentIndex(offered);
    else m_level->setCurrentText(QString::fromStdString(b.level));
    m_value->setValue(kpiToShown(m_definition.unit, b.value));
    m_source->setText(QString::fromStdString(b.source));
    m_year->setValue(b.year.value_or(kNoYear));
    m_note->setText(QString::fromStdString(b.note));
    updateButtons();
}

void KpiBenchmarkDialog::startNew() {
    m_editing = 0;
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
    }
    m_level->setCurrentIndex(-1);
    m_level->setCurrentText(QString());
    m_value->setValue(0);
    m_source->clear();
    m_year->setValue(kNoYear);
    m_note->clear();
    updateButtons();
}

void KpiBenchmarkDialog::updateButtons() {
    const bool writable = m_page.isWritable();
    for (QWidget* widget : std::initializer_list<QWidget*>{m_level, m_value, m_source, m_year, m_note, m_new, m_save})
        widget->setEnabled(writable);
    m_remove->setEnabled(writable && m_editing != 0);
    m_save->setText(m_editing == 0 ? tr("&Add") : tr("&Save"));
    m_state->setText(writable ? QString()
                              : tr("The workspace is read-only: benchmarks can be read but not changed."));
    m_state->setVisible(!m_state->text().isEmpty());
}

QString KpiBenchmarkDialog::storedLevel() const {
    const int offered = m_level->findText(m_level->currentText());
    return offered >= 0 ? m_level->itemData(offered).toString() : m_level->currentText().trimmed();
}

bool KpiBenchmarkDialog::save() {
    store::KpiBenchmarkRow row;
    row.id = m_editing;
    row.kpiId = m_definition.id;
    row.level = storedLevel().toStdString();
    row.value = kpiFromShown(m_definition.unit, m_value->value());
    row.source = m_source->text().toStdString();
    if (m_year->value() != kNoYear) row.year = m_year->value();
    row.note = m_note->text().toStdString();
    const auto before = m_page.benchmarksOf(QString::fromStdString(m_definition.id));
    if (!m_page.saveBenchmark(row)) return false;
    if (m_editing == 0) {
        // The new row is the one that was not there before.
        for (const auto& stored : m_page.benchmarksOf(QString::fromStdString(m_definition.id))) {
            bool known = false;
            for (const auto& old : before) known = known || old.id == stored.id;
            if (!known) m_editing = stored.id;
        }
    }
    reload();
    return true;
}

bool KpiBenchmarkDialog::removeSelected() {
    if (m_editing == 0) return false;
    if (!m_page.removeBenchmark(m_editing)) return false;
    m_editing = 0;
    reload();
    startNew();
    return true;
}

} // namespace stocktower::ui
