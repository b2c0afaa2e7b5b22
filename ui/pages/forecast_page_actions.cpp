// The forecast page's actions: run a forecast, export it, and edit overrides.
#include "pages/forecast_page.h"

#include "charts/forecast_chart.h"
#include "forecast/forecast_export.h"
#include "models/forecast_periods_model.h"
#include "models/forecast_table_model.h"
#include "pages/forecast_run_dialog.h"
#include "shell/save_dialogs.h"
#include "shell/workspace_session.h"
#include "store/forecast_overrides.h"
#include "tasks/progress_panel.h"
#include "undo/forecast_override_editor.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace stocktower::ui {

void ForecastPage::showNotice(const QString& text, bool error) {
    m_notice->setText(text);
    m_notice->setStyleSheet(error ? QStringLiteral("QLabel { background: #fde7e9; color: #1f1f1f; border: 1px solid #e0a0a6; "
                                                   "padding: 6px; }")
                                  : QStringLiteral("QLabel { background: #e5f1fb; color: #1f1f1f; border: 1px solid #9cc3e6; "
                                                   "padding: 6px; }"));
    m_notice->setVisible(!text.isEmpty());
}

void ForecastPage::showRunDialog() {
    if (!m_session.isOpen()) return;
    forecast::Bucket bucket = forecast::Bucket::Week;
    try {
        bucket = forecast::workspaceBucket(m_session.db());
    } catch (const std::exception&) {
        // An unreadable setting: the dialog starts from weeks and the user chooses.
    }
    auto* dialog = new ForecastRunDialog(bucket, !m_session.isReadOnly(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startRun(dialog->settings(), dialog->saveBucket()); });
    dialog->open(); // window-modal, no nested event loop
}

Task* ForecastPage::startRun(const forecast::ForecastRunSettings& settings, bool saveBucket) {
    if (!m_session.isOpen()) return nullptr;
    if (m_session.isReadOnly()) {
        showNotice(tr("Cannot run a forecast: this workspace is read-only because %1").arg(m_session.readOnlyReason()), true);
        return nullptr;
    }
    if (m_runTask) {
        showNotice(tr("A forecast run is already under way."), true);
        return nullptr;
    }
    std::shared_ptr<store::Connection> connection;
    try {
        forecast::validate(settings);
        if (saveBucket) forecast::setWorkspaceBucket(m_session.db(), settings.bucket);
        connection = m_session.workspace().openConnection(false);
    } catch (const std::exception& failure) {
        showNotice(tr("Cannot run the forecast: %1").arg(QString::fromUtf8(failure.what())), true);
        return nullptr;
    }
    auto summary = std::make_shared<forecast::ForecastRunSummary>();
    Task* task = m_session.tasks().run(tr("Forecasting"), [connection, settings, summary](util::Progress& progress) mutable {
        // The whole run is one transaction on this worker's connection: a cancel stores nothing.
        *summary = forecast::runForecast(*connection, settings, progress);
        connection.reset();
    });
    m_runTask = task;
    m_progress->track(task);
    showNotice(QString());
    connect(task, &Task::finished, this, [this, task, summary] {
        m_runTask = nullptr;
        const bool succeeded = task->state() == Task::State::Succeeded;
        switch (task->state()) {
        case Task::State::Succeeded:
            showNotice(tr("Forecast run %1 stored: %2 series in %3 s.")
                           .arg(summary->runId)
                           .arg(QLocale().toString(static_cast<qlonglong>(summary->series)))
                           .arg(QLocale().toString(summary->seconds, 'f', 1)));
            m_editor->clear();
            reload();
            break;
        case Task::State::Cancelled: showNotice(tr("The forecast run was cancelled; nothing was stored.")); break;
        default: showNotice(tr("The forecast run failed: %1").arg(task->errorMessage()), true); break;
        }
        updateEditable();
        Q_EMIT runFinished(succeeded);
    });
    updateEditable();
    return task;
}

void ForecastPage::showExportDialog() {
    if (!m_run) return;
    const QString path = askCsvSavePath(this, tr("Export forecasts"), tr("forecast-run-%1.csv").arg(m_run->runId));
    if (!path.isEmpty()) startExport(path);
}

Task* ForecastPage::startExport(const QString& path) {
    if (!m_session.isOpen() || !m_run) return nullptr;
    std::shared_ptr<store::Connection> connection;
    try {
        connection = m_session.workspace().openConnection(true);
    } catch (const std::exception& failure) {
        showNotice(tr("Cannot export: %1").arg(QString::fromUtf8(failure.what())), true);
        return nullptr;
    }
    const auto runId = m_run->runId;
    const std::string target = path.toStdString();
    auto rows = std::make_shared<std::uint64_t>(0);
    Task* task = m_session.tasks().run(tr("Exporting forecasts"), [connection, runId, target, rows](util::Progress& progress) mutable {
        exchange::CsvWriteDialect dialect;
        dialect.byteOrderMark = true; // spreadsheets open it as UTF-8 on a double-click
        *rows = forecast::exportForecastRun(*connection, runId, target, dialect, progress);
        connection.reset();
    });
    m_progress->track(task);
    const QString name = QFileInfo(path).fileName();
    connect(task, &Task::finished, this, [this, task, rows, name] {
        const bool succeeded = task->state() == Task::State::Succeeded;
        switch (task->state()) {
        case Task::State::Succeeded:
            showNotice(tr("Exported %1 rows to %2.").arg(QLocale().toString(static_cast<qulonglong>(*rows)), name));
            break;
        case Task::State::Cancelled: showNotice(tr("Export cancelled; no file was written.")); break;
        default: showNotice(tr("The export failed: %1").arg(task->errorMessage()), true); break;
        }
        Q_EMIT exportFinished(succeeded);
    });
    return task;
}

bool ForecastPage::setOverride(const QString& periodStart, std::optional<double> quantity, const QString& comment) {
    if (!m_detail) return false;
    OverrideSlot slot;
    slot.runId = m_detail->run.runId;
    slot.itemId = m_detail->series.itemId;
    slot.siteId = m_detail->series.siteId;
    slot.periodStart = periodStart;
    const bool done = m_editor->setOverride(slot, quantity, comment);
    if (done) showNotice(QString());
    return done;
}

void ForecastPage::onOverrideChanged(const OverrideSlot& slot) {
    // Re-read the series: one keyed query on the GUI thread's connection, a few rows.
    std::optional<store::ForecastSeriesRow> series;
    try {
        series = store::loadForecastSeries(m_session.db(), slot.runId, slot.itemId, slot.siteId);
    } catch (const std::exception& failure) {
        showNotice(tr("Cannot read the series back: %1").arg(QString::fromUtf8(failure.what())), true);
        return;
    }
    if (!series) return;
    std::optional<double> next;
    double total = 0.0;
    int overridden = 0;
    for (const auto& value : series->values) {
        if (!next) next = value.finalValue();
        total += value.finalValue();
        overridden += value.overrideQuantity ? 1 : 0;
    }
    if (m_run && slot.runId == m_run->runId) m_model->updateTotals(slot.itemId, slot.siteId, next, total, overridden);
    const bool shown = m_detail && m_detail->run.runId == slot.runId && m_detail->series.itemId == slot.itemId &&
                       m_detail->series.siteId == slot.siteId;
    if (!shown) {
        // An undo or redo of another series: show it, so the change can be seen.
        selectSeries(slot.itemId, slot.siteId);
        return;
    }
    m_detail->series.values = series->values;
    const std::string period = slot.periodStart.toStdString();
    for (const auto& value : series->values)
        if (value.periodStart == period)
            m_periods->applyOverride(slot.periodStart, value.overrideQuantity, QString::fromStdString(value.overrideComment),
                                     QString::fromStdString(value.overrideUser), QString::fromStdString(value.overrideAt));
    m_chart->setDetail(seriesTitle(), *m_detail);
    updateEditable();
}

} // namespace stocktower::ui
