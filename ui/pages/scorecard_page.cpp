#include "pages/scorecard_page.h"

#include "domain/time_zone.h"
#include "help/guide.h"
#include "kpi/kpi_definition.h"
#include "models/sparkline_delegate.h"
#include "shell/settings.h"
#include "shell/table_style.h"
#include "shell/workspace_session.h"
#include "store/cancellation.h"
#include "store/kpi_fact_queries.h"
#include "text/kpi_help.h"
#include "text/kpi_text.h"
#include "undo/undo_actions.h"
#include "util/errors.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <set>

namespace stocktower::ui {

// What a computation hands back to the GUI thread, built entirely on the worker.
struct ScorecardPage::Computed {
    std::shared_ptr<kpi::Scorecard> card;
    std::map<std::string, std::string> weekComments;
    std::map<std::string, std::string> standingComments;
    std::set<std::string> siteTargets;
};

namespace {

constexpr int kTrendWeeks = 13;

QString html(const std::string& text) { return QString::fromStdString(text).toHtmlEscaped(); }

QString localTime(const std::string& utc) {
    const QDateTime time = QDateTime::fromString(QString::fromStdString(utc), Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString::fromStdString(utc);
}

} // namespace

ScorecardPage::ScorecardPage(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_clock(systemClock()), m_site(new QComboBox(this)),
      m_week(new QComboBox(this)), m_refresh(new QPushButton(tr("&Refresh"), this)), m_progress(new QLabel(this)),
      m_cancel(new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("Cancel"), this)),
      m_benchmarks(new QPushButton(tr("&Benchmarks…"), this)), m_undoStack(new QUndoStack(this)),
      m_header(new QLabel(this)), m_stack(new QStackedWidget(this)), m_message(new QLabel(this)),
      m_model(new ScorecardTableModel(this)), m_view(new QTableView(this)), m_details(new QTextBrowser(this)) {
    setGuidePage(this, QStringLiteral("kpi-scorecard"));
    const auto undo = addUndoActions(this, m_undoStack);
    m_undo = undo.undo;
    m_redo = undo.redo;

    auto* siteLabel = new QLabel(tr("&Site:"), this);
    siteLabel->setBuddy(m_site);
    m_site->setAccessibleName(tr("Site"));
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* weekLabel = new QLabel(tr("&Week:"), this);
    weekLabel->setBuddy(m_week);
    m_week->setAccessibleName(tr("ISO week"));
    m_week->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_week->setMaxVisibleItems(16);
    m_refresh->setToolTip(tr("Compute the scorecard again"));
    m_cancel->setToolTip(tr("Stop computing; what is shown stays"));
    m_cancel->hide();
    m_benchmarks->setToolTip(tr("Benchmark values of the selected KPI, with their source and year"));
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
    top->addSpacing(12);
    top->addWidget(iconToolButton(m_undo, this));
    top->addWidget(iconToolButton(m_redo, this));
    top->addWidget(m_benchmarks);
    // The one-page report for managers: preview (print from there) or straight to PDF.
    auto* report = new QToolButton(this);
    report->setText(tr("Weekly &report"));
    report->setIcon(QIcon(QStringLiteral(":/icons/print.svg")));
    report->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    report->setPopupMode(QToolButton::MenuButtonPopup);
    report->setToolTip(tr("The one-page weekly KPI report of this site and week: print preview, print or PDF"));
    auto* reportMenu = new QMenu(report);
    reportMenu->addAction(tr("Print &preview…"), this, [this] { requestWeeklyReport(WeeklyReportOutput::Preview); });
    reportMenu->addAction(tr("Save as &PDF…"), this, [this] { requestWeeklyReport(WeeklyReportOutput::Pdf); });
    report->setMenu(reportMenu);
    connect(report, &QToolButton::clicked, this, [this] { requestWeeklyReport(WeeklyReportOutput::Preview); });
    top->addWidget(report);

    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setEnabled(false);

    m_model->setEditor([this](const QString& kpiId, ScorecardTableModel::Column column, const QVariant& value) {
        return editCell(kpiId, column, value);
    });
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("KPI scorecard"));
    useCompactRows(m_view);
    m_view->setItemDelegateForColumn(
        ScorecardTableModel::Trend,
        new SparklineDelegate({ScorecardTableModel::TrendRole, ScorecardTableModel::ScaleMinRole,
                               ScorecardTableModel::ScaleMaxRole, ScorecardTableModel::TargetValueRole},
                              m_view));
    auto* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    // Each column as wide as its header and its longest fixed text (the KPI names, the statuses):
    // a clipped name or header is a guess.
    const QFontMetrics metrics = m_view->fontMetrics();
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int charWidth = metrics.averageCharWidth();
    for (int column = 0; column < ScorecardTableModel::ColumnCount; ++column) {
        int width = 0;
        for (const QString& line : m_model->headerData(column, Qt::Horizontal).toString().split(QLatin1Char('\n')))
            width = std::max(width, header->fontMetrics().horizontalAdvance(line) + 4);
        auto fit = [&width](const QFontMetrics& m, const QString& text) {
            width = std::max(width, m.horizontalAdvance(text));
        };
        switch (column) {
        case ScorecardTableModel::Kpi:
            for (const auto& d : kpi::kpiDefinitions())
                fit(metrics, kpiDirectionSymbol(d.direction) + QLatin1Char(' ') + kpiName(d));
            break;
        case ScorecardTableModel::Unit:
            for (const auto& d : kpi::kpiDefinitions()) fit(metrics, kpiUnitText(d.unit));
            break;
        case ScorecardTableModel::ThisWeek:
            fit(boldMetrics, QStringLiteral("100.0 %"));
            fit(boldMetrics, QStringLiteral("1,234,567"));
            break;
        case ScorecardTableModel::Change: fit(metrics, QStringLiteral("+100.0 pp")); break;
        case ScorecardTableModel::Trend: width = std::max(width, charWidth * 13); break;
        case ScorecardTableModel::Status:
            for (auto status : {kpi::Status::Green, kpi::Status::Amber, kpi::Status::Red, kpi::Status::NotRated})
                fit(boldMetrics, kpiStatusSymbol(status) + QLatin1Char(' ') + kpiStatusName(status));
            break;
        case ScorecardTableModel::Owner: width = std::max(width, charWidth * 10); break;
        default: fit(metrics, QStringLiteral("100.0 %")); break; // targets, tolerances, last week
        }
        header->resizeSection(column, width + 12);
    }
    header->setStretchLastSection(true);
    m_view->viewport()->installEventFilter(this);

    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("KPI details"));
    m_details->setPlaceholderText(tr("Select a KPI to see its formula, data, sample and benchmarks."));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 4);
    split->setSizes({600, m_details->fontMetrics().height() * 9});
    m_stack->addWidget(m_message);
    m_stack->addWidget(split);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);

    connect(m_refresh, &QPushButton::clicked, this, &ScorecardPage::recompute);
    connect(m_cancel, &QPushButton::clicked, this, &ScorecardPage::cancel);
    connect(m_benchmarks, &QPushButton::clicked, this, [this] { editBenchmarks(); });
    connect(m_site, &QComboBox::activated, this, [this] {
        Settings().setValue(Settings::Key::ScorecardSite, currentSite());
        reloadWeeks(currentWeek());
        invalidate();
    });
    connect(m_week, &QComboBox::activated, this, &ScorecardPage::invalidate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ScorecardPage::updateSpans);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ScorecardPage::updateDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ScorecardPage::updateDetails);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &ScorecardPage::onCellDoubleClicked);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ScorecardPage::showContextMenu);
    // Undo and redo write the stored configuration: rate the trend with it again.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        Q_EMIT configurationChanged();
        invalidate();
    });
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &ScorecardPage::onWorkspaceChanged);
    connect(&m_session, &WorkspaceSession::dataChanged, this, [this] {
        reloadSites();
        invalidate();
    });
    connect(&m_session, &WorkspaceSession::readOnlyChanged, this, &ScorecardPage::updateEditable);
    connect(&m_session, &WorkspaceSession::openingStarted, this, [this] {
        if (!m_session.isOpen()) showPlaceholder(tr("Opening the workspace…"));
    });
    onWorkspaceChanged();
}

ScorecardPage::~ScorecardPage() {
    if (m_task) m_task->cancel();
    // The stack is a child: clearing it while QWidget deletes children emits indexChanged,
    // which must not reach this half-destroyed page.
    m_undoStack->disconnect(this);
}

bool ScorecardPage::isShowingContent() const { return m_stack->currentIndex() == 1; }

bool ScorecardPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) fitTextColumns();
    return QWidget::eventFilter(watched, event);
}

void ScorecardPage::fitTextColumns() {
    auto* header = m_view->horizontalHeader();
    int fixed = 0;
    for (int column = 0; column < ScorecardTableModel::ColumnCount; ++column)
        if (column != ScorecardTableModel::Benchmark && column != ScorecardTableModel::Comment &&
            !header->isSectionHidden(column))
            fixed += header->sectionSize(column);
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    const int left = m_view->viewport()->width() - fixed;
    header->resizeSection(ScorecardTableModel::Benchmark, std::clamp(left / 2, charWidth * 14, charWidth * 36));
}

void ScorecardPage::setClock(NowFunction clock) {
    m_clock = std::move(clock);
    reloadWeeks();
    invalidate();
}

QString ScorecardPage::currentSite() const { return m_site->currentData().toString(); }

std::optional<domain::IsoWeek> ScorecardPage::currentWeek() const {
    return domain::parseIsoWeek(m_week->currentData().toString().toStdString());
}

std::optional<std::int64_t> ScorecardPage::siteIdOf(const QString& siteCode) const {
    if (!m_session.isOpen()) return std::nullopt;
    const std::string code = siteCode.toStdString();
    for (const auto& site : m_session.sites())
        if (site.code == code) return site.id;
    return std::nullopt;
}

void ScorecardPage::showSiteWeek(const QString& siteCode, const QString& isoWeek) {
    const int site = m_site->findData(siteCode);
    if (site >= 0 && site != m_site->currentIndex()) {
        const QSignalBlocker block(m_site);
        m_site->setCurrentIndex(site);
    }
    reloadWeeks(domain::parseIsoWeek(isoWeek.toStdString()));
    invalidate();
}

void ScorecardPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_deferred.pageShown(m_task != nullptr);
}

QString ScorecardPage::predatesKpisMessage() const {
    auto& workspace = m_session.workspace();
    if (workspace.fileSchemaVersion() >= 3 || !workspace.isReadOnly()) return {};
    return tr("This workspace predates KPIs (format %1) and is open read-only. Open it read-write once to upgrade "
              "it; the scorecard needs the KPI tables.")
        .arg(workspace.fileSchemaVersion());
}

void ScorecardPage::onWorkspaceChanged() {
    ++m_generation;
    if (m_task) m_task->cancel();
    m_task = nullptr;
    m_undoStack->clear(); // its commands wrote to the previous workspace
    m_model->clear();
    m_deferred.markStale();
    reloadSites();
    updateEditable();
    if (!m_session.isOpen()) {
        showPlaceholder(m_session.isOpening() ? tr("Opening the workspace…")
                                              : tr("Open a workspace to see its KPI scorecard."));
        return;
    }
    if (const QString message = predatesKpisMessage(); !message.isEmpty()) {
        showPlaceholder(message);
        return;
    }
    if (m_site->count() == 0) {
        showPlaceholder(tr("This workspace has no sites yet. Import sites and orders (File → Import…) to see "
                           "their KPIs."));
        return;
    }
    showPlaceholder(tr("The scorecard is computed when you open this page."));
    m_deferred.invalidate();
}

void ScorecardPage::reloadSites() {
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
        const QString wanted = current.isEmpty() ? Settings().value(Settings::Key::ScorecardSite).toString() : current;
        const int index = m_site->findData(wanted);
        m_site->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (currentSite() != current || m_week->count() == 0) reloadWeeks(currentWeek());
}

void ScorecardPage::reloadWeeks(std::optional<domain::IsoWeek> wanted) {
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
    for (const auto& choice : recentWeeks(today, kWeeksBack)) {
        const QString text = choice.complete ? choice.label : tr("%1 (in progress)").arg(choice.label);
        m_week->addItem(text, weekName(choice.week));
    }
    // An older week asked for by name joins the list at its end.
    if (wanted && m_week->findData(weekName(*wanted)) < 0) m_week->addItem(weekLabel(*wanted), weekName(*wanted));
    const int index = wanted ? m_week->findData(weekName(*wanted)) : -1;
    // The last complete week by default: a week in progress has too few orders to judge early on.
    m_week->setCurrentIndex(index >= 0 ? index : 1);
}

void ScorecardPage::invalidate() { m_deferred.invalidate(); }

void ScorecardPage::showPlaceholder(const QString& text) {
    m_message->setText(text);
    m_stack->setCurrentIndex(0);
    updateHeader();
}

void ScorecardPage::cancel() {
    if (m_task) m_task->cancel();
}

void ScorecardPage::recompute() {
    if (!m_session.isOpen()) return;
    if (const QString message = predatesKpisMessage(); !message.isEmpty()) {
        showPlaceholder(message);
        return;
    }
    const QString site = currentSite();
    const auto week = currentWeek();
    if (site.isEmpty() || !week) {
        showPlaceholder(tr("This workspace has no sites yet. Import sites and orders (File → Import…) to see "
                           "their KPIs."));
        return;
    }
    const std::uint64_t generation = ++m_generation;
    if (m_task) m_task->cancel();
    // Weeks computed now are kept as snapshots, unless nothing may be written (then in memory).
    const bool keep = !m_session.isReadOnly();
    std::shared_ptr<store::Connection> connection;
    try {
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
    auto output = std::make_shared<Computed>();
    Task* task = m_session.tasks().run(
        tr("Computing the KPI scorecard of %1").arg(site),
        [connection, request, output](util::Progress& progress) mutable {
            {
                const store::InterruptWhenCancelled interrupt(*connection, progress);
                try {
                    auto& db = *connection;
                    output->card = std::make_shared<kpi::Scorecard>(kpi::buildScorecard(db, request, progress));
                    // Which comment is this week's and which target is the site's own: the
                    // scorecard merges them, the editor must not.
                    const auto info = store::loadKpiSite(db, request.siteCode);
                    if (!info) throw util::UserError("unknown site '" + request.siteCode + "'");
                    output->weekComments = store::loadKpiComments(db, info->id, domain::formatIsoWeek(request.week));
                    const auto targets = store::loadKpiTargets(db);
                    for (const auto& definition : kpi::kpiDefinitions()) {
                        const auto target = store::effectiveKpiTarget(targets, definition.id, info->id);
                        output->standingComments[definition.id] = target ? target->comment : std::string();
                        if (target && target->siteId) output->siteTargets.insert(definition.id);
                    }
                } catch (const store::SqliteError& error) {
                    if (store::InterruptWhenCancelled::isInterruption(error) && progress.isCancelled())
                        throw util::Cancelled();
                    throw;
                }
            }
            connection.reset(); // closed by the thread that used it
        });
    m_task = task;
    const auto shown = m_model->scorecard();
    const bool sameView = shown && shown->siteCode == request.siteCode && shown->week == request.week;
    connect(task, &Task::progressChanged, this, [this, generation](qint64 done, qint64 total, const QString& stage) {
        if (generation != m_generation) return;
        m_progress->setText(total > 0 ? tr("%1: %2 of %3…").arg(stage).arg(done).arg(total) : tr("%1…").arg(stage));
    });
    connect(task, &Task::finished, this, [this, task, generation, output, keep] {
        if (generation != m_generation) return;
        m_task = nullptr;
        m_cancel->hide();
        m_progress->clear();
        switch (task->state()) {
        case Task::State::Succeeded:
            m_deferred.markFresh();
            m_stored = keep;
            applyResult(*output);
            break;
        case Task::State::Cancelled:
            if (!m_model->hasContent()) showPlaceholder(tr("Cancelled. Press Refresh to compute the scorecard."));
            else updateHeader();
            break;
        default:
            m_model->clear();
            showPlaceholder(tr("The scorecard could not be computed: %1").arg(task->errorMessage()));
            break;
        }
        Q_EMIT computed();
    });
    m_cancel->show();
    m_progress->setText(tr("Computing…"));
    if (!sameView) {
        m_model->clear();
        showPlaceholder(tr("Computing the scorecard of %1 for %2…").arg(site, weekName(*week)));
    } else {
        updateHeader();
    }
}

void ScorecardPage::applyResult(const Computed& computed) {
    const QString selected = shownKpi();
    ScorecardTableModel::Content content;
    content.card = computed.card;
    content.weekComments = computed.weekComments;
    content.standingComments = computed.standingComments;
    content.siteTargets = computed.siteTargets;
    m_model->setContent(std::move(content));
    updateEditable();
    m_stack->setCurrentIndex(1);
    const int row = m_model->rowOf(selected);
    if (row >= 0) m_view->selectRow(row);
    updateDetails();
    updateHeader();
}

void ScorecardPage::updateSpans() {
    m_view->clearSpans();
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->isGroupRow(row)) m_view->setSpan(row, 0, 1, ScorecardTableModel::ColumnCount);
}

void ScorecardPage::updateEditable() {
    const bool writable = isWritable();
    m_model->setEditable(writable);
    // Undoing would write too: a workspace that turned read-only drops its history.
    if (m_session.isOpen() && m_session.isReadOnly() && m_undoStack->count() > 0) m_undoStack->clear();
    m_benchmarks->setEnabled(m_model->hasContent());
    updateHeader();
}

QString ScorecardPage::shownKpi() const {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ScorecardTableModel::KpiIdRole).toString() : QString();
}

void ScorecardPage::updateHeader() {
    const auto card = m_model->scorecard();
    if (!m_session.isOpen() || !card || m_stack->currentIndex() == 0) {
        m_header->clear();
        m_header->hide();
        return;
    }
    QStringList parts;
    QString site = QStringLiteral("<b>%1</b>").arg(html(card->siteCode));
    if (!card->siteName.empty()) site += QLatin1Char(' ') + html(card->siteName);
    parts << site;
    parts << tr("week <b>%1</b>").arg(weekLabel(card->week).toHtmlEscaped());
    parts << tr("%1, order cut-off %2")
                 .arg(html(card->timeZone), card->cutoffTime.empty() ? tr("not set") : html(card->cutoffTime));
    parts << tr("as of %1").arg(localTime(card->asOf).toHtmlEscaped());
    if (card->weeksComputed > 0)
        parts << (m_stored ? tr("%n week(s) computed and stored", nullptr, card->weeksComputed)
                           : tr("%n week(s) computed in memory (read-only workspace)", nullptr, card->weeksComputed));
    QString text = parts.join(QStringLiteral(" · "));
    if (m_session.isReadOnly())
        text += QStringLiteral("<br><span style='color:#b3261e'>%1</span>")
                    .arg(tr("Read-only workspace: targets, tolerances, owners, comments and benchmarks cannot be "
                            "changed.")
                             .toHtmlEscaped());
    if (m_task) text += tr(" · <i>recomputing…</i>");
    m_header->setText(text);
    m_header->show();
}

void ScorecardPage::updateDetails() {
    const auto card = m_model->scorecard();
    if (!card) {
        m_details->clear();
        return;
    }
    const QLocale locale;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const auto* row = current.isValid() ? m_model->kpiRow(current.row()) : nullptr;
    QString text;
    if (!row) {
        // Nothing chosen: how to read the page, and this week's stock by age.
        text += QStringLiteral("<b>%1</b><ul>").arg(tr("Notes").toHtmlEscaped());
        for (const auto& note : card->footnotes)
            text += QStringLiteral("<li>%1</li>").arg(scorecardNoteText(note).toHtmlEscaped());
        text += QStringLiteral("</ul>");
        if (!card->ageing.empty()) {
            QStringList buckets;
            for (const auto& bucket : card->ageing)
                buckets << tr("%1 days: %2 (%3 %)")
                               .arg(QString::fromStdString(bucket.label), locale.toString(bucket.value, 'f', 0),
                                    locale.toString(bucket.share * 100.0, 'f', 1));
            text += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(tr("Stock by age (FIFO receipt layers):").toHtmlEscaped(),
                             buckets.join(QStringLiteral(" · ")).toHtmlEscaped());
        }
        m_details->setHtml(text);
        return;
    }
    // One line per fact, so that the panel stays short under the table.
    const auto& d = *row->definition;
    const QString id = QString::fromStdString(d.id);
    QStringList lines;
    auto line = [&lines](const QString& label, const QString& htmlText) {
        lines << QStringLiteral("<b>%1</b> %2").arg(label.toHtmlEscaped(), htmlText);
    };
    lines << QStringLiteral("<b>%1 %2</b> — %3, %4")
                 .arg(kpiDirectionSymbol(d.direction), kpiName(d).toHtmlEscaped(), kpiUnitText(d.unit).toHtmlEscaped(),
                      kpiDirectionText(d.direction).toHtmlEscaped());
    line(tr("Definition:"), kpiDefinitionText(d).toHtmlEscaped());
    line(tr("Formula:"), html(d.formula));
    QString sample = tr("%1 %2 this week (minimum %3)")
                         .arg(locale.toString(static_cast<qlonglong>(row->sample)), kpiSampleUnitText(d).toHtmlEscaped(),
                              locale.toString(d.minimumSample));
    if (row->denominator > 0)
        sample +=
            tr("; %1 of %2").arg(locale.toString(row->numerator, 'g', 8), locale.toString(row->denominator, 'g', 8));
    line(tr("Data needed:"),
         html(d.dataNeeded) + QStringLiteral(" · <b>%1</b> ").arg(tr("Sample:").toHtmlEscaped()) + sample);
    if (!row->note.empty()) line(row->thisWeek ? tr("Note:") : tr("Why n/a:"), kpiNoteText(row->note).toHtmlEscaped());
    if (row->target) {
        const QString scope = m_model->hasSiteTarget(id) ? tr("set for %1").arg(html(card->siteCode))
                                                         : tr("workspace default");
        line(tr("Target:"), tr("%1 (%2), amber band %3, hysteresis %4")
                                .arg(kpiValueText(d.unit, row->target).toHtmlEscaped(), scope,
                                     kpiMarginText(d.unit, row->amberBand).toHtmlEscaped(),
                                     kpiMarginText(d.unit, row->hysteresis).toHtmlEscaped()));
    } else {
        line(tr("Target:"), tr("none, so the KPI is not rated").toHtmlEscaped());
    }
    QStringList benchmarks;
    for (const auto& b : row->benchmarks) {
        QString benchmark = QStringLiteral("%1 %2 — %3")
                                .arg(kpiBenchmarkLevelText(b.level).toHtmlEscaped(), kpiValueText(d.unit, b.value).toHtmlEscaped(),
                                     html(b.source));
        if (b.year) benchmark += QStringLiteral(" %1").arg(*b.year);
        if (!b.note.empty()) benchmark += QStringLiteral(" (%1)").arg(html(b.note));
        benchmarks << benchmark;
    }
    line(tr("Benchmarks:"), benchmarks.isEmpty()
                                ? tr("none (double-click the Benchmark cell to add one)").toHtmlEscaped()
                                : benchmarks.join(QStringLiteral("; ")));
    text = lines.join(QStringLiteral("<br>"));
    m_details->setHtml(text);
}

void ScorecardPage::onCellDoubleClicked(const QModelIndex& index) {
    if (!index.isValid() || m_model->isGroupRow(index.row())) return;
    const QString id = index.data(ScorecardTableModel::KpiIdRole).toString();
    if (index.column() == ScorecardTableModel::Benchmark) {
        editBenchmarks(id);
        return;
    }
    // Editable cells open their editor; on a read-only workspace say why nothing opens.
    if (ScorecardTableModel::isEditableColumn(index.column()) && !m_model->isEditable()) checkWritable();
}

void ScorecardPage::showContextMenu(const QPoint& position) {
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid() || m_model->isGroupRow(index.row())) return;
    const QString id = index.data(ScorecardTableModel::KpiIdRole).toString();
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Benchmarks…"), this, [this, id] { editBenchmarks(id); });
    QAction* reset =
        menu->addAction(tr("&Reset to the workspace default target"), this, [this, id] { resetTarget(id); });
    reset->setEnabled(isWritable() && m_model->hasSiteTarget(id));
    reset->setToolTip(tr("Drop this site's own target, band, hysteresis and owner"));
    menu->popup(m_view->viewport()->mapToGlobal(position)); // no nested event loop
}

void ScorecardPage::requestWeeklyReport(WeeklyReportOutput output) {
    m_reportOutput = output;
    const auto card = m_model->scorecard();
    const QString site = card ? QString::fromStdString(card->siteCode) : currentSite();
    const auto week = card ? std::optional<domain::IsoWeek>(card->week) : currentWeek();
    if (site.isEmpty() || !week) return;
    Q_EMIT weeklyReportRequested(site, weekName(*week));
}

} // namespace stocktower::ui
