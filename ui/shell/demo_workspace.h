// The demo workspace: where it lives and how it is generated in the background.
#pragma once

#include <QString>

namespace stocktower::ui {

class Task;
class TaskRunner;

// AppDataLocation/demo.stdb
QString defaultDemoPath();

// Generates a demo workspace at `path` (through a temporary file, so a cancelled run leaves
// nothing behind) with data up to yesterday. items/years: smaller demos for tests.
Task* startDemoGeneration(TaskRunner& tasks, const QString& path, int items = 2000, int years = 3);

} // namespace stocktower::ui
