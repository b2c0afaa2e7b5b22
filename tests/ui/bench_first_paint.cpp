// stocktower_gui_bench WORKSPACE [--runs N] [--read-write]: time from opening a workspace in a
// fresh MainWindow to the first paint of the item grid's viewport with rows in it, N times
// (default 3), then the median. Offscreen unless QT_QPA_PLATFORM says otherwise.
// Opens read-only by default, so the benchmark never writes to the file it measures;
// --read-write opens it as the application does (which writes a probe row: use a copy).
#include "models/item_table_model.h"
#include "pages/items_page.h"
#include "shell/app_setup.h"
#include "shell/main_window.h"
#include "shell/workspace_session.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

using stocktower::ui::MainWindow;

// Milliseconds of one run, from just before openWorkspace() to each milestone.
struct Run {
    qint64 opened = -1;  // the session took the workspace over (worker done)
    qint64 loaded = -1;  // the grid's model has its rows
    qint64 painted = -1; // the viewport received its first paint event with rows
    qint64 sinceProcess = -1;
    int items = 0;
};

// Stops the clock at the first paint of the viewport once the view's model has rows.
class FirstPaintProbe : public QObject {
public:
    FirstPaintProbe(QTableView* view, std::function<void()> onPaint)
        : QObject(view), m_view(view), m_onPaint(std::move(onPaint)) {
        view->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (m_onPaint && watched == m_view->viewport() && event->type() == QEvent::Paint &&
            m_view->model()->rowCount() > 0) {
            auto onPaint = std::move(m_onPaint);
            m_onPaint = nullptr;
            onPaint();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView* m_view;
    std::function<void()> m_onPaint;
};

class Bench : public QObject {
public:
    Bench(QString path, int runs, bool readOnly, const QElapsedTimer& processClock)
        : m_path(std::move(path)), m_runs(runs), m_readOnly(readOnly),
          m_processClock(processClock) {}

    void start() {
        QTimer::singleShot(0, this, [this] { startRun(); });
    }
    [[nodiscard]] int exitCode() const { return m_exitCode; }

private:
    void startRun() {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        m_window->showPage(MainWindow::ItemsPageIndex);
        auto* window = m_window.get();
        auto* items = window->itemsPage();
        m_current = Run{};
        connect(&window->session(), &stocktower::ui::WorkspaceSession::workspaceChanged, window, [this, window] {
            m_current.opened = m_clock.elapsed();
            // A workspace opens on the Control tower; this measures the item grid.
            window->showPage(MainWindow::ItemsPageIndex);
        });
        connect(items, &stocktower::ui::ItemsPage::itemsLoaded, window, [this, items] {
            if (m_current.loaded < 0 && items->model()->rowCount() > 0)
                m_current.loaded = m_clock.elapsed();
        });
        connect(window, &MainWindow::workspaceOpenFailed, window,
                [this](const QString&, const QString& message) {
                    std::fprintf(stderr, "cannot open: %s\n", qPrintable(message));
                    finish(1);
                });
        new FirstPaintProbe(items->view(), [this, items] {
            m_current.painted = m_clock.elapsed();
            m_current.sinceProcess = m_processClock.elapsed();
            m_current.items = items->model()->rowCount();
            // Let the paint finish, then close this window before the next run.
            QTimer::singleShot(0, this, [this] { endRun(); });
        });
        m_timeout.setSingleShot(true);
        m_timeout.callOnTimeout(this, [this] {
            std::fprintf(stderr, "no grid paint within %d s\n", kTimeoutMs / 1000);
            finish(1);
        });
        m_timeout.start(kTimeoutMs);
        m_clock.start();
        window->openWorkspace(m_path, m_readOnly);
    }

    void endRun() {
        m_timeout.stop();
        const Run& run = m_current;
        std::printf(
            "run %d: first grid paint: %lld ms (%d items; open %lld ms, rows loaded %lld ms",
            static_cast<int>(m_results.size()) + 1, static_cast<long long>(run.painted), run.items,
            static_cast<long long>(run.opened), static_cast<long long>(run.loaded));
        if (m_results.empty())
            std::printf("; %lld ms after process start", static_cast<long long>(run.sinceProcess));
        std::printf(")\n");
        std::fflush(stdout);
        m_results.push_back(run);
        // Closing cancels what the window still runs (the deferred integrity check) and waits.
        m_window->close();
        m_window.reset();
        if (static_cast<int>(m_results.size()) < m_runs) {
            QTimer::singleShot(0, this, [this] { startRun(); });
            return;
        }
        std::vector<qint64> painted;
        for (const auto& result : m_results)
            painted.push_back(result.painted);
        std::sort(painted.begin(), painted.end());
        const qint64 median =
            painted.size() % 2 == 1
                ? painted[painted.size() / 2]
                : (painted[painted.size() / 2 - 1] + painted[painted.size() / 2]) / 2;
        std::printf("first grid paint: %lld ms median of %d runs (%d items, %s)\n",
                    static_cast<long long>(median), m_runs, m_results.back().items,
                    m_readOnly ? "read-only" : "read-write");
        finish(0);
    }

    void finish(int code) {
        m_exitCode = code;
        m_timeout.stop();
        // Not while one of the window's own signals is being delivered.
        QTimer::singleShot(0, this, [this, code] {
            if (m_window) {
                m_window->close();
                m_window.reset();
            }
            QCoreApplication::exit(code);
        });
    }

    static constexpr int kTimeoutMs = 300000;
    QString m_path;
    int m_runs;
    bool m_readOnly;
    const QElapsedTimer& m_processClock;
    QElapsedTimer m_clock;
    QTimer m_timeout;
    std::unique_ptr<MainWindow> m_window;
    Run m_current;
    std::vector<Run> m_results;
    int m_exitCode = 0;
};

} // namespace

int main(int argc, char* argv[]) {
    QElapsedTimer processClock; // as close to process start as main() gets
    processClock.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    // Window geometry, the chosen site and recent files from a throw-away location.
    QStandardPaths::setTestModeEnabled(true);
    QApplication application(argc, argv);
    stocktower::ui::setApplicationIdentity();
    QCoreApplication::setApplicationName(QStringLiteral("StockTowerGuiBench"));
    QApplication::setQuitOnLastWindowClosed(false); // each run closes its window
    stocktower::ui::initResources();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Time to the first painted rows of the item grid."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QStringLiteral("Workspace file (.stdb)."));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Number of runs (default 3)."),
                                        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption readWriteOption(
        QStringLiteral("read-write"),
        QStringLiteral("Open read-write, as the application does (writes to the file)."));
    parser.addOption(runsOption);
    parser.addOption(readWriteOption);
    parser.process(application);
    if (parser.positionalArguments().size() != 1) parser.showHelp(2);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    Bench bench(parser.positionalArguments().front(), runs, !parser.isSet(readWriteOption),
                processClock);
    bench.start();
    const int code = QApplication::exec();
    return code != 0 ? code : bench.exitCode();
}
