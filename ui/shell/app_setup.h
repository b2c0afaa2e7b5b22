// Application-wide set-up shared by the GUI and the UI tests: identity, resources, translations.
#pragma once

class QCoreApplication;

namespace stocktower::ui {

// Organisation and application names: QSettings and QStandardPaths locations derive from them.
void setApplicationIdentity();
// Registers the icons compiled into the (static) ui library. Safe to call more than once.
void initResources();
// German (or other) translation for the system locale, with Qt's own strings.
void installTranslators(QCoreApplication& application);

} // namespace stocktower::ui
