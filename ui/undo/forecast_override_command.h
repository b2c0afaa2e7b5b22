// One undoable change of one forecast period's override: from `before` to `after` (either may
// be "no override"). Redo and undo write to the workspace through the editor that made it.
#pragma once

#include "store/forecast_overrides.h"

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace stocktower::ui {

// The period an override belongs to.
struct OverrideSlot {
    qint64 runId = 0;
    qint64 itemId = 0;
    qint64 siteId = 0;
    QString periodStart;
};

class SetForecastOverrideCommand : public QUndoCommand {
public:
    // Writes one state (nullopt: remove) of the slot; throws on failure with a message for people.
    using Writer = std::function<void(const OverrideSlot&, const std::optional<store::ForecastOverride>&)>;

    SetForecastOverrideCommand(OverrideSlot slot, std::optional<store::ForecastOverride> before,
                               std::optional<store::ForecastOverride> after, Writer writer, const QString& text);

    void redo() override;
    void undo() override;

    // Why the last redo or undo could not write, or empty. A first redo that fails marks the
    // command obsolete, so the stack drops it instead of offering to undo what never happened.
    [[nodiscard]] const QString& error() const { return m_error; }
    [[nodiscard]] const OverrideSlot& slot() const { return m_slot; }

private:
    bool write(const std::optional<store::ForecastOverride>& state);

    OverrideSlot m_slot;
    std::optional<store::ForecastOverride> m_before;
    std::optional<store::ForecastOverride> m_after;
    Writer m_writer;
    QString m_error;
    bool m_done = false; // redone at least once
};

} // namespace stocktower::ui
