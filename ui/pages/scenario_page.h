// The Scenarios page: what-if scenarios of the workspace policy. A list of scenarios (create,
// rename, duplicate, delete, promote), the selected one's changes, a background recompute, the
// comparison of base and selected scenarios, the investment/fill-rate trade-off chart, and the
// simulation check of the selected scenario.
#pragma once

#include "inventory/scenario.h"
#include "tasks/task_runner.h"

#include <QPointer>
#include <QWidget>

#include <cstdint>
#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace stocktower::ui {

class ScenarioChangesEditor;
class ScenarioComparisonModel;
class SimulationCheckView;
class TradeoffChart;
class WorkspaceSession;

class ScenarioPage : public QWidget {
    Q_OBJECT
public:
    explicit ScenarioPage(WorkspaceSession& session, QWidget* parent = nullptr);
    ~ScenarioPage() override;

    [[nodiscard]] QListWidget* list() const { return m_list; }
    [[nodiscard]] ScenarioChangesEditor* editor() const { return m_editor; }
    [[nodiscard]] ScenarioComparisonModel* comparisonModel() const { return m_comparison; }
    [[nodiscard]] TradeoffChart* tradeoffChart() const { return m_chart; }
    [[nodiscard]] SimulationCheckView* simulationCheck() const { return m_simulation; }
    [[nodiscard]] bool isBusy() const;

    // Re-reads the scenario list and the comparison of the selected scenarios.
    void reload();
    // The name of the current scenario, or empty.
    [[nodiscard]] QString currentName() const;
    void selectScenario(const QString& name);
    // Recomputes the current scenario in the background (one transaction).
    Task* recompute();
    Task* computeTradeoff();
    // The comparison of the base and the selected scenarios; false with the reason shown.
    bool exportComparison(const QString& path);

Q_SIGNALS:
    // A recompute, trade-off or simulation ended (succeeded, failed or cancelled).
    void taskEnded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onWorkspaceChanged();
    void onCurrentChanged();
    void updateComparison();
    void updateButtons();
    void createScenario();
    void renameScenario();
    void duplicateScenario();
    void deleteScenario();
    void promoteScenario();
    void saveChanges();
    void chooseExport();
    void printComparison();
    // Runs a store action on the GUI connection; shows its error and returns false on failure.
    bool act(const QString& title, const std::function<void()>& action);
    [[nodiscard]] bool writable() const;

    WorkspaceSession& m_session;
    QListWidget* m_list;
    QPushButton* m_new;
    QPushButton* m_rename;
    QPushButton* m_duplicate;
    QPushButton* m_delete;
    QPushButton* m_promote;
    QLabel* m_header;
    ScenarioChangesEditor* m_editor;
    QPushButton* m_recompute;
    QTabWidget* m_tabs;
    ScenarioComparisonModel* m_comparison;
    QTableView* m_comparisonView;
    QPushButton* m_export;
    QPushButton* m_print;
    TradeoffChart* m_chart;
    QPushButton* m_tradeoff;
    SimulationCheckView* m_simulation;
    QPointer<Task> m_recomputeTask;
    QPointer<Task> m_tradeoffTask;
    std::uint64_t m_generation = 0;
    bool m_dirty = true;
};

} // namespace stocktower::ui
