// The forecast page's document for overrides: the one path through which they change, with an
// undo stack whose commands write to the workspace (Tiled's document + undo stack idea).
#pragma once

#include "undo/forecast_override_command.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace stocktower::ui {

class WorkspaceSession;

class ForecastOverrideEditor : public QObject {
    Q_OBJECT
public:
    explicit ForecastOverrideEditor(WorkspaceSession& session, QObject* parent = nullptr);

    [[nodiscard]] QUndoStack* undoStack() const { return m_stack; }

    // Sets (quantity) or removes (nullopt) the override of one period, with a comment, as one
    // undoable step. Refuses (false, editFailed with the reason) on a read-only workspace, for a
    // negative or unreadable quantity, or when the write fails.
    bool setOverride(const OverrideSlot& slot, std::optional<double> quantity, const QString& comment);
    // Forgets the history (another workspace or run is shown): nothing to undo there.
    void clear() { m_stack->clear(); }

Q_SIGNALS:
    // An override was written (set, changed, removed — by an edit, undo or redo).
    void overrideChanged(const stocktower::ui::OverrideSlot& slot);
    // An edit, undo or redo could not be made; the message is complete.
    void editFailed(const QString& message);

private:
    void write(const OverrideSlot& slot, const std::optional<store::ForecastOverride>& state);

    WorkspaceSession& m_session;
    QUndoStack* m_stack;
    bool m_writeFailed = false; // set by the last write that threw
};

} // namespace stocktower::ui
