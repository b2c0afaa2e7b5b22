// The Segmentation page: ABC/XYZ classes of the open workspace, recomputed in the background when a
// setting changes: a Pareto chart, the ABC–XYZ matrix whose cells filter the item list below, and
// the cycle-count plan. Computes only while shown (a hidden page does not read 100,000 series).
#pragma once

#include "inventory/cycle_count.h"
#include "inventory/segmentation.h"
#include "store/segmentation_queries.h"
#include "tasks/task_runner.h"

#include <QPointer>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace stocktower::ui {

class ParetoChart;
class SegmentationCountTab;
class SegmentationFilterProxy;
class SegmentationMatrix;
class SegmentationSettingsBar;
class SegmentationTableModel;
class WorkspaceSession;

class SegmentationPage : public QWidget {
    Q_OBJECT
public:
    explicit SegmentationPage(WorkspaceSession& session, QWidget* parent = nullptr);
    ~SegmentationPage() override;

    [[nodiscard]] SegmentationSettingsBar* settingsBar() const { return m_settings; }
    [[nodiscard]] SegmentationMatrix* matrix() const { return m_matrix; }
    [[nodiscard]] ParetoChart* chart() const { return m_chart; }
    [[nodiscard]] SegmentationTableModel* model() const { return m_model; }
    [[nodiscard]] SegmentationFilterProxy* proxy() const { return m_proxy; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] SegmentationCountTab* countTab() const { return m_countTab; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] QLabel* message() const { return m_message; }
    [[nodiscard]] bool isComputing() const { return m_computeTask != nullptr || m_planTask != nullptr; }

    // Starts a computation now (the page does so by itself when shown and when a setting changes).
    void recompute();
    // Writes the rows the list shows, in its order; for the Export button and tests.
    Task* exportList(const QString& path);
    Task* exportSchedule(const QString& path);

Q_SIGNALS:
    // A computation (or re-plan) ended: with a result, a message, or cancelled.
    void computed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onWorkspaceChanged();
    void scheduleRecompute();
    void replan();
    void showPlaceholder(const QString& text);
    void applySelection(std::optional<inventory::AbcClass> abc, std::optional<inventory::XyzClass> xyz);
    void updateStatus();
    void updateListCount();
    void chooseExportList();
    void chooseExportSchedule();

    WorkspaceSession& m_session;
    SegmentationSettingsBar* m_settings;
    QLabel* m_status;
    QStackedWidget* m_stack;
    QLabel* m_message;
    QTabWidget* m_tabs;
    ParetoChart* m_chart;
    SegmentationMatrix* m_matrix;
    SegmentationTableModel* m_model;
    SegmentationFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QLabel* m_listCount;
    QPushButton* m_showAll;
    QPushButton* m_exportList;
    QTableView* m_view;
    SegmentationCountTab* m_countTab;
    QTimer* m_debounce;

    std::shared_ptr<const inventory::SegmentationResult> m_result;
    std::shared_ptr<const std::vector<store::StockLocation>> m_locations;
    QPointer<Task> m_computeTask;
    QPointer<Task> m_planTask;
    std::uint64_t m_generation = 0;     // results of superseded computations are dropped
    std::uint64_t m_planGeneration = 0;
    bool m_dirty = true;                // the shown result no longer matches workspace or settings
};

} // namespace stocktower::ui
