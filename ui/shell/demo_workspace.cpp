#include "shell/demo_workspace.h"

#include "demo/demo_generator.h"
#include "tasks/task_runner.h"
#include "util/errors.h"
#include "util/file_system.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QStandardPaths>

#include <filesystem>

namespace stocktower::ui {

QString defaultDemoPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.stdb"));
}

Task* startDemoGeneration(TaskRunner& tasks, const QString& path, int items, int years) {
    const std::filesystem::path target = util::pathFromUtf8(path.toStdString());
    demo::DemoOptions options;
    options.items = static_cast<std::size_t>(items);
    options.years = years;
    options.lastDay = static_cast<domain::DayNumber>(QDate(1970, 1, 1).daysTo(QDate::currentDate().addDays(-1)));
    return tasks.run(QCoreApplication::translate("stocktower::ui::MainWindow", "Creating the demo workspace"),
                     [target, options](util::Progress& progress) {
                         namespace fs = std::filesystem;
                         fs::create_directories(target.parent_path());
                         // Two windows started at once (a double double-click) would otherwise
                         // write the same temporary file; the second one says so and stops.
                         fs::path lockPath = target;
                         lockPath += ".lock";
                         const auto lock = util::FileLock::tryLock(lockPath);
                         if (!lock)
                             throw util::UserError("Another StockTower window is creating the demo workspace '" +
                                                   util::utf8FromPath(target) + "'; open it when it is ready.");
                         fs::path partial = target;
                         partial += ".part";
                         fs::remove(partial);
                         try {
                             demo::generateDemo(util::utf8FromPath(partial), options, progress);
                             if (progress.isCancelled()) throw util::Cancelled();
                             util::replaceFile(partial, target);
                         } catch (...) {
                             std::error_code ignored;
                             fs::remove(partial, ignored);
                             throw;
                         }
                     });
}

} // namespace stocktower::ui
