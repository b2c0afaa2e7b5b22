#include "pages/kpi_weeks.h"

#include "domain/time_zone.h"
#include "store/kpi_fact_queries.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <chrono>

namespace stocktower::ui {

namespace {

QDate toQDate(domain::DayNumber day) { return QDate(1970, 1, 1).addDays(day); }

class KpiWeeks {
    Q_DECLARE_TR_FUNCTIONS(KpiWeeks)
};

} // namespace

NowFunction systemClock() {
    return [] {
        return static_cast<std::int64_t>(
            std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
                .count());
    };
}

domain::DayNumber siteToday(store::Connection& db, const std::string& siteCode, std::int64_t nowUtc) {
    domain::TimeZone zone;
    if (const auto site = store::loadKpiSite(db, siteCode))
        if (const auto located = domain::TimeZone::locate(site->timezone)) zone = *located;
    return zone.localDay(nowUtc);
}

std::vector<WeekChoice> recentWeeks(domain::DayNumber today, int previous) {
    std::vector<WeekChoice> weeks;
    const auto current = domain::isoWeekOf(today);
    for (int k = 0; k <= previous; ++k) {
        WeekChoice choice;
        choice.week = domain::addWeeks(current, -k);
        choice.complete = k > 0;
        choice.label = weekLabel(choice.week);
        weeks.push_back(choice);
    }
    return weeks;
}

QString weekName(domain::IsoWeek week) { return QString::fromStdString(domain::formatIsoWeek(week)); }

QString weekLabel(domain::IsoWeek week) {
    const QDate monday = toQDate(domain::mondayOf(week));
    const QDate sunday = monday.addDays(6);
    const QLocale locale;
    // "16–22 Nov 2026", or "30 Nov – 6 Dec 2026" across a month.
    const QString days =
        monday.month() == sunday.month()
            ? KpiWeeks::tr("%1–%2").arg(monday.day()).arg(locale.toString(sunday, QStringLiteral("d MMM yyyy")))
            : KpiWeeks::tr("%1 – %2").arg(locale.toString(monday, QStringLiteral("d MMM")),
                                          locale.toString(sunday, QStringLiteral("d MMM yyyy")));
    return KpiWeeks::tr("%1 · %2").arg(weekName(week), days);
}

} // namespace stocktower::ui
