// GoogleTest main for the UI tests: one QApplication, offscreen unless a platform is chosen.
#include "shell/app_setup.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char* argv[]) {
    // Also when CTest lists the tests: a QApplication without a display would abort.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and app data go to a throw-away test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication application(argc, argv);
    stocktower::ui::setApplicationIdentity();
    QCoreApplication::setApplicationName(QStringLiteral("StockTowerUiTests"));
    stocktower::ui::initResources();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
