#include "help/guide_launcher.h"

#include "help/guide.h"
#include "help/help_window.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QStackedWidget>

namespace stocktower::ui {

GuideLauncher::GuideLauncher(QWidget* window, QStackedWidget* pages)
    : QObject(window), m_window(window), m_pages(pages), m_action(new QAction(tr("&User guide"), this)) {
    m_action->setShortcut(QKeySequence::HelpContents);
    m_action->setToolTip(tr("The user guide at the page you are on"));
    connect(m_action, &QAction::triggered, this, [this] { showGuide(); });
    // F1 in a modal dialog (import wizard, run dialogs) never reaches the window's shortcut.
    qApp->installEventFilter(this);
}

HelpWindow* GuideLauncher::helpWindow() const { return m_help; }

QString GuideLauncher::currentGuidePage() const {
    const QWidget* focus = QApplication::focusWidget();
    QString page;
    if (focus && focus->window() == m_window) page = guidePageFor(focus);
    if (page.isEmpty()) page = guidePageFor(m_pages->currentWidget());
    return page.isEmpty() ? guidePages().constFirst() : page;
}

void GuideLauncher::showGuide(const QString& pageAndSection) {
    const QString page = pageAndSection.isEmpty() ? currentGuidePage() : pageAndSection;
    QWidget* modal = QApplication::activeModalWidget();
    if (modal && modal != m_window) {
        // A window outside the modal dialog would not take input: this one belongs to the dialog.
        auto* help = new HelpWindow(modal);
        help->setAttribute(Qt::WA_DeleteOnClose);
        help->showGuide(page);
        return;
    }
    if (!m_help) m_help = new HelpWindow(m_window);
    m_help->showGuide(page);
}

bool GuideLauncher::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType()) return false;
    auto* key = static_cast<QKeyEvent*>(event);
    if (!key->matches(QKeySequence::HelpContents)) return false;
    auto* widget = static_cast<QWidget*>(watched);
    QWidget* modal = QApplication::activeModalWidget();
    if (!modal || modal == m_window || widget->window() != modal) return false;
    const QString page = guidePageFor(widget);
    showGuide(page.isEmpty() ? currentGuidePage() : page);
    return true;
}

} // namespace stocktower::ui
