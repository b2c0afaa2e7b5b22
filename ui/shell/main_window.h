// The main window: navigation on the left, one page at a time on the right, menus and status bar.
// Kept small on purpose: pages own their widgets, the session owns the workspace, tasks run elsewhere.
#pragma once

#include "tasks/task_runner.h"

#include <QMainWindow>
#include <QPointer>

#include <cstdint>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace stocktower::ui {

class ControlTowerPage;
class DataExchangePage;
class ForecastPage;
class GuideLauncher;
class ImportWizard;
class ItemsPage;
class PolicyPage;
class ScenarioPage;
class ScorecardPage;
class ProgressPanel;
class SegmentationPage;
class TaskRunner;
class WorkspaceSession;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // In navigation order; the window opens on the Control tower once a workspace is open.
    enum Page {
        ControlTowerPageIndex,
        ItemsPageIndex,
        ForecastPageIndex,
        SegmentationPageIndex,
        PolicyPageIndex,
        ScenarioPageIndex,
        ScorecardPageIndex,
        DataExchangePageIndex,
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace in the background; the window stays usable and shows the "opening" state.
    // workspaceReady() follows once the item grid has its rows, or workspaceOpenFailed() after
    // the error was shown. readOnly: open for reading only (the file is not written at all).
    void openWorkspace(const QString& path, bool readOnly = false);
    // Opens the demo workspace, generating it first (in the background) when it does not exist.
    void openDemoWorkspace();
    [[nodiscard]] static QString demoWorkspacePath();
    // Opens the import wizard, optionally with a file preselected. Returns nullptr when no
    // writable workspace is open (after telling the user why).
    ImportWizard* startImport(const QString& file = {}, const QString& recordType = {});
    void showPage(Page page);
    // Shows the item on the Items page (clearing its text filter when that hides the item).
    bool showItem(qint64 itemId);

    [[nodiscard]] WorkspaceSession& session() { return *m_session; }
    [[nodiscard]] TaskRunner& tasks() { return *m_tasks; }
    [[nodiscard]] ItemsPage* itemsPage() const { return m_itemsPage; }
    [[nodiscard]] DataExchangePage* dataExchangePage() const { return m_dataExchangePage; }
    [[nodiscard]] ForecastPage* forecastPage() const { return m_forecastPage; }
    [[nodiscard]] SegmentationPage* segmentationPage() const { return m_segmentationPage; }
    [[nodiscard]] PolicyPage* policyPage() const { return m_policyPage; }
    [[nodiscard]] ScenarioPage* scenarioPage() const { return m_scenarioPage; }
    [[nodiscard]] ControlTowerPage* controlTowerPage() const { return m_controlTowerPage; }
    [[nodiscard]] ScorecardPage* scorecardPage() const { return m_scorecardPage; }
    [[nodiscard]] QStackedWidget* pages() const { return m_pages; }
    [[nodiscard]] QLabel* banner() const { return m_banner; }
    [[nodiscard]] ProgressPanel* progressPanel() const { return m_progress; }
    // The user guide: F1 and Help → User guide open it at the current page's section.
    [[nodiscard]] GuideLauncher* guide() const { return m_guide; }

    // The deferred integrity check of large workspaces (store::Workspace::integrityDeferred):
    // SQLite's quick_check on a read-only connection of its own, in the background. Started by
    // the window once the grid shows; public so that tests can run it on small files too.
    void startIntegrityCheck();
    [[nodiscard]] bool isCheckingIntegrity() const { return m_checkTask != nullptr; }
    // What the check reported: "ok", or a problem. A problem is shown in a warning and turns
    // the session read-only (nothing is written any more; nothing is lost either).
    void applyIntegrityResult(const QString& result);

Q_SIGNALS:
    // The workspace is open and the item grid has its rows (or shows why it has none).
    void workspaceReady();
    // Opening failed; the message has been shown, the previous workspace (if any) stays.
    void workspaceOpenFailed(const QString& path, const QString& message);
    // The deferred integrity check has finished (ok, damaged, cancelled or failed to run).
    void integrityCheckFinished();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void createNavigation();
    void newWorkspace();
    void openWorkspaceDialog();
    void startExport(const QString& recordType = {});
    void startBackup();
    void showAbout();
    void updateRecentMenu();
    void onWorkspaceChanged();
    void onItemsLoaded();
    void updateWorkspaceState();
    void updateBanner();
    void updateStatus();
    void showError(const QString& title, const QString& message);

    TaskRunner* m_tasks; // before the session, which runs its work on it
    WorkspaceSession* m_session;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QLabel* m_banner;
    ItemsPage* m_itemsPage;
    DataExchangePage* m_dataExchangePage;
    ForecastPage* m_forecastPage = nullptr;
    SegmentationPage* m_segmentationPage = nullptr;
    PolicyPage* m_policyPage = nullptr;
    ScenarioPage* m_scenarioPage = nullptr;
    ControlTowerPage* m_controlTowerPage = nullptr;
    ScorecardPage* m_scorecardPage = nullptr;
    QMenu* m_recentMenu = nullptr;
    GuideLauncher* m_guide = nullptr;
    QList<QAction*> m_workspaceActions; // enabled only while a workspace is open
    QAction* m_importAction = nullptr;
    QLabel* m_statusName;
    QLabel* m_statusReadOnly;
    QLabel* m_statusCounts;
    ProgressPanel* m_progress;
    QString m_creatingPath; // the last New Workspace, so that its failure is called that
    bool m_awaitingFirstLoad = false;  // workspaceReady() is due after the next grid load
    QPointer<Task> m_checkTask;
    std::uint64_t m_checkGeneration = 0; // a check's result only counts for the workspace it checked
};

} // namespace stocktower::ui
