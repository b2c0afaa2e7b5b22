// The user guide's window: the contents (pages and their sections) beside the page, back and
// forward, and a search box that keeps the pages holding the words and marks them on the page.
#pragma once

#include <QWidget>

class QLabel;
class QUrl;
class QLineEdit;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace stocktower::ui {

class GuideBrowser;

class HelpWindow : public QWidget {
    Q_OBJECT
public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // Shows "page" or "page#section" (see guideUrl) and raises the window.
    void showGuide(const QString& pageAndSection);

    [[nodiscard]] GuideBrowser* browser() const { return m_browser; }
    [[nodiscard]] QTreeWidget* contents() const { return m_contents; }
    [[nodiscard]] QLineEdit* searchField() const { return m_search; }

private:
    void fillContents();
    void onSourceChanged(const QUrl& source);
    void onSearchEdited();
    void findNext(bool backward);
    void markMatches();

    GuideBrowser* m_browser;
    QTreeWidget* m_contents;
    QLineEdit* m_search;
    QLabel* m_searchStatus;
    QToolButton* m_back;
    QToolButton* m_forward;
};

} // namespace stocktower::ui
