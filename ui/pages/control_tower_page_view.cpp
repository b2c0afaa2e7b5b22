// What the Control tower shows of a result: the tiles, the notes on missing data, the queue list
// and the selected queue, the header line; and the tile grid's reflow.
#include "pages/control_tower_page.h"

#include "models/exception_queue_model.h"
#include "models/exception_summary_model.h"
#include "pages/kpi_tile.h"
#include "shell/workspace_session.h"
#include "text/core_text.h"
#include "text/kpi_text.h"
#include "text/locale_numbers.h"

#include <QComboBox>
#include <QEvent>
#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>

#include <algorithm>
#include <functional>

namespace stocktower::ui {

namespace {

// A tile needs about this many average characters to show "● green" beside its value.
constexpr int kTileChars = 19;
// Below this many average characters the queue table keeps only what ranks and explains a row.
constexpr int kWideQueueChars = 125;

QString grey(const QString& html) { return QStringLiteral("<span style='color:#555'>%1</span>").arg(html); }

QString localTime(const std::string& utc) {
    const QDateTime time = QDateTime::fromString(QString::fromStdString(utc), Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString::fromStdString(utc);
}

// True when no week of the trend has a value for any of these KPIs.
bool allEmpty(const kpi::Scorecard& card, const std::function<bool(const kpi::KpiDefinition&)>& which) {
    for (const auto& row : card.rows) {
        if (!which(*row.definition)) continue;
        for (const auto& value : row.trend)
            if (value) return false;
    }
    return true;
}

} // namespace

bool ControlTowerPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_queueView && event->type() == QEvent::Resize) fitQueueColumns();
    return QWidget::eventFilter(watched, event);
}

void ControlTowerPage::fitQueueColumns() {
    const bool narrow = m_queueView->width() < m_queueView->fontMetrics().averageCharWidth() * kWideQueueChars;
    m_queueView->setColumnHidden(ExceptionQueueModel::Description, narrow);
    m_queueView->setColumnHidden(ExceptionQueueModel::Quantity, narrow);
}

void ControlTowerPage::layoutTiles() {
    // Six in a row when each gets room for its value and status, else two rows of three.
    const int tileWidth = fontMetrics().averageCharWidth() * kTileChars + 30;
    const int available = m_tileBox->width() > 0 ? m_tileBox->width() : width();
    const int columns = available >= 6 * tileWidth + 5 * m_tileGrid->spacing() ? 6 : 3;
    if (columns == m_tileColumns) return;
    m_tileColumns = columns;
    for (auto* tile : m_tiles) m_tileGrid->removeWidget(tile);
    for (std::size_t i = 0; i < m_tiles.size(); ++i)
        m_tileGrid->addWidget(m_tiles[i], static_cast<int>(i) / columns, static_cast<int>(i) % columns);
    for (int column = 0; column < 6; ++column) m_tileGrid->setColumnStretch(column, column < columns ? 1 : 0);
}

void ControlTowerPage::showComputing(const QString& text) {
    // The layout stays; the numbers make way for what happens instead.
    for (auto* tile : m_tiles) tile->showEmpty(text);
    m_summary->clear();
    m_queue->clear();
    m_queueTitle->clear();
    m_queueHint->clear();
    m_notes->clear();
    m_queueEmpty->setText(text);
    m_queueStack->setCurrentWidget(m_queueEmpty);
    m_stack->setCurrentIndex(1);
    updateHeader();
}

void ControlTowerPage::showResult() {
    if (!m_card || !m_report) return;
    const auto& card = *m_card;
    const QString previousWeek = weekName(domain::addWeeks(card.week, -1));
    for (auto* tile : m_tiles) {
        const std::string id = tile->kpiId().toStdString();
        const auto row = std::find_if(card.rows.begin(), card.rows.end(),
                                      [&id](const kpi::ScorecardRow& r) { return r.definition->id == id; });
        if (row == card.rows.end()) tile->showEmpty(tr("Not computed"));
        else tile->setRow(*row, previousWeek);
    }

    // What is missing, so that n/a and empty queues are not mistaken for good news.
    QStringList notes;
    const QString site = QString::fromStdString(card.siteCode).toHtmlEscaped();
    const QString trend = tr("the %1 weeks up to %2").arg(card.trendWeeks.size()).arg(weekName(card.week));
    const bool noKpiData = allEmpty(card, [](const kpi::KpiDefinition&) { return true; });
    bool anyException = false;
    for (const auto& queue : m_report->queues) anyException = anyException || queue.total > 0;
    if (noKpiData && !anyException)
        notes << tr("No KPI data and no exceptions at %1 in %2: import orders, receipts, cycle counts and on-hand "
                    "snapshots (File → Import…).")
                     .arg(site, trend);
    else if (noKpiData)
        notes << tr("No KPI data at %1 in %2.").arg(site, trend);
    else if (allEmpty(card, [](const kpi::KpiDefinition& d) {
                 return d.group == kpi::KpiGroup::Service && d.id != "stockout_rate";
             }))
        notes << tr("No orders were due at %1 in %2: the service KPIs are n/a.").arg(site, trend);
    if (!m_stored) notes << tr("Read-only workspace: the KPI weeks were computed in memory and not stored.");
    for (const auto& note : m_report->notes) notes << coreText(note).toHtmlEscaped();
    m_notes->setText(notes.isEmpty() ? QString() : grey(notes.join(QStringLiteral("<br>"))));
    m_notes->setVisible(!notes.isEmpty());

    m_summary->setReport(m_report);
    {
        const QSignalBlocker block(m_summaryView->selectionModel());
        m_summaryView->selectRow(m_summary->rowOf(m_shownQueue));
    }
    updateQueue();
    m_stack->setCurrentIndex(1);
    updateHeader();
}

void ControlTowerPage::showQueue(std::optional<kpi::ExceptionKind> kind) {
    m_shownQueue = kind;
    if (m_summary->rowCount() > 0) {
        const int row = m_summary->rowOf(kind);
        if (m_summaryView->currentIndex().row() != row) {
            const QSignalBlocker block(m_summaryView->selectionModel());
            m_summaryView->selectRow(row);
        }
    }
    updateQueue();
}

void ControlTowerPage::updateQueue() {
    m_queueView->setColumnHidden(ExceptionQueueModel::Queue, m_shownQueue.has_value());
    if (!m_report || !m_card) {
        m_queue->clear();
        return;
    }
    const QLocale locale;
    const QString site = QString::fromStdString(m_report->site);
    if (!m_shownQueue) {
        auto rows = m_report->top(kTopRows);
        m_queueTitle->setText(tr("Top exceptions over all queues"));
        m_queueHint->setText(grey(tr("The %1 rows with the highest value at risk today (%2). Double-click a row or "
                                     "press Enter to open its item.")
                                      .arg(kTopRows)
                                      .arg(localeDate(m_report->today))));
        m_queueEmpty->setText(m_report->notes.empty()
                                  ? tr("No exceptions at %1 today.").arg(site)
                                  : tr("No exceptions found at %1 today, but some rules had no data to check (see the "
                                       "notes above).")
                                        .arg(site));
        m_queue->setRows(std::move(rows));
    } else {
        const auto queue = std::find_if(m_report->queues.begin(), m_report->queues.end(),
                                        [this](const kpi::ExceptionQueue& q) { return q.kind == *m_shownQueue; });
        if (queue == m_report->queues.end()) {
            m_queue->clear();
            return;
        }
        QString title =
            tr("%1 — %2 rows, value at risk %3")
                .arg(exceptionQueueTitle(queue->kind), locale.toString(static_cast<qulonglong>(queue->total)),
                     locale.toString(queue->totalImpact, 'f', 0));
        if (queue->total > queue->rows.size())
            title += tr(" (the %1 highest shown)").arg(locale.toString(static_cast<qulonglong>(queue->rows.size())));
        m_queueTitle->setText(title);
        m_queueHint->setText(grey(exceptionQueueHint(queue->kind).toHtmlEscaped()));
        m_queueEmpty->setText(tr("Nothing in “%1” at %2 today.").arg(exceptionQueueTitle(queue->kind), site));
        m_queue->setRows(queue->rows);
    }
    m_queueStack->setCurrentWidget(m_queue->rowCount() > 0 ? static_cast<QWidget*>(m_queueView) : m_queueEmpty);
}

void ControlTowerPage::activateRow(int row) {
    if (row < 0 || row >= m_queue->rowCount()) return;
    Q_EMIT itemActivated(m_queue->exceptionRow(row).itemId);
}

void ControlTowerPage::updateHeader() {
    if (!m_session.isOpen() || !m_card || m_stack->currentIndex() == 0) {
        m_header->setText(m_task ? grey(tr("Computing…")) : QString());
        m_header->setVisible(!m_header->text().isEmpty());
        return;
    }
    const auto& card = *m_card;
    QStringList parts;
    QString site = QStringLiteral("<b>%1</b>").arg(QString::fromStdString(card.siteCode).toHtmlEscaped());
    if (!card.siteName.empty()) site += QLatin1Char(' ') + QString::fromStdString(card.siteName).toHtmlEscaped();
    parts << site;
    const bool complete = m_week->currentIndex() == 0;
    parts << (complete ? tr("week <b>%1</b>") : tr("week <b>%1</b>, in progress"))
                 .arg(weekLabel(card.week).toHtmlEscaped());
    parts << tr("as of %1").arg(localTime(card.asOf).toHtmlEscaped());
    parts << (card.snapshotDay
                  ? tr("stock from the on-hand snapshot of %1").arg(QString::fromStdString(*card.snapshotDay))
                  : tr("no on-hand snapshot in the week"));
    QString text = parts.join(QStringLiteral(" · "));
    if (m_task) text += tr(" · <i>recomputing…</i>");
    m_header->setText(text);
    m_header->setVisible(true);
}

} // namespace stocktower::ui
