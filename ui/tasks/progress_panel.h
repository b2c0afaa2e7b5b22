// A non-modal strip that follows one background task: what runs, how far, and a Cancel button.
#pragma once

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

    // Shows the panel for task until it finishes; hides itself afterwards.
    void track(Task* task);
    [[nodiscard]] Task* trackedTask() const { return m_task; }

private:
    void updateProgress(qint64 done, qint64 total, const QString& stage);

    QPointer<Task> m_task;
    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_cancel;
};

} // namespace stocktower::ui
