// The item grid with a text and site filter, a details panel and the selected item's demand chart.
// Rows are read and prepared on a worker (a read-only connection of its own), never on the GUI thread.
#pragma once

#include "tasks/task_runner.h"

#include <QPointer>
#include <QWidget>

#include <cstdint>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace stocktower::ui {

class DemandChart;
class ItemFilterProxy;
class ItemTableModel;
class WorkspaceSession;

class ItemsPage : public QWidget {
    Q_OBJECT
public:
    explicit ItemsPage(WorkspaceSession& session, QWidget* parent = nullptr);
    ~ItemsPage() override;

    [[nodiscard]] ItemTableModel* model() const { return m_model; }
    [[nodiscard]] ItemFilterProxy* proxy() const { return m_proxy; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] DemandChart* chart() const { return m_chart; }
    [[nodiscard]] QLineEdit* filterEdit() const { return m_filter; }
    [[nodiscard]] QComboBox* siteCombo() const { return m_site; }

    // Selects the item and scrolls to it; false when it is not shown (filtered out or unknown).
    bool selectItem(qint64 itemId);
    void saveState() const;
    // True while rows are being read in the background (the grid keeps what it shows until then).
    [[nodiscard]] bool isLoading() const { return m_loading; }

Q_SIGNALS:
    // A load the page started has ended, with rows or with an error shown in the page.
    void itemsLoaded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onWorkspaceChanged();
    void reloadSites();
    void reloadItems();
    void restoreSelection(std::optional<qint64> itemId);
    void clearItems();
    void showLoadError(const QString& message);
    void updatePlaceholder();
    void updateCount();
    void showSelected();
    void showHeaderMenu(const QPoint& position);
    [[nodiscard]] std::optional<qint64> selectedSiteId() const;
    [[nodiscard]] std::optional<qint64> currentItemId() const;

    WorkspaceSession& m_session;
    ItemTableModel* m_model;
    ItemFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_site;
    QLabel* m_count;
    QSplitter* m_splitter;
    QTableView* m_view;
    QLabel* m_detailsTitle;
    QFormLayout* m_details;
    DemandChart* m_chart;
    QLabel* m_placeholder; // over the empty grid while opening or loading
    QPointer<Task> m_loadTask;
    std::uint64_t m_loadGeneration = 0; // results of superseded loads are dropped
    bool m_loading = false;
};

} // namespace stocktower::ui
