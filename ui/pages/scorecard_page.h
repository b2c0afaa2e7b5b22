// The KPI scorecard: for a chosen site and ISO week, every KPI with unit and better direction,
// target and tolerances, this and last week, change, a 13-week sparkline, status, benchmarks,
// owner and comment. Targets, tolerances, owners, comments and benchmarks are edited here: each
// edit is one undoable step written in one transaction, and the statuses are rated again at once.
#pragma once

#include "pages/weekly_report_launcher.h"

#include "domain/date.h"
#include "kpi/scorecard.h"
#include "models/scorecard_table_model.h"
#include "pages/kpi_weeks.h"
#include "store/kpi_config_store.h"
#include "tasks/deferred_recompute.h"
#include "tasks/task_runner.h"

#include <QPointer>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace stocktower::ui {

class WorkspaceSession;

class ScorecardPage : public QWidget {
    Q_OBJECT
public:
    // Complete weeks offered besides the week in progress.
    static constexpr int kWeeksBack = 52;

    explicit ScorecardPage(WorkspaceSession& session, QWidget* parent = nullptr);
    ~ScorecardPage() override;

    [[nodiscard]] QComboBox* siteCombo() const { return m_site; }
    [[nodiscard]] QComboBox* weekCombo() const { return m_week; }
    [[nodiscard]] ScorecardTableModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] QTextBrowser* details() const { return m_details; }
    [[nodiscard]] QLabel* message() const { return m_message; }
    [[nodiscard]] QLabel* headerLabel() const { return m_header; }
    [[nodiscard]] QPushButton* benchmarksButton() const { return m_benchmarks; }
    [[nodiscard]] QUndoStack* undoStack() const { return m_undoStack; }
    [[nodiscard]] QAction* undoAction() const { return m_undo; }
    [[nodiscard]] QAction* redoAction() const { return m_redo; }
    [[nodiscard]] bool isComputing() const { return m_task != nullptr; }
    [[nodiscard]] bool isShowingContent() const;
    [[nodiscard]] QString lastError() const { return m_lastError; }

    // The clock that decides "today" (the system clock unless a test fixes it).
    void setClock(NowFunction clock);
    [[nodiscard]] QString currentSite() const;
    [[nodiscard]] std::optional<domain::IsoWeek> currentWeek() const;
    // Shows a site and ISO week ("2026-W47"), as the control tower asks when a tile is clicked.
    void showSiteWeek(const QString& siteCode, const QString& isoWeek);

    // Computes now (the page does so by itself when shown and when site or week change).
    void recompute();
    // Stops a running computation; what was shown stays.
    void cancel();
    // Data or configuration changed elsewhere: compute again, now if shown, else when shown.
    void invalidate();

    // Edits. Each is one undoable step written in one transaction; refused (false, with the
    // reason in lastError() and a message) on a read-only workspace or for a value out of range.
    // `value` is what a person typed in the table: numbers in percent for ratios.
    bool editCell(const QString& kpiId, ScorecardTableModel::Column column, const QVariant& value);
    // The site's own target row for a KPI (created from the workspace default on first edit).
    bool editTarget(const QString& kpiId, const std::function<void(store::KpiTargetRow&)>& change, const QString& what);
    bool editComment(const QString& kpiId, const QString& comment);
    // Removes the site's own target row: the workspace default applies again.
    bool resetTarget(const QString& kpiId);
    // Adds (id 0) or changes a benchmark; removes one.
    bool saveBenchmark(const store::KpiBenchmarkRow& row);
    bool removeBenchmark(std::int64_t id);
    // The benchmarks of a KPI as stored (read on the GUI thread: a handful of rows).
    [[nodiscard]] std::vector<store::KpiBenchmarkRow> benchmarksOf(const QString& kpiId);
    // Opens the benchmark dialog of a KPI (the selected one when empty).
    void editBenchmarks(const QString& kpiId = {});
    [[nodiscard]] bool isWritable() const;

    // What the last weekly-report request asked for: the print preview or a PDF file.
    [[nodiscard]] WeeklyReportOutput reportOutput() const { return m_reportOutput; }

public Q_SLOTS:
    // Asks for the printed weekly report of the site and week shown (the main window builds it).
    void requestWeeklyReport(WeeklyReportOutput output = WeeklyReportOutput::Preview);

Q_SIGNALS:
    void weeklyReportRequested(const QString& siteCode, const QString& isoWeek);
    // Targets, tolerances, owners, comments or benchmarks were written (or undone).
    void configurationChanged();
    // A computation ended: with a result, a message, or cancelled.
    void computed();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Computed;
    void onWorkspaceChanged();
    void reloadSites();
    void reloadWeeks(std::optional<domain::IsoWeek> wanted = std::nullopt);
    void showPlaceholder(const QString& text);
    void applyResult(const Computed& computed);
    void updateHeader();
    void updateDetails();
    void updateEditable();
    void updateSpans();
    // Benchmarks and comments share what the number columns leave, the benchmark within bounds.
    void fitTextColumns();
    void onCellDoubleClicked(const QModelIndex& index);
    void showContextMenu(const QPoint& position);
    void refuse(const QString& message);
    bool checkWritable();
    [[nodiscard]] std::optional<std::int64_t> siteIdOf(const QString& siteCode) const;
    [[nodiscard]] QString shownKpi() const;
    // After a configuration write (or its undo): show the stored state in the table at once.
    void showStoredTarget(std::int64_t siteId, const std::string& kpiId);
    void showStoredComment(std::int64_t siteId, const std::string& isoWeek, const std::string& kpiId);
    void showStoredBenchmarks(const std::string& kpiId);
    bool push(const QString& text, std::function<void()> apply, std::function<void()> revert);
    [[nodiscard]] QString predatesKpisMessage() const;

    WorkspaceSession& m_session;
    NowFunction m_clock;
    QComboBox* m_site;
    QComboBox* m_week;
    QPushButton* m_refresh;
    QLabel* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_benchmarks;
    QUndoStack* m_undoStack;
    QAction* m_undo;
    QAction* m_redo;
    QLabel* m_header;
    QStackedWidget* m_stack;
    QLabel* m_message;
    ScorecardTableModel* m_model;
    QTableView* m_view;
    QTextBrowser* m_details;

    QPointer<Task> m_task;
    std::uint64_t m_generation = 0; // results of superseded computations are dropped
    DeferredRecompute m_deferred{this, [this] { recompute(); }}; // when the content is computed again
    bool m_stored = false;
    QString m_lastError;
    WeeklyReportOutput m_reportOutput = WeeklyReportOutput::Preview;
};

} // namespace stocktower::ui
