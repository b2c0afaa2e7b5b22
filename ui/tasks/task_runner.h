// Runs core jobs on worker threads (QtConcurrent) and reports progress and results on the GUI thread.
#pragma once

#include "util/progress.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace stocktower::ui {

// util::Progress for the GUI: the worker writes atomics, a QTimer on the GUI thread polls them,
// so a job reporting a million times costs no signal traffic across threads.
class QtProgress final : public util::Progress {
public:
    void setStage(const std::string& stage) override;
    void report(std::uint64_t done, std::uint64_t total) override;

    [[nodiscard]] std::uint64_t done() const { return m_done.load(std::memory_order_relaxed); }
    [[nodiscard]] std::uint64_t total() const { return m_total.load(std::memory_order_relaxed); }
    [[nodiscard]] std::string stage() const;
    // Bumped on every change, so the poller can skip unchanged ticks.
    [[nodiscard]] std::uint64_t generation() const { return m_generation.load(std::memory_order_acquire); }

private:
    std::atomic<std::uint64_t> m_done{0};
    std::atomic<std::uint64_t> m_total{0};
    std::atomic<std::uint64_t> m_generation{0};
    mutable std::mutex m_stageMutex;
    std::string m_stage;
};

// One background job. Created by TaskRunner::run; deletes itself after finished().
// Connect to its signals right after run() returns: it starts on the next event loop turn.
class Task : public QObject {
    Q_OBJECT
public:
    using Job = std::function<void(util::Progress&)>;
    enum class State { Pending, Running, Succeeded, Failed, Cancelled };

    ~Task() override;

    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isRunning() const { return m_state == State::Pending || m_state == State::Running; }
    [[nodiscard]] QString errorMessage() const { return m_error; }
    [[nodiscard]] bool isCancelRequested() const;

    // Asks the job to stop at its next check; the job rolls back and cancelled() follows.
    void cancel();
    // Blocks until the worker returns. For shutdown only: never while the user waits.
    void waitForFinished();

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total, const QString& stage);
    void succeeded();
    void failed(const QString& message);
    void cancelled();
    // After succeeded/failed/cancelled, whatever the outcome.
    void finished();

private:
    friend class TaskRunner;
    Task(QString title, Job job, QObject* parent);
    void start();
    void poll();
    void onWorkerFinished();

    struct Shared; // what the worker thread touches
    std::shared_ptr<Shared> m_shared;
    QString m_title;
    State m_state = State::Pending;
    QString m_error;
    QFutureWatcher<void> m_watcher;
    QTimer m_pollTimer;
    std::uint64_t m_lastGeneration = ~std::uint64_t{0};
};

class TaskRunner : public QObject {
    Q_OBJECT
public:
    explicit TaskRunner(QObject* parent = nullptr);
    // Cancels what still runs and waits for it: workers must not outlive the objects they use.
    ~TaskRunner() override;

    // Starts job on the thread pool. Exceptions it throws are caught in the worker and become
    // failed(message) (util::UserError's text as-is) or cancelled() (util::Cancelled).
    Task* run(const QString& title, Task::Job job);

    [[nodiscard]] bool isBusy() const { return m_running > 0; }
    void cancelAll();
    void waitForAll();

Q_SIGNALS:
    void taskStarted(stocktower::ui::Task* task);
    void taskFinished(stocktower::ui::Task* task);
    void busyChanged(bool busy);

private:
    int m_running = 0;
};

} // namespace stocktower::ui
