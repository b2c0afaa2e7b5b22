#include "shell/main_window.h"

#include "help/guide_launcher.h"
#include "models/item_table_model.h"
#include "pages/control_tower_page.h"
#include "pages/data_exchange_page.h"
#include "pages/export_dialog.h"
#include "pages/forecast_page.h"
#include "pages/import_wizard.h"
#include "pages/items_page.h"
#include "pages/policy_page.h"
#include "pages/scenario_page.h"
#include "pages/scorecard_page.h"
#include "pages/weekly_report_launcher.h"
#include "pages/segmentation_page.h"
#include "shell/demo_workspace.h"
#include "shell/preferences_dialog.h"
#include "shell/settings.h"
#include "shell/workspace_session.h"
#include "store/integrity.h"
#include "store/workspace.h"
#include "tasks/progress_panel.h"
#include "tasks/task_runner.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace stocktower::ui {

namespace {

const QString kWorkspaceFilter = QStringLiteral("*.stdb");

bool isWorkspaceFile(const QString& path) { return path.endsWith(QStringLiteral(".stdb"), Qt::CaseInsensitive); }
bool isCsvFile(const QString& path) {
    return path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ||
           path.endsWith(QStringLiteral(".txt"), Qt::CaseInsensitive) ||
           path.endsWith(QStringLiteral(".tsv"), Qt::CaseInsensitive);
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_tasks(new TaskRunner(this)), m_session(new WorkspaceSession(*m_tasks, this)),
      m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this)), m_banner(new QLabel(this)),
      m_itemsPage(new ItemsPage(*m_session, this)), m_dataExchangePage(new DataExchangePage(*m_session, this)),
      m_statusName(new QLabel(this)), m_statusReadOnly(new QLabel(this)), m_statusCounts(new QLabel(this)),
      m_progress(new ProgressPanel(this)) {
    setWindowIcon(QIcon(QStringLiteral(":/icons/stocktower.svg")));
    setAcceptDrops(true);
    setObjectName(QStringLiteral("MainWindow"));

    // In the order of enum Page.
    m_controlTowerPage = new ControlTowerPage(*m_session, this);
    m_pages->addWidget(m_controlTowerPage);
    m_pages->addWidget(m_itemsPage);
    m_forecastPage = new ForecastPage(*m_session, this);
    m_pages->addWidget(m_forecastPage);
    m_segmentationPage = new SegmentationPage(*m_session, this);
    m_pages->addWidget(m_segmentationPage);
    m_policyPage = new PolicyPage(*m_session, this);
    m_pages->addWidget(m_policyPage);
    m_scenarioPage = new ScenarioPage(*m_session, this);
    m_pages->addWidget(m_scenarioPage);
    m_scorecardPage = new ScorecardPage(*m_session, this);
    m_pages->addWidget(m_scorecardPage);
    m_pages->addWidget(m_dataExchangePage);
    createNavigation();

    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setContentsMargins(12, 8, 12, 8);
    m_banner->setAutoFillBackground(true);
    m_banner->hide();

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_pages, 1);
    auto* central = new QWidget(this);
    auto* centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_navigation);
    centralLayout->addWidget(right, 1);
    setCentralWidget(central);

    createMenus();

    m_statusReadOnly->setText(tr("Read-only"));
    m_statusReadOnly->setStyleSheet(QStringLiteral(
        "QLabel { background: #b3261e; color: white; border-radius: 3px; padding: 1px 6px; font-weight: bold; }"));
    m_statusReadOnly->hide();
    statusBar()->addWidget(m_statusName);
    statusBar()->addWidget(m_statusReadOnly);
    statusBar()->addWidget(m_statusCounts);
    statusBar()->addPermanentWidget(m_progress);

    connect(m_tasks, &TaskRunner::taskStarted, this, [this](Task* task) {
        // The status bar follows the newest task; dialogs show their own.
        m_progress->track(task);
    });
    connect(m_session, &WorkspaceSession::workspaceChanged, this, &MainWindow::onWorkspaceChanged);
    connect(m_session, &WorkspaceSession::dataChanged, this, &MainWindow::updateStatus);
    connect(m_session, &WorkspaceSession::readOnlyChanged, this, &MainWindow::updateWorkspaceState);
    connect(m_session, &WorkspaceSession::openingStarted, this, &MainWindow::updateWorkspaceState);
    connect(m_session, &WorkspaceSession::openCancelled, this, [this] {
        updateWorkspaceState();
        statusBar()->showMessage(tr("Opening cancelled."), 5000);
    });
    connect(m_session, &WorkspaceSession::openFailed, this, [this](const QString& path, const QString& message) {
        updateWorkspaceState();
        showError(path == m_creatingPath ? tr("Cannot create workspace") : tr("Cannot open workspace"), message);
        m_creatingPath.clear();
        Q_EMIT workspaceOpenFailed(path, message);
    });
    connect(m_itemsPage, &ItemsPage::itemsLoaded, this, &MainWindow::onItemsLoaded);
    connect(m_itemsPage, &ItemsPage::itemsLoaded, this, &MainWindow::updateStatus);
    connect(m_dataExchangePage, &DataExchangePage::importRequested, this,
            [this](const QString& type) { startImport({}, type); });
    connect(m_dataExchangePage, &DataExchangePage::exportRequested, this, &MainWindow::startExport);
    connect(m_controlTowerPage, &ControlTowerPage::itemActivated, this, &MainWindow::showItem);
    connect(m_controlTowerPage, &ControlTowerPage::scorecardRequested, this,
            [this](const QString& site, const QString& week) {
                m_scorecardPage->showSiteWeek(site, week);
                showPage(ScorecardPageIndex);
            });
    // Targets changed on the scorecard re-rate the tower's tiles too.
    connect(m_scorecardPage, &ScorecardPage::configurationChanged, m_controlTowerPage, &ControlTowerPage::invalidate);
    connect(m_scorecardPage, &ScorecardPage::weeklyReportRequested, this, [this](const QString& site, const QString& week) {
        openWeeklyReport(this, *m_session, site, week, m_scorecardPage->reportOutput());
    });

    Settings settings;
    if (!restoreGeometry(settings.value(Settings::Key::MainWindowGeometry).toByteArray())) resize(1400, 900);
    restoreState(settings.value(Settings::Key::MainWindowState).toByteArray());
    showPage(static_cast<Page>(std::clamp(settings.value(Settings::Key::MainWindowPage).toInt(), 0,
                                          static_cast<int>(m_pages->count()) - 1)));
    updateWorkspaceState();
}

MainWindow::~MainWindow() {
    // Workers must finish before the session (and its workspace) goes away.
    m_tasks->cancelAll();
    m_tasks->waitForAll();
}

void MainWindow::createNavigation() {
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(190);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(window); border-right: 1px solid palette(mid); padding-top: 6px; }"
        "QListWidget#navigation::item { padding: 8px 6px; }"));
    auto add = [this](const QString& icon, const QString& text) {
        auto* item = new QListWidgetItem(QIcon(icon), text, m_navigation);
        item->setToolTip(text);
    };
    add(QStringLiteral(":/icons/tower.svg"), tr("Control tower"));
    add(QStringLiteral(":/icons/items.svg"), tr("Items"));
    add(QStringLiteral(":/icons/forecast.svg"), tr("Forecast"));
    add(QStringLiteral(":/icons/segmentation.svg"), tr("Segmentation"));
    add(QStringLiteral(":/icons/policy.svg"), tr("Policy"));
    add(QStringLiteral(":/icons/scenarios.svg"), tr("Scenarios"));
    add(QStringLiteral(":/icons/scorecard.svg"), tr("KPI scorecard"));
    add(QStringLiteral(":/icons/exchange.svg"), tr("Data exchange"));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) m_pages->setCurrentIndex(row);
    });
}

void MainWindow::showPage(Page page) { m_navigation->setCurrentRow(static_cast<int>(page)); }

bool MainWindow::showItem(qint64 itemId) {
    showPage(ItemsPageIndex);
    if (m_itemsPage->selectItem(itemId)) return true;
    // A filter typed earlier may hide it.
    if (!m_itemsPage->filterEdit()->text().isEmpty()) {
        m_itemsPage->filterEdit()->clear();
        if (m_itemsPage->selectItem(itemId)) return true;
    }
    statusBar()->showMessage(m_itemsPage->isLoading() ? tr("The items are still loading; try again in a moment.")
                                                      : tr("That item is not in the item list."),
                             5000);
    return false;
}

void MainWindow::createMenus() {
    auto* toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(20, 20));

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(QIcon(QStringLiteral(":/icons/new.svg")), tr("&New Workspace…"),
                                         this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Open Workspace…"),
                                          this, &MainWindow::openWorkspaceDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Demo Workspace"), this, &MainWindow::openDemoWorkspace);
    file->addSeparator();
    m_importAction = file->addAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import…"), this,
                                     [this] { startImport(); });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction* exportAction = file->addAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("&Export…"), this,
                                            [this] { startExport(); });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction* backupAction = file->addAction(QIcon(QStringLiteral(":/icons/backup.svg")), tr("&Backup…"), this,
                                            &MainWindow::startBackup);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    m_workspaceActions = {m_importAction, exportAction, backupAction};

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* preferences = tools->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted && dialog.apply())
            statusBar()->showMessage(tr("The new language takes effect when StockTower restarts."), 10000);
    });
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_guide = new GuideLauncher(this, m_pages);
    help->addAction(m_guide->action());
    help->addSeparator();
    QAction* about = help->addAction(tr("&About StockTower"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

    toolbar->addAction(openAction);
    toolbar->addSeparator();
    toolbar->addAction(m_importAction);
    toolbar->addAction(exportAction);
    toolbar->addAction(backupAction);
    for (QAction* action : toolbar->actions())
        if (!action->isSeparator()) action->setToolTip(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = Settings().recentWorkspaces();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        // &1 … &8: keyboard access without the mouse.
        QAction* action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this, [this, path] {
                if (!QFileInfo::exists(path)) {
                    Settings().removeRecentWorkspace(path);
                    updateRecentMenu();
                }
                openWorkspace(path);
            });
        action->setToolTip(path);
    }
    if (recent.isEmpty()) m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            Settings().setValue(Settings::Key::RecentWorkspaces, QStringList());
            updateRecentMenu();
        });
    }
}

void MainWindow::openWorkspace(const QString& path, bool readOnly) {
    m_session->open(path, readOnly ? store::Workspace::Access::ReadOnly : store::Workspace::Access::ReadWrite);
}

QString MainWindow::demoWorkspacePath() { return defaultDemoPath(); }

void MainWindow::openDemoWorkspace() {
    const QString path = demoWorkspacePath();
    if (QFileInfo::exists(path)) {
        openWorkspace(path);
        return;
    }
    statusBar()->showMessage(tr("Creating the demo workspace; this takes a moment the first time…"));
    Task* task = startDemoGeneration(*m_tasks, path);
    connect(task, &Task::succeeded, this, [this, path] {
        statusBar()->clearMessage();
        openWorkspace(path);
    });
    connect(task, &Task::failed, this, [this](const QString& message) {
        statusBar()->clearMessage();
        showError(tr("Cannot create the demo workspace"), message);
    });
    connect(task, &Task::cancelled, this, [this] { statusBar()->showMessage(tr("Demo workspace not created."), 5000); });
}

void MainWindow::newWorkspace() {
    Settings settings;
    QString path = QFileDialog::getSaveFileName(this, tr("New workspace"), settings.lastFolder(),
                                                tr("StockTower workspaces (%1)").arg(kWorkspaceFilter), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) return;
    if (!isWorkspaceFile(path)) path += QString::fromLatin1(store::kWorkspaceSuffix);
    m_creatingPath = path;
    Task* task = m_session->create(path);
    // After the session has taken the new workspace (it connected first).
    connect(task, &Task::succeeded, this, [this] { showPage(DataExchangePageIndex); }); // a new workspace starts with imports
}

void MainWindow::openWorkspaceDialog() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open workspace"), Settings().lastFolder(),
        tr("StockTower workspaces (%1);;All files (*)").arg(kWorkspaceFilter));
    if (!path.isEmpty()) openWorkspace(path);
}

ImportWizard* MainWindow::startImport(const QString& file, const QString& recordType) {
    if (!m_session->isOpen()) {
        showError(tr("Import"), tr("Open or create a workspace first."));
        return nullptr;
    }
    if (m_session->isReadOnly()) {
        showError(tr("Import"), tr("This workspace is read-only: %1").arg(m_session->readOnlyReason()));
        return nullptr;
    }
    auto* wizard = new ImportWizard(*m_session, *m_tasks, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!file.isEmpty()) wizard->setFile(file, recordType);
    else if (!recordType.isEmpty()) wizard->sourcePage()->setRecordType(recordType);
    wizard->open(); // window-modal, no nested event loop
    return wizard;
}

void MainWindow::startExport(const QString& recordType) {
    if (!m_session->isOpen()) return;
    auto* dialog = new ExportDialog(recordType, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ExportRequest request = dialog->request();
        auto rows = std::make_shared<std::uint64_t>(0);
        Task* task = ui::startExport(*m_tasks, *m_session, request, rows);
        const QString name = QFileInfo(request.path).fileName();
        connect(task, &Task::succeeded, this, [this, rows, name] {
            const QString text = *rows == 1 ? tr("Exported 1 row to %1.").arg(name)
                                            : tr("Exported %1 rows to %2.")
                                                  .arg(QLocale().toString(static_cast<qulonglong>(*rows)), name);
            statusBar()->showMessage(text, 10000);
        });
        connect(task, &Task::failed, this, [this](const QString& message) { showError(tr("Export failed"), message); });
        connect(task, &Task::cancelled, this,
                [this] { statusBar()->showMessage(tr("Export cancelled; no file was written."), 10000); });
    });
    dialog->open();
}

void MainWindow::startBackup() {
    if (!m_session->isOpen()) return;
    const QFileInfo current(m_session->path());
    const QString suggestion = current.absoluteDir().filePath(
        tr("%1-backup-%2.stdb").arg(current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    QString target = QFileDialog::getSaveFileName(this, tr("Back up workspace to"), suggestion,
                                                  tr("StockTower workspaces (%1)").arg(kWorkspaceFilter), nullptr,
                                                  QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty()) return;
    if (!isWorkspaceFile(target)) target += QString::fromLatin1(store::kWorkspaceSuffix);
    const std::string source = m_session->path().toStdString();
    const std::string destination = target.toStdString();
    Task* task = m_tasks->run(tr("Backing up %1").arg(current.fileName()), [source, destination](util::Progress&) {
        // A connection of the worker's own; VACUUM INTO reads a consistent snapshot.
        auto workspace = store::Workspace::open(source, store::Workspace::Access::ReadOnly);
        workspace->backupTo(destination);
    });
    const QString name = QFileInfo(target).fileName();
    connect(task, &Task::succeeded, this,
            [this, name] { statusBar()->showMessage(tr("Backup written to %1.").arg(name), 10000); });
    connect(task, &Task::failed, this, [this](const QString& message) { showError(tr("Backup failed"), message); });
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About StockTower"),
                       tr("<h3>StockTower %1</h3><p>Inventory planning and control tower.</p>"
                          "<p>Forecasts, stock policies and warehouse slotting from your own "
                          "data, kept in one workspace file.</p>")
                           .arg(QString::fromLatin1(STOCKTOWER_VERSION)));
}

void MainWindow::onWorkspaceChanged() {
    m_creatingPath.clear();
    // Whatever a running check finds belongs to the workspace it checked.
    ++m_checkGeneration;
    if (m_checkTask) m_checkTask->cancel();
    m_checkTask = nullptr;
    if (m_session->isOpen()) {
        Settings settings;
        settings.addRecentWorkspace(m_session->path());
        settings.rememberFolderOf(m_session->path());
        updateRecentMenu();
    }
    updateWorkspaceState();
    // A workspace opens on the Control tower (a new one then moves on to Data exchange).
    if (m_session->isOpen()) showPage(ControlTowerPageIndex);
    // The items page reacted first: it is loading now, or it already gave up (and said why).
    m_awaitingFirstLoad = m_session->isOpen();
    if (m_awaitingFirstLoad && !m_itemsPage->isLoading()) onItemsLoaded();
}

void MainWindow::onItemsLoaded() {
    if (!m_awaitingFirstLoad) return;
    m_awaitingFirstLoad = false;
    Q_EMIT workspaceReady();
    // Large files skipped the check on open; the grid is up, so it runs now, off the GUI thread.
    if (m_session->isOpen() && m_session->workspace().integrityDeferred()) startIntegrityCheck();
}

void MainWindow::startIntegrityCheck() {
    if (!m_session->isOpen() || m_checkTask) return;
    std::shared_ptr<store::Connection> connection;
    try {
        connection = m_session->workspace().openConnection(true);
    } catch (const std::exception& error) {
        statusBar()->showMessage(tr("The workspace check could not start: %1").arg(QString::fromUtf8(error.what())),
                                 10000);
        return;
    }
    auto result = std::make_shared<std::string>();
    const std::uint64_t generation = m_checkGeneration;
    m_checkTask = m_tasks->run(tr("Checking workspace…"), [connection, result](util::Progress& progress) mutable {
        *result = store::quickCheck(*connection, progress);
        connection.reset(); // closed by the thread that used it
    });
    Task* task = m_checkTask;
    connect(task, &Task::finished, this, [this, task, generation, result] {
        if (generation != m_checkGeneration) return;
        m_checkTask = nullptr;
        switch (task->state()) {
        case Task::State::Succeeded: applyIntegrityResult(QString::fromStdString(*result)); break;
        case Task::State::Cancelled: statusBar()->showMessage(tr("Workspace check cancelled."), 5000); break;
        default:
            statusBar()->showMessage(tr("The workspace check could not run: %1").arg(task->errorMessage()), 10000);
            break;
        }
        Q_EMIT integrityCheckFinished();
    });
}

void MainWindow::applyIntegrityResult(const QString& result) {
    if (!m_session->isOpen()) return;
    if (result.trimmed() == QStringLiteral("ok")) {
        statusBar()->showMessage(tr("Workspace check passed."), 5000);
        return;
    }
    const QString problem = result.trimmed().isEmpty() ? tr("no details were given") : result.trimmed();
    // Read-only first: whatever the user does next must not write to a damaged file.
    m_session->setReadOnly(tr("the workspace check found damage in the file (%1)").arg(problem));
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Workspace damaged"),
        tr("<p>The check of <b>%1</b> found damage in the file.</p>"
           "<p>The workspace stays open <b>read-only</b>: you can look at it and export what you "
           "need, but nothing will be written to it. Nothing in the file has been changed.</p>"
           "<p>Restore the workspace from a backup, or export its data and import it into a new "
           "workspace.</p>")
            .arg(m_session->displayName().toHtmlEscaped()),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("integrityWarning"));
    box->setTextFormat(Qt::RichText);
    box->setInformativeText(tr("SQLite reported: %1").arg(problem));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // no nested event loop
}

void MainWindow::updateWorkspaceState() {
    const bool open = m_session->isOpen();
    for (QAction* action : m_workspaceActions) action->setEnabled(open);
    m_importAction->setEnabled(open && !m_session->isReadOnly());
    if (m_session->isOpening() && !open)
        setWindowTitle(tr("Opening %1 — StockTower").arg(QFileInfo(m_session->openingPath()).completeBaseName()));
    else
        setWindowTitle(open ? tr("%1 — StockTower").arg(m_session->displayName()) : tr("StockTower"));
    setWindowFilePath(m_session->path());
    updateBanner();
    updateStatus();
}

void MainWindow::updateBanner() {
    const bool open = m_session->isOpen();
    QStringList banner;
    QString background = QStringLiteral("#fff4ce");
    QString border = QStringLiteral("#d0c090");
    if (m_session->isOpening()) {
        background = QStringLiteral("#e5f1fb");
        border = QStringLiteral("#9cc3e6");
        banner << tr("Opening <b>%1</b>…").arg(QDir::toNativeSeparators(m_session->openingPath()).toHtmlEscaped());
    } else if (!open) {
        banner << tr("No workspace is open. Use <b>File → New Workspace</b> or <b>File → Open Workspace</b>, "
                     "or drop a .stdb file here.");
    }
    if (open && m_session->isReadOnly()) {
        if (!m_session->isOpening()) {
            background = QStringLiteral("#fde7e9");
            border = QStringLiteral("#e0a0a6");
        }
        const QString reason = m_session->readOnlyReason();
        banner << tr("<b>This workspace is read-only</b> because %1 You can look at everything, but "
                     "imports and changes are disabled.")
                      .arg(reason.toHtmlEscaped() + (reason.endsWith(QLatin1Char('.')) ? QString() : QStringLiteral(".")));
    }
    if (open)
        for (const QString& notice : m_session->notices()) banner << notice.toHtmlEscaped();
    m_banner->setText(banner.join(QStringLiteral("<br>")));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: #1f1f1f; border-bottom: 1px solid %2; }")
                                .arg(background, border));
    m_banner->setVisible(!banner.isEmpty());
}

void MainWindow::updateStatus() {
    if (!m_session->isOpen()) {
        // While the first workspace opens, the progress panel beside says so.
        m_statusName->setText(m_session->isOpening() ? QString() : tr("No workspace"));
        m_statusReadOnly->hide();
        m_statusCounts->clear();
        return;
    }
    m_statusName->setText(m_session->displayName());
    m_statusName->setToolTip(QDir::toNativeSeparators(m_session->path()));
    m_statusReadOnly->setVisible(m_session->isReadOnly());
    m_statusReadOnly->setToolTip(m_session->readOnlyReason());
    const int items = m_itemsPage->model()->rowCount();
    const int sites = static_cast<int>(m_session->sites().size());
    const QLocale locale;
    QString itemText = items == 1 ? tr("1 item") : tr("%1 items").arg(locale.toString(items));
    if (items == 0 && m_itemsPage->isLoading()) itemText = tr("loading items…");
    const QString siteText = sites == 1 ? tr("1 site") : tr("%1 sites").arg(locale.toString(sites));
    m_statusCounts->setText(tr("%1 · %2").arg(itemText, siteText));
}

void MainWindow::showError(const QString& title, const QString& message) {
    // Not exec(): a modal loop here would run inside whatever signal brought the error.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    Settings settings;
    settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    settings.setValue(Settings::Key::MainWindowState, saveState());
    settings.setValue(Settings::Key::MainWindowPage, m_pages->currentIndex());
    m_itemsPage->saveState();
    // Running imports roll back when cancelled; nothing half-written stays behind.
    m_tasks->cancelAll();
    m_tasks->waitForAll();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!event->mimeData()->hasUrls()) return;
    for (const QUrl& url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        if (isWorkspaceFile(path) || isCsvFile(path)) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent* event) {
    for (const QUrl& url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        if (isWorkspaceFile(path)) {
            openWorkspace(path);
            event->acceptProposedAction();
            return;
        }
        if (isCsvFile(path)) {
            startImport(path);
            event->acceptProposedAction();
            return;
        }
    }
}

} // namespace stocktower::ui
