// Small hand-made workspaces and CSV files for the UI tests.
#pragma once

#include "store/workspace.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>

namespace stocktower::ui {
class MainWindow;
class WorkspaceSession;
} // namespace stocktower::ui

namespace stocktower::ui::testing {

// For one test's length: the app's language as if chosen in Preferences at start-up (its
// translators installed, the default locale set); English and the system locale again after.
class ChosenLanguage {
public:
    explicit ChosenLanguage(const QString& code);
    ~ChosenLanguage();
    ChosenLanguage(const ChosenLanguage&) = delete;
    ChosenLanguage& operator=(const ChosenLanguage&) = delete;
};

// Waits for background work in tests: generous, since sanitizer builds on a busy machine are slow.
inline constexpr int kGenerousWaitMs = 120000;

// Sites DC1 and DC2; items
//   SKU-A "Hex bolt M8"      Fasteners  SUP-1 cost 0.10 price 0.25  lead 14  on hand 100 (DC1)
//   SKU-B "Washer M8"        Fasteners  SUP-2 cost 0.02 price 0.05  lead  7  on hand  40 (DC1) + 60 (DC2)
//   SKU-C "Cable tie 200 mm" Electrical SUP-1 cost 0.05 price 0.12  lead  -  on hand   0
//   SKU-D "Hex nut M8"       Fasteners  SUP-3 cost -    price 0.09  lead 21  on hand   5 (DC2)
//   SKU-E "Drill bit 6 mm"   Tools      SUP-2 cost 1.50 price 3.90  lead 10  on hand  12 (DC1)
// and 8 weeks of daily demand for SKU-A at DC1 (3 units a day from 2025-01-06).
std::unique_ptr<store::Workspace> makeSmallWorkspace(const std::string& path);

// The demo workspace at a test's scale: 12 items at 2 sites, `years` of daily history to
// 2026-11-27, seed 7 — every demand class, small enough for a sanitizer build.
void generateSmallDemo(const QString& path, int years = 1);

// Opens `path` in the background and waits until the session has it (true) or reports failure.
bool openAndWait(WorkspaceSession& session, const QString& path);
// Opens `path` in the window and waits for workspaceReady (true) or workspaceOpenFailed (false);
// `error` receives the failure message.
bool openAndWait(MainWindow& window, const QString& path, QString* error = nullptr);

// Writes text to a file; returns false on failure.
bool writeFile(const QString& path, const QByteArray& text);

} // namespace stocktower::ui::testing

// Readable gtest messages for Qt strings (found by argument-dependent lookup).
inline void PrintTo(const QString& text, std::ostream* out) { *out << '"' << text.toStdString() << '"'; }
