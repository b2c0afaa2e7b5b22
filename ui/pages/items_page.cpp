#include "pages/items_page.h"

#include "charts/demand_chart.h"
#include "help/guide.h"
#include "models/item_filter_proxy.h"
#include "models/item_table_model.h"
#include "shell/settings.h"
#include "shell/table_style.h"
#include "shell/workspace_session.h"
#include "store/cancellation.h"
#include "tasks/task_runner.h"
#include "text/planning_text.h"
#include "util/errors.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace stocktower::ui {

namespace {

enum DetailRow { dSku, dDescription, dCategory, dSupplier, dStatus, dUom, dHandling, dUnitCost,
                 dUnitPrice, dCasePack, dLeadTime, dMoq, dOrderMultiple, dOnHand, dOpenPo, dCount };

QString detailTitle(int row) {
    switch (row) {
    case dSku: return ItemsPage::tr("SKU:");
    case dDescription: return ItemsPage::tr("Description:");
    case dCategory: return ItemsPage::tr("Category:");
    case dSupplier: return ItemsPage::tr("Supplier:");
    case dStatus: return ItemsPage::tr("Status:");
    case dUom: return ItemsPage::tr("Unit of measure:");
    case dHandling: return ItemsPage::tr("Handling class:");
    case dUnitCost: return ItemsPage::tr("Unit cost:");
    case dUnitPrice: return ItemsPage::tr("Unit price:");
    case dCasePack: return ItemsPage::tr("Case pack:");
    case dLeadTime: return ItemsPage::tr("Lead time:");
    case dMoq: return ItemsPage::tr("Minimum order qty:");
    case dOrderMultiple: return ItemsPage::tr("Order multiple:");
    case dOnHand: return ItemsPage::tr("On hand:");
    case dOpenPo: return ItemsPage::tr("Open purchase orders:");
    default: return {};
    }
}

// Frees the rows a model no longer shows on a pool thread: for 100,000 rows that takes about
// as long as several frames. Plain QtConcurrent, not a Task: there is nothing to show or cancel.
void discardInBackground(ItemTableModel::Content content) {
    if (content.items.empty()) return;
    auto rows = std::make_shared<ItemTableModel::Content>(std::move(content));
    (void)QtConcurrent::run([rows = std::move(rows)]() mutable { rows.reset(); });
}

QString orDash(const QString& text) { return text.isEmpty() ? QStringLiteral("–") : text; }

QString number(const std::optional<double>& value, int decimals) {
    return value ? QLocale().toString(*value, 'f', decimals) : QStringLiteral("–");
}

} // namespace

ItemsPage::ItemsPage(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new ItemTableModel(this)),
      m_proxy(new ItemFilterProxy(this)), m_filter(new QLineEdit(this)), m_site(new QComboBox(this)),
      m_count(new QLabel(this)), m_splitter(new QSplitter(Qt::Vertical, this)),
      m_view(new QTableView(m_splitter)), m_detailsTitle(new QLabel), m_details(new QFormLayout),
      m_chart(new DemandChart), m_placeholder(new QLabel(m_view->viewport())) {
    setGuidePage(this, QStringLiteral("items"));
    m_proxy->setSourceItems(m_model);

    // Filter bar.
    m_filter->setPlaceholderText(tr("Filter by SKU, description, supplier or category"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Item filter"));
    m_site->setAccessibleName(tr("Site"));
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* siteLabel = new QLabel(tr("&Site:"), this);
    siteLabel->setBuddy(m_site);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 3);
    bar->addSpacing(12);
    bar->addWidget(siteLabel);
    bar->addWidget(m_site);
    bar->addSpacing(12);
    bar->addWidget(m_count, 1);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    // Grid.
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ItemTableModel::Sku, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    useCompactRows(m_view); // fixed height: the view never measures 100,000 rows
    auto* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Right-click to choose the columns"));
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    const int widths[ItemTableModel::ColumnCount] = {14, 40, 16, 10, 13, 11, 11, 15, 11, 13};
    setColumnWidthsInCharacters(m_view, widths);
    // The description takes what the other columns leave; the others keep a user-set width.
    header->setSectionResizeMode(ItemTableModel::Description, QHeaderView::Stretch);
    header->setMinimumSectionSize(6 * charWidth);
    m_view->setAccessibleName(tr("Items"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false); // greyed, like the chart's placeholder
    m_placeholder->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_placeholder->hide();
    m_view->viewport()->installEventFilter(this);

    // Details panel and chart.
    auto* bottom = new QSplitter(Qt::Horizontal, m_splitter);
    auto* detailsBox = new QGroupBox(tr("Item details"), bottom);
    auto* detailsLayout = new QVBoxLayout(detailsBox);
    QFont titleFont = m_detailsTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_detailsTitle->setFont(titleFont);
    m_detailsTitle->setWordWrap(true);
    detailsLayout->addWidget(m_detailsTitle);
    m_details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_details->setLabelAlignment(Qt::AlignRight);
    for (int row = 0; row < dCount; ++row) {
        auto* value = new QLabel;
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(row == dDescription);
        m_details->addRow(detailTitle(row), value);
    }
    detailsLayout->addLayout(m_details);
    detailsLayout->addStretch(1);
    detailsBox->setMinimumWidth(300);
    bottom->addWidget(detailsBox);
    bottom->addWidget(m_chart);
    bottom->setStretchFactor(0, 0);
    bottom->setStretchFactor(1, 1);
    bottom->setSizes({360, 1000});
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    Settings settings;
    header->restoreState(settings.value(Settings::Key::ItemsHeaderState).toByteArray());
    m_splitter->restoreState(settings.value(Settings::Key::ItemsSplitterState).toByteArray());

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        updateCount();
    });
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        if (m_site->signalsBlocked()) return;
        Settings().setValue(Settings::Key::ItemsSite, m_site->currentData(Qt::UserRole + 1));
        reloadItems();
    });
    connect(header, &QHeaderView::customContextMenuRequested, this, &ItemsPage::showHeaderMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ItemsPage::showSelected);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ItemsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ItemsPage::updateCount);
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &ItemsPage::onWorkspaceChanged);
    connect(&m_session, &WorkspaceSession::dataChanged, this, [this] {
        reloadSites();
        reloadItems();
    });
    // Before the first workspace is there, the page says it is coming.
    const auto openingChanged = [this] {
        updatePlaceholder();
        updateCount();
        showSelected();
    };
    connect(&m_session, &WorkspaceSession::openingStarted, this, openingChanged);
    connect(&m_session, &WorkspaceSession::openFailed, this, openingChanged);
    connect(&m_session, &WorkspaceSession::openCancelled, this, openingChanged);
    onWorkspaceChanged();
}

ItemsPage::~ItemsPage() { saveState(); }

void ItemsPage::saveState() const {
    Settings settings;
    settings.setValue(Settings::Key::ItemsHeaderState, m_view->horizontalHeader()->saveState());
    settings.setValue(Settings::Key::ItemsSplitterState, m_splitter->saveState());
}

bool ItemsPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_placeholder->setGeometry(m_view->viewport()->rect().adjusted(24, 24, -24, -24));
    return QWidget::eventFilter(watched, event);
}

void ItemsPage::onWorkspaceChanged() {
    m_filter->clear();
    // The rows of the previous workspace must not stay on screen while the new ones load.
    clearItems();
    reloadSites();
    reloadItems();
}

void ItemsPage::reloadSites() {
    const QString wanted = m_site->count() > 0 ? m_site->currentData(Qt::UserRole + 1).toString()
                                               : Settings().value(Settings::Key::ItemsSite).toString();
    const QSignalBlocker blocker(m_site);
    m_site->clear();
    m_site->addItem(tr("All sites"), QVariant());
    if (m_session.isOpen()) {
        for (const auto& site : m_session.sites()) {
            const QString code = toQString(site.code);
            const QString label = site.name.empty() ? code : tr("%1 — %2").arg(code, toQString(site.name));
            m_site->addItem(label, QVariant::fromValue<qlonglong>(site.id));
            m_site->setItemData(m_site->count() - 1, code, Qt::UserRole + 1);
        }
    }
    const int index = wanted.isEmpty() ? 0 : m_site->findData(wanted, Qt::UserRole + 1);
    m_site->setCurrentIndex(std::max(0, index));
    m_site->setEnabled(m_site->count() > 2); // one site: nothing to choose
}

std::optional<qint64> ItemsPage::selectedSiteId() const {
    const QVariant site = m_site->currentData();
    if (!site.isValid()) return std::nullopt;
    return site.toLongLong();
}

std::optional<qint64> ItemsPage::currentItemId() const {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) return std::nullopt;
    return current.data(ItemTableModel::IdRole).toLongLong();
}

void ItemsPage::reloadItems() {
    // A newer request supersedes the running one: it is cancelled (its query interrupted), and
    // whatever it still delivers is dropped.
    const std::uint64_t generation = ++m_loadGeneration;
    if (m_loadTask) m_loadTask->cancel();
    if (!m_session.isOpen()) {
        m_loading = false;
        clearItems();
        updateCount();
        showSelected();
        updatePlaceholder();
        Q_EMIT itemsLoaded();
        return;
    }
    // A read-only connection of the worker's own: the GUI thread's must never be used from two
    // threads. Opening one reads next to nothing (about a millisecond), so it may happen here.
    std::shared_ptr<store::Connection> connection;
    try {
        connection = m_session.workspace().openConnection(true);
    } catch (const std::exception& failure) {
        m_loading = false;
        showLoadError(QString::fromUtf8(failure.what()));
        Q_EMIT itemsLoaded();
        return;
    }
    auto content = std::make_shared<ItemTableModel::Content>();
    const auto siteId = selectedSiteId();
    const int sortColumn = m_proxy->sortColumn(); // ranked by the worker: the grid's sort is then cheap
    m_loading = true;
    Task* task = m_session.tasks().run(
        tr("Loading items"), [connection, content, siteId, sortColumn](util::Progress& progress) mutable {
            std::vector<store::ItemRow> rows;
            try {
                // Superseded or closing: stop the query instead of finishing it for nothing.
                const store::InterruptWhenCancelled interrupt(*connection, progress);
                rows = store::loadItems(*connection, siteId);
            } catch (const store::SqliteError& error) {
                if (store::InterruptWhenCancelled::isInterruption(error) && progress.isCancelled())
                    throw util::Cancelled();
                throw;
            }
            connection.reset(); // closed by the thread that used it
            if (progress.isCancelled()) throw util::Cancelled();
            *content = ItemTableModel::prepare(std::move(rows), sortColumn);
        });
    m_loadTask = task;
    connect(task, &Task::finished, this, [this, task, generation, content] {
        if (generation != m_loadGeneration) return;
        m_loading = false;
        switch (task->state()) {
        case Task::State::Succeeded: {
            const auto keep = currentItemId(); // whatever is current now, not when the load began
            discardInBackground(m_model->setContent(std::move(*content)));
            restoreSelection(keep);
            break;
        }
        case Task::State::Cancelled: // from the progress panel: the grid keeps what it had
            updateCount();
            showSelected();
            break;
        default: showLoadError(task->errorMessage()); break;
        }
        updatePlaceholder();
        Q_EMIT itemsLoaded();
    });
    updateCount();
    showSelected();
    updatePlaceholder();
}

void ItemsPage::clearItems() { discardInBackground(m_model->setContent({})); }

void ItemsPage::restoreSelection(std::optional<qint64> itemId) {
    updateCount();
    if (itemId && selectItem(*itemId)) return;
    if (m_proxy->rowCount() > 0)
        selectItem(m_proxy->index(0, 0).data(ItemTableModel::IdRole).toLongLong());
    else
        showSelected();
}

void ItemsPage::showLoadError(const QString& message) {
    clearItems();
    m_count->setText(tr("Cannot read the items: %1").arg(message));
    showSelected();
    updatePlaceholder();
}

void ItemsPage::updatePlaceholder() {
    QString text;
    if (m_model->rowCount() == 0) {
        if (m_session.isOpening() && !m_session.isOpen())
            text = tr("Opening %1…").arg(QFileInfo(m_session.openingPath()).fileName());
        else if (m_loading)
            text = tr("Loading items…");
    }
    m_placeholder->setText(text);
    m_placeholder->setVisible(!text.isEmpty());
}

bool ItemsPage::selectItem(qint64 itemId) {
    const QModelIndex source = m_model->indexForId(itemId);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) return false;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    showSelected();
    return true;
}

void ItemsPage::updateCount() {
    if (!m_session.isOpen()) {
        m_count->clear();
        return;
    }
    if (m_loading && m_model->rowCount() == 0) {
        m_count->setText(tr("Loading items…"));
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QLocale locale;
    m_count->setText(shown == total ? (total == 1 ? tr("1 item") : tr("%1 items").arg(locale.toString(total)))
                                    : tr("%1 of %2 items").arg(locale.toString(shown), locale.toString(total)));
}

void ItemsPage::showSelected() {
    const auto id = currentItemId();
    const int row = id ? m_model->rowForId(*id) : -1;
    auto setDetail = [this](int detail, const QString& text) {
        if (auto* label = qobject_cast<QLabel*>(m_details->itemAt(detail, QFormLayout::FieldRole)->widget()))
            label->setText(text);
    };
    if (row < 0) {
        m_detailsTitle->setText(m_session.isOpen() ? tr("No item selected") : tr("No workspace open"));
        for (int detail = 0; detail < dCount; ++detail) setDetail(detail, QString());
        if (m_model->rowCount() == 0 && (m_loading || (m_session.isOpening() && !m_session.isOpen()))) {
            // The grid's placeholder says what is coming.
            m_detailsTitle->clear();
            m_chart->showMessage(QString());
            return;
        }
        m_chart->showMessage(m_model->rowCount() == 0 && m_session.isOpen()
                                 ? tr("This workspace has no items yet. Import an item master "
                                      "from File → Import…")
                                 : tr("Select an item to see its weekly demand."));
        return;
    }
    const auto& item = m_model->item(row);
    const QLocale locale;
    const QString sku = toQString(item.sku);
    m_detailsTitle->setText(item.description.empty() ? sku : tr("%1 · %2").arg(sku, toQString(item.description)));
    setDetail(dSku, sku);
    setDetail(dDescription, orDash(toQString(item.description)));
    setDetail(dCategory, orDash(toQString(item.category)));
    setDetail(dSupplier, orDash(toQString(item.supplier)));
    setDetail(dStatus, orDash(itemStatusTitle(item.status)));
    setDetail(dUom, orDash(toQString(item.uom)));
    setDetail(dHandling, orDash(toQString(item.handlingClass)));
    setDetail(dUnitCost, number(item.unitCost, 2));
    setDetail(dUnitPrice, number(item.unitPrice, 2));
    setDetail(dCasePack, item.casePack ? locale.toString(static_cast<qlonglong>(*item.casePack)) : QStringLiteral("–"));
    QString leadTime = item.leadTimeDays ? tr("%1 days").arg(number(item.leadTimeDays, 1)) : QStringLiteral("–");
    if (item.leadTimeDays && item.leadTimeSdDays)
        leadTime = tr("%1 days (± %2)").arg(number(item.leadTimeDays, 1), number(item.leadTimeSdDays, 1));
    setDetail(dLeadTime, leadTime);
    setDetail(dMoq, number(item.moq, 0));
    setDetail(dOrderMultiple, number(item.orderMultiple, 0));
    setDetail(dOnHand, number(item.onHand, 0));
    setDetail(dOpenPo, number(item.openPoQty, 0));

    try {
        m_chart->setDemand(sku, store::weeklyDemand(m_session.db(), item.id, selectedSiteId()));
    } catch (const std::exception& error) {
        m_chart->showMessage(tr("Cannot read the demand history: %1").arg(QString::fromUtf8(error.what())));
    }
}

void ItemsPage::showHeaderMenu(const QPoint& position) {
    auto* header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    for (int column = 0; column < ItemTableModel::ColumnCount; ++column) {
        QAction* action = menu.addAction(ItemTableModel::columnTitle(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The SKU identifies the row: it stays.
        action->setEnabled(column != ItemTableModel::Sku);
        connect(action, &QAction::toggled, this, [this, header, column](bool visible) {
            header->setSectionHidden(column, !visible);
            saveState();
        });
    }
    menu.addSeparator();
    QAction* showAll = menu.addAction(tr("Show all columns"));
    connect(showAll, &QAction::triggered, this, [this, header] {
        for (int column = 0; column < ItemTableModel::ColumnCount; ++column) header->setSectionHidden(column, false);
        saveState();
    });
    menu.exec(header->mapToGlobal(position));
}

} // namespace stocktower::ui
