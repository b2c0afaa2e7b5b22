#include "undo/policy_defaults_command.h"

#include <exception>

namespace stocktower::ui {

SetPolicyDefaultsCommand::SetPolicyDefaultsCommand(inventory::PolicyDefaults before, inventory::PolicyDefaults after,
                                                   Writer writer, const QString& text)
    : QUndoCommand(text), m_before(before), m_after(after), m_writer(std::move(writer)) {}

bool SetPolicyDefaultsCommand::write(const inventory::PolicyDefaults& state) {
    m_error.clear();
    try {
        m_writer(state);
        return true;
    } catch (const std::exception& failure) {
        m_error = QString::fromUtf8(failure.what());
        return false;
    }
}

void SetPolicyDefaultsCommand::redo() {
    const bool written = write(m_after);
    if (!written && !m_done) setObsolete(true);
    m_done = m_done || written;
}

void SetPolicyDefaultsCommand::undo() { write(m_before); }

} // namespace stocktower::ui
