// One undoable edit of the workspace's policy defaults (service targets, service type, holding
// rate, order cost): redo writes `after`, undo writes `before`, through the page's writer.
#pragma once

#include "inventory/policy_types.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace stocktower::ui {

class SetPolicyDefaultsCommand : public QUndoCommand {
public:
    // Stores one state of the defaults; throws on failure with a message for people.
    using Writer = std::function<void(const inventory::PolicyDefaults&)>;

    SetPolicyDefaultsCommand(inventory::PolicyDefaults before, inventory::PolicyDefaults after, Writer writer,
                             const QString& text);

    void redo() override;
    void undo() override;

    // Why the last redo or undo could not write, or empty. A first redo that fails marks the
    // command obsolete, so the stack drops it rather than offer to undo what never happened.
    [[nodiscard]] const QString& error() const { return m_error; }
    [[nodiscard]] const inventory::PolicyDefaults& before() const { return m_before; }
    [[nodiscard]] const inventory::PolicyDefaults& after() const { return m_after; }

private:
    bool write(const inventory::PolicyDefaults& state);

    inventory::PolicyDefaults m_before;
    inventory::PolicyDefaults m_after;
    Writer m_writer;
    QString m_error;
    bool m_done = false;
};

} // namespace stocktower::ui
