// The Policy page's editor of the workspace defaults: service target per ABC class, service type,
// holding rate and order cost. Reports each committed edit as a new PolicyDefaults; the page
// turns it into an undoable command.
#pragma once

#include "inventory/policy_types.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;

namespace stocktower::ui {

class PolicyDefaultsBar : public QWidget {
    Q_OBJECT
public:
    explicit PolicyDefaultsBar(QWidget* parent = nullptr);

    // Shows `defaults` without emitting edited().
    void setDefaults(const inventory::PolicyDefaults& defaults);
    [[nodiscard]] const inventory::PolicyDefaults& defaults() const { return m_defaults; }

    [[nodiscard]] QDoubleSpinBox* serviceBox(int abcIndex) const { return m_service[abcIndex]; }
    [[nodiscard]] QComboBox* serviceTypeBox() const { return m_type; }
    [[nodiscard]] QDoubleSpinBox* holdingRateBox() const { return m_holding; }
    [[nodiscard]] QDoubleSpinBox* orderCostBox() const { return m_orderCost; }

Q_SIGNALS:
    // One field changed: `after` is the shown defaults with it; `what` names it for the undo menu.
    void edited(const inventory::PolicyDefaults& after, const QString& what);

private:
    void commit(const inventory::PolicyDefaults& after, const QString& what);

    inventory::PolicyDefaults m_defaults;
    QDoubleSpinBox* m_service[3];
    QComboBox* m_type;
    QDoubleSpinBox* m_holding;
    QDoubleSpinBox* m_orderCost;
};

} // namespace stocktower::ui
