// When a page recomputes its content: on the next turn of the event loop and only while the page
// is visible, so a page shown for a moment (the window switching pages while a workspace opens)
// starts no work, and many invalidations in one turn make one recompute.
#pragma once

#include <functional>

class QWidget;

namespace stocktower::ui {

class DeferredRecompute {
public:
    DeferredRecompute(QWidget* page, std::function<void()> recompute);

    // The content no longer matches the data; nothing is scheduled (the page decides when).
    void markStale() { m_stale = true; }
    // Stale, and recomputed soon if the page is visible (else when it is shown).
    void invalidate();
    // The content matches the data again.
    void markFresh() { m_stale = false; }
    [[nodiscard]] bool isStale() const { return m_stale; }
    // From the page's showEvent: a stale page recomputes soon, unless a computation still runs
    // (it will bring the page up to date).
    void pageShown(bool busy);

private:
    void schedule();

    QWidget* m_page;
    std::function<void()> m_recompute;
    bool m_stale = true;
    bool m_scheduled = false;
};

} // namespace stocktower::ui
