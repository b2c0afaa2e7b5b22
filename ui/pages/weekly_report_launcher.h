// The weekly KPI report from the GUI: its content is built in the background (weeks without a
// snapshot may need computing), then it opens in the print preview or is saved as a PDF.
#pragma once

#include <QString>

class QWidget;

namespace stocktower::ui {

class WorkspaceSession;

enum class WeeklyReportOutput { Preview, Pdf };

// Runs as a task of the session (progress and Cancel in the status bar); nothing opens when it is
// cancelled, and a failure is shown in a message box on `parent`.
void openWeeklyReport(QWidget* parent, WorkspaceSession& session, const QString& siteCode, const QString& isoWeek,
                      WeeklyReportOutput output);

} // namespace stocktower::ui
