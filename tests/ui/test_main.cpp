// GoogleTest main for the UI tests: one QApplication, offscreen unless a platform is chosen.
#include "shell/app_setup.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char* argv[]) {
    // Also when CTest lists the tests: a QApplication without a display would abort.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and app data go to a throw-away test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication application(argc, argv);
    // CTest runs tests in parallel processes: each gets settings of its own, or one test's
    // remembered choice (a site, a folder) would leak into a test running beside it.
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    stocktower::ui::setApplicationIdentity();
    QCoreApplication::setApplicationName(QStringLiteral("StockTowerUiTests"));
    stocktower::ui::initResources();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
