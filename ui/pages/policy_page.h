// The Policy page: the workspace policy of every item-site (safety stock, reorder point, order
// quantity, min/max) and today's order proposals, computed in the background when the page is
// shown; a "why" panel that retraces the selected row; undoable edits of the workspace defaults.
#pragma once

#include "inventory/policy_run.h"
#include "tasks/task_runner.h"

#include <QPointer>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace stocktower::ui {

class PolicyDefaultsBar;
class PolicyFilterProxy;
class PolicyTableModel;
class WorkspaceSession;

class PolicyPage : public QWidget {
    Q_OBJECT
public:
    explicit PolicyPage(WorkspaceSession& session, QWidget* parent = nullptr);
    ~PolicyPage() override;

    [[nodiscard]] PolicyTableModel* model() const { return m_model; }
    [[nodiscard]] PolicyFilterProxy* proxy() const { return m_proxy; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] QTextBrowser* explainView() const { return m_explain; }
    [[nodiscard]] PolicyDefaultsBar* defaultsBar() const { return m_defaults; }
    [[nodiscard]] QUndoStack* undoStack() const { return m_undoStack; }
    [[nodiscard]] QAction* undoAction() const { return m_undo; }
    [[nodiscard]] QAction* redoAction() const { return m_redo; }
    [[nodiscard]] QLabel* totalsLabel() const { return m_totals; }
    [[nodiscard]] QLabel* message() const { return m_message; }
    [[nodiscard]] bool isComputing() const { return m_task != nullptr; }

    // Starts a run now (the page does so by itself when shown and after a defaults edit).
    void recompute();
    // Stores `after` as the workspace defaults as one undoable step, then recomputes. Refused
    // (false, with the reason shown) when the workspace is read-only or the write fails.
    bool editDefaults(const inventory::PolicyDefaults& after, const QString& what);
    // Shows the explanation of the proxy row `row` (the view's selection does this).
    void explainRow(int proxyRow);
    // Writes the rows the table shows, in its order.
    Task* exportCsv(const QString& path);
    [[nodiscard]] QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // A run ended: with a result, a message, or cancelled.
    void computed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Computed;
    void onWorkspaceChanged();
    void showPlaceholder(const QString& text);
    void updateTotals();
    void updateEditable();
    void reloadDefaults();
    void chooseExport();
    void refuse(const QString& message);

    WorkspaceSession& m_session;
    PolicyDefaultsBar* m_defaults;
    QUndoStack* m_undoStack;
    QAction* m_undo;
    QAction* m_redo;
    QPushButton* m_refresh;
    QPushButton* m_export;
    QLabel* m_totals;
    QStackedWidget* m_stack;
    QLabel* m_message;
    QLineEdit* m_filter;
    QComboBox* m_site;
    QCheckBox* m_proposalsOnly;
    QLabel* m_count;
    PolicyTableModel* m_model;
    PolicyFilterProxy* m_proxy;
    QTableView* m_view;
    QTextBrowser* m_explain;

    // What the shown run was computed from, so that a row's explanation uses the same inputs.
    std::shared_ptr<const inventory::PolicyInputSet> m_inputs;
    inventory::PolicyDefaults m_runDefaults;
    std::vector<inventory::ParameterChange> m_runChanges;
    QPointer<Task> m_task;
    std::uint64_t m_generation = 0; // results of superseded runs are dropped
    bool m_dirty = true;
    QString m_lastError;
};

} // namespace stocktower::ui
