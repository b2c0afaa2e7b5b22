// A non-modal strip that follows one background task: what runs, how far, and a Cancel button.
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace stocktower::ui {

class Task;

class ProgressPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProgressPanel(QWidget* parent = nullptr);

    // Shows task until it finishes, then the newest other tracked task still running (a quick
    // reload must not hide a long check that started before it); hides itself when none is left.
    void track(Task* task);
    [[nodiscard]] Task* trackedTask() const { return m_task; }

private:
    void showTask(Task* task);
    void onTaskFinished(Task* task);
    void updateProgress(qint64 done, qint64 total, const QString& stage);

    QPointer<Task> m_task;            // the one shown
    QList<QPointer<Task>> m_running;  // oldest first
    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_cancel;
};

} // namespace stocktower::ui
