#include "help/guide.h"

#include <QFile>
#include <QVariant>
#include <QWidget>

namespace stocktower::ui {

namespace {

const char* const kGuidePageProperty = "stocktowerGuidePage";

} // namespace

QStringList guidePages() {
    return {QStringLiteral("getting-started"), QStringLiteral("control-tower"),  QStringLiteral("items"),
            QStringLiteral("forecast"),        QStringLiteral("segmentation"),   QStringLiteral("policy"),
            QStringLiteral("scenarios"),       QStringLiteral("kpi-scorecard"),  QStringLiteral("data-exchange"),
            QStringLiteral("routines"),        QStringLiteral("formulas")};
}

QString guideMarkdown(const QString& page) {
    QFile file(QStringLiteral(":/guide/%1.md").arg(page));
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(file.readAll());
}

QString guideTitle(const QString& page) {
    const QString text = guideMarkdown(page);
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("# "))) return line.mid(2).trimmed();
    return page;
}

QList<GuideHeading> guideSections(const QString& page) {
    QList<GuideHeading> sections;
    bool inCode = false;
    for (const QString& line : guideMarkdown(page).split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("```"))) inCode = !inCode;
        if (!inCode && line.startsWith(QStringLiteral("## "))) {
            const QString text = line.mid(3).trimmed();
            sections.append({text, guideAnchor(text)});
        }
    }
    return sections;
}

QString guideAnchor(const QString& heading) {
    QString anchor;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')) anchor += c;
        else if (c == QLatin1Char(' ')) anchor += QLatin1Char('-');
    }
    return anchor;
}

QUrl guideUrl(const QString& pageAndSection) {
    const int hash = pageAndSection.indexOf(QLatin1Char('#'));
    const QString page = hash < 0 ? pageAndSection : pageAndSection.left(hash);
    QUrl url(QStringLiteral("qrc:/guide/%1.md").arg(page.isEmpty() ? guidePages().constFirst() : page));
    if (hash >= 0) url.setFragment(pageAndSection.mid(hash + 1));
    return url;
}

void setGuidePage(QWidget* widget, const QString& pageAndSection) {
    widget->setProperty(kGuidePageProperty, pageAndSection);
}

QString guidePageFor(const QWidget* widget) {
    for (; widget; widget = widget->parentWidget()) {
        const QString page = widget->property(kGuidePageProperty).toString();
        if (!page.isEmpty()) return page;
    }
    return {};
}

} // namespace stocktower::ui
