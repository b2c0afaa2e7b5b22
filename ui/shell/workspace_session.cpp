#include "shell/workspace_session.h"

#include <QFileInfo>

namespace stocktower::ui {

WorkspaceSession::WorkspaceSession(QObject* parent) : QObject(parent) {}

WorkspaceSession::~WorkspaceSession() = default;

void WorkspaceSession::open(const QString& path) {
    adopt(store::Workspace::open(toStdString(path)));
}

void WorkspaceSession::create(const QString& path) {
    adopt(store::Workspace::create(toStdString(path)));
}

void WorkspaceSession::close() {
    if (!m_workspace) return;
    m_workspace.reset();
    m_sites.clear();
    Q_EMIT workspaceChanged();
}

void WorkspaceSession::adopt(std::unique_ptr<store::Workspace> workspace) {
    m_workspace = std::move(workspace);
    loadCaches();
    Q_EMIT workspaceChanged();
}

void WorkspaceSession::loadCaches() {
    m_sites = m_workspace ? store::loadSites(m_workspace->db()) : std::vector<store::SiteRow>{};
}

void WorkspaceSession::reload() {
    if (!m_workspace) return;
    loadCaches();
    Q_EMIT dataChanged();
}

QString WorkspaceSession::path() const {
    return m_workspace ? toQString(m_workspace->path()) : QString();
}

QString WorkspaceSession::displayName() const {
    return m_workspace ? QFileInfo(path()).completeBaseName() : QString();
}

bool WorkspaceSession::isReadOnly() const { return m_workspace && m_workspace->isReadOnly(); }

QString WorkspaceSession::readOnlyReason() const {
    return m_workspace ? toQString(m_workspace->readOnlyReason()) : QString();
}

QStringList WorkspaceSession::notices() const {
    QStringList result;
    if (m_workspace)
        for (const auto& notice : m_workspace->notices()) result << toQString(notice);
    return result;
}

} // namespace stocktower::ui
