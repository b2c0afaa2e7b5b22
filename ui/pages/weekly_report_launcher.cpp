#include "pages/weekly_report_launcher.h"

#include "print/weekly_report_print.h"
#include "report/weekly_report_source.h"
#include "shell/settings.h"
#include "shell/workspace_session.h"
#include "store/cancellation.h"
#include "tasks/task_runner.h"
#include "util/errors.h"

#include <QDateTime>
#include <QDir>
#include <QMessageBox>
#include <QPointer>

#include <memory>

namespace stocktower::ui {

void openWeeklyReport(QWidget* parent, WorkspaceSession& session, const QString& siteCode, const QString& isoWeek,
                      WeeklyReportOutput output) {
    const QString title = QObject::tr("Weekly KPI report");
    const auto week = domain::parseIsoWeek(isoWeek.toStdString());
    if (!session.isOpen() || !week) return;
    // Weeks computed for the report are kept as snapshots, unless nothing may be written.
    const bool keep = !session.isReadOnly();
    std::shared_ptr<store::Connection> connection;
    try {
        connection = session.workspace().openConnection(!keep);
    } catch (const std::exception& error) {
        QMessageBox::warning(parent, title, QObject::tr("Cannot read the workspace: %1").arg(QString::fromUtf8(error.what())));
        return;
    }
    report::WeeklyReportRequest request;
    request.siteCode = siteCode.toStdString();
    request.week = *week;
    request.nowUtc = QDateTime::currentSecsSinceEpoch();
    request.policy = kpi::SnapshotPolicy{false, keep};
    auto content = std::make_shared<report::WeeklyReport>();
    Task* task = session.tasks().run(
        QObject::tr("Preparing the weekly KPI report of %1, %2").arg(siteCode, isoWeek),
        [connection, request, content](util::Progress& progress) mutable {
            {
                const store::InterruptWhenCancelled interrupt(*connection, progress);
                try {
                    *content = report::loadWeeklyReport(*connection, request, progress);
                } catch (const store::SqliteError& error) {
                    if (store::InterruptWhenCancelled::isInterruption(error) && progress.isCancelled())
                        throw util::Cancelled();
                    throw;
                }
            }
            connection.reset(); // closed by the thread that used it
        });
    const QPointer<QWidget> owner(parent);
    QObject::connect(task, &Task::finished, parent, [owner, task, content, output, title, siteCode, isoWeek] {
        if (!owner) return;
        if (task->state() == Task::State::Failed) {
            QMessageBox::warning(owner, title, QObject::tr("The report could not be prepared: %1").arg(task->errorMessage()));
            return;
        }
        if (task->state() != Task::State::Succeeded) return; // cancelled: nothing to show
        if (output == WeeklyReportOutput::Preview) {
            previewWeeklyReport(owner, *content);
        } else {
            const QString name = QObject::tr("kpi-report-%1-%2.pdf").arg(siteCode, isoWeek);
            exportWeeklyReportPdf(owner, *content, QDir(Settings().lastFolder()).filePath(name));
        }
    });
}

} // namespace stocktower::ui
