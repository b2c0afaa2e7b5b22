#include "undo/kpi_config_command.h"

#include <exception>

namespace stocktower::ui {

KpiConfigCommand::KpiConfigCommand(const QString& text, Writer apply, Writer revert)
    : QUndoCommand(text), m_apply(std::move(apply)), m_revert(std::move(revert)) {}

bool KpiConfigCommand::write(const Writer& writer) {
    m_error.clear();
    try {
        writer();
        return true;
    } catch (const std::exception& failure) {
        m_error = QString::fromUtf8(failure.what());
        return false;
    }
}

void KpiConfigCommand::redo() {
    const bool written = write(m_apply);
    if (!written && !m_done) setObsolete(true);
    m_done = m_done || written;
}

void KpiConfigCommand::undo() { write(m_revert); }

} // namespace stocktower::ui
