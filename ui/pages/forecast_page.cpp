// The forecast page: layout, the table's background load, filters and empty states.
#include "pages/forecast_page.h"

#include "charts/forecast_chart.h"
#include "help/guide.h"
#include "models/forecast_filter_proxy.h"
#include "models/forecast_periods_model.h"
#include "models/forecast_table_model.h"
#include "pages/forecast_model_panel.h"
#include "shell/table_style.h"
#include "shell/workspace_session.h"
#include "store/cancellation.h"
#include "store/forecast_queries.h"
#include "tasks/progress_panel.h"
#include "text/planning_text.h"
#include "undo/forecast_override_editor.h"
#include "undo/undo_actions.h"
#include "util/errors.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace stocktower::ui {

namespace {

// Frees rows a model no longer shows on a pool thread (175,000 rows take a noticeable moment).
void discardInBackground(ForecastTableModel::Content content) {
    if (content.rows.empty()) return;
    auto rows = std::make_shared<ForecastTableModel::Content>(std::move(content));
    (void)QtConcurrent::run([rows = std::move(rows)]() mutable { rows.reset(); });
}

QToolButton* toolButton(QAction* action, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

ForecastPage::ForecastPage(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new ForecastTableModel(this)),
      m_proxy(new ForecastFilterProxy(this)), m_periods(new ForecastPeriodsModel(this)),
      m_editor(new ForecastOverrideEditor(session, this)) {
    setGuidePage(this, QStringLiteral("forecast"));
    setObjectName(QStringLiteral("forecastPage"));
    m_proxy->setSourceTable(m_model);

    const auto undo = addUndoActions(this, m_editor->undoStack());
    m_undo = undo.undo;
    m_redo = undo.redo;

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createToolbar());
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();
    layout->addWidget(m_notice);
    m_progress = new ProgressPanel(this);
    layout->addWidget(m_progress);
    m_stack = new QStackedWidget(this);
    auto* empty = new QWidget(m_stack);
    auto* emptyLayout = new QVBoxLayout(empty);
    m_emptyText = new QLabel(empty);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    QFont emptyFont = m_emptyText->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.15);
    m_emptyText->setFont(emptyFont);
    m_emptyButton = new QPushButton(QIcon(QStringLiteral(":/icons/forecast.svg")), tr("Run forecast…"), empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_stack->addWidget(empty);
    m_stack->addWidget(createContent());
    layout->addWidget(m_stack, 1);

    connect(m_emptyButton, &QPushButton::clicked, this, &ForecastPage::showRunDialog);
    connect(m_editor, &ForecastOverrideEditor::overrideChanged, this, &ForecastPage::onOverrideChanged);
    connect(m_editor, &ForecastOverrideEditor::editFailed, this, [this](const QString& message) { showNotice(message, true); });
    connect(&m_detailWatcher, &QFutureWatcherBase::finished, this, &ForecastPage::onDetailLoaded);
    m_periods->setEditHandler([this](const QString& period, std::optional<double> quantity, const QString& comment) {
        return setOverride(period, quantity, comment);
    });
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &ForecastPage::onWorkspaceChanged);
    connect(&m_session, &WorkspaceSession::dataChanged, this, &ForecastPage::requestReload);
    connect(&m_session, &WorkspaceSession::readOnlyChanged, this, &ForecastPage::updateEditable);
    for (auto signal : {&WorkspaceSession::openingStarted, &WorkspaceSession::openCancelled})
        connect(&m_session, signal, this, [this] { updateEmptyState(); });
    connect(&m_session, &WorkspaceSession::openFailed, this, [this] { updateEmptyState(); });
    onWorkspaceChanged();
}

ForecastPage::~ForecastPage() {
    // The detail worker uses no page state, but its result must not arrive at a dead page.
    m_detailWatcher.disconnect(this);
}

QWidget* ForecastPage::createToolbar() {
    auto* bar = new QWidget(this);
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);

    auto* top = new QHBoxLayout;
    m_runInfo = new QLabel(bar);
    m_runInfo->setTextFormat(Qt::RichText);
    m_runInfo->setWordWrap(true); // two lines rather than a window wider than a laptop's screen
    m_runInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runButton = new QPushButton(QIcon(QStringLiteral(":/icons/forecast.svg")), tr("&Run forecast…"), bar);
    m_runButton->setToolTip(tr("Forecast every item and site in the background"));
    m_exportButton = new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("E&xport forecasts…"), bar);
    m_exportButton->setToolTip(tr("Write this run's forecasts, overrides and intervals to a CSV file"));
    top->addWidget(m_runInfo, 1);
    top->addWidget(toolButton(m_undo, bar));
    top->addWidget(toolButton(m_redo, bar));
    top->addSpacing(8);
    top->addWidget(m_runButton);
    top->addWidget(m_exportButton);
    rows->addLayout(top);

    auto* filters = new QHBoxLayout;
    m_filter = new QLineEdit(bar);
    m_filter->setPlaceholderText(tr("Search SKU, name, site or model"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Forecast search"));
    m_classFilter = new QComboBox(bar);
    m_classFilter->setAccessibleName(tr("Demand class"));
    m_classFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_familyFilter = new QComboBox(bar);
    m_familyFilter->setAccessibleName(tr("Model"));
    m_familyFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* classLabel = new QLabel(tr("&Class:"), bar);
    classLabel->setBuddy(m_classFilter);
    auto* familyLabel = new QLabel(tr("&Model:"), bar);
    familyLabel->setBuddy(m_familyFilter);
    m_count = new QLabel(bar);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    filters->addWidget(m_filter, 3);
    filters->addSpacing(12);
    filters->addWidget(classLabel);
    filters->addWidget(m_classFilter);
    filters->addSpacing(12);
    filters->addWidget(familyLabel);
    filters->addWidget(m_familyFilter);
    filters->addSpacing(12);
    filters->addWidget(m_count, 1);
    rows->addLayout(filters);

    connect(m_runButton, &QPushButton::clicked, this, &ForecastPage::showRunDialog);
    connect(m_exportButton, &QPushButton::clicked, this, &ForecastPage::showExportDialog);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        updateCount();
    });
    connect(m_classFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setDemandClass(m_classFilter->currentData().toString());
        updateCount();
    });
    connect(m_familyFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setModelFamily(m_familyFilter->currentData().toString());
        updateCount();
    });
    return bar;
}

QWidget* ForecastPage::createContent() {
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_view = new QTableView(m_splitter);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ForecastTableModel::Sku, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Forecast series"));
    useCompactRows(m_view);
    auto* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    const int widths[ForecastTableModel::ColumnCount] = {14, 28, 10, 12, 30, 7, 8, 8, 11, 12, 9};
    setColumnWidthsInCharacters(m_view, widths);
    header->setSectionResizeMode(ForecastTableModel::Name, QHeaderView::Stretch);

    auto* bottom = new QSplitter(Qt::Horizontal, m_splitter);
    m_chart = new ForecastChart(bottom);
    m_tabs = new QTabWidget(bottom);
    auto* periodsTab = new QWidget(m_tabs);
    auto* periodsLayout = new QVBoxLayout(periodsTab);
    periodsLayout->setContentsMargins(4, 4, 4, 4);
    m_periodsHint = new QLabel(periodsTab);
    m_periodsHint->setWordWrap(true);
    m_periodsView = new QTableView(periodsTab);
    m_periodsView->setModel(m_periods);
    m_periodsView->verticalHeader()->hide();
    m_periodsView->setAlternatingRowColors(true);
    m_periodsView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_periodsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                   QAbstractItemView::AnyKeyPressed);
    m_periodsView->setAccessibleName(tr("Forecast periods"));
    useCompactRows(m_periodsView);
    m_periodsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_periodsView->horizontalHeader()->setSectionResizeMode(ForecastPeriodsModel::Comment, QHeaderView::Stretch);
    periodsLayout->addWidget(m_periodsHint);
    periodsLayout->addWidget(m_periodsView, 1);
    m_modelPanel = new ForecastModelPanel(m_tabs);
    m_tabs->addTab(periodsTab, tr("Forecast && overrides"));
    m_tabs->addTab(m_modelPanel, tr("Model && accuracy"));
    bottom->addWidget(m_chart);
    bottom->addWidget(m_tabs);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    bottom->setSizes({700, 640});
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({360, 440});
    m_splitter->setChildrenCollapsible(false);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ForecastPage::onCurrentRowChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ForecastPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ForecastPage::updateCount);
    return m_splitter;
}

void ForecastPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_reloadPending) reload();
}

void ForecastPage::onWorkspaceChanged() {
    m_editor->clear(); // the history belongs to the previous workspace
    m_filter->clear();
    m_run.reset();
    m_hasDemand = false;
    m_loadedOnce = false;
    clearRows();
    requestReload();
}

void ForecastPage::requestReload() {
    // Loading 175,000 series is not free: only when the page is seen (or asked for directly).
    m_reloadPending = true;
    if (isVisible()) reload();
    else updateEmptyState();
}

void ForecastPage::clearRows() {
    discardInBackground(m_model->setContent({}));
    m_detail.reset();
    m_periods->clear();
    m_chart->showMessage(QString());
    m_modelPanel->clear();
    updateFilters();
    updateCount();
    updateRunInfo();
}

void ForecastPage::reload() {
    m_reloadPending = false;
    const std::uint64_t generation = ++m_loadGeneration;
    if (m_loadTask) m_loadTask->cancel();
    if (!m_session.isOpen()) {
        m_loading = false;
        clearRows();
        updateEmptyState();
        Q_EMIT loaded();
        return;
    }
    std::shared_ptr<store::Connection> connection;
    try {
        connection = m_session.workspace().openConnection(true);
    } catch (const std::exception& failure) {
        m_loading = false;
        updateEmptyState(QString::fromUtf8(failure.what()));
        Q_EMIT loaded();
        return;
    }
    struct Loaded {
        std::optional<store::ForecastRunHeader> run;
        bool hasDemand = false;
        ForecastTableModel::Content content;
    };
    auto result = std::make_shared<Loaded>();
    m_loading = true;
    Task* task = m_session.tasks().run(tr("Loading forecasts"), [connection, result](util::Progress& progress) mutable {
        std::vector<store::ForecastSeriesSummary> rows;
        try {
            const store::InterruptWhenCancelled interrupt(*connection, progress);
            result->hasDemand = store::hasDemand(*connection);
            result->run = store::latestForecastRun(*connection);
            if (result->run) {
                rows.reserve(static_cast<std::size_t>(std::max<std::int64_t>(0, result->run->seriesCount)));
                const auto total = static_cast<std::uint64_t>(std::max<std::int64_t>(0, result->run->seriesCount));
                store::forEachForecastSeries(*connection, result->run->runId,
                                             [&rows, &progress, total](const store::ForecastSeriesSummary& row) {
                                                 rows.push_back(row);
                                                 if (rows.size() % 8192 == 0) progress.report(rows.size(), total);
                                                 return !progress.isCancelled();
                                             });
            }
        } catch (const store::SqliteError& error) {
            if (store::InterruptWhenCancelled::isInterruption(error) && progress.isCancelled()) throw util::Cancelled();
            throw;
        }
        connection.reset(); // closed by the thread that used it
        if (progress.isCancelled()) throw util::Cancelled();
        result->content = ForecastTableModel::prepare(std::move(rows));
    });
    m_loadTask = task;
    connect(task, &Task::finished, this, [this, task, generation, result] {
        if (generation != m_loadGeneration) return;
        m_loading = false;
        QString error;
        switch (task->state()) {
        case Task::State::Succeeded: {
            const bool sameRun = m_run && result->run && m_run->runId == result->run->runId;
            if (!sameRun) m_editor->clear(); // undoing an override of a run no longer shown would confuse
            const auto keep = m_detail ? std::optional(std::pair(m_detail->series.itemId, m_detail->series.siteId))
                                       : std::nullopt;
            m_run = result->run;
            m_hasDemand = result->hasDemand;
            m_loadedOnce = true;
            discardInBackground(m_model->setContent(std::move(result->content)));
            updateFilters();
            updateRunInfo();
            if (!(keep && selectSeries(keep->first, keep->second)) && m_proxy->rowCount() > 0)
                m_view->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect |
                                                                                     QItemSelectionModel::Rows);
            else if (m_proxy->rowCount() == 0)
                onCurrentRowChanged();
            break;
        }
        case Task::State::Cancelled: break; // superseded, or stopped from the progress panel
        default: error = task->errorMessage(); break;
        }
        updateCount();
        updateEmptyState(error);
        Q_EMIT loaded();
    });
    updateEmptyState();
}

void ForecastPage::updateFilters() {
    // The items are the ids (what the filter compares); the text is what the user reads.
    auto refill = [](QComboBox* combo, const QString& all, const QStringList& values, auto label) {
        const QString wanted = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const auto& value : values) combo->addItem(label(value), value);
        combo->setCurrentIndex(std::max(0, combo->findData(wanted)));
    };
    refill(m_classFilter, tr("All classes"), m_model->classes(), [](const QString& id) { return demandClassTitle(id.toStdString()); });
    refill(m_familyFilter, tr("All models"), m_model->families(), [](const QString& family) { return family; });
    m_proxy->setDemandClass(m_classFilter->currentData().toString());
    m_proxy->setModelFamily(m_familyFilter->currentData().toString());
}

void ForecastPage::updateCount() {
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QLocale locale;
    if (total == 0) m_count->clear();
    else if (shown == total) m_count->setText(total == 1 ? tr("1 series") : tr("%1 series").arg(locale.toString(total)));
    else m_count->setText(tr("%1 of %2 series").arg(locale.toString(shown), locale.toString(total)));
}

void ForecastPage::updateRunInfo() {
    if (!m_run) {
        m_runInfo->setText(m_session.isOpen() ? tr("<b>No forecast run yet</b>") : QString());
    } else {
        const auto settings = QJsonDocument::fromJson(QByteArray::fromStdString(m_run->settingsJson)).object();
        const QString lastDay = settings.value(QStringLiteral("last_day")).toString();
        const QString bucket = m_run->bucket == "month" ? tr("monthly") : tr("weekly");
        QString text = tr("<b>Run %1</b> · %2 · %3, %4 periods ahead · method %5 · %6 series")
                           .arg(m_run->runId)
                           .arg(QString::fromStdString(m_run->createdAt).left(16).replace(QLatin1Char('T'), QLatin1Char(' ')),
                                bucket)
                           .arg(m_run->horizon)
                           .arg(QString::fromStdString(m_run->method).toHtmlEscaped(), QLocale().toString(m_run->seriesCount));
        if (!lastDay.isEmpty()) text += tr(" · history to %1").arg(lastDay);
        m_runInfo->setText(text);
    }
    updateEditable();
}

void ForecastPage::updateEditable() {
    const bool open = m_session.isOpen();
    const bool writable = open && !m_session.isReadOnly();
    m_runButton->setEnabled(writable && !m_runTask && m_hasDemand);
    m_runButton->setToolTip(!open ? tr("No workspace is open")
                            : !writable ? tr("The workspace is read-only: %1").arg(m_session.readOnlyReason())
                            : !m_hasDemand ? tr("Import demand history first")
                                          : tr("Forecast every item and site in the background"));
    m_exportButton->setEnabled(open && m_run && m_model->rowCount() > 0);
    m_periods->setEditable(writable && m_detail.has_value());
    if (!writable && open) {
        m_periodsHint->setText(tr("This workspace is read-only (%1): overrides cannot be changed.")
                                   .arg(m_session.readOnlyReason()));
        m_undo->setEnabled(false);
        m_redo->setEnabled(false);
    } else {
        m_periodsHint->setText(tr("Type a quantity in <b>Override</b> to replace a period's forecast, and say why in "
                                  "<b>Comment</b>. Clear the cell to use the forecast again."));
        m_undo->setEnabled(m_editor->undoStack()->canUndo());
        m_redo->setEnabled(m_editor->undoStack()->canRedo());
    }
    m_emptyButton->setEnabled(writable && m_hasDemand && !m_runTask);
}

bool ForecastPage::isShowingEmptyState() const { return m_stack->currentIndex() == 0; }
QString ForecastPage::emptyStateText() const { return isShowingEmptyState() ? m_emptyText->text() : QString(); }
QString ForecastPage::noticeText() const { return m_notice->isHidden() ? QString() : m_notice->text(); }

void ForecastPage::updateEmptyState(const QString& loadError) {
    QString text;
    bool offerRun = false;
    if (!m_session.isOpen()) {
        text = m_session.isOpening() ? tr("Opening %1…").arg(QFileInfo(m_session.openingPath()).fileName())
                                     : tr("No workspace is open. Open one from File → Open Workspace.");
    } else if (!loadError.isEmpty()) {
        text = tr("Cannot read the forecasts: %1").arg(loadError);
    } else if (!m_loadedOnce) {
        text = tr("Loading forecasts…");
    } else if (!m_run) {
        offerRun = m_hasDemand;
        text = m_hasDemand ? tr("No forecast has been run for this workspace yet. Run one to see every item and site "
                                "with its demand class, model, accuracy and forecast.")
                           : tr("This workspace has no demand history yet. Import demand (File → Import…), then run "
                                "a forecast.");
    } else if (m_model->rowCount() == 0) {
        offerRun = m_hasDemand;
        text = m_hasDemand ? tr("The latest forecast run (%1) found no item and site with sales in its history.")
                                 .arg(m_run->runId)
                           : tr("This workspace has no demand history: the latest run (%1) forecast nothing.")
                                 .arg(m_run->runId);
    }
    m_emptyText->setText(text);
    m_emptyButton->setVisible(offerRun);
    // Nothing to search in an empty state.
    for (QWidget* filter : {static_cast<QWidget*>(m_filter), static_cast<QWidget*>(m_classFilter),
                            static_cast<QWidget*>(m_familyFilter)})
        filter->setEnabled(text.isEmpty());
    m_stack->setCurrentIndex(text.isEmpty() ? 1 : 0);
    updateEditable();
}

} // namespace stocktower::ui
