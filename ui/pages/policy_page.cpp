#include "pages/policy_page.h"

#include "help/guide.h"
#include "inventory/policy_export.h"
#include "inventory/scenario.h"
#include "inventory/service_level.h"
#include "models/policy_filter_proxy.h"
#include "models/policy_table_model.h"
#include "pages/policy_defaults_bar.h"
#include "pages/policy_explain_view.h"
#include "shell/save_dialogs.h"
#include "shell/table_style.h"
#include "shell/workspace_session.h"
#include "text/planning_text.h"
#include "undo/policy_defaults_command.h"
#include "undo/undo_actions.h"
#include "util/errors.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace stocktower::ui {

// What a run hands back to the GUI thread, built entirely on the worker.
struct PolicyPage::Computed {
    inventory::PolicyDefaults defaults;
    std::vector<inventory::ParameterChange> changes;
    std::shared_ptr<inventory::PolicyInputSet> inputs;
    std::shared_ptr<inventory::PolicyRunResult> run;
};

namespace {

void showWarning(QWidget* parent, const QString& title, const QString& message) {
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // no nested event loop
}

QString percent(double ratio, const QLocale& locale) {
    return std::isnan(ratio) ? QStringLiteral("–") : locale.toString(ratio * 100.0, 'f', 1) + QStringLiteral(" %");
}

} // namespace

PolicyPage::PolicyPage(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_defaults(new PolicyDefaultsBar(this)), m_undoStack(new QUndoStack(this)),
      m_refresh(new QPushButton(tr("&Recompute"), this)),
      m_export(new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("E&xport…"), this)),
      m_totals(new QLabel(this)), m_stack(new QStackedWidget(this)), m_message(new QLabel(this)),
      m_filter(new QLineEdit(this)), m_site(new QComboBox(this)),
      m_proposalsOnly(new QCheckBox(tr("&Proposals only"), this)), m_count(new QLabel(this)),
      m_model(new PolicyTableModel(this)), m_proxy(new PolicyFilterProxy(this)), m_view(new QTableView(this)),
      m_explain(new QTextBrowser(this)) {
    setGuidePage(this, QStringLiteral("policy"));
    const auto undo = addUndoActions(this, m_undoStack);
    m_undo = undo.undo;
    m_redo = undo.redo;

    auto* top = new QHBoxLayout;
    top->addWidget(m_defaults, 1);
    top->addWidget(iconToolButton(m_undo, this));
    top->addWidget(iconToolButton(m_redo, this));
    top->addSpacing(8);
    top->addWidget(m_refresh);
    top->addWidget(m_export);
    m_refresh->setToolTip(tr("Recompute the policy of every item-site with the current defaults"));

    m_totals->setWordWrap(true);
    m_totals->setTextFormat(Qt::RichText);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setEnabled(false);

    m_filter->setPlaceholderText(tr("Filter by SKU or site"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Policy filter"));
    m_site->setAccessibleName(tr("Site"));
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_proposalsOnly->setToolTip(tr("Only item-sites whose projected stock is at or below the reorder point today"));
    auto* filterBar = new QHBoxLayout;
    filterBar->addWidget(m_filter, 2);
    filterBar->addWidget(m_site);
    filterBar->addWidget(m_proposalsOnly);
    filterBar->addSpacing(12);
    filterBar->addWidget(m_count, 3);

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PolicyTableModel::Sku, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Item-site policies"));
    useCompactRows(m_view);
    auto* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    // In average characters; site codes are capitals, wider than average ("DC-NORTH").
    const int widths[PolicyTableModel::ColumnCount] = {12, 11, 8, 11, 11, 11, 10, 9, 8, 8, 8, 9, 8, 11};
    setColumnWidthsInCharacters(m_view, widths);

    m_explain->setOpenLinks(false);
    m_explain->setAccessibleName(tr("Why these numbers"));
    m_explain->setPlaceholderText(tr("Select a row to see how its numbers were computed."));

    auto* tableHolder = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableHolder);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filterBar);
    tableLayout->addWidget(m_view, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(tableHolder);
    split->addWidget(m_explain);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    split->setSizes({960, 420});
    m_stack->addWidget(m_message);
    m_stack->addWidget(split);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_totals);
    layout->addWidget(m_stack, 1);

    connect(m_defaults, &PolicyDefaultsBar::edited, this, &PolicyPage::editDefaults);
    connect(m_refresh, &QPushButton::clicked, this, &PolicyPage::recompute);
    connect(m_export, &QPushButton::clicked, this, &PolicyPage::chooseExport);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        updateTotals();
    });
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setSiteCode(m_site->currentData().toString());
        updateTotals();
    });
    connect(m_proposalsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setProposalsOnly(on);
        updateTotals();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { explainRow(current.isValid() ? current.row() : -1); });
    // Undo and redo write the stored defaults: show them and recompute.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        reloadDefaults();
        recompute();
    });
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &PolicyPage::onWorkspaceChanged);
    connect(&m_session, &WorkspaceSession::dataChanged, this, &PolicyPage::onWorkspaceChanged);
    connect(&m_session, &WorkspaceSession::readOnlyChanged, this, &PolicyPage::updateEditable);
    onWorkspaceChanged();
}

PolicyPage::~PolicyPage() {
    // The worker holds its own connection and shared results: cancelling is enough.
    if (m_task) m_task->cancel();
    // The stack is a child: clearing it while QWidget deletes children emits indexChanged,
    // which must not reach this half-destroyed page.
    m_undoStack->disconnect(this);
}

void PolicyPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_dirty && !m_task) recompute();
}

void PolicyPage::onWorkspaceChanged() {
    m_dirty = true;
    {
        const QSignalBlocker block(m_site);
        m_site->clear();
        m_site->addItem(tr("All sites"), QString());
        if (m_session.isOpen())
            for (const auto& site : m_session.sites())
                m_site->addItem(QString::fromStdString(site.code), QString::fromStdString(site.code));
    }
    m_proxy->setSiteCode({});
    if (!m_session.isOpen()) {
        ++m_generation;
        if (m_task) m_task->cancel();
        m_undoStack->clear(); // its commands wrote to the previous workspace
        m_model->clear();
        m_inputs.reset();
        m_explain->clear();
        showPlaceholder(m_session.isOpening() ? tr("Opening the workspace…")
                                              : tr("Open a workspace to see its stock policies."));
        updateEditable();
        return;
    }
    reloadDefaults();
    updateEditable();
    if (isVisible()) recompute();
    else if (!m_model->run()) showPlaceholder(tr("The policies are computed when you open this page."));
}

void PolicyPage::reloadDefaults() {
    if (!m_session.isOpen()) return;
    try {
        m_defaults->setDefaults(inventory::loadPolicyDefaults(m_session.db()));
    } catch (const std::exception& error) {
        m_lastError = QString::fromUtf8(error.what());
    }
}

void PolicyPage::updateEditable() {
    const bool writable = m_session.isOpen() && !m_session.isReadOnly();
    // Still shown when read-only, so the values can be read; edits are refused with a message.
    m_defaults->setToolTip(writable ? QString() : tr("The workspace is read-only: defaults cannot be changed."));
    // Undoing would write too: a workspace that turned read-only drops its history.
    if (m_session.isOpen() && m_session.isReadOnly() && m_undoStack->count() > 0) m_undoStack->clear();
}

void PolicyPage::showPlaceholder(const QString& text) {
    m_message->setText(text);
    m_stack->setCurrentIndex(0);
    updateTotals();
}

void PolicyPage::refuse(const QString& message) {
    m_lastError = message;
    showWarning(this, tr("Policy defaults"), message);
}

bool PolicyPage::editDefaults(const inventory::PolicyDefaults& after, const QString& what) {
    m_lastError.clear();
    if (!m_session.isOpen()) return false;
    if (m_session.isReadOnly()) {
        m_defaults->setDefaults(m_defaults->defaults()); // back to the stored values
        reloadDefaults();
        refuse(tr("This workspace is read-only: %1").arg(m_session.readOnlyReason()));
        return false;
    }
    inventory::PolicyDefaults before;
    try {
        before = inventory::loadPolicyDefaults(m_session.db());
    } catch (const std::exception& error) {
        refuse(QString::fromUtf8(error.what()));
        return false;
    }
    auto writeError = std::make_shared<QString>();
    auto writer = [this, writeError](const inventory::PolicyDefaults& state) {
        if (!m_session.isOpen() || m_session.isReadOnly()) throw util::UserError("the workspace is not writable");
        try {
            inventory::savePolicyDefaults(m_session.db(), state);
            writeError->clear();
        } catch (const std::exception& error) {
            *writeError = QString::fromUtf8(error.what());
            throw;
        }
    };
    // The stack deletes a command whose first redo failed (obsolete): the error is kept apart.
    m_undoStack->push(new SetPolicyDefaultsCommand(before, after, writer, tr("Change %1").arg(what)));
    if (!writeError->isEmpty()) {
        reloadDefaults();
        refuse(tr("The defaults could not be saved: %1").arg(*writeError));
        return false;
    }
    updateEditable();
    return true; // indexChanged reloads and recomputes
}

void PolicyPage::recompute() {
    if (!m_session.isOpen()) return;
    const std::uint64_t generation = ++m_generation;
    if (m_task) m_task->cancel();
    std::shared_ptr<store::Connection> connection;
    try {
        // The worker's own read-only connection: the GUI thread's must not be shared.
        connection = m_session.workspace().openConnection(true);
    } catch (const std::exception& error) {
        showPlaceholder(tr("Cannot read the workspace: %1").arg(QString::fromUtf8(error.what())));
        return;
    }
    auto output = std::make_shared<Computed>();
    // What runWorkspacePolicy does, with the inputs kept for the "why" panel.
    Task* task = m_session.tasks().run(tr("Computing stock policies"), [connection, output](util::Progress& progress) mutable {
        output->defaults = inventory::loadPolicyDefaults(*connection);
        output->changes = inventory::baseChanges(*connection);
        const inventory::PolicyRunOptions options;
        output->inputs = std::make_shared<inventory::PolicyInputSet>(
            inventory::gatherPolicyInputs(*connection, output->defaults, options, progress));
        connection.reset(); // closed by the thread that used it
        output->run = std::make_shared<inventory::PolicyRunResult>(
            inventory::computePolicies(*output->inputs, output->defaults, output->changes, options, progress));
    });
    m_task = task;
    connect(task, &Task::finished, this, [this, task, generation, output] {
        if (generation != m_generation) return;
        m_task = nullptr;
        switch (task->state()) {
        case Task::State::Succeeded:
            m_dirty = false;
            m_inputs = output->inputs;
            m_runDefaults = output->defaults;
            m_runChanges = output->changes;
            m_model->setRun(output->run);
            m_explain->clear();
            if (output->run->rows.empty())
                showPlaceholder(tr("No item-site has demand, parameters or stock yet. Import items and demand "
                                   "(File → Import…) to compute policies."));
            else
                m_stack->setCurrentIndex(1);
            break;
        case Task::State::Cancelled: break; // from the progress panel: what was shown stays
        default: showPlaceholder(tr("The policy run failed: %1").arg(task->errorMessage())); break;
        }
        updateTotals();
        Q_EMIT computed();
    });
    if (!m_model->run()) showPlaceholder(tr("Computing the stock policies…"));
    updateTotals();
}

void PolicyPage::explainRow(int proxyRow) {
    if (proxyRow < 0 || proxyRow >= m_proxy->rowCount() || !m_inputs) {
        m_explain->clear();
        return;
    }
    const int row = m_proxy->mapToSource(m_proxy->index(proxyRow, 0)).row();
    const auto run = m_model->run();
    const auto& shown = m_model->policyRow(row);
    // Rows come in input order; the ids guard against a mismatch all the same.
    const auto index = static_cast<std::size_t>(row);
    if (index >= m_inputs->inputs.size() || m_inputs->inputs[index].itemId != shown.itemId ||
        m_inputs->inputs[index].siteId != shown.siteId) {
        m_explain->setPlainText(tr("The inputs of this row are no longer at hand; recompute to explain it."));
        return;
    }
    const QString title = tr("%1 at %2").arg(QString::fromStdString(shown.sku), QString::fromStdString(shown.siteCode));
    try {
        const auto explained = inventory::computePolicyRow(m_inputs->inputs[index], run->period, run->today, m_runDefaults,
                                                           m_runChanges, true);
        if (!explained.error.empty()) {
            m_explain->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p>")
                                   .arg(title.toHtmlEscaped(),
                                        tr("Not computed: %1").arg(QString::fromStdString(explained.error)).toHtmlEscaped()));
            return;
        }
        if (!explained.explain) {
            m_explain->setPlainText(tr("No explanation is available for this row."));
            return;
        }
        m_explain->setHtml(explanationHtml(*explained.explain, title, locale()));
    } catch (const std::exception& error) {
        m_explain->setPlainText(tr("The explanation failed: %1").arg(QString::fromUtf8(error.what())));
    }
}

void PolicyPage::updateTotals() {
    const auto run = m_model->run();
    const QLocale locale;
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%1 item-sites").arg(locale.toString(total))
                                    : tr("%1 of %2 item-sites").arg(locale.toString(shown), locale.toString(total)));
    m_export->setEnabled(shown > 0);
    if (!run) {
        m_totals->setText(m_task ? tr("Computing…") : QString());
        return;
    }
    const auto& t = run->totals;
    QStringList parts;
    parts << tr("Investment <b>%1</b> (safety %2, cycle %3)")
                 .arg(locale.toString(t.inventoryInvestment, 'f', 0), locale.toString(t.safetyStockValue, 'f', 0),
                      locale.toString(t.cycleStockValue, 'f', 0));
    parts << tr("fill rate <b>%1</b>").arg(percent(t.expectedFillRate, locale));
    parts << tr("CSL %1").arg(percent(t.expectedCsl, locale));
    parts << tr("cost %1/yr").arg(locale.toString(t.totalCost, 'f', 0));
    parts << tr("<b>%1</b> proposals worth %2").arg(t.proposals).arg(locale.toString(t.proposedValue, 'f', 0));
    if (t.errors > 0) parts << tr("<span style='color:#b3261e'>%1 not computed</span>").arg(t.errors);
    QString line = parts.join(QStringLiteral(" · "));
    QStringList context;
    context << (run->forecastRunId ? tr("demand from forecast run %1").arg(*run->forecastRunId)
                                   : tr("demand from history"));
    context << tr("%1, today %2").arg(perPeriodText(run->period.name), QString::fromStdString(run->today));
    for (const auto& notice : run->notices) context << QString::fromStdString(notice).toHtmlEscaped();
    line += QStringLiteral("<br><span style='color:#555'>%1</span>").arg(context.join(QStringLiteral(" · ")));
    if (m_task) line += tr(" · <i>recomputing…</i>");
    m_totals->setText(line);
}

Task* PolicyPage::exportCsv(const QString& path) {
    const auto run = m_model->run();
    if (!run) return nullptr;
    // The rows as shown: filtered, in the table's order; `run` owns what the pointers point to.
    auto rows = std::make_shared<std::vector<const inventory::PolicyRow*>>();
    rows->reserve(static_cast<std::size_t>(m_proxy->rowCount()));
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows->push_back(&m_model->policyRow(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    const std::string target = path.toStdString();
    Task* task = m_session.tasks().run(tr("Exporting the policies"), [run, rows, target](util::Progress& progress) {
        inventory::writePolicyCsv(target, *rows, progress);
    });
    connect(task, &Task::failed, this, [this](const QString& message) { showWarning(this, tr("Export failed"), message); });
    return task;
}

void PolicyPage::chooseExport() {
    const QString path = askCsvSavePath(this, tr("Export the policies"), QStringLiteral("policies.csv"));
    if (!path.isEmpty()) exportCsv(path);
}

} // namespace stocktower::ui
