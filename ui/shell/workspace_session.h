// The open workspace of the window: owns the GUI thread's connection; pages listen to it.
#pragma once

#include "store/item_queries.h"
#include "store/workspace.h"
#include "tasks/task_runner.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace stocktower::ui {

class WorkspaceSession : public QObject {
    Q_OBJECT
public:
    // Opening, creating and cache loads run on `tasks`; it must outlive the session's workers
    // (MainWindow cancels and waits for them before the session goes).
    explicit WorkspaceSession(TaskRunner& tasks, QObject* parent = nullptr);
    ~WorkspaceSession() override;

    // Open or create a workspace in the background, replacing the current one when it is ready
    // (workspaceChanged), or reporting openFailed with a complete message (the current workspace
    // stays open then). A second call while one is under way supersedes the first.
    Task* open(const QString& path,
               store::Workspace::Access access = store::Workspace::Access::ReadWrite);
    Task* create(const QString& path);
    void close();

    [[nodiscard]] bool isOpen() const { return m_workspace != nullptr; }
    // Between open()/create() and workspaceChanged or openFailed.
    [[nodiscard]] bool isOpening() const { return !m_openingPath.isEmpty(); }
    [[nodiscard]] QString openingPath() const { return m_openingPath; }

    // Only valid while isOpen(). The connection belongs to the GUI thread (it was opened by the
    // opening worker and handed over once that finished): worker tasks open their own
    // (store::Workspace::openConnection, or the path a second time).
    [[nodiscard]] store::Workspace& workspace() { return *m_workspace; }
    [[nodiscard]] store::Connection& db() { return m_workspace->db(); }
    [[nodiscard]] TaskRunner& tasks() { return m_tasks; }

    [[nodiscard]] QString path() const;
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] bool isReadOnly() const;
    [[nodiscard]] QString readOnlyReason() const;
    [[nodiscard]] QStringList notices() const;

    // Stops all writing through this window for the rest of the session (the file's own state is
    // left as it is): e.g. when the background integrity check found damage. `reason` completes
    // "read-only because …". Emits readOnlyChanged.
    void setReadOnly(const QString& reason);

    // Sites change rarely and several pages show them: cached here, refreshed on reload().
    [[nodiscard]] const std::vector<store::SiteRow>& sites() const { return m_sites; }

    // Call after something else (an import in a worker) committed to the file: re-reads the
    // caches in the background, then emits dataChanged.
    void reload();

Q_SIGNALS:
    // open()/create() has started; the window shows the "opening" state.
    void openingStarted(const QString& path);
    // open()/create() failed; the previous workspace (if any) is still open.
    void openFailed(const QString& path, const QString& message);
    // open()/create() was cancelled from the progress panel; nothing changed.
    void openCancelled(const QString& path);
    // A different workspace (or none) is open now.
    void workspaceChanged();
    // The same workspace has new data; pages reload what they show.
    void dataChanged();
    // isReadOnly() or readOnlyReason() changed for the open workspace (see setReadOnly).
    void readOnlyChanged();

private:
    enum class OpenMode { Open, Create };
    Task* startOpening(const QString& path, OpenMode mode, store::Workspace::Access access);
    void adopt(std::unique_ptr<store::Workspace> workspace, std::vector<store::SiteRow> sites);

    TaskRunner& m_tasks;
    std::unique_ptr<store::Workspace> m_workspace;
    std::vector<store::SiteRow> m_sites;
    QString m_readOnlyOverride;
    QString m_openingPath;
    QPointer<Task> m_openTask;
    QPointer<Task> m_reloadTask;
    // Bumped by every open/close and reload: results of superseded workers are dropped.
    std::uint64_t m_openGeneration = 0;
    std::uint64_t m_reloadGeneration = 0;
    std::uint64_t m_workspaceGeneration =
        0; // bumped whenever a different workspace (or none) is open
};

// std::string (UTF-8) ↔ QString, used at every core boundary.
inline QString toQString(const std::string& text) {
    return QString::fromStdString(text);
}
inline std::string toStdString(const QString& text) {
    return text.toStdString();
}

} // namespace stocktower::ui
