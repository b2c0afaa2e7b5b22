// The open workspace of the window: owns the GUI thread's connection; pages listen to it.
#pragma once

#include "store/item_queries.h"
#include "store/workspace.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace stocktower::ui {

class WorkspaceSession : public QObject {
    Q_OBJECT
public:
    explicit WorkspaceSession(QObject* parent = nullptr);
    ~WorkspaceSession() override;

    // Open or create a workspace, replacing the current one. Throw util::UserError with a
    // complete message on failure; the current workspace stays open then.
    void open(const QString& path);
    void create(const QString& path);
    void close();

    [[nodiscard]] bool isOpen() const { return m_workspace != nullptr; }
    // Only valid while isOpen(). The connection belongs to the GUI thread: worker tasks open
    // their own (store::Workspace::openConnection, or the path a second time).
    [[nodiscard]] store::Workspace& workspace() { return *m_workspace; }
    [[nodiscard]] store::Connection& db() { return m_workspace->db(); }

    [[nodiscard]] QString path() const;
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] bool isReadOnly() const;
    [[nodiscard]] QString readOnlyReason() const;
    [[nodiscard]] QStringList notices() const;

    // Sites change rarely and several pages show them: cached here, refreshed on reload().
    [[nodiscard]] const std::vector<store::SiteRow>& sites() const { return m_sites; }

    // Call after something else (an import in a worker) committed to the file.
    void reload();

Q_SIGNALS:
    // A different workspace (or none) is open now.
    void workspaceChanged();
    // The same workspace has new data; pages reload what they show.
    void dataChanged();

private:
    void adopt(std::unique_ptr<store::Workspace> workspace);
    void loadCaches();

    std::unique_ptr<store::Workspace> m_workspace;
    std::vector<store::SiteRow> m_sites;
};

// std::string (UTF-8) ↔ QString, used at every core boundary.
inline QString toQString(const std::string& text) { return QString::fromStdString(text); }
inline std::string toStdString(const QString& text) { return text.toStdString(); }

} // namespace stocktower::ui
