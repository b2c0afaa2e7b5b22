#include "pages/control_tower_page.h"

#include "domain/time_zone.h"
#include "help/guide.h"
#include "kpi/kpi_definition.h"
#include "models/exception_queue_model.h"
#include "models/exception_summary_model.h"
#include "pages/kpi_tile.h"
#include "shell/settings.h"
#include "shell/table_style.h"
#include "shell/workspace_session.h"
#include "store/cancellation.h"
#include "text/kpi_help.h"
#include "text/kpi_text.h"
#include "util/errors.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace stocktower::ui {

// What a computation hands back to the GUI thread, built entirely on the worker.
struct ControlTowerPage::Computed {
    std::shared_ptr<kpi::Scorecard> card;
    std::shared_ptr<kpi::ExceptionReport> report;
};

namespace {

// Weeks of trend behind each tile, as on the scorecard and the printed report.
constexpr int kTrendWeeks = 13;

} // namespace

const std::vector<std::string>& ControlTowerPage::headlineKpis() {
    // The customer's promise (OTIF), availability of what was ordered (unit fill rate) and across
    // the range (stockout rate), the inbound flow (dock-to-stock), trust in the stock figures every
    // other number rests on (record accuracy), and the capital side (days on hand, in the same
    // unit as lead times and days of supply).
    static const std::vector<std::string> ids{"otif",           "unit_fill_rate",  "stockout_rate",
                                              "dock_to_stock_hours", "record_accuracy", "days_on_hand"};
    return ids;
}

ControlTowerPage::ControlTowerPage(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_clock(systemClock()), m_site(new QComboBox(this)),
      m_week(new QComboBox(this)), m_refresh(new QPushButton(tr("&Refresh"), this)), m_progress(new QLabel(this)),
      m_cancel(new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("Cancel"), this)),
      m_header(new QLabel(this)), m_stack(new QStackedWidget(this)), m_message(new QLabel(this)),
      m_tileBox(new QWidget(this)), m_tileGrid(new QGridLayout(m_tileBox)), m_notes(new QLabel(this)),
      m_summary(new ExceptionSummaryModel(this)), m_summaryView(new QTableView(this)), m_queueTitle(new QLabel(this)),
      m_queueHint(new QLabel(this)), m_queueStack(new QStackedWidget(this)), m_queueEmpty(new QLabel(this)),
      m_queue(new ExceptionQueueModel(this)), m_queueView(new QTableView(this)) {
    setGuidePage(this, QStringLiteral("control-tower"));
    // The choice of site and week.
    auto* siteLabel = new QLabel(tr("&Site:"), this);
    siteLabel->setBuddy(m_site);
    m_site->setAccessibleName(tr("Site"));
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* weekLabel = new QLabel(tr("&Week:"), this);
    weekLabel->setBuddy(m_week);
    m_week->setAccessibleName(tr("Week"));
    m_week->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_week->setToolTip(tr("The last complete week is the default: a week in progress is judged on the orders due so "
                          "far, which early in the week are too few to compare with a weekly target."));
    m_refresh->setToolTip(tr("Compute the KPIs and exception queues again"));
    m_cancel->setToolTip(tr("Stop computing; what is shown stays"));
    m_cancel->hide();
    m_progress->setTextFormat(Qt::PlainText);
    auto* top = new QHBoxLayout;
    top->addWidget(siteLabel);
    top->addWidget(m_site);
    top->addSpacing(12);
    top->addWidget(weekLabel);
    top->addWidget(m_week);
    top->addSpacing(12);
    top->addWidget(m_refresh);
    top->addSpacing(12);
    top->addWidget(m_progress, 1);
    top->addWidget(m_cancel);

    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setEnabled(false); // greyed: a placeholder, not content

    // Headline KPI tiles; their grid reflows from one row of six to two rows of three.
    m_tileGrid->setContentsMargins(0, 0, 0, 0);
    m_tileGrid->setSpacing(8);
    for (const auto& id : headlineKpis()) {
        const auto* definition = kpi::findKpi(id);
        Q_ASSERT(definition);
        auto* tile = new KpiTile(*definition, m_tileBox);
        connect(tile, &KpiTile::activated, this, [this] {
            if (m_card) Q_EMIT scorecardRequested(currentSite(), weekName(m_card->week));
        });
        tile->setToolTip(kpiTooltipText(*definition) + QLatin1Char('\n') +
                         tr("Click (or press Enter) to open the KPI scorecard of this site and week"));
        m_tiles.push_back(tile);
    }
    layoutTiles();

    // The exception queues: the list with counts and value at risk, and the selected queue.
    m_notes->setTextFormat(Qt::RichText);
    m_notes->setWordWrap(true);
    m_summaryView->setModel(m_summary);
    m_summaryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summaryView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_summaryView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summaryView->verticalHeader()->hide();
    m_summaryView->setWordWrap(false);
    m_summaryView->setAccessibleName(tr("Exception queues"));
    useCompactRows(m_summaryView);
    auto* summaryHeader = m_summaryView->horizontalHeader();
    summaryHeader->setHighlightSections(false);
    summaryHeader->setSectionResizeMode(ExceptionSummaryModel::Queue, QHeaderView::Stretch);
    summaryHeader->setSectionResizeMode(ExceptionSummaryModel::Rows, QHeaderView::ResizeToContents);
    summaryHeader->setSectionResizeMode(ExceptionSummaryModel::Impact, QHeaderView::ResizeToContents);

    QFont titleFont = m_queueTitle->font();
    titleFont.setBold(true);
    m_queueTitle->setFont(titleFont);
    m_queueTitle->setWordWrap(true);
    m_queueHint->setWordWrap(true);
    m_queueHint->setTextFormat(Qt::RichText);
    m_queueView->setModel(m_queue);
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queueView->setAlternatingRowColors(true);
    m_queueView->setWordWrap(false);
    m_queueView->verticalHeader()->hide();
    m_queueView->setAccessibleName(tr("Exceptions, highest value at risk first"));
    useCompactRows(m_queueView);
    auto* queueHeader = m_queueView->horizontalHeader();
    queueHeader->setHighlightSections(false);
    const int widths[ExceptionQueueModel::ColumnCount] = {4, 23, 12, 20, 40, 10, 11, 14};
    setColumnWidthsInCharacters(m_queueView, widths);
    queueHeader->setSectionResizeMode(ExceptionQueueModel::Reason, QHeaderView::Stretch);
    // The queue column holds the short titles: as wide as the longest of them.
    int queueWidth = 0;
    for (int kind = 0; kind <= static_cast<int>(kpi::ExceptionKind::StaleReceipt); ++kind)
        queueWidth = std::max(queueWidth, m_queueView->fontMetrics().horizontalAdvance(
                                              exceptionQueueShortTitle(static_cast<kpi::ExceptionKind>(kind))));
    queueHeader->resizeSection(ExceptionQueueModel::Queue, queueWidth + 16);
    m_queueView->installEventFilter(this);
    m_queueEmpty->setAlignment(Qt::AlignCenter);
    m_queueEmpty->setWordWrap(true);
    m_queueEmpty->setEnabled(false);
    m_queueStack->addWidget(m_queueView);
    m_queueStack->addWidget(m_queueEmpty);

    auto* queuePanel = new QWidget(this);
    auto* queueLayout = new QVBoxLayout(queuePanel);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->setSpacing(2);
    queueLayout->addWidget(m_queueTitle);
    queueLayout->addWidget(m_queueHint);
    queueLayout->addWidget(m_queueStack, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_summaryView);
    split->addWidget(queuePanel);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    // Wide enough for every queue's title beside its two numbers: a clipped title is a guess.
    const QFontMetrics metrics = m_summaryView->fontMetrics();
    QFont bold = m_summaryView->font();
    bold.setBold(true);
    int titles = QFontMetrics(bold).horizontalAdvance(m_summary->headerData(0, Qt::Horizontal).toString());
    titles = std::max(titles, QFontMetrics(bold).horizontalAdvance(ExceptionSummaryModel::topRowTitle()));
    for (int kind = 0; kind <= static_cast<int>(kpi::ExceptionKind::StaleReceipt); ++kind)
        titles = std::max(titles,
                          metrics.horizontalAdvance(exceptionQueueShortTitle(static_cast<kpi::ExceptionKind>(kind))));
    const int summaryWidth =
        titles + metrics.horizontalAdvance(QStringLiteral("00,000")) +
        metrics.horizontalAdvance(m_summary->headerData(ExceptionSummaryModel::Impact, Qt::Horizontal).toString()) +
        6 * 12 + m_summaryView->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    m_summaryView->setMinimumWidth(summaryWidth);
    split->setSizes({summaryWidth, 900});

    auto* exceptionsTitle = new QLabel(tr("Exceptions to act on today"), this);
    QFont sectionFont = exceptionsTitle->font();
    sectionFont.setBold(true);
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.15);
    exceptionsTitle->setFont(sectionFont);
    exceptionsTitle->setToolTip(tr("Ranked by value at risk; double-click a row (or press Enter) to open its item"));

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_tileBox);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(exceptionsTitle);
    contentLayout->addWidget(m_notes);
    contentLayout->addWidget(split, 1);
    m_stack->addWidget(m_message);
    m_stack->addWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);

    connect(m_refresh, &QPushButton::clicked, this, &ControlTowerPage::recompute);
    connect(m_cancel, &QPushButton::clicked, this, &ControlTowerPage::cancel);
    connect(m_site, &QComboBox::activated, this, [this] {
        Settings().setValue(Settings::Key::ControlTowerSite, currentSite());
        reloadWeeks();
        invalidate();
    });
    connect(m_week, &QComboBox::activated, this, &ControlTowerPage::invalidate);
    connect(m_summaryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) showQueue(m_summary->kindAt(current.row()));
            });
    connect(m_queueView, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { activateRow(index.row()); });
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &ControlTowerPage::onWorkspaceChanged);
    connect(&m_session, &WorkspaceSession::dataChanged, this, [this] {
        reloadSites();
        invalidate();
    });
    connect(&m_session, &WorkspaceSession::openingStarted, this, [this] {
        if (!m_session.isOpen()) showPlaceholder(tr("Opening the workspace…"));
    });
    onWorkspaceChanged();
}

ControlTowerPage::~ControlTowerPage() {
    // The worker holds its own connection and shared results: cancelling is enough.
    if (m_task) m_task->cancel();
}

KpiTile* ControlTowerPage::tile(const QString& kpiId) const {
    for (auto* tile : m_tiles)
        if (tile->kpiId() == kpiId) return tile;
    return nullptr;
}

bool ControlTowerPage::isShowingContent() const { return m_stack->currentIndex() == 1; }

void ControlTowerPage::setClock(NowFunction clock) {
    m_clock = std::move(clock);
    reloadWeeks();
    invalidate();
}

QString ControlTowerPage::currentSite() const { return m_site->currentData().toString(); }

std::optional<domain::IsoWeek> ControlTowerPage::currentWeek() const {
    return domain::parseIsoWeek(m_week->currentData().toString().toStdString());
}

void ControlTowerPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_deferred.pageShown(m_task != nullptr);
}

void ControlTowerPage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    layoutTiles();
}

QString ControlTowerPage::predatesKpisMessage() const {
    auto& workspace = m_session.workspace();
    if (workspace.fileSchemaVersion() >= 3 || !workspace.isReadOnly()) return {};
    return tr("This workspace predates KPIs (format %1) and is open read-only. Open it read-write once to upgrade "
              "it; the control tower needs the KPI tables.")
        .arg(workspace.fileSchemaVersion());
}

void ControlTowerPage::onWorkspaceChanged() {
    ++m_generation;
    if (m_task) m_task->cancel();
    m_task = nullptr;
    m_card.reset();
    m_report.reset();
    m_summary->clear();
    m_queue->clear();
    m_deferred.markStale();
    reloadSites();
    updateRunState();
    if (!m_session.isOpen()) {
        showPlaceholder(m_session.isOpening() ? tr("Opening the workspace…")
                                              : tr("Open a workspace to see its control tower: the week's KPIs "
                                                   "against target and the exceptions to act on today."));
        return;
    }
    if (const QString message = predatesKpisMessage(); !message.isEmpty()) {
        showPlaceholder(message);
        return;
    }
    if (m_site->count() == 0) {
        showPlaceholder(tr("This workspace has no sites yet. Import sites, items and orders (File → Import…) to see "
                           "KPIs and exceptions here."));
        return;
    }
    showComputing(tr("The control tower is computed when you open this page."));
    m_deferred.invalidate();
}

void ControlTowerPage::reloadSites() {
    const QString current = currentSite();
    {
        const QSignalBlocker block(m_site);
        m_site->clear();
        if (m_session.isOpen())
            for (const auto& site : m_session.sites()) {
                const QString code = QString::fromStdString(site.code);
                const QString text =
                    site.name.empty() ? code : tr("%1 · %2").arg(code, QString::fromStdString(site.name));
                m_site->addItem(text, code);
            }
        // The site chosen last time, in this workspace or another one with the same codes.
        const QString wanted =
            current.isEmpty() ? Settings().value(Settings::Key::ControlTowerSite).toString() : current;
        const int index = m_site->findData(wanted);
        m_site->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (currentSite() != current) reloadWeeks();
}

void ControlTowerPage::reloadWeeks() {
    const int previous = std::max(0, m_week->currentIndex());
    const QSignalBlocker block(m_week);
    m_week->clear();
    const QString site = currentSite();
    if (!m_session.isOpen() || site.isEmpty()) return;
    domain::DayNumber today = 0;
    try {
        today = siteToday(m_session.db(), site.toStdString(), m_clock());
    } catch (const std::exception&) {
        // An unreadable site table shows up again, with its message, when the page computes.
        today = domain::TimeZone().localDay(m_clock());
    }
    const auto weeks = recentWeeks(today, 1);
    m_week->addItem(tr("Last complete week: %1").arg(weeks[1].label), weekName(weeks[1].week));
    m_week->addItem(tr("This week so far: %1").arg(weeks[0].label), weekName(weeks[0].week));
    m_week->setCurrentIndex(std::min(previous, 1));
}

void ControlTowerPage::invalidate() { m_deferred.invalidate(); }

void ControlTowerPage::showPlaceholder(const QString& text) {
    m_message->setText(text);
    m_stack->setCurrentIndex(0);
    updateHeader();
}

void ControlTowerPage::cancel() {
    if (m_task) m_task->cancel();
}

void ControlTowerPage::recompute() {
    if (!m_session.isOpen()) return;
    if (const QString message = predatesKpisMessage(); !message.isEmpty()) {
        showPlaceholder(message);
        return;
    }
    // "Last complete week" moves on with the clock while the window stays open for days.
    reloadWeeks();
    const QString site = currentSite();
    const auto week = currentWeek();
    if (site.isEmpty() || !week) {
        showPlaceholder(tr("This workspace has no sites yet. Import sites, items and orders (File → Import…) to see "
                           "KPIs and exceptions here."));
        return;
    }
    // A newer request supersedes the running one: cancelled (its query interrupted), dropped.
    const std::uint64_t generation = ++m_generation;
    if (m_task) m_task->cancel();
    // Weeks computed now are kept as snapshots, unless nothing may be written (then in memory).
    const bool keep = !m_session.isReadOnly();
    std::shared_ptr<store::Connection> connection;
    try {
        // The worker's own connection: the GUI thread's must not be shared.
        connection = m_session.workspace().openConnection(!keep);
    } catch (const std::exception& error) {
        showPlaceholder(tr("Cannot read the workspace: %1").arg(QString::fromUtf8(error.what())));
        return;
    }
    kpi::ScorecardRequest request;
    request.siteCode = site.toStdString();
    request.week = *week;
    request.nowUtc = m_clock();
    request.trendWeeks = kTrendWeeks;
    request.policy = kpi::SnapshotPolicy{false, keep};
    kpi::ExceptionRequest exceptions;
    exceptions.siteCode = request.siteCode;
    exceptions.nowUtc = request.nowUtc;
    exceptions.limitPerQueue = kRowsPerQueue;
    auto output = std::make_shared<Computed>();
    Task* task = m_session.tasks().run(
        tr("Computing the control tower of %1").arg(site),
        [connection, request, exceptions, output](util::Progress& progress) mutable {
            {
                const store::InterruptWhenCancelled interrupt(*connection, progress);
                try {
                    output->card =
                        std::make_shared<kpi::Scorecard>(kpi::buildScorecard(*connection, request, progress));
                    progress.setStage("Exception queues of " + exceptions.siteCode);
                    output->report =
                        std::make_shared<kpi::ExceptionReport>(kpi::findExceptions(*connection, exceptions));
                } catch (const store::SqliteError& error) {
                    if (store::InterruptWhenCancelled::isInterruption(error) && progress.isCancelled())
                        throw util::Cancelled();
                    throw;
                }
            }
            connection.reset(); // closed by the thread that used it
        });
    m_task = task;
    const bool sameView = m_card && m_card->siteCode == request.siteCode && m_card->week == request.week;
    connect(task, &Task::progressChanged, this, [this, generation](qint64 done, qint64 total, const QString& stage) {
        if (generation != m_generation) return;
        m_progress->setText(total > 0 ? tr("%1: %2 of %3…").arg(stage).arg(done).arg(total) : tr("%1…").arg(stage));
    });
    connect(task, &Task::finished, this, [this, task, generation, output, keep] {
        if (generation != m_generation) return;
        m_task = nullptr;
        switch (task->state()) {
        case Task::State::Succeeded:
            m_deferred.markFresh();
            m_card = output->card;
            m_report = output->report;
            m_stored = keep;
            showResult();
            break;
        case Task::State::Cancelled:
            // What was shown stays; without a result, say how to get one.
            if (!m_card) showComputing(tr("Cancelled. Press Refresh to compute the control tower."));
            else showResult();
            break;
        default:
            m_card.reset();
            m_report.reset();
            showPlaceholder(tr("The control tower could not be computed: %1").arg(task->errorMessage()));
            break;
        }
        updateRunState();
        Q_EMIT computed();
    });
    if (!sameView) {
        m_card.reset();
        m_report.reset();
        showComputing(tr("Computing…"));
    }
    updateRunState();
}

void ControlTowerPage::updateRunState() {
    const bool running = m_task != nullptr;
    m_cancel->setVisible(running);
    if (running) {
        if (m_progress->text().isEmpty()) m_progress->setText(tr("Computing…"));
    } else {
        m_progress->clear();
    }
    updateHeader();
}

} // namespace stocktower::ui
