#include "shell/app_setup.h"

#include "shell/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

// Outside any namespace: Q_INIT_RESOURCE declares a global function.
static void initStocktowerResources() {
    Q_INIT_RESOURCE(stocktower);
    Q_INIT_RESOURCE(guide);
}

namespace stocktower::ui {

void setApplicationIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("StockTower"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("stocktower.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("StockTower"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STOCKTOWER_VERSION));
}

void initResources() {
    static const bool done = [] {
        initStocktowerResources();
        return true;
    }();
    (void)done;
}

void installTranslators(QCoreApplication& application) {
    // The chosen language also decides how numbers and dates look: every QLocale() made after
    // this (tables, charts, the printed report) formats in it.
    const QLocale locale = localeForLanguage(chosenLanguage());
    QLocale::setDefault(locale);
    auto* qt = new QTranslator(&application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(&application);
    if (own->load(locale, QStringLiteral("stocktower"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace stocktower::ui
