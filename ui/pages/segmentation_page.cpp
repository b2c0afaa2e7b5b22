#include "pages/segmentation_page.h"

#include "charts/pareto_chart.h"
#include "help/guide.h"
#include "inventory/segmentation_export.h"
#include "inventory/segmentation_reader.h"
#include "models/segmentation_filter_proxy.h"
#include "models/segmentation_table_model.h"
#include "models/segmentation_workload_model.h"
#include "pages/segmentation_count_tab.h"
#include "pages/segmentation_matrix.h"
#include "pages/segmentation_settings_bar.h"
#include "shell/save_dialogs.h"
#include "shell/table_style.h"
#include "shell/workspace_session.h"
#include "util/errors.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace stocktower::ui {

namespace {

using inventory::AbcClass;
using inventory::XyzClass;

// What a computation hands back to the GUI thread, built entirely on the worker.
struct Computed {
    std::shared_ptr<inventory::SegmentationResult> result;
    std::shared_ptr<std::vector<store::StockLocation>> locations;
    std::shared_ptr<inventory::CycleCountPlan> plan;
    SegmentationTableModel::Content content;
};

QString isoDate(domain::DayNumber day) { return QString::fromStdString(domain::formatIsoDate(day)); }

void showError(QWidget* parent, const QString& title, const QString& message) {
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // no nested event loop
}

} // namespace

SegmentationPage::SegmentationPage(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_settings(new SegmentationSettingsBar(this)), m_status(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_message(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_chart(new ParetoChart(this)), m_matrix(new SegmentationMatrix(this)), m_model(new SegmentationTableModel(this)),
      m_proxy(new SegmentationFilterProxy(this)), m_filter(new QLineEdit(this)), m_listCount(new QLabel(this)),
      m_showAll(new QPushButton(tr("Show &all"), this)),
      m_exportList(new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("E&xport list…"), this)),
      m_view(new QTableView(this)), m_countTab(new SegmentationCountTab(this)), m_debounce(new QTimer(this)) {
    setGuidePage(this, QStringLiteral("segmentation"));
    m_proxy->setSourceRows(m_model);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setEnabled(false); // greyed: a placeholder, not content

    // The item list under the matrix.
    m_filter->setPlaceholderText(tr("Filter by SKU, description or site"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Segment filter"));
    m_showAll->setToolTip(tr("Clear the matrix selection"));
    auto* listBar = new QHBoxLayout;
    listBar->addWidget(m_filter, 2);
    listBar->addSpacing(12);
    listBar->addWidget(m_listCount, 3);
    listBar->addWidget(m_showAll);
    listBar->addWidget(m_exportList);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SegmentationTableModel::Rank, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Segmented items"));
    useCompactRows(m_view);
    auto* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    const int widths[SegmentationTableModel::ColumnCount] = {7, 14, 34, 10, 14, 11, 9, 10, 11, 13, 7, 6};
    setColumnWidthsInCharacters(m_view, widths);
    header->setSectionResizeMode(SegmentationTableModel::Description, QHeaderView::Stretch);
    auto* listHolder = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listHolder);
    listLayout->setContentsMargins(0, 4, 0, 0);
    listLayout->addLayout(listBar);
    listLayout->addWidget(m_view, 1);

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_chart);
    top->addWidget(m_matrix);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    top->setChildrenCollapsible(false);
    top->setSizes({560, 620}); // the chart needs room for its cut-off labels
    auto* segments = new QSplitter(Qt::Vertical, this);
    segments->addWidget(top);
    segments->addWidget(listHolder);
    segments->setStretchFactor(0, 1);
    segments->setStretchFactor(1, 1);
    segments->setChildrenCollapsible(false);
    segments->setSizes({380, 420});
    m_tabs->addTab(segments, tr("ABC / XYZ"));
    m_tabs->addTab(m_countTab, tr("Cycle counts"));
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_tabs);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_settings);
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);

    // Typing "80/15/" passes through invalid states: wait for a pause before computing.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(350);
    connect(m_debounce, &QTimer::timeout, this, &SegmentationPage::recompute);
    connect(m_settings, &SegmentationSettingsBar::changed, this, &SegmentationPage::scheduleRecompute);
    connect(m_countTab, &SegmentationCountTab::settingsChanged, this, &SegmentationPage::replan);
    connect(m_countTab, &SegmentationCountTab::exportRequested, this, &SegmentationPage::chooseExportSchedule);
    connect(m_matrix, &SegmentationMatrix::selectionRequested, this, &SegmentationPage::applySelection);
    connect(m_showAll, &QPushButton::clicked, this, [this] { applySelection(std::nullopt, std::nullopt); });
    connect(m_exportList, &QPushButton::clicked, this, &SegmentationPage::chooseExportList);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        updateListCount();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SegmentationPage::updateListCount);
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &SegmentationPage::onWorkspaceChanged);
    connect(&m_session, &WorkspaceSession::dataChanged, this, &SegmentationPage::onWorkspaceChanged);
    connect(&m_session, &WorkspaceSession::openingStarted, this, [this] {
        if (!m_session.isOpen()) showPlaceholder(tr("Opening the workspace…"));
    });
    onWorkspaceChanged();
}

SegmentationPage::~SegmentationPage() {
    // The workers hold their own connection and shared results: cancelling is enough.
    if (m_computeTask) m_computeTask->cancel();
    if (m_planTask) m_planTask->cancel();
}

void SegmentationPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_dirty && !m_computeTask) recompute();
}

void SegmentationPage::onWorkspaceChanged() {
    m_settings->setSites(m_session.isOpen() ? m_session.sites() : std::vector<store::SiteRow>{});
    m_dirty = true;
    if (!m_session.isOpen()) {
        ++m_generation;
        if (m_computeTask) m_computeTask->cancel();
        m_result.reset();
        m_model->clear();
        showPlaceholder(m_session.isOpening() ? tr("Opening the workspace…")
                                              : tr("Open a workspace to see its ABC/XYZ segmentation."));
        return;
    }
    if (isVisible()) recompute();
    else if (!m_result) showPlaceholder(tr("The segmentation is computed when you open this page."));
}

void SegmentationPage::scheduleRecompute() {
    m_dirty = true;
    if (!m_settings->settings()) {
        m_debounce->stop();
        updateStatus(); // says what is wrong; the last good result stays on screen
        return;
    }
    m_debounce->start();
}

void SegmentationPage::showPlaceholder(const QString& text) {
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    updateStatus();
}

void SegmentationPage::recompute() {
    m_debounce->stop();
    if (!m_session.isOpen()) return;
    const auto settings = m_settings->settings();
    if (!settings) {
        updateStatus();
        return;
    }
    // A newer request supersedes the running one: cancelled (its query interrupted), dropped.
    const std::uint64_t generation = ++m_generation;
    if (m_computeTask) m_computeTask->cancel();
    std::shared_ptr<store::Connection> connection;
    try {
        // The worker's own read-only connection: the GUI thread's must not be shared.
        connection = m_session.workspace().openConnection(true);
    } catch (const std::exception& error) {
        showPlaceholder(tr("Cannot read the workspace: %1").arg(QString::fromUtf8(error.what())));
        return;
    }
    auto counts = m_countTab->settings();
    const bool keepStart = m_countTab->isStartChosen();
    auto output = std::make_shared<Computed>();
    Task* task = m_session.tasks().run(
        tr("Segmenting items"), [connection, settings = *settings, counts, keepStart, output](util::Progress& progress) mutable {
            auto result = std::make_shared<inventory::SegmentationResult>(
                inventory::segmentWorkspace(*connection, settings, progress));
            output->locations = std::make_shared<std::vector<store::StockLocation>>(
                store::loadStockLocations(*connection, settings.siteId));
            connection.reset(); // closed by the thread that used it
            if (counts) {
                if (!keepStart) counts->firstMonday = inventory::mondayOnOrAfter(result->windowLast + 1);
                if (!inventory::cycleCountProblem(*counts))
                    output->plan = std::make_shared<inventory::CycleCountPlan>(
                        inventory::planCycleCounts(*result, *output->locations, *counts));
            }
            if (progress.isCancelled()) throw util::Cancelled();
            output->content = SegmentationTableModel::prepare(result);
            output->result = std::move(result);
        });
    m_computeTask = task;
    m_planTask = nullptr; // a full computation plans too
    ++m_planGeneration;
    connect(task, &Task::finished, this, [this, task, generation, output] {
        if (generation != m_generation) return;
        m_computeTask = nullptr;
        switch (task->state()) {
        case Task::State::Succeeded: {
            m_dirty = false;
            m_result = output->result;
            m_locations = output->locations;
            m_model->setContent(std::move(output->content));
            m_chart->setResult(m_result);
            m_matrix->setResult(m_result);
            m_countTab->setDefaultStart(m_result->windowLast);
            if (output->plan) m_countTab->setPlan(output->plan);
            else m_countTab->showMessage(m_countTab->problem());
            if (!m_result->hasDemand)
                showPlaceholder(tr("This workspace has no demand history yet. Import demand (File → Import…) to rank "
                                   "items by usage and variability."));
            else if (m_result->rows.empty())
                showPlaceholder(tr("Nothing to segment: no item-site has demand, parameters or stock here."));
            else
                m_stack->setCurrentWidget(m_tabs);
            break;
        }
        case Task::State::Cancelled: break; // from the progress panel: what was shown stays
        default: showPlaceholder(tr("The segmentation failed: %1").arg(task->errorMessage())); break;
        }
        updateStatus();
        updateListCount();
        Q_EMIT computed();
    });
    if (!m_result) showPlaceholder(tr("Segmenting the items…"));
    updateStatus();
}

void SegmentationPage::replan() {
    if (!m_result || !m_locations) return;
    const auto counts = m_countTab->settings();
    if (!counts) {
        m_countTab->showMessage(m_countTab->problem());
        return;
    }
    const std::uint64_t generation = ++m_planGeneration;
    if (m_planTask) m_planTask->cancel();
    auto plan = std::make_shared<inventory::CycleCountPlan>();
    Task* task = m_session.tasks().run(tr("Planning cycle counts"),
                                       [result = m_result, locations = m_locations, counts = *counts, plan](util::Progress&) {
                                           *plan = inventory::planCycleCounts(*result, *locations, counts);
                                       });
    m_planTask = task;
    connect(task, &Task::finished, this, [this, task, generation, plan] {
        if (generation != m_planGeneration) return;
        m_planTask = nullptr;
        if (task->state() == Task::State::Succeeded) m_countTab->setPlan(plan);
        else if (task->state() == Task::State::Failed) m_countTab->showMessage(task->errorMessage());
        Q_EMIT computed();
    });
}

void SegmentationPage::applySelection(std::optional<AbcClass> abc, std::optional<XyzClass> xyz) {
    m_matrix->setSelection(abc, xyz);
    m_proxy->setCell(abc, xyz);
    updateListCount();
}

void SegmentationPage::updateListCount() {
    const QLocale locale;
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString selection;
    if (m_proxy->abcFilter() || m_proxy->xyzFilter()) {
        const QString abc = m_proxy->abcFilter() ? QString(QLatin1Char(inventory::abcLetter(*m_proxy->abcFilter()))) : QString();
        const QString xyz = m_proxy->xyzFilter() ? QString(QLatin1Char(inventory::xyzLetter(*m_proxy->xyzFilter()))) : QString();
        selection = tr("class %1%2: ").arg(abc, xyz);
    }
    m_listCount->setText(shown == total ? tr("%1%2 rows").arg(selection, locale.toString(total))
                                        : tr("%1%2 of %3 rows").arg(selection, locale.toString(shown), locale.toString(total)));
    m_showAll->setEnabled(m_proxy->abcFilter() || m_proxy->xyzFilter());
    m_exportList->setEnabled(shown > 0);
}

void SegmentationPage::updateStatus() {
    const QString problem = m_settings->problem();
    if (!problem.isEmpty()) {
        m_status->setText(QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(problem.toHtmlEscaped()));
        return;
    }
    if (!m_result || !m_result->hasDemand) {
        m_status->setText(m_computeTask ? tr("Computing…") : QString());
        return;
    }
    const auto& r = *m_result;
    const QLocale locale;
    const bool across = r.settings.scope == inventory::AbcScope::AcrossSites;
    QStringList parts;
    parts << tr("Window <b>%1 – %2</b> (%3 weeks; CV over %4 %5 periods)")
                 .arg(isoDate(r.windowFirst), isoDate(r.windowLast))
                 .arg(r.settings.windowWeeks)
                 .arg(r.periods)
                 .arg(r.settings.xyzPeriod == inventory::XyzPeriod::Week ? tr("weekly") : tr("monthly"));
    parts << (across ? tr("%1 items").arg(locale.toString(static_cast<qlonglong>(r.rows.size())))
                     : tr("%1 item-sites").arg(locale.toString(static_cast<qlonglong>(r.rows.size()))));
    if (r.noUsage > 0) parts << tr("%1 without usage (class C)").arg(locale.toString(static_cast<qlonglong>(r.noUsage)));
    if (r.costMissing > 0 && (r.settings.basis == inventory::AbcBasis::UsageValue || r.settings.basis == inventory::AbcBasis::Margin))
        parts << tr("%1 without a unit cost (value 0)").arg(locale.toString(static_cast<qlonglong>(r.costMissing)));
    parts << tr("the item crossing a cut-off belongs to the upper class; no demand → Z");
    if (m_computeTask) parts << tr("<i>recomputing…</i>");
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

Task* SegmentationPage::exportList(const QString& path) {
    if (!m_result) return nullptr;
    // The rows as shown: filtered by text and matrix cell, in the list's sort order.
    auto rows = std::make_shared<std::vector<const inventory::SegmentRow*>>();
    rows->reserve(static_cast<std::size_t>(m_proxy->rowCount()));
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows->push_back(&m_model->segmentRow(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    const std::string target = path.toStdString();
    Task* task = m_session.tasks().run(tr("Exporting the segmentation"), [result = m_result, rows, target](util::Progress&) {
        // `result` owns the rows the pointers point to: captured so it outlives the write.
        if (result) inventory::writeSegmentationCsv(target, *rows);
    });
    connect(task, &Task::failed, this, [this](const QString& message) { showError(this, tr("Export failed"), message); });
    return task;
}

Task* SegmentationPage::exportSchedule(const QString& path) {
    const auto plan = m_countTab->plan();
    if (!plan) return nullptr;
    // The model shares the plan: keep it alive for the worker.
    std::shared_ptr<const inventory::CycleCountPlan> shared(m_countTab->workloadModel()->sharedPlan());
    const std::string target = path.toStdString();
    Task* task = m_session.tasks().run(tr("Exporting the count schedule"),
                                       [shared, target](util::Progress&) { inventory::writeCountScheduleCsv(target, *shared); });
    connect(task, &Task::failed, this, [this](const QString& message) { showError(this, tr("Export failed"), message); });
    return task;
}

void SegmentationPage::chooseExportList() {
    const QString path = askCsvSavePath(this, tr("Export the segmentation"), QStringLiteral("segmentation.csv"));
    if (!path.isEmpty()) exportList(path);
}

void SegmentationPage::chooseExportSchedule() {
    const QString path = askCsvSavePath(this, tr("Export the count schedule"), QStringLiteral("count-schedule.csv"));
    if (!path.isEmpty()) exportSchedule(path);
}

} // namespace stocktower::ui
