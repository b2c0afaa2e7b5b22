// Opens the user guide where the user is: F1 (and Help → User guide) shows the guide page of the
// focused widget or of the current page; in a modal dialog, F1 opens the guide over the dialog.
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QStackedWidget;
class QWidget;

namespace stocktower::ui {

class HelpWindow;

class GuideLauncher : public QObject {
    Q_OBJECT
public:
    // window: the main window (owns this); pages: its stack, whose current page has a guide page.
    GuideLauncher(QWidget* window, QStackedWidget* pages);

    // "Help → User guide" with F1.
    [[nodiscard]] QAction* action() const { return m_action; }
    // The guide page F1 would open now ("forecast", "scenarios#simulation-check", …).
    [[nodiscard]] QString currentGuidePage() const;
    // Shows a guide page ("page" or "page#section"; empty: the one for where the user is).
    void showGuide(const QString& pageAndSection = {});
    // The main window's help window (created on first use), or nullptr before that.
    [[nodiscard]] HelpWindow* helpWindow() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_window;
    QStackedWidget* m_pages;
    QAction* m_action;
    QPointer<HelpWindow> m_help;
};

} // namespace stocktower::ui
