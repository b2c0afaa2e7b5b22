#include "tasks/task_runner.h"

#include "store/sqlite.h"
#include "text/core_text.h"
#include "util/errors.h"
#include "util/message.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace stocktower::ui {

void QtProgress::setStage(const std::string& stage) {
    {
        std::lock_guard lock(m_stageMutex);
        m_stage = stage;
    }
    m_generation.fetch_add(1, std::memory_order_release);
}

void QtProgress::report(std::uint64_t done, std::uint64_t total) {
    m_done.store(done, std::memory_order_relaxed);
    m_total.store(total, std::memory_order_relaxed);
    m_generation.fetch_add(1, std::memory_order_release);
}

std::string QtProgress::stage() const {
    std::lock_guard lock(m_stageMutex);
    return m_stage;
}

struct Task::Shared {
    Job job;
    QtProgress progress;
    State outcome = State::Failed;
    std::string error;       // the English text of an unexpected error
    util::Message message;   // a UserError's message, translated on the GUI thread
};

Task::Task(QString title, Job job, QObject* parent)
    : QObject(parent), m_shared(std::make_shared<Shared>()), m_title(std::move(title)) {
    m_shared->job = std::move(job);
    m_pollTimer.setInterval(100);
    connect(&m_pollTimer, &QTimer::timeout, this, &Task::poll);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &Task::onWorkerFinished);
}

Task::~Task() { waitForFinished(); }

bool Task::isCancelRequested() const { return m_shared->progress.isCancelled(); }

void Task::cancel() { m_shared->progress.cancel(); }

void Task::waitForFinished() {
    m_watcher.waitForFinished(); // a default (never started) future counts as finished
}

void Task::start() {
    m_state = State::Running;
    // The worker holds the shared state, never `this`: the Task may be gone before it returns.
    auto shared = m_shared;
    m_watcher.setFuture(QtConcurrent::run([shared] {
        try {
            shared->job(shared->progress);
            shared->outcome = shared->progress.isCancelled() ? State::Cancelled : State::Succeeded;
        } catch (const util::Cancelled&) {
            shared->outcome = State::Cancelled;
        } catch (const util::UserError& error) {
            shared->outcome = State::Failed;
            const auto* withId = dynamic_cast<const util::MessageError*>(&error);
            shared->message = withId ? withId->message() : util::verbatim(error.what());
        } catch (const store::SqliteError& error) {
            shared->outcome = State::Failed;
            shared->error = tr("Database error: %1").arg(QString::fromUtf8(error.what())).toStdString();
        } catch (const std::exception& error) {
            shared->outcome = State::Failed;
            shared->error = tr("Unexpected error: %1").arg(QString::fromUtf8(error.what())).toStdString();
        } catch (...) {
            shared->outcome = State::Failed;
            shared->error = tr("Unexpected error of unknown kind.").toStdString();
        }
    }));
    m_pollTimer.start();
    poll();
}

void Task::poll() {
    const auto& progress = m_shared->progress;
    const auto generation = progress.generation();
    if (generation == m_lastGeneration) return;
    m_lastGeneration = generation;
    Q_EMIT progressChanged(static_cast<qint64>(progress.done()), static_cast<qint64>(progress.total()),
                           QString::fromStdString(progress.stage()));
}

void Task::onWorkerFinished() {
    m_pollTimer.stop();
    poll();
    // A job that noticed the cancel and returned quietly counts as cancelled too.
    m_state = m_shared->outcome;
    if (m_state == State::Failed)
        m_error = m_shared->error.empty() ? coreText(m_shared->message) : QString::fromStdString(m_shared->error);
    switch (m_state) {
    case State::Succeeded: Q_EMIT succeeded(); break;
    case State::Cancelled: Q_EMIT cancelled(); break;
    default: Q_EMIT failed(m_error); break;
    }
    Q_EMIT finished();
    deleteLater();
}

TaskRunner::TaskRunner(QObject* parent) : QObject(parent) {}

TaskRunner::~TaskRunner() {
    cancelAll();
    waitForAll();
}

Task* TaskRunner::run(const QString& title, Task::Job job) {
    auto* task = new Task(title, std::move(job), this);
    ++m_running;
    if (m_running == 1) Q_EMIT busyChanged(true);
    connect(task, &Task::finished, this, [this, task] {
        --m_running;
        Q_EMIT taskFinished(task);
        if (m_running == 0) Q_EMIT busyChanged(false);
    });
    // Start on the next event loop turn so the caller can connect to the task first.
    QPointer<Task> guard(task);
    QMetaObject::invokeMethod(
        this,
        [this, guard] {
            if (!guard) return;
            Q_EMIT taskStarted(guard);
            guard->start();
        },
        Qt::QueuedConnection);
    return task;
}

void TaskRunner::cancelAll() {
    for (auto* task : findChildren<Task*>(QString(), Qt::FindDirectChildrenOnly)) task->cancel();
}

void TaskRunner::waitForAll() {
    for (auto* task : findChildren<Task*>(QString(), Qt::FindDirectChildrenOnly)) task->waitForFinished();
}

} // namespace stocktower::ui
