// The Scenarios page's "Simulation check" tab: simulates the selected scenario's (or the base's)
// closed-form policy by Monte Carlo in the background and shows, per demand class, what it
// achieves against its targets.
#pragma once

#include "tasks/task_runner.h"

#include <QPointer>
#include <QWidget>

#include <cstdint>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace stocktower::ui {

class SimulationCheckModel;
class WorkspaceSession;

class SimulationCheckView : public QWidget {
    Q_OBJECT
public:
    explicit SimulationCheckView(WorkspaceSession& session, QWidget* parent = nullptr);
    ~SimulationCheckView() override;

    // The scenario the next run simulates ("base" for the base); clears results of another one.
    void setScenario(const QString& name);
    // Starts the simulation in the background; nullptr when one is running or nothing is open.
    Task* simulate();
    [[nodiscard]] bool isBusy() const { return m_task != nullptr; }

    [[nodiscard]] SimulationCheckModel* model() const { return m_model; }
    [[nodiscard]] QSpinBox* replications() const { return m_replications; }
    [[nodiscard]] QSpinBox* periods() const { return m_periods; }
    [[nodiscard]] QSpinBox* warmUp() const { return m_warmUp; }
    [[nodiscard]] QSpinBox* seed() const { return m_seed; }
    [[nodiscard]] QCheckBox* receiptsInOrder() const { return m_receiptsInOrder; }
    [[nodiscard]] QLabel* status() const { return m_status; }

Q_SIGNALS:
    void taskEnded();

private:
    void onWorkspaceChanged();
    void updateButtons();

    WorkspaceSession& m_session;
    QSpinBox* m_replications;
    QSpinBox* m_periods;
    QSpinBox* m_warmUp;
    QSpinBox* m_seed;
    QCheckBox* m_receiptsInOrder;
    QPushButton* m_run;
    QLabel* m_status;
    SimulationCheckModel* m_model;
    QTableView* m_view;
    QString m_scenario;
    QPointer<Task> m_task;
    std::uint64_t m_generation = 0;
};

} // namespace stocktower::ui
