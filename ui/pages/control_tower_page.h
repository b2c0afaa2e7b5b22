// The Control tower, the page StockTower opens on: for one site, the headline KPIs of a week
// against target with their 13-week trend, and the exception queues a planner should act on
// today, ranked by value at risk; each row opens its item. Computed in the background on a
// connection of its own, only while the page is shown.
#pragma once

#include "domain/date.h"
#include "kpi/exceptions.h"
#include "kpi/scorecard.h"
#include "pages/kpi_weeks.h"
#include "tasks/deferred_recompute.h"
#include "tasks/task_runner.h"

#include <QPointer>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace stocktower::ui {

class ExceptionQueueModel;
class ExceptionSummaryModel;
class KpiTile;
class WorkspaceSession;

class ControlTowerPage : public QWidget {
    Q_OBJECT
public:
    // Rows per queue the page asks for (the queue's total is shown beside them) and rows in the
    // "top exceptions" list over all queues.
    static constexpr std::size_t kRowsPerQueue = 100;
    static constexpr std::size_t kTopRows = 50;

    explicit ControlTowerPage(WorkspaceSession& session, QWidget* parent = nullptr);
    ~ControlTowerPage() override;

    // The headline KPIs, in tile order: what a manager looks at first.
    static const std::vector<std::string>& headlineKpis();

    [[nodiscard]] QComboBox* siteCombo() const { return m_site; }
    [[nodiscard]] QComboBox* weekCombo() const { return m_week; }
    [[nodiscard]] const std::vector<KpiTile*>& tiles() const { return m_tiles; }
    [[nodiscard]] KpiTile* tile(const QString& kpiId) const;
    [[nodiscard]] ExceptionSummaryModel* summaryModel() const { return m_summary; }
    [[nodiscard]] QTableView* summaryView() const { return m_summaryView; }
    [[nodiscard]] ExceptionQueueModel* queueModel() const { return m_queue; }
    [[nodiscard]] QTableView* queueView() const { return m_queueView; }
    [[nodiscard]] QLabel* message() const { return m_message; }
    [[nodiscard]] QLabel* headerLabel() const { return m_header; }
    [[nodiscard]] QLabel* notesLabel() const { return m_notes; }
    [[nodiscard]] QPushButton* cancelButton() const { return m_cancel; }
    [[nodiscard]] bool isComputing() const { return m_task != nullptr; }
    [[nodiscard]] bool isShowingContent() const;
    [[nodiscard]] const std::shared_ptr<const kpi::Scorecard>& scorecard() const { return m_card; }
    [[nodiscard]] const std::shared_ptr<const kpi::ExceptionReport>& exceptions() const { return m_report; }
    // Whether the last computation stored the weeks it computed (false on a read-only workspace).
    [[nodiscard]] bool storedSnapshots() const { return m_stored; }

    // The clock that decides "today" (the system clock unless a test fixes it).
    void setClock(NowFunction clock);
    [[nodiscard]] QString currentSite() const;
    [[nodiscard]] std::optional<domain::IsoWeek> currentWeek() const;

    // Computes now (the page does so by itself when shown and when site or week change).
    void recompute();
    // Stops a running computation; what was shown stays.
    void cancel();
    // Data or KPI configuration changed elsewhere: compute again, now if shown, else when shown.
    void invalidate();
    // Shows one queue (nullopt: the top exceptions over all queues).
    void showQueue(std::optional<kpi::ExceptionKind> kind);
    // Opens the item of a row of the queue table, as a double-click or Enter does.
    void activateRow(int row);

Q_SIGNALS:
    // Open this item on the Items page.
    void itemActivated(qint64 itemId);
    // Show this site and week on the KPI scorecard (a tile was clicked).
    void scorecardRequested(const QString& siteCode, const QString& isoWeek);
    // A computation ended: with a result, a message, or cancelled.
    void computed();

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Computed;
    void onWorkspaceChanged();
    void reloadSites();
    void reloadWeeks();
    void showPlaceholder(const QString& text);
    void showComputing(const QString& text);
    void showResult();
    void updateHeader();
    void updateQueue();
    void updateRunState();
    void layoutTiles();
    // A narrow queue table drops description and quantity (the SKU's tooltip has them) so that
    // the reason stays readable.
    void fitQueueColumns();
    [[nodiscard]] QString predatesKpisMessage() const;

    WorkspaceSession& m_session;
    NowFunction m_clock;
    QComboBox* m_site;
    QComboBox* m_week;
    QPushButton* m_refresh;
    QLabel* m_progress;
    QPushButton* m_cancel;
    QLabel* m_header;
    QStackedWidget* m_stack;
    QLabel* m_message;
    QWidget* m_tileBox;
    QGridLayout* m_tileGrid;
    std::vector<KpiTile*> m_tiles;
    int m_tileColumns = 0;
    QLabel* m_notes;
    ExceptionSummaryModel* m_summary;
    QTableView* m_summaryView;
    QLabel* m_queueTitle;
    QLabel* m_queueHint;
    QStackedWidget* m_queueStack;
    QLabel* m_queueEmpty;
    ExceptionQueueModel* m_queue;
    QTableView* m_queueView;

    std::shared_ptr<const kpi::Scorecard> m_card;
    std::shared_ptr<const kpi::ExceptionReport> m_report;
    bool m_stored = false;
    std::optional<kpi::ExceptionKind> m_shownQueue; // nullopt: the top exceptions
    QPointer<Task> m_task;
    std::uint64_t m_generation = 0; // results of superseded computations are dropped
    DeferredRecompute m_deferred{this, [this] { recompute(); }}; // when the content is computed again
};

} // namespace stocktower::ui
