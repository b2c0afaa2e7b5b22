// TaskRunner: results, errors and cancellation arrive as signals on the GUI thread; the progress
// panel follows the newest running task.
#include "tasks/progress_panel.h"
#include "tasks/task_runner.h"

#include "util/errors.h"

#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>

using namespace stocktower;

namespace {

constexpr int kGenerousWaitMs = 30000;

struct Outcome {
    bool succeeded = false;
    bool cancelled = false;
    bool finished = false;
    QString error;
    QThread* signalThread = nullptr;
    qint64 lastDone = -1;
};

Outcome runToEnd(ui::TaskRunner& runner, ui::Task::Job job, bool cancelSoon = false) {
    Outcome outcome;
    ui::Task* task = runner.run(QStringLiteral("test"), std::move(job));
    QObject::connect(task, &ui::Task::succeeded, [&outcome] { outcome.succeeded = true; });
    QObject::connect(task, &ui::Task::cancelled, [&outcome] { outcome.cancelled = true; });
    QObject::connect(task, &ui::Task::failed, [&outcome](const QString& message) { outcome.error = message; });
    QObject::connect(task, &ui::Task::progressChanged,
                     [&outcome](qint64 done, qint64, const QString&) { outcome.lastDone = done; });
    QObject::connect(task, &ui::Task::finished, [&outcome] {
        outcome.finished = true;
        outcome.signalThread = QThread::currentThread();
    });
    if (cancelSoon) task->cancel();
    EXPECT_TRUE(QTest::qWaitFor([&outcome] { return outcome.finished; }, kGenerousWaitMs));
    return outcome;
}

TEST(TaskRunnerTest, DeliversSuccessAndProgressOnTheGuiThread) {
    ui::TaskRunner runner;
    std::atomic<QThread*> workerThread{nullptr};
    const Outcome outcome = runToEnd(runner, [&workerThread](util::Progress& progress) {
        workerThread = QThread::currentThread();
        for (std::uint64_t i = 1; i <= 5; ++i) progress.report(i, 5);
    });
    EXPECT_TRUE(outcome.succeeded);
    EXPECT_TRUE(outcome.error.isEmpty());
    EXPECT_EQ(outcome.signalThread, QThread::currentThread());
    EXPECT_NE(workerThread.load(), QThread::currentThread());
    EXPECT_EQ(outcome.lastDone, 5); // the final state is always polled once more
    EXPECT_FALSE(runner.isBusy());
}

TEST(TaskRunnerTest, TurnsUserErrorsIntoMessages) {
    ui::TaskRunner runner;
    const Outcome outcome = runToEnd(runner, [](util::Progress&) { throw util::UserError("disk full on F:"); });
    EXPECT_FALSE(outcome.succeeded);
    EXPECT_EQ(outcome.error, QStringLiteral("disk full on F:"));
    const Outcome unexpected = runToEnd(runner, [](util::Progress&) { throw std::logic_error("bug"); });
    EXPECT_TRUE(unexpected.error.contains(QStringLiteral("bug")));
}

TEST(TaskRunnerTest, CancelsCooperatively) {
    ui::TaskRunner runner;
    const Outcome outcome = runToEnd(
        runner,
        [](util::Progress& progress) {
            // Polls like a core job; gives up generously late if the cancel never came.
            for (int i = 0; i < 3000 && !progress.isCancelled(); ++i) QThread::msleep(10);
            if (progress.isCancelled()) throw util::Cancelled();
        },
        true);
    EXPECT_TRUE(outcome.cancelled);
    EXPECT_FALSE(outcome.succeeded);
    EXPECT_TRUE(outcome.error.isEmpty());
}

TEST(ProgressPanelTest, FallsBackToAnOlderTaskThatStillRuns) {
    ui::TaskRunner runner;
    ui::ProgressPanel panel;
    std::atomic<bool> release{false};
    ui::Task* slow = runner.run(QStringLiteral("slow"), [&release](util::Progress& progress) {
        for (int i = 0; i < 6000 && !release && !progress.isCancelled(); ++i) QThread::msleep(5);
    });
    panel.track(slow);
    ui::Task* quick = runner.run(QStringLiteral("quick"), [](util::Progress&) {});
    panel.track(quick);
    EXPECT_EQ(panel.trackedTask(), quick); // the newest is shown
    EXPECT_FALSE(panel.isHidden());
    // When the quick one is done, the slow one (still running) is shown again, not nothing.
    ASSERT_TRUE(QTest::qWaitFor([&panel, slow] { return panel.trackedTask() == slow; }, kGenerousWaitMs));
    EXPECT_FALSE(panel.isHidden());
    release = true;
    ASSERT_TRUE(QTest::qWaitFor([&panel] { return panel.isHidden(); }, kGenerousWaitMs));
    EXPECT_EQ(panel.trackedTask(), nullptr);
}

} // namespace
