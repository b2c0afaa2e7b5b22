// stocktower [WORKSPACE]: the desktop application. Opens the given workspace, else the last one,
// else the demo workspace (generated on first use).
#include "shell/app_setup.h"
#include "shell/main_window.h"
#include "shell/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[]) {
    QApplication application(argc, argv);
    stocktower::ui::setApplicationIdentity();
    stocktower::ui::initResources();
    stocktower::ui::installTranslators(application);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/stocktower.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.stocktower.StockTower"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Inventory planning and control tower."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QCoreApplication::translate("main", "Workspace file (.stdb) to open."),
                                 QStringLiteral("[WORKSPACE] [FILE.csv]"));
    // An installed package is checked by starting the real application on a workspace and
    // letting it end by itself (there is no one to close the window in a test or a build).
    // Not translated: it is for scripts and installation checks, like the exit codes it documents.
    const QCommandLineOption quitAfterOption(
        QStringLiteral("quit-after-ms"),
        QStringLiteral("Quit N milliseconds after the workspace has opened (exit code 0), "
                       "or as soon as it fails to open (exit code 1)."),
        QStringLiteral("N"));
    parser.addOption(quitAfterOption);
    parser.process(application);
    bool quitAfterValid = true;
    const int quitAfterMs = parser.isSet(quitAfterOption) ? parser.value(quitAfterOption).toInt(&quitAfterValid) : -1;
    if (!quitAfterValid || (parser.isSet(quitAfterOption) && quitAfterMs < 0)) {
        std::fprintf(stderr, "stocktower: --quit-after-ms needs a whole number of milliseconds, 0 or more\n");
        return 2;
    }

    stocktower::ui::MainWindow window;
    window.show(); // at once: opening runs in the background and the window shows its progress

    // A .csv argument (a file manager's "Open with") opens the import wizard for it, in the
    // last workspace; anything else is taken as the workspace to open.
    QString workspace;
    QString csvFile;
    for (const QString& argument : parser.positionalArguments()) {
        if (argument.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) csvFile = argument;
        else workspace = argument;
    }
    if (!csvFile.isEmpty()) {
        // Once the workspace is open (or the demo generated and opened); not if that fails.
        using stocktower::ui::MainWindow;
        const auto pending = std::make_shared<QMetaObject::Connection>();
        *pending = QObject::connect(
            &window, &MainWindow::workspaceReady, &window, [&window, csvFile] { window.startImport(csvFile); },
            Qt::SingleShotConnection);
        QObject::connect(
            &window, &MainWindow::workspaceOpenFailed, &window, [pending] { QObject::disconnect(*pending); },
            Qt::SingleShotConnection);
    }
    if (quitAfterMs >= 0) {
        using stocktower::ui::MainWindow;
        QObject::connect(
            &window, &MainWindow::workspaceReady, &application,
            [quitAfterMs] { QTimer::singleShot(quitAfterMs, [] { QCoreApplication::exit(0); }); },
            Qt::SingleShotConnection);
        QObject::connect(
            &window, &MainWindow::workspaceOpenFailed, &application,
            [](const QString& path, const QString& message) {
                std::fprintf(stderr, "stocktower: cannot open %s: %s\n", qUtf8Printable(path), qUtf8Printable(message));
                QCoreApplication::exit(1);
            },
            Qt::SingleShotConnection);
    }
    const QString last = stocktower::ui::Settings().value(stocktower::ui::Settings::Key::LastWorkspace).toString();
    if (!workspace.isEmpty())
        window.openWorkspace(workspace);
    else if (!last.isEmpty() && QFileInfo::exists(last))
        window.openWorkspace(last);
    else
        window.openDemoWorkspace();
    return QApplication::exec();
}
