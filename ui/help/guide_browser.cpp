#include "help/guide_browser.h"

#include "help/guide.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextTable>

namespace stocktower::ui {

GuideBrowser::GuideBrowser(QWidget* parent) : QTextBrowser(parent) {
    setOpenExternalLinks(true);
    document()->setDocumentMargin(16);
}

void GuideBrowser::doSetSource(const QUrl& name, QTextDocument::ResourceType type) {
    const QUrl before = source().adjusted(QUrl::RemoveFragment);
    QTextBrowser::doSetSource(name, type);
    if (name.adjusted(QUrl::RemoveFragment) != before) styleTables();
    // The base class looks for an HTML anchor, which Markdown headings do not have.
    if (!name.fragment().isEmpty()) scrollToSection(name.fragment());
}

void GuideBrowser::styleTables() {
    // Markdown tables come with doubled borders and no cell padding: hard to read. A line under
    // each row reads better, as in most documentation.
    const QBrush line = palette().brush(QPalette::Mid);
    for (QTextFrame* frame : document()->rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table) continue;
        QTextTableFormat format = table->format();
        format.setCellPadding(4);
        format.setCellSpacing(0);
        format.setBorderCollapse(true);
        format.setBorder(0);
        table->setFormat(format);
        for (int row = 0; row < table->rows(); ++row)
            for (int column = 0; column < table->columns(); ++column) {
                QTextTableCell cell = table->cellAt(row, column);
                QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
                cellFormat.setBottomBorder(row == 0 ? 2 : 1);
                cellFormat.setBottomBorderBrush(line);
                cellFormat.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                cell.setFormat(cellFormat);
            }
    }
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
