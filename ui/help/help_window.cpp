#include "help/help_window.h"

#include "help/guide.h"
#include "help/guide_browser.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stocktower::ui {

namespace {

constexpr int kPageRole = Qt::UserRole;    // "page" or "page#section"

QToolButton* toolButton(QWidget* parent, QStyle::StandardPixmap icon, const QString& text, const QKeySequence& key) {
    auto* button = new QToolButton(parent);
    auto* action = new QAction(parent->style()->standardIcon(icon), text, button);
    action->setShortcut(key);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window), m_browser(new GuideBrowser(this)), m_contents(new QTreeWidget(this)),
      m_search(new QLineEdit(this)), m_searchStatus(new QLabel(this)),
      m_back(toolButton(this, QStyle::SP_ArrowBack, tr("Back"), QKeySequence::Back)),
      m_forward(toolButton(this, QStyle::SP_ArrowForward, tr("Forward"), QKeySequence::Forward)) {
    setWindowTitle(tr("StockTower user guide"));
    setObjectName(QStringLiteral("helpWindow"));
    auto* home = toolButton(this, QStyle::SP_DirHomeIcon, tr("Getting started"), QKeySequence(Qt::ALT | Qt::Key_Home));

    m_search->setPlaceholderText(tr("Search the guide"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the guide"));
    m_search->setToolTip(tr("Keeps the pages that hold every word in the contents and marks the words on the page. "
                            "Enter: next match, Shift+Enter: previous."));
    m_search->setMinimumWidth(220);
    m_searchStatus->setMinimumWidth(m_searchStatus->fontMetrics().horizontalAdvance(tr("No match")) + 8);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(home);
    bar->addStretch(1);
    bar->addWidget(m_search);
    bar->addWidget(m_searchStatus);

    m_contents->setHeaderHidden(true);
    m_contents->setAccessibleName(tr("Contents"));
    m_contents->setRootIsDecorated(true);
    m_contents->header()->setStretchLastSection(true);
    fillContents();

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({260, 740});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    // A readable line length on a wide screen, the whole window on a small one.
    const QRect screen = QApplication::primaryScreen() ? QApplication::primaryScreen()->availableGeometry() : QRect();
    resize(screen.isValid() ? QSize(std::min(1100, screen.width() - 80), std::min(800, screen.height() - 80))
                            : QSize(1000, 700));

    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    connect(m_back->defaultAction(), &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(m_forward->defaultAction(), &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(home->defaultAction(), &QAction::triggered, this, [this] { showGuide(guidePages().constFirst()); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QWidget::setEnabled);
    // The signal's URL, not source(): the history is updated only after the signal.
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::onSourceChanged);
    connect(m_contents, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { showGuide(item->data(0, kPageRole).toString()); });
    connect(m_contents, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* item) { showGuide(item->data(0, kPageRole).toString()); });
    connect(m_search, &QLineEdit::textChanged, this, &HelpWindow::onSearchEdited);
    connect(m_search, &QLineEdit::returnPressed, this,
            [this] { findNext(QApplication::keyboardModifiers() & Qt::ShiftModifier); });
}

void HelpWindow::fillContents() {
    for (const QString& page : guidePages()) {
        auto* item = new QTreeWidgetItem(m_contents, {guideTitle(page)});
        item->setData(0, kPageRole, page);
        for (const auto& section : guideSections(page)) {
            auto* child = new QTreeWidgetItem(item, {section.text});
            child->setData(0, kPageRole, QStringLiteral("%1#%2").arg(page, section.anchor));
        }
    }
}

void HelpWindow::showGuide(const QString& pageAndSection) {
    if (!isVisible()) show();
    raise();
    activateWindow();
    m_browser->setSource(guideUrl(pageAndSection));
}

void HelpWindow::onSourceChanged(const QUrl& source) {
    QString page = source.fileName(); // "forecast.md" → "forecast"
    if (page.endsWith(QStringLiteral(".md"))) page.chop(3);
    const QString wanted = source.fragment().isEmpty() ? page : QStringLiteral("%1#%2").arg(page, source.fragment());
    for (int i = 0; i < m_contents->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_contents->topLevelItem(i);
        if (top->data(0, kPageRole).toString() != page) {
            top->setExpanded(false);
            continue;
        }
        top->setExpanded(true);
        QTreeWidgetItem* current = top;
        for (int j = 0; j < top->childCount(); ++j)
            if (top->child(j)->data(0, kPageRole).toString() == wanted) current = top->child(j);
        const QSignalBlocker blocker(m_contents);
        m_contents->setCurrentItem(current);
    }
    setWindowTitle(tr("%1 — StockTower user guide").arg(guideTitle(page)));
    markMatches();
}

void HelpWindow::onSearchEdited() {
    const QStringList words = m_search->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int pages = 0;
    for (int i = 0; i < m_contents->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_contents->topLevelItem(i);
        const QString text = guideMarkdown(top->data(0, kPageRole).toString());
        bool match = true;
        for (const QString& word : words) match = match && text.contains(word, Qt::CaseInsensitive);
        top->setHidden(!match);
        pages += match ? 1 : 0;
    }
    m_searchStatus->setText(words.isEmpty() ? QString()
                            : pages == 0    ? tr("No match")
                                            : pages == 1    ? tr("1 page")
                                            : tr("%1 pages").arg(pages));
    markMatches();
}

void HelpWindow::findNext(bool backward) {
    const QStringList words = m_search->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty()) return;
    const auto flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_browser->find(words.constFirst(), flags)) return;
    // Wrap around once.
    QTextCursor cursor(m_browser->document());
    if (backward) cursor.movePosition(QTextCursor::End);
    m_browser->setTextCursor(cursor);
    m_browser->find(words.constFirst(), flags);
}

void HelpWindow::markMatches() {
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat format;
    format.setBackground(QColor(0xff, 0xe0, 0x70));
    for (const QString& word : m_search->text().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QTextCursor cursor(m_browser->document());
        while (!(cursor = m_browser->document()->find(word, cursor)).isNull()) marks.append({cursor, format});
    }
    m_browser->setExtraSelections(marks);
}

} // namespace stocktower::ui
