// Application-wide set-up shared by the GUI and the UI tests: identity, resources, translations.
#pragma once

class QCoreApplication;

namespace stocktower::ui {

// Organisation and application names: QSettings and QStandardPaths locations derive from them.
void setApplicationIdentity();
// Registers the icons compiled into the (static) ui library. Safe to call more than once.
void initResources();
// The language chosen in Preferences (default: the system's): StockTower's translation, Qt's own
// (standard buttons and dialogs), and the default QLocale for numbers and dates. Call once,
// before any window exists: a change of language takes effect at the next start.
void installTranslators(QCoreApplication& application);

} // namespace stocktower::ui
