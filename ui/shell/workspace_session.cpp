#include "shell/workspace_session.h"

#include "tasks/task_runner.h"
#include "text/core_text.h"

#include <QFileInfo>

namespace stocktower::ui {

WorkspaceSession::WorkspaceSession(TaskRunner& tasks, QObject* parent)
    : QObject(parent), m_tasks(tasks) {}

WorkspaceSession::~WorkspaceSession() = default;

Task* WorkspaceSession::open(const QString& path, store::Workspace::Access access) {
    return startOpening(path, OpenMode::Open, access);
}

Task* WorkspaceSession::create(const QString& path) {
    return startOpening(path, OpenMode::Create, store::Workspace::Access::ReadWrite);
}

Task* WorkspaceSession::startOpening(const QString& path, OpenMode mode,
                                     store::Workspace::Access access) {
    if (m_openTask) m_openTask->cancel(); // superseded: its workspace is dropped unseen
    const std::uint64_t generation = ++m_openGeneration;
    m_openingPath = path;

    // The worker opens the workspace on a connection of its own and reads the caches with it;
    // the GUI thread takes the connection over only after the worker has returned.
    struct Opened {
        std::unique_ptr<store::Workspace> workspace;
        std::vector<store::SiteRow> sites;
    };
    auto opened = std::make_shared<Opened>();
    const std::string target = toStdString(path);
    const QString name = QFileInfo(path).fileName();
    Task* task = m_tasks.run(
        mode == OpenMode::Create ? tr("Creating %1").arg(name) : tr("Opening %1").arg(name),
        [opened, target, mode, access](util::Progress&) {
            auto workspace = mode == OpenMode::Create ? store::Workspace::create(target)
                                                      : store::Workspace::open(target, access);
            opened->sites = store::loadSites(workspace->db());
            opened->workspace = std::move(workspace);
        });
    m_openTask = task;
    connect(task, &Task::succeeded, this, [this, generation, opened] {
        if (generation != m_openGeneration) return;
        m_openingPath.clear();
        adopt(std::move(opened->workspace), std::move(opened->sites));
    });
    connect(task, &Task::failed, this, [this, generation, path](const QString& message) {
        if (generation != m_openGeneration) return;
        m_openingPath.clear();
        Q_EMIT openFailed(path, message);
    });
    connect(task, &Task::cancelled, this, [this, generation, path] {
        if (generation != m_openGeneration) return;
        m_openingPath.clear();
        Q_EMIT openCancelled(path);
    });
    Q_EMIT openingStarted(path);
    return task;
}

void WorkspaceSession::close() {
    if (m_openTask) m_openTask->cancel();
    ++m_openGeneration;
    m_openingPath.clear();
    if (!m_workspace) return;
    ++m_workspaceGeneration;
    m_workspace.reset();
    m_sites.clear();
    m_readOnlyOverride.clear();
    Q_EMIT workspaceChanged();
}

void WorkspaceSession::adopt(std::unique_ptr<store::Workspace> workspace,
                             std::vector<store::SiteRow> sites) {
    ++m_workspaceGeneration;
    m_workspace = std::move(workspace);
    m_sites = std::move(sites);
    m_readOnlyOverride.clear();
    Q_EMIT workspaceChanged();
}

void WorkspaceSession::reload() {
    if (!m_workspace) return;
    if (m_reloadTask) m_reloadTask->cancel();
    const std::uint64_t generation = ++m_reloadGeneration;
    const std::uint64_t workspaceGeneration = m_workspaceGeneration;
    std::shared_ptr<store::Connection> connection;
    try {
        connection = m_workspace->openConnection(true);
    } catch (const std::exception&) {
        // Pages reload anyway and show the error where their data would be.
        Q_EMIT dataChanged();
        return;
    }
    auto sites = std::make_shared<std::vector<store::SiteRow>>();
    Task* task = m_tasks.run(tr("Reading %1").arg(QFileInfo(path()).fileName()),
                             [connection, sites](util::Progress&) mutable {
                                 *sites = store::loadSites(*connection);
                                 connection.reset(); // closed by the thread that used it
                             });
    m_reloadTask = task;
    connect(task, &Task::finished, this, [this, task, generation, workspaceGeneration, sites] {
        if (generation != m_reloadGeneration || workspaceGeneration != m_workspaceGeneration)
            return;
        if (task->state() == Task::State::Succeeded) m_sites = std::move(*sites);
        Q_EMIT dataChanged();
    });
}

void WorkspaceSession::setReadOnly(const QString& reason) {
    if (!m_workspace || reason.isEmpty()) return;
    m_readOnlyOverride = reason;
    Q_EMIT readOnlyChanged();
}

QString WorkspaceSession::path() const {
    return m_workspace ? toQString(m_workspace->path()) : QString();
}

QString WorkspaceSession::displayName() const {
    return m_workspace ? QFileInfo(path()).completeBaseName() : QString();
}

bool WorkspaceSession::isReadOnly() const {
    return m_workspace && (m_workspace->isReadOnly() || !m_readOnlyOverride.isEmpty());
}

QString WorkspaceSession::readOnlyReason() const {
    if (!m_workspace) return {};
    if (!m_readOnlyOverride.isEmpty()) return m_readOnlyOverride;
    return m_workspace->isReadOnly() ? coreText(m_workspace->readOnlyReasonMessage()) : QString();
}

QStringList WorkspaceSession::notices() const {
    return m_workspace ? coreTexts(m_workspace->noticeMessages()) : QStringList();
}

} // namespace stocktower::ui
