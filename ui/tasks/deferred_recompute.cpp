#include "tasks/deferred_recompute.h"

#include <QTimer>
#include <QWidget>

namespace stocktower::ui {

DeferredRecompute::DeferredRecompute(QWidget* page, std::function<void()> recompute)
    : m_page(page), m_recompute(std::move(recompute)) {}

void DeferredRecompute::invalidate() {
    m_stale = true;
    if (m_page->isVisible()) schedule();
}

void DeferredRecompute::pageShown(bool busy) {
    if (m_stale && !busy) schedule();
}

void DeferredRecompute::schedule() {
    if (m_scheduled) return;
    m_scheduled = true;
    // The page is the timer's context: destroyed first, the call never comes.
    QTimer::singleShot(0, m_page, [this] {
        m_scheduled = false;
        if (m_stale && m_page->isVisible()) m_recompute();
    });
}

} // namespace stocktower::ui
