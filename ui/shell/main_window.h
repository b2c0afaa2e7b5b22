// The main window: navigation on the left, one page at a time on the right, menus and status bar.
// Kept small on purpose: pages own their widgets, the session owns the workspace, tasks run elsewhere.
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace stocktower::ui {

class DataExchangePage;
class ImportWizard;
class ItemsPage;
class ProgressPanel;
class TaskRunner;
class WorkspaceSession;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page { ItemsPageIndex, DataExchangePageIndex };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace; shows the error and returns false when it cannot be opened.
    bool openWorkspace(const QString& path);
    // Opens the demo workspace, generating it first (in the background) when it does not exist.
    void openDemoWorkspace();
    [[nodiscard]] static QString demoWorkspacePath();
    // Opens the import wizard, optionally with a file preselected. Returns nullptr when no
    // writable workspace is open (after telling the user why).
    ImportWizard* startImport(const QString& file = {}, const QString& recordType = {});
    void showPage(Page page);

    [[nodiscard]] WorkspaceSession& session() { return *m_session; }
    [[nodiscard]] TaskRunner& tasks() { return *m_tasks; }
    [[nodiscard]] ItemsPage* itemsPage() const { return m_itemsPage; }
    [[nodiscard]] DataExchangePage* dataExchangePage() const { return m_dataExchangePage; }
    [[nodiscard]] QStackedWidget* pages() const { return m_pages; }

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
    void updateStatus();
    void showError(const QString& title, const QString& message);

    WorkspaceSession* m_session;
    TaskRunner* m_tasks;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QLabel* m_banner;
    ItemsPage* m_itemsPage;
    DataExchangePage* m_dataExchangePage;
    QMenu* m_recentMenu = nullptr;
    QList<QAction*> m_workspaceActions; // enabled only while a workspace is open
    QAction* m_importAction = nullptr;
    QLabel* m_statusName;
    QLabel* m_statusReadOnly;
    QLabel* m_statusCounts;
    ProgressPanel* m_progress;
};

} // namespace stocktower::ui
