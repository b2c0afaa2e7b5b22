// The user guide compiled into the resources (:/guide/*.md): its pages in reading order, their
// titles, and which guide page explains a widget (pages name theirs; F1 opens it).
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

class QWidget;

namespace stocktower::ui {

// The guide's pages, file names without ".md", in the order of the contents list.
QStringList guidePages();
// The page's text from the resources (empty when it is missing).
QString guideMarkdown(const QString& page);
// The page's first "# " heading, or the page name when it has none.
QString guideTitle(const QString& page);
// The "## " headings of a page with their anchors (GitHub's rule, see guideAnchor).
struct GuideHeading {
    QString text;
    QString anchor;
};
QList<GuideHeading> guideSections(const QString& page);
// A heading's anchor as GitHub makes it: lower case, punctuation dropped (letters, digits, '-' and
// '_' kept), spaces as '-'. Guide links use them, so the files read the same on GitHub.
QString guideAnchor(const QString& heading);

// "forecast" or "scenarios#simulation-check" → qrc:/guide/forecast.md(#fragment).
QUrl guideUrl(const QString& pageAndSection);

// Names the guide page (optionally "#section") that explains `widget` and its children.
void setGuidePage(QWidget* widget, const QString& pageAndSection);
// The guide page of the nearest of `widget` and its parents that names one (empty if none).
QString guidePageFor(const QWidget* widget);

} // namespace stocktower::ui
