// One undoable change of the workspace's KPI configuration (a target row, a week's comment, a
// benchmark): redo stores the state after, undo the state before, each through a writer that
// stores one whole state in one transaction.
#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace stocktower::ui {

class KpiConfigCommand : public QUndoCommand {
public:
    // Stores one state; throws with a message for people when it cannot.
    using Writer = std::function<void()>;

    KpiConfigCommand(const QString& text, Writer apply, Writer revert);

    void redo() override;
    void undo() override;

    // Why the last redo or undo could not write, or empty. A first redo that fails marks the
    // command obsolete, so the stack drops it rather than offer to undo what never happened.
    [[nodiscard]] const QString& error() const { return m_error; }

private:
    bool write(const Writer& writer);

    Writer m_apply;
    Writer m_revert;
    QString m_error;
    bool m_done = false; // redone at least once
};

} // namespace stocktower::ui
