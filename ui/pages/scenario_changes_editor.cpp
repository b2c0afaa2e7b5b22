#include "pages/scenario_changes_editor.h"

#include "help/guide.h"
#include "inventory/policy_change.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <exception>

namespace stocktower::ui {

namespace {

const QColor kProblemColour(0xb3, 0x26, 0x1e);

} // namespace

QString ScenarioChangesEditor::parameterHelp(const QString& key) {
    if (key == QStringLiteral("service"))
        return tr("service: the service target for the scope, read as the service type (cycle service level or "
                  "fill rate). Unit: a fraction strictly between 0 and 1 (0.98 = 98 %).");
    if (key == QStringLiteral("service-type"))
        return tr("service-type: what the target means. csl = cycle service level (share of replenishment cycles "
                  "without a stock-out); fill-rate = share of demanded units filled from stock. No unit.");
    if (key == QStringLiteral("lead-time-factor"))
        return tr("lead-time-factor: multiplies the lead time (after lead-time, when both are given). Unit: a "
                  "factor greater than 0 (1.2 = 20 % longer).");
    if (key == QStringLiteral("lead-time"))
        return tr("lead-time: replaces the supplier lead time, from order to receipt. Unit: days, greater than 0.");
    if (key == QStringLiteral("lead-time-sd"))
        return tr("lead-time-sd: the standard deviation of the lead time. Unit: days, 0 or more.");
    if (key == QStringLiteral("demand-factor"))
        return tr("demand-factor: scales the demand level; its standard deviation scales with it, keeping the "
                  "coefficient of variation. Unit: a factor greater than 0 (1.1 = 10 % more demand).");
    if (key == QStringLiteral("error-factor"))
        return tr("error-factor: scales the standard deviation of the forecast error alone (better or worse "
                  "forecasts). Unit: a factor greater than 0 (0.8 = 20 % smaller error).");
    if (key == QStringLiteral("review-period"))
        return tr("review-period: the time between reviews of stock; 0 = continuous review, (s,Q); more = periodic "
                  "review, (R,S). Unit: days, 0 or more.");
    if (key == QStringLiteral("holding-rate"))
        return tr("holding-rate: the yearly cost of keeping one unit in stock as a share of its unit cost. Unit: a "
                  "fraction per year (0.25 = 25 %/yr).");
    if (key == QStringLiteral("order-cost"))
        return tr("order-cost: the fixed cost of placing one purchase order, used by the EOQ. Unit: currency per "
                  "order.");
    return {};
}

QStringList ScenarioChangesEditor::parameterKeys() {
    return {QStringLiteral("service"),        QStringLiteral("service-type"), QStringLiteral("lead-time-factor"),
            QStringLiteral("lead-time"),      QStringLiteral("lead-time-sd"), QStringLiteral("demand-factor"),
            QStringLiteral("error-factor"),   QStringLiteral("review-period"), QStringLiteral("holding-rate"),
            QStringLiteral("order-cost")};
}

ScenarioChangesEditor::ScenarioChangesEditor(QWidget* parent)
    : QWidget(parent), m_table(new QTableWidget(0, ColumnCount, this)), m_add(new QPushButton(tr("&Add change"), this)),
      m_remove(new QPushButton(tr("Re&move"), this)), m_save(new QPushButton(tr("&Save changes"), this)),
      m_hint(new QLabel(this)) {
    setGuidePage(this, QStringLiteral("scenarios#changes"));
    m_table->setHorizontalHeaderLabels({tr("Scope"), tr("Parameter"), tr("Value"), tr("Problem")});
    m_table->horizontalHeaderItem(Scope)->setToolTip(
        tr("Scope: which item-sites the change applies to: all, abc:A, xyz:Z, site:CODE, supplier:NAME, "
           "category:NAME or item:SKU. Blank means all."));
    m_table->horizontalHeaderItem(Parameter)->setToolTip(
        tr("Parameter: what the change sets; hover over a parameter in the list for its meaning and unit."));
    m_table->horizontalHeaderItem(Value)->setToolTip(
        tr("Value: the new value, in the parameter's unit (fractions for service and holding rate, days for lead "
           "times and the review period, factors for the *-factor parameters, currency for the order cost)."));
    m_table->horizontalHeaderItem(Problem)->setToolTip(tr("Problem: why the row cannot be saved, if it cannot."));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Scenario changes"));
    auto* header = m_table->horizontalHeader();
    header->resizeSection(Scope, 130);
    header->resizeSection(Parameter, 140);
    header->resizeSection(Value, 90);
    header->setStretchLastSection(true);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Scope: <i>all</i>, <i>abc:A</i>, <i>xyz:Z</i>, <i>site:DC1</i>, <i>supplier:NAME</i>, "
                       "<i>category:NAME</i> or <i>item:SKU</i>. Later rows win."));
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_save->setDefault(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, Value);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Value));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0) return;
        m_table->removeRow(row);
        setModified(true);
        updateButtons();
    });
    connect(m_save, &QPushButton::clicked, this, &ScenarioChangesEditor::saveRequested);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_loading || item->column() == Problem) return;
        validateRow(item->row());
        setModified(true);
        updateButtons();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] { updateButtons(); });
    updateButtons();
}

void ScenarioChangesEditor::addRow(const QString& scope, const QString& parameter, const QString& value) {
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Scope, new QTableWidgetItem(scope));
    auto* combo = new QComboBox(m_table);
    combo->addItems(parameterKeys());
    for (int i = 0; i < combo->count(); ++i) combo->setItemData(i, parameterHelp(combo->itemText(i)), Qt::ToolTipRole);
    combo->setCurrentText(parameter);
    combo->setToolTip(parameterHelp(combo->currentText()));
    combo->setFrame(false);
    m_table->setCellWidget(row, Parameter, combo);
    m_table->setItem(row, Value, new QTableWidgetItem(value));
    auto* problem = new QTableWidgetItem;
    problem->setFlags(Qt::ItemIsEnabled);
    problem->setForeground(kProblemColour);
    m_table->setItem(row, Problem, problem);
    connect(combo, &QComboBox::currentTextChanged, this, [this, combo] {
        combo->setToolTip(parameterHelp(combo->currentText()));
        // Rows move when others are removed: find this combo's row now.
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (m_table->cellWidget(r, Parameter) == combo) validateRow(r);
        setModified(true);
        updateButtons();
    });
    m_loading = wasLoading;
    if (!m_loading) {
        validateRow(row);
        setModified(true);
    }
    updateButtons();
}

QString ScenarioChangesEditor::rowText(int row) const {
    const auto text = [this, row](int column) {
        const auto* item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    const auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, Parameter));
    const QString scope = text(Scope).isEmpty() ? QStringLiteral("all") : text(Scope);
    return QStringLiteral("scope=%1,%2=%3").arg(scope, combo ? combo->currentText() : QString(), text(Value));
}

void ScenarioChangesEditor::validateRow(int row) {
    QString problem;
    try {
        (void)inventory::parseParameterChange(rowText(row).toStdString());
    } catch (const std::exception& error) {
        problem = QString::fromUtf8(error.what());
    }
    const bool wasLoading = m_loading;
    m_loading = true;
    if (auto* item = m_table->item(row, Problem)) {
        item->setText(problem);
        item->setToolTip(problem);
    }
    for (const int column : {Scope, Value})
        if (auto* item = m_table->item(row, column)) item->setForeground(problem.isEmpty() ? QBrush() : QBrush(kProblemColour));
    m_loading = wasLoading;
}

void ScenarioChangesEditor::setChanges(const QStringList& changes) {
    m_loading = true;
    m_table->setRowCount(0);
    for (const QString& change : changes) {
        // Split a stored change into one row per parameter; its scope (first pair) repeats.
        QString scope = QStringLiteral("all");
        QList<QPair<QString, QString>> pairs;
        for (const QString& part : change.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int equals = part.indexOf(QLatin1Char('='));
            const QString key = part.left(equals).trimmed();
            const QString value = equals < 0 ? QString() : part.mid(equals + 1).trimmed();
            if (key == QStringLiteral("scope")) scope = value;
            else pairs.append({key, value});
        }
        for (const auto& [key, value] : pairs) addRow(scope, key, value);
    }
    m_loading = false;
    for (int row = 0; row < m_table->rowCount(); ++row) validateRow(row);
    setModified(false);
    updateButtons();
}

QStringList ScenarioChangesEditor::problems() const {
    QStringList out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (const auto* item = m_table->item(row, Problem); item && !item->text().isEmpty())
            out << tr("Row %1: %2").arg(row + 1).arg(item->text());
    return out;
}

QStringList ScenarioChangesEditor::changes() const {
    QStringList out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        try {
            out << QString::fromStdString(
                inventory::formatParameterChange(inventory::parseParameterChange(rowText(row).toStdString())));
        } catch (const std::exception&) {
            return {};
        }
    }
    return out;
}

void ScenarioChangesEditor::setModified(bool modified) {
    if (modified == m_modified) return;
    m_modified = modified;
    updateButtons();
    Q_EMIT modifiedChanged(modified);
}

void ScenarioChangesEditor::setEditable(bool editable) {
    m_editable = editable;
    m_table->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (auto* widget = m_table->cellWidget(row, Parameter)) widget->setEnabled(editable);
    updateButtons();
}

void ScenarioChangesEditor::updateButtons() {
    m_add->setEnabled(m_editable);
    m_remove->setEnabled(m_editable && m_table->currentRow() >= 0);
    m_save->setEnabled(m_editable && m_modified && problems().isEmpty());
}

} // namespace stocktower::ui
