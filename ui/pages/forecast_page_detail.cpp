// The forecast page's selected series: selection, the background refit, and what it shows.
#include "pages/forecast_page.h"

#include "charts/forecast_chart.h"
#include "models/forecast_filter_proxy.h"
#include "models/forecast_periods_model.h"
#include "models/forecast_table_model.h"
#include "pages/forecast_model_panel.h"
#include "shell/workspace_session.h"

#include <QItemSelectionModel>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

namespace stocktower::ui {

bool ForecastPage::selectSeries(qint64 itemId, qint64 siteId) {
    const int row = m_model->rowForKey(itemId, siteId);
    if (row < 0) return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void ForecastPage::onCurrentRowChanged() {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_run) {
        m_detail.reset();
        m_detailQueued.reset();
        m_periods->clear();
        m_modelPanel->clear();
        m_chart->showMessage(m_model->rowCount() > 0 ? tr("Select a row to see its history and forecast.") : QString());
        updateEditable();
        Q_EMIT detailLoaded();
        return;
    }
    startDetailLoad(current.data(ForecastTableModel::ItemIdRole).toLongLong(),
                    current.data(ForecastTableModel::SiteIdRole).toLongLong());
}

void ForecastPage::startDetailLoad(qint64 itemId, qint64 siteId) {
    if (m_detailWatcher.isRunning()) {
        // One refit at a time; the newest wish waits (a held arrow key must not queue hundreds).
        m_detailQueued = std::pair(itemId, siteId);
        return;
    }
    std::shared_ptr<store::Connection> connection;
    try {
        connection = m_session.workspace().openConnection(true);
    } catch (const std::exception& failure) {
        m_chart->showMessage(tr("Cannot read the series: %1").arg(QString::fromUtf8(failure.what())));
        Q_EMIT detailLoaded();
        return;
    }
    m_detailWanted = std::pair(itemId, siteId);
    const auto run = *m_run;
    m_detailWatcher.setFuture(QtConcurrent::run([connection, run, itemId, siteId]() mutable {
        auto result = std::make_shared<DetailResult>();
        try {
            // Refitting one series (a combination of ETS models for weekly data) takes tens of
            // milliseconds: never on the GUI thread.
            result->detail = forecast::loadSeriesDetail(*connection, run, itemId, siteId);
        } catch (const std::exception& failure) {
            result->error = QString::fromUtf8(failure.what());
        }
        connection.reset();
        return result;
    }));
}

void ForecastPage::onDetailLoaded() {
    const auto result = m_detailWatcher.result();
    const auto wanted = m_detailWanted;
    if (m_detailQueued) {
        const auto next = *m_detailQueued;
        m_detailQueued.reset();
        if (next != wanted) {
            startDetailLoad(next.first, next.second);
            return;
        }
    }
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const bool sameSeries = current.isValid() && wanted &&
                            current.data(ForecastTableModel::ItemIdRole).toLongLong() == wanted->first &&
                            current.data(ForecastTableModel::SiteIdRole).toLongLong() == wanted->second;
    if (current.isValid() && m_run && !sameSeries) {
        onCurrentRowChanged(); // the selection moved on meanwhile
        return;
    }
    if (!result->error.isEmpty() || !result->detail || !m_run) {
        m_detail.reset();
        m_periods->clear();
        m_modelPanel->clear();
        m_chart->showMessage(!result->error.isEmpty() ? tr("Cannot read the series: %1").arg(result->error)
                                                      : tr("The run has no forecast for this series."));
    } else if (result->detail->run.runId != m_run->runId) {
        onCurrentRowChanged(); // a reload brought another run meanwhile: read it from that one
        return;
    } else {
        m_detail = std::move(result->detail);
        showDetail();
    }
    updateEditable();
    Q_EMIT detailLoaded();
}

QString ForecastPage::seriesTitle() const {
    if (!m_detail) return {};
    const int row = m_model->rowForKey(m_detail->series.itemId, m_detail->series.siteId);
    if (row < 0) return {};
    const auto& entry = m_model->row(row);
    return entry.name.isEmpty() ? tr("%1 @ %2").arg(entry.sku, entry.site)
                                : tr("%1 · %2 @ %3").arg(entry.sku, entry.name, entry.site);
}

void ForecastPage::showDetail() {
    if (!m_detail) return;
    m_chart->setDetail(seriesTitle(), *m_detail);
    m_modelPanel->setDetail(*m_detail);
    m_periods->setPeriods(m_detail->series.values, m_detail->bucket == forecast::Bucket::Month,
                          m_session.isOpen() && !m_session.isReadOnly());
}

} // namespace stocktower::ui
