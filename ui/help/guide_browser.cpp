#include "help/guide_browser.h"

#include "help/guide.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>

namespace stocktower::ui {

GuideBrowser::GuideBrowser(QWidget* parent) : QTextBrowser(parent) {
    setOpenExternalLinks(true);
    document()->setDocumentMargin(16);
}

void GuideBrowser::doSetSource(const QUrl& name, QTextDocument::ResourceType type) {
    QTextBrowser::doSetSource(name, type);
    // The base class looks for an HTML anchor, which Markdown headings do not have.
    if (!name.fragment().isEmpty()) scrollToSection(name.fragment());
}

bool GuideBrowser::scrollToSection(const QString& anchor) {
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || guideAnchor(block.text()) != anchor) continue;
        setTextCursor(QTextCursor(block));
        (void)document()->documentLayout()->documentSize(); // lays the page out, so the scroll range is known
        const auto top = document()->documentLayout()->blockBoundingRect(block).top();
        verticalScrollBar()->setValue(static_cast<int>(top));
        return true;
    }
    return false;
}

QString GuideBrowser::currentSection() const {
    const int top = verticalScrollBar()->value();
    QString current;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2) continue;
        if (document()->documentLayout()->blockBoundingRect(block).top() > top + 4) break;
        current = guideAnchor(block.text());
    }
    return current;
}

} // namespace stocktower::ui
