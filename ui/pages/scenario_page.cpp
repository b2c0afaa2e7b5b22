#include "pages/scenario_page.h"

#include "charts/tradeoff_chart.h"
#include "help/guide.h"
#include "inventory/tradeoff.h"
#include "models/scenario_comparison_model.h"
#include "pages/scenario_changes_editor.h"
#include "pages/simulation_check_view.h"
#include "shell/save_dialogs.h"
#include "shell/table_style.h"
#include "shell/workspace_session.h"
#include "store/scenario_store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShowEvent>
#include <QDateTime>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

#include <stdexcept>

namespace stocktower::ui {

namespace {

// "2026-11-29T22:46:58Z" as the user reads times: local, in the locale's short format.
QString computedText(const std::string& utc) {
    const auto when = QDateTime::fromString(QString::fromStdString(utc), Qt::ISODate);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString::fromStdString(utc);
}

constexpr int kNameRole = Qt::UserRole;

void showWarning(QWidget* parent, const QString& title, const QString& message) {
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // no nested event loop
}

// Asks a yes/no question without a nested event loop; `onYes` runs on Yes.
void confirm(QWidget* parent, const QString& title, const QString& text, const QString& yes, std::function<void()> onYes) {
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton* button = box->addButton(yes, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, parent, [button, onYes = std::move(onYes)](QAbstractButton* clicked) {
        if (clicked == button) onYes();
    });
    box->open();
}

const QString kBase = QString::fromLatin1(store::kBaseScenarioName);

} // namespace

ScenarioPage::ScenarioPage(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_list(new QListWidget(this)), m_new(new QPushButton(tr("&New…"), this)),
      m_rename(new QPushButton(tr("Re&name…"), this)), m_duplicate(new QPushButton(tr("D&uplicate…"), this)),
      m_delete(new QPushButton(tr("&Delete"), this)), m_promote(new QPushButton(tr("&Promote to base…"), this)),
      m_header(new QLabel(this)), m_editor(new ScenarioChangesEditor(this)),
      m_recompute(new QPushButton(tr("&Recompute"), this)), m_tabs(new QTabWidget(this)),
      m_comparison(new ScenarioComparisonModel(this)), m_comparisonView(new QTableView(this)),
      m_export(new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("E&xport CSV…"), this)),
      m_print(new QPushButton(tr("Pr&int / PDF…"), this)), m_chart(new TradeoffChart(this)),
      m_tradeoff(new QPushButton(tr("Compute &trade-off"), this)), m_simulation(new SimulationCheckView(session, this)) {
    setGuidePage(this, QStringLiteral("scenarios"));
    // Left: the scenarios; a tick puts one into the comparison.
    m_list->setAccessibleName(tr("Scenarios"));
    m_list->setToolTip(tr("Tick scenarios to compare them with the base"));
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_rename);
    listButtons->addWidget(m_duplicate);
    auto* listButtons2 = new QHBoxLayout;
    listButtons2->addWidget(m_delete);
    listButtons2->addWidget(m_promote);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("<b>Scenarios</b>"), this));
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);
    leftLayout->addLayout(listButtons2);

    // Middle: the current scenario's changes.
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    auto* middle = new QWidget(this);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_recompute);
    middleLayout->addLayout(headerRow);
    middleLayout->addWidget(m_editor, 1);
    m_recompute->setToolTip(tr("Recompute the current scenario's policies in the background"));

    // Right: comparison and trade-off.
    m_comparisonView->setModel(m_comparison);
    m_comparisonView->verticalHeader()->hide();
    m_comparisonView->setAlternatingRowColors(true);
    m_comparisonView->setAccessibleName(tr("Scenario comparison"));
    m_comparisonView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    useCompactRows(m_comparisonView);
    auto* compare = new QWidget(this);
    auto* compareLayout = new QVBoxLayout(compare);
    compareLayout->addWidget(m_comparisonView, 1);
    auto* compareButtons = new QHBoxLayout;
    auto* legend = new QLabel(tr("Δ = scenario − base; red: worse service than the base"), this);
    legend->setStyleSheet(QStringLiteral("color: #555;"));
    legend->setWordWrap(true);
    compareButtons->addWidget(legend, 1);
    compareButtons->addWidget(m_export);
    compareButtons->addWidget(m_print);
    compareLayout->addLayout(compareButtons);
    auto* tradeoff = new QWidget(this);
    auto* tradeoffLayout = new QVBoxLayout(tradeoff);
    tradeoffLayout->addWidget(m_chart, 1);
    auto* tradeoffButtons = new QHBoxLayout;
    tradeoffButtons->addStretch(1);
    tradeoffButtons->addWidget(m_tradeoff);
    tradeoffLayout->addLayout(tradeoffButtons);
    m_tabs->addTab(compare, tr("Comparison"));
    m_tabs->addTab(tradeoff, tr("Trade-off"));
    m_tabs->addTab(m_simulation, tr("Simulation check"));
    m_tabs->setDocumentMode(true);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(middle);
    split->addWidget(m_tabs);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 3);
    // The comparison is what the analyst reads: it gets the room, with a column per scenario and delta.
    split->setSizes({190, 360, 820});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);

    connect(m_list, &QListWidget::currentItemChanged, this, &ScenarioPage::onCurrentChanged);
    connect(m_list, &QListWidget::itemChanged, this, &ScenarioPage::updateComparison); // ticks
    connect(m_new, &QPushButton::clicked, this, &ScenarioPage::createScenario);
    connect(m_rename, &QPushButton::clicked, this, &ScenarioPage::renameScenario);
    connect(m_duplicate, &QPushButton::clicked, this, &ScenarioPage::duplicateScenario);
    connect(m_delete, &QPushButton::clicked, this, &ScenarioPage::deleteScenario);
    connect(m_promote, &QPushButton::clicked, this, &ScenarioPage::promoteScenario);
    connect(m_recompute, &QPushButton::clicked, this, [this] { recompute(); });
    connect(m_tradeoff, &QPushButton::clicked, this, [this] { computeTradeoff(); });
    connect(m_simulation, &SimulationCheckView::taskEnded, this, &ScenarioPage::taskEnded);
    connect(m_export, &QPushButton::clicked, this, &ScenarioPage::chooseExport);
    connect(m_print, &QPushButton::clicked, this, &ScenarioPage::printComparison);
    connect(m_editor, &ScenarioChangesEditor::saveRequested, this, &ScenarioPage::saveChanges);
    connect(m_editor, &ScenarioChangesEditor::modifiedChanged, this, &ScenarioPage::updateButtons);
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &ScenarioPage::onWorkspaceChanged);
    connect(&m_session, &WorkspaceSession::dataChanged, this, &ScenarioPage::onWorkspaceChanged);
    connect(&m_session, &WorkspaceSession::readOnlyChanged, this, &ScenarioPage::updateButtons);
    onWorkspaceChanged();
}

ScenarioPage::~ScenarioPage() {
    if (m_recomputeTask) m_recomputeTask->cancel();
    if (m_tradeoffTask) m_tradeoffTask->cancel();
}

void ScenarioPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_dirty) reload();
}

bool ScenarioPage::isBusy() const {
    return m_recomputeTask != nullptr || m_tradeoffTask != nullptr || m_simulation->isBusy();
}

bool ScenarioPage::writable() const { return m_session.isOpen() && !m_session.isReadOnly(); }

void ScenarioPage::onWorkspaceChanged() {
    m_dirty = true;
    ++m_generation;
    if (!m_session.isOpen()) {
        m_list->clear();
        m_comparison->clear();
        m_editor->setChanges({});
        m_header->setText(tr("Open a workspace to plan what-if scenarios."));
        m_chart->showMessage(tr("The trade-off curve is computed on request."));
        updateButtons();
        return;
    }
    if (isVisible()) reload();
}

void ScenarioPage::reload() {
    if (!m_session.isOpen()) return;
    m_dirty = false;
    const QString current = currentName();
    QStringList ticked;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->checkState() == Qt::Checked) ticked << m_list->item(row)->data(kNameRole).toString();
    std::vector<store::ScenarioRecord> records;
    if (!act(tr("Scenarios"), [&] { records = store::listScenarios(m_session.db()); })) return;
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const auto& record : records) {
            const QString name = QString::fromStdString(record.name);
            auto* item = new QListWidgetItem(m_list);
            item->setData(kNameRole, name);
            item->setText(record.isBase ? tr("base (current parameters)") : name);
            item->setToolTip(record.computedAt ? tr("Computed %1").arg(computedText(*record.computedAt))
                                               : tr("Not computed yet"));
            if (!record.computedAt) item->setForeground(QColor(0x77, 0x77, 0x77));
            if (!record.isBase) {
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                // New lists compare everything; later the user's ticks are kept.
                item->setCheckState(ticked.isEmpty() || ticked.contains(name) ? Qt::Checked : Qt::Unchecked);
            }
        }
    }
    selectScenario(current.isEmpty() ? kBase : current);
    if (!m_list->currentItem() && m_list->count() > 0) m_list->setCurrentRow(0);
    onCurrentChanged();
    updateComparison();
}

QString ScenarioPage::currentName() const {
    const auto* item = m_list->currentItem();
    return item ? item->data(kNameRole).toString() : QString();
}

void ScenarioPage::selectScenario(const QString& name) {
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(kNameRole).toString() == name) m_list->setCurrentRow(row);
}

void ScenarioPage::onCurrentChanged() {
    const QString name = currentName();
    m_simulation->setScenario(name);
    std::optional<store::ScenarioRecord> record;
    if (!name.isEmpty() && m_session.isOpen())
        act(tr("Scenarios"), [&] { record = store::findScenario(m_session.db(), name.toStdString()); });
    if (!record) {
        m_header->clear();
        m_editor->setChanges({});
        updateButtons();
        return;
    }
    QStringList changes;
    for (const auto& change : record->changes) changes << QString::fromStdString(change);
    m_editor->setChanges(changes);
    const QString computed = record->computedAt ? tr("computed %1").arg(computedText(*record->computedAt))
                                                : tr("<span style='color:#8a5a00'>not computed yet</span>");
    m_header->setText(record->isBase ? tr("<b>base</b> — the workspace parameters (promoted changes); %1").arg(computed)
                                     : tr("<b>%1</b> — %2%3")
                                           .arg(name.toHtmlEscaped(), computed,
                                                record->description.empty()
                                                    ? QString()
                                                    : QStringLiteral("<br>") +
                                                          QString::fromStdString(record->description).toHtmlEscaped()));
    updateButtons();
}

void ScenarioPage::updateComparison() {
    if (!m_session.isOpen()) return;
    std::vector<std::string> names;
    for (int row = 0; row < m_list->count(); ++row) {
        const auto* item = m_list->item(row);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            names.push_back(item->data(kNameRole).toString().toStdString());
    }
    inventory::ScenarioComparison comparison;
    if (act(tr("Comparison"), [&] { comparison = inventory::compareScenarios(m_session.db(), names); }))
        m_comparison->setComparison(std::move(comparison));
    m_comparisonView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    updateButtons();
}

void ScenarioPage::updateButtons() {
    const bool open = m_session.isOpen();
    const bool canWrite = writable();
    const bool isBase = currentName() == kBase;
    const bool hasCurrent = !currentName().isEmpty();
    m_new->setEnabled(canWrite);
    m_rename->setEnabled(canWrite && hasCurrent && !isBase);
    m_duplicate->setEnabled(canWrite && hasCurrent);
    m_delete->setEnabled(canWrite && hasCurrent && !isBase);
    m_promote->setEnabled(canWrite && hasCurrent && !isBase);
    m_recompute->setEnabled(canWrite && hasCurrent && !m_recomputeTask);
    // The base's changes are what promotions wrote: edited through promotion only.
    m_editor->setEditable(canWrite && hasCurrent && !isBase);
    m_export->setEnabled(open && m_comparison->rowCount() > 0);
    m_print->setEnabled(open && m_comparison->rowCount() > 0);
    m_tradeoff->setEnabled(open && !m_tradeoffTask);
}

bool ScenarioPage::act(const QString& title, const std::function<void()>& action) {
    try {
        action();
        return true;
    } catch (const std::exception& error) {
        showWarning(this, title, QString::fromUtf8(error.what()));
        return false;
    }
}

void ScenarioPage::createScenario() {
    if (!writable()) return;
    auto* dialog = new QInputDialog(this);
    dialog->setWindowTitle(tr("New scenario"));
    dialog->setLabelText(tr("Name of the new scenario (it starts without changes):"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& text) {
        const std::string name = text.trimmed().toStdString();
        if (act(tr("New scenario"), [&] { store::createScenario(m_session.db(), name, {}, {}); })) {
            reload();
            selectScenario(text.trimmed());
        }
    });
    dialog->open();
}

void ScenarioPage::renameScenario() {
    const QString name = currentName();
    if (!writable() || name.isEmpty() || name == kBase) return;
    auto* dialog = new QInputDialog(this);
    dialog->setWindowTitle(tr("Rename scenario"));
    dialog->setLabelText(tr("New name for %1:").arg(name));
    dialog->setTextValue(name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, name](const QString& text) {
        if (text.trimmed() == name) return;
        if (act(tr("Rename scenario"),
                [&] { store::renameScenario(m_session.db(), name.toStdString(), text.trimmed().toStdString()); })) {
            reload();
            selectScenario(text.trimmed());
        }
    });
    dialog->open();
}

void ScenarioPage::duplicateScenario() {
    const QString name = currentName();
    if (!writable() || name.isEmpty()) return;
    auto* dialog = new QInputDialog(this);
    dialog->setWindowTitle(tr("Duplicate scenario"));
    dialog->setLabelText(tr("Name of the copy of %1:").arg(name));
    dialog->setTextValue(tr("%1 copy").arg(name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, name](const QString& text) {
        if (act(tr("Duplicate scenario"),
                [&] { store::duplicateScenario(m_session.db(), name.toStdString(), text.trimmed().toStdString()); })) {
            reload();
            selectScenario(text.trimmed());
        }
    });
    dialog->open();
}

void ScenarioPage::deleteScenario() {
    const QString name = currentName();
    if (!writable() || name.isEmpty() || name == kBase) return;
    confirm(this, tr("Delete scenario"),
            tr("Delete the scenario <b>%1</b> with its changes and results? This cannot be undone.").arg(name.toHtmlEscaped()),
            tr("Delete"), [this, name] {
                if (act(tr("Delete scenario"), [&] { store::deleteScenario(m_session.db(), name.toStdString()); })) {
                    m_list->setCurrentRow(0);
                    reload();
                }
            });
}

void ScenarioPage::promoteScenario() {
    const QString name = currentName();
    if (!writable() || name.isEmpty() || name == kBase) return;
    confirm(this, tr("Promote scenario"),
            tr("Make the parameters of <b>%1</b> the new base? Every page computes from the base afterwards; the "
               "scenario itself stays.")
                .arg(name.toHtmlEscaped()),
            tr("Promote"), [this, name] {
                if (act(tr("Promote scenario"), [&] { inventory::promoteScenario(m_session.db(), name.toStdString()); }))
                    m_session.reload(); // other pages (Policy) compute from the base: dataChanged
            });
}

void ScenarioPage::saveChanges() {
    const QString name = currentName();
    if (!writable() || name.isEmpty() || name == kBase) return;
    const QStringList problems = m_editor->problems();
    if (!problems.isEmpty()) {
        showWarning(this, tr("Scenario changes"), problems.join(QLatin1Char('\n')));
        return;
    }
    std::vector<std::string> changes;
    for (const QString& change : m_editor->changes()) changes.push_back(change.toStdString());
    if (!act(tr("Scenario changes"), [&] {
            const auto record = store::findScenario(m_session.db(), name.toStdString());
            if (!record) throw std::runtime_error("the scenario no longer exists");
            store::setScenarioChanges(m_session.db(), record->scenarioId, changes);
        }))
        return;
    onCurrentChanged(); // shows the stored, canonical form
}

Task* ScenarioPage::recompute() {
    const QString name = currentName();
    if (!writable() || name.isEmpty() || m_recomputeTask) return nullptr;
    if (m_editor->isModified() && name != kBase) saveChanges();
    std::shared_ptr<store::Connection> connection;
    try {
        connection = m_session.workspace().openConnection(false); // the recompute writes its results
    } catch (const std::exception& error) {
        showWarning(this, tr("Recompute"), QString::fromUtf8(error.what()));
        return nullptr;
    }
    const std::string scenario = name.toStdString();
    const std::uint64_t generation = m_generation;
    Task* task = m_session.tasks().run(tr("Recomputing scenario %1").arg(name), [connection, scenario](util::Progress& progress) mutable {
        // One transaction in the core: a cancel leaves the previous results.
        inventory::recomputeScenario(*connection, scenario, {}, progress);
        connection.reset();
    });
    m_recomputeTask = task;
    connect(task, &Task::finished, this, [this, task, generation] {
        m_recomputeTask = nullptr;
        if (generation == m_generation) {
            if (task->state() == Task::State::Failed) showWarning(this, tr("Recompute failed"), task->errorMessage());
            reload();
        }
        updateButtons();
        Q_EMIT taskEnded();
    });
    updateButtons();
    return task;
}

Task* ScenarioPage::computeTradeoff() {
    if (!m_session.isOpen() || m_tradeoffTask) return nullptr;
    std::shared_ptr<store::Connection> connection;
    try {
        connection = m_session.workspace().openConnection(true);
    } catch (const std::exception& error) {
        m_chart->showMessage(tr("Cannot read the workspace: %1").arg(QString::fromUtf8(error.what())));
        return nullptr;
    }
    auto result = std::make_shared<inventory::TradeoffResult>();
    const std::uint64_t generation = m_generation;
    // Fill rate on the y axis: the curve sweeps fill-rate targets so each point means what it shows.
    Task* task = m_session.tasks().run(tr("Computing the trade-off curve"), [connection, result](util::Progress& progress) mutable {
        *result = inventory::workspaceTradeoff(*connection, {}, inventory::ServiceType::FillRate, progress);
        connection.reset();
    });
    m_tradeoffTask = task;
    m_chart->showMessage(tr("Computing the trade-off curve…"));
    connect(task, &Task::finished, this, [this, task, generation, result] {
        m_tradeoffTask = nullptr;
        if (generation == m_generation) {
            switch (task->state()) {
            case Task::State::Succeeded: m_chart->setResult(*result); break;
            case Task::State::Cancelled: m_chart->showMessage(tr("Cancelled.")); break;
            default: m_chart->showMessage(tr("The trade-off failed: %1").arg(task->errorMessage())); break;
            }
        }
        updateButtons();
        Q_EMIT taskEnded();
    });
    updateButtons();
    return task;
}

bool ScenarioPage::exportComparison(const QString& path) {
    return act(tr("Export comparison"),
               [&] { inventory::exportComparisonCsv(m_comparison->comparison(), path.toStdString()); });
}

void ScenarioPage::chooseExport() {
    const QString path = askCsvSavePath(this, tr("Export the comparison"), QStringLiteral("scenarios.csv"));
    if (!path.isEmpty()) exportComparison(path);
}

void ScenarioPage::printComparison() {
    auto* dialog = new QPrintPreviewDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print the scenario comparison"));
    const QString html = m_comparison->toHtml(tr("Scenario comparison — %1").arg(m_session.displayName()));
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [html](QPrinter* printer) {
        QTextDocument document;
        document.setHtml(html);
        document.print(printer);
    });
    dialog->open();
}

} // namespace stocktower::ui
