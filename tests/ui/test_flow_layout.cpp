// FlowLayout: items left to right, wrapping when the width runs out. Oracle: hand-placed
// geometry of three 100 × 20 items with 10 px between items and 4 px between rows.
#include "forecast/forecast_run.h"
#include "gui_test_support.h"
#include "shell/flow_layout.h"
#include "shell/main_window.h"
#include "store/workspace.h"
#include "tasks/task_runner.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

using stocktower::ui::FlowLayout;

TEST(FlowLayoutTest, WrapsWhereTheWidthRunsOut) {
    QWidget box;
    auto* flow = new FlowLayout(&box, 10, 4);
    QWidget* items[3];
    for (auto*& item : items) {
        item = new QWidget(&box);
        item->setFixedSize(100, 20);
        flow->addWidget(item);
    }
    // As narrow as the widest item, as wide as one row of all.
    EXPECT_EQ(flow->minimumSize().width(), 100);
    EXPECT_EQ(flow->sizeHint(), QSize(320, 20));
    EXPECT_TRUE(flow->hasHeightForWidth());
    EXPECT_EQ(flow->heightForWidth(320), 20);     // one row
    EXPECT_EQ(flow->heightForWidth(250), 44);     // 100 + 10 + 100 = 210 fits; the third wraps
    EXPECT_EQ(flow->heightForWidth(150), 68);     // one a row
    flow->setGeometry(QRect(0, 0, 250, 44));
    EXPECT_EQ(items[0]->geometry(), QRect(0, 0, 100, 20));
    EXPECT_EQ(items[1]->geometry(), QRect(110, 0, 100, 20));
    EXPECT_EQ(items[2]->geometry(), QRect(0, 24, 100, 20));
    // A hidden item takes no room.
    items[1]->hide();
    EXPECT_EQ(flow->heightForWidth(250), 20);
}

// Items of a row share its height, centred: a 10 px label beside a 20 px field sits 5 px down.
TEST(FlowLayoutTest, CentresItemsInTheirRow) {
    QWidget box;
    auto* flow = new FlowLayout(&box, 10, 4);
    auto* label = new QWidget(&box);
    label->setFixedSize(50, 10);
    auto* field = new QWidget(&box);
    field->setFixedSize(80, 20);
    flow->addWidget(label);
    flow->addWidget(field);
    flow->setGeometry(QRect(0, 0, 300, 20));
    EXPECT_EQ(label->geometry(), QRect(0, 5, 50, 10));
    EXPECT_EQ(field->geometry(), QRect(60, 0, 80, 20));
}

// Every page's settings wrap, so the window fits a 1366 × 768 laptop screen.
TEST(FlowLayoutTest, TheMainWindowFitsALaptopScreen) {
    stocktower::ui::MainWindow window;
    EXPECT_LE(window.minimumSizeHint().width(), 1366) << window.minimumSizeHint().width();
    EXPECT_LE(window.minimumSizeHint().height(), 768);
}

// … in every language, with a workspace open and every page filled: a long translated label
// that does not wrap widens every page (the pages share one stack), and the window is cut off.
class WindowInLanguage : public ::testing::TestWithParam<const char*> {};

TEST_P(WindowInLanguage, FitsALaptopScreenWithEveryPageFilled) {
    using namespace stocktower;
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.stdb"));
    ui::testing::generateSmallDemo(path);
    {
        // A forecast run, so that every page shows what a planner's workspace shows.
        auto workspace = store::Workspace::open(path.toStdString());
        forecast::ForecastRunSettings settings;
        settings.method = "ses";
        settings.threads = 1;
        util::NullProgress progress;
        forecast::runForecast(*workspace, settings, progress);
    }
    ui::testing::ChosenLanguage chosen(QString::fromLatin1(GetParam()));
    ui::MainWindow window;
    window.resize(1366, 768);
    window.show();
    QString error;
    ASSERT_TRUE(ui::testing::openAndWait(window, path, &error)) << error.toStdString();
    for (int page = 0; page < window.pages()->count(); ++page) {
        window.showPage(static_cast<ui::MainWindow::Page>(page));
        ASSERT_TRUE(QTest::qWaitFor([&window] { return !window.tasks().isBusy(); }, ui::testing::kGenerousWaitMs));
        QCoreApplication::processEvents();
        EXPECT_LE(window.minimumSizeHint().width(), 1366)
            << "page " << page << ": " << window.pages()->widget(page)->metaObject()->className();
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, WindowInLanguage, ::testing::Values("de", "fr", "es"));
