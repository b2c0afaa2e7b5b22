// The languages StockTower speaks, the user's choice among them, and the locale that follows from it.
#pragma once

#include <QLocale>
#include <QString>
#include <QVector>

namespace stocktower::ui {

struct LanguageChoice {
    QString code;       // "" = the system's language; else an ISO 639-1 code ("de")
    QString nativeName; // the language's name in itself ("Deutsch"); empty for the system choice
};

// System, English, Deutsch, Français, Español: what Preferences offers.
const QVector<LanguageChoice>& languageChoices();

// The stored choice ("" when none or unknown).
QString chosenLanguage();
void setChosenLanguage(const QString& code);

// The locale for a choice: the system's locale for "" and for the system's own language (so a
// Swiss German keeps de_CH), else the language's main country (de → de_DE).
QLocale localeForLanguage(const QString& code, const QLocale& system = QLocale::system());

} // namespace stocktower::ui
