// The Forecast page: every series of the latest run in a sortable, filterable table; the selected
// series' chart, model explanation and editable forecast periods (overrides with undo/redo); Run
// forecast and Export forecasts in the background. Reads happen on workers with their own
// read-only connections; override edits are short writes on the session's connection.
#pragma once

#include "forecast/forecast_run.h"
#include "forecast/series_detail.h"
#include "store/forecast_store.h"
#include "tasks/task_runner.h"
#include "undo/forecast_override_command.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;

namespace stocktower::ui {

class ForecastChart;
class ForecastFilterProxy;
class ForecastModelPanel;
class ForecastOverrideEditor;
class ForecastPeriodsModel;
class ForecastTableModel;
class ProgressPanel;
class WorkspaceSession;

class ForecastPage : public QWidget {
    Q_OBJECT
public:
    explicit ForecastPage(WorkspaceSession& session, QWidget* parent = nullptr);
    ~ForecastPage() override;

    // Reads the latest run and its series in the background; loaded() follows.
    void reload();
    // Selects a series and scrolls to it; false when it is not shown.
    bool selectSeries(qint64 itemId, qint64 siteId);
    // Runs a forecast over the workspace in the background and reloads the page when it is
    // stored (runFinished). nullptr, with the reason shown, when it cannot start.
    Task* startRun(const forecast::ForecastRunSettings& settings, bool saveBucket = false);
    // Writes the shown run's forecasts to a CSV file in the background (exportFinished).
    Task* startExport(const QString& path);
    // Sets (quantity) or removes (nullopt) the override of one forecast period of the selected
    // series, as one undoable step; false (with the reason shown) when refused.
    bool setOverride(const QString& periodStart, std::optional<double> quantity, const QString& comment = {});

    [[nodiscard]] ForecastTableModel* model() const { return m_model; }
    [[nodiscard]] ForecastFilterProxy* proxy() const { return m_proxy; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] ForecastChart* chart() const { return m_chart; }
    [[nodiscard]] ForecastModelPanel* modelPanel() const { return m_modelPanel; }
    [[nodiscard]] ForecastPeriodsModel* periodsModel() const { return m_periods; }
    [[nodiscard]] QTableView* periodsView() const { return m_periodsView; }
    [[nodiscard]] ForecastOverrideEditor* overrides() const { return m_editor; }
    [[nodiscard]] QAction* undoAction() const { return m_undo; }
    [[nodiscard]] QAction* redoAction() const { return m_redo; }
    [[nodiscard]] QLineEdit* filterEdit() const { return m_filter; }
    [[nodiscard]] QComboBox* classCombo() const { return m_classFilter; }
    [[nodiscard]] QComboBox* familyCombo() const { return m_familyFilter; }
    [[nodiscard]] QPushButton* emptyStateButton() const { return m_emptyButton; }
    [[nodiscard]] bool isShowingEmptyState() const;
    [[nodiscard]] QString emptyStateText() const;
    [[nodiscard]] QString noticeText() const;
    [[nodiscard]] const std::optional<store::ForecastRunHeader>& run() const { return m_run; }
    [[nodiscard]] const std::optional<forecast::SeriesDetail>& detail() const { return m_detail; }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool isLoadingDetail() const { return m_detailWatcher.isRunning(); }

public Q_SLOTS:
    void showRunDialog();
    void showExportDialog();

Q_SIGNALS:
    // A reload has ended: rows are shown, or the empty state says why there are none.
    void loaded();
    // The selected series' chart, explanation and periods are shown (or the reason they are not).
    void detailLoaded();
    void runFinished(bool succeeded);
    void exportFinished(bool succeeded);

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct DetailResult {
        std::optional<forecast::SeriesDetail> detail;
        QString error;
    };

    QWidget* createToolbar();
    QWidget* createContent();
    void onWorkspaceChanged();
    void requestReload();
    void clearRows();
    void updateFilters();
    void updateCount();
    void updateRunInfo();
    void updateEmptyState(const QString& loadError = {});
    void updateEditable();
    void onCurrentRowChanged();
    void startDetailLoad(qint64 itemId, qint64 siteId);
    void onDetailLoaded();
    void showDetail();
    void onOverrideChanged(const OverrideSlot& slot);
    void showNotice(const QString& text, bool error = false);
    [[nodiscard]] QString seriesTitle() const;

    WorkspaceSession& m_session;
    ForecastTableModel* m_model;
    ForecastFilterProxy* m_proxy;
    ForecastPeriodsModel* m_periods;
    ForecastOverrideEditor* m_editor;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QLabel* m_runInfo = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_classFilter = nullptr;
    QComboBox* m_familyFilter = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_notice = nullptr;
    ProgressPanel* m_progress = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyText = nullptr;
    QPushButton* m_emptyButton = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_view = nullptr;
    ForecastChart* m_chart = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_periodsHint = nullptr;
    QTableView* m_periodsView = nullptr;
    ForecastModelPanel* m_modelPanel = nullptr;

    std::optional<store::ForecastRunHeader> m_run;
    bool m_hasDemand = false;
    bool m_loading = false;
    bool m_loadedOnce = false;
    bool m_reloadPending = true; // data changed while the page was hidden
    QPointer<Task> m_loadTask;
    QPointer<Task> m_runTask;
    std::uint64_t m_loadGeneration = 0;

    std::optional<forecast::SeriesDetail> m_detail; // the series shown below the table
    QFutureWatcher<std::shared_ptr<DetailResult>> m_detailWatcher;
    std::optional<std::pair<qint64, qint64>> m_detailWanted; // the series the running load is for
    std::optional<std::pair<qint64, qint64>> m_detailQueued; // asked for while a load ran
};

} // namespace stocktower::ui
