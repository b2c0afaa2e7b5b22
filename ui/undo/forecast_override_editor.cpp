#include "undo/forecast_override_editor.h"

#include "shell/workspace_session.h"
#include "store/workspace.h"
#include "util/errors.h"

#include <QLocale>

#include <cmath>

namespace stocktower::ui {

ForecastOverrideEditor::ForecastOverrideEditor(WorkspaceSession& session, QObject* parent)
    : QObject(parent), m_session(session), m_stack(new QUndoStack(this)) {}

bool ForecastOverrideEditor::setOverride(const OverrideSlot& slot, std::optional<double> quantity,
                                         const QString& comment) {
    if (!m_session.isOpen()) return false;
    if (m_session.isReadOnly()) {
        Q_EMIT editFailed(tr("Overrides cannot be changed: this workspace is read-only because %1")
                              .arg(m_session.readOnlyReason()));
        return false;
    }
    if (quantity && (!std::isfinite(*quantity) || *quantity < 0.0)) {
        Q_EMIT editFailed(tr("An override must be a quantity of 0 or more."));
        return false;
    }
    std::optional<store::ForecastOverride> before;
    try {
        before = store::findForecastOverride(m_session.db(), slot.runId, slot.itemId, slot.siteId,
                                             slot.periodStart.toStdString());
    } catch (const std::exception& failure) {
        Q_EMIT editFailed(tr("The override could not be read: %1").arg(QString::fromUtf8(failure.what())));
        return false;
    }
    std::optional<store::ForecastOverride> after;
    if (quantity) {
        store::ForecastOverride entry;
        entry.runId = slot.runId;
        entry.itemId = slot.itemId;
        entry.siteId = slot.siteId;
        entry.periodStart = slot.periodStart.toStdString();
        entry.quantity = *quantity;
        entry.comment = comment.trimmed().toStdString();
        entry.userName = store::defaultUserName();
        entry.createdAt = store::utcNowIso();
        after = entry;
    }
    const QString period = slot.periodStart;
    const QString text = !quantity ? tr("Remove override of %1").arg(period)
                         : before && before->quantity == *quantity
                             ? tr("Comment on override of %1").arg(period)
                             : tr("Override %1 with %2").arg(period, QLocale().toString(*quantity));
    m_writeFailed = false;
    auto* command = new SetForecastOverrideCommand(
        slot, before, after,
        [this](const OverrideSlot& target, const std::optional<store::ForecastOverride>& state) {
            try {
                write(target, state);
            } catch (const std::exception& failure) {
                // Undo and redo from the stack report here too; the command keeps its state.
                m_writeFailed = true;
                Q_EMIT editFailed(tr("The override could not be saved: %1").arg(QString::fromUtf8(failure.what())));
                throw;
            }
        },
        text);
    m_stack->push(command); // runs redo(); a command whose first redo failed is dropped as obsolete
    return !m_writeFailed;
}

void ForecastOverrideEditor::write(const OverrideSlot& slot, const std::optional<store::ForecastOverride>& state) {
    if (!m_session.isOpen()) throw util::UserError("no workspace is open");
    if (m_session.isReadOnly())
        throw util::UserError(
            tr("Overrides cannot be changed: this workspace is read-only because %1").arg(m_session.readOnlyReason()).toStdString());
    // The GUI thread's connection: one short transaction, like typing into a cell elsewhere.
    if (state)
        store::setForecastOverride(m_session.db(), *state);
    else
        store::removeForecastOverride(m_session.db(), slot.runId, slot.itemId, slot.siteId,
                                      slot.periodStart.toStdString());
    Q_EMIT overrideChanged(slot);
}

} // namespace stocktower::ui
