#include "undo/forecast_override_command.h"

#include <exception>

namespace stocktower::ui {

SetForecastOverrideCommand::SetForecastOverrideCommand(OverrideSlot slot, std::optional<store::ForecastOverride> before,
                                                       std::optional<store::ForecastOverride> after, Writer writer,
                                                       const QString& text)
    : QUndoCommand(text), m_slot(std::move(slot)), m_before(std::move(before)), m_after(std::move(after)),
      m_writer(std::move(writer)) {}

bool SetForecastOverrideCommand::write(const std::optional<store::ForecastOverride>& state) {
    m_error.clear();
    try {
        m_writer(m_slot, state);
        return true;
    } catch (const std::exception& failure) {
        m_error = QString::fromUtf8(failure.what());
        return false;
    }
}

void SetForecastOverrideCommand::redo() {
    const bool written = write(m_after);
    if (!written && !m_done) setObsolete(true);
    m_done = m_done || written;
}

void SetForecastOverrideCommand::undo() { write(m_before); }

} // namespace stocktower::ui
