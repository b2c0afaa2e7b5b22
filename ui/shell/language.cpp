#include "shell/language.h"

#include "shell/settings.h"

namespace stocktower::ui {

const QVector<LanguageChoice>& languageChoices() {
    // Each language named in itself, so a user who cannot read the current one still finds theirs.
    static const QVector<LanguageChoice> choices = {
        {QString(), QString()},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
    return choices;
}

QString chosenLanguage() {
    const QString code = Settings().value(Settings::Key::Language).toString();
    for (const auto& choice : languageChoices())
        if (choice.code == code) return code;
    return {};
}

void setChosenLanguage(const QString& code) {
    Settings settings;
    if (code.isEmpty()) settings.reset(Settings::Key::Language);
    else settings.setValue(Settings::Key::Language, code);
}

QLocale localeForLanguage(const QString& code, const QLocale& system) {
    if (code.isEmpty()) return system;
    const QLocale chosen(code);
    return chosen.language() == system.language() ? system : chosen;
}

} // namespace stocktower::ui
