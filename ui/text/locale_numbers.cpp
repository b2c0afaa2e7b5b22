#include "text/locale_numbers.h"

#include <QDate>

#include <cmath>

namespace stocktower::ui {

namespace {

QString fixed(const QLocale& locale, double value, int decimals) {
    return locale.toString(value, 'f', decimals);
}

QString withUnit(kpi::Unit unit, const QString& number) {
    switch (unit) {
    case kpi::Unit::Ratio: return number + QStringLiteral(" %");
    case kpi::Unit::Hours: return number + QStringLiteral(" h");
    case kpi::Unit::Days: return number + QStringLiteral(" d");
    case kpi::Unit::PerHour: return number + QStringLiteral("/h");
    case kpi::Unit::Turns:
    case kpi::Unit::Currency: return number;
    }
    return number;
}

QString magnitude(kpi::Unit unit, double value, const QLocale& locale) {
    switch (unit) {
    case kpi::Unit::Ratio: return fixed(locale, value * 100.0, 1);
    case kpi::Unit::Hours:
    case kpi::Unit::Days:
    case kpi::Unit::PerHour: return fixed(locale, value, 1);
    case kpi::Unit::Turns: return fixed(locale, value, 2);
    case kpi::Unit::Currency: {
        // The C locale has no grouping; the core groups currency in thousands with ','.
        const QLocale grouping = locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
        return grouping.toString(static_cast<double>(std::llround(value)), 'f', 0);
    }
    }
    return locale.toString(value);
}

} // namespace

QString localeKpiValue(kpi::Unit unit, double value, const QLocale& locale) {
    return withUnit(unit, magnitude(unit, value, locale));
}

QString localeKpiChange(kpi::Unit unit, double change, const QLocale& locale) {
    const QString sign = change > 0 ? QStringLiteral("+") : change < 0 ? QStringLiteral("-") : QStringLiteral("±");
    QString text = withUnit(unit, magnitude(unit, std::fabs(change), locale));
    if (unit == kpi::Unit::Ratio) text.replace(QStringLiteral(" %"), QStringLiteral(" pp"));
    return sign + text;
}

QString localeDate(domain::DayNumber day, const QLocale& locale) {
    const QString iso = QString::fromStdString(domain::formatIsoDate(day));
    if (locale.language() == QLocale::C) return iso;
    return locale.toString(QDate::fromString(iso, Qt::ISODate), QLocale::ShortFormat);
}

} // namespace stocktower::ui
