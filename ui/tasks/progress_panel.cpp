#include "tasks/progress_panel.h"

#include "tasks/task_runner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include <algorithm>

namespace stocktower::ui {

ProgressPanel::ProgressPanel(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QToolButton(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    m_bar->setMinimumWidth(160);
    m_bar->setTextVisible(true);
    m_cancel->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    m_cancel->setToolTip(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the running task"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        // One read of the guarded pointer: g++ cannot see that two reads agree.
        if (Task* const task = m_task.data()) {
            task->cancel();
            m_label->setText(tr("%1 — cancelling…").arg(task->title()));
            m_cancel->setEnabled(false);
        }
    });
    hide();
}

void ProgressPanel::track(Task* task) {
    if (!task) return;
    m_running.append(task);
    connect(task, &Task::finished, this, [this, task] { onTaskFinished(task); });
    showTask(task);
}

void ProgressPanel::showTask(Task* task) {
    if (m_task) disconnect(m_task, &Task::progressChanged, this, &ProgressPanel::updateProgress);
    m_task = task;
    m_label->setText(task->isCancelRequested() ? tr("%1 — cancelling…").arg(task->title())
                                               : task->title());
    m_bar->setRange(0, 0); // busy until the next report
    m_cancel->setEnabled(!task->isCancelRequested());
    connect(task, &Task::progressChanged, this, &ProgressPanel::updateProgress);
    show();
}

void ProgressPanel::onTaskFinished(Task* task) {
    m_running.removeIf(
        [task](const QPointer<Task>& running) { return !running || running == task; });
    if (m_task != task && m_task) return;
    m_task = nullptr;
    for (auto it = m_running.crbegin(); it != m_running.crend(); ++it) {
        Task* const running = it->data();
        if (running && running->isRunning()) {
            showTask(running);
            return;
        }
    }
    hide();
}

void ProgressPanel::updateProgress(qint64 done, qint64 total, const QString& stage) {
    Task* const task = m_task.data();
    if (!task) return;
    const QString title = task->title();
    if (!task->isCancelRequested())
        m_label->setText(stage.isEmpty() ? title : tr("%1 — %2").arg(title, stage));
    if (total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    // QProgressBar takes int: scale to per mille so byte counts of large files fit.
    m_bar->setRange(0, 1000);
    m_bar->setValue(static_cast<int>(std::min<qint64>(1000, done * 1000 / total)));
}

} // namespace stocktower::ui
