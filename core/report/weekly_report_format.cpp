#include "report/weekly_report_format.h"

#include "util/text_columns.h"

#include <fmt/format.h>

namespace stocktower::report {

namespace {

using nlohmann::json;
using util::padLeft;
using util::padRight;

json optionalJson(const std::optional<double>& value) { return value ? json(*value) : json(); }

std::string refs(const std::vector<int>& numbers) {
    std::string out;
    for (const int number : numbers) out += fmt::format("[{}]", number);
    return out;
}

json rowJson(const ReportRow& row) {
    json trend = json::array();
    for (const auto& value : row.trend) trend.push_back(optionalJson(value));
    return {{"kpi", row.kpiId},
            {"name", row.name},
            {"unit", row.unit},
            {"direction", row.direction == kpi::Direction::HigherIsBetter ? "higher" : "lower"},
            {"direction_symbol", row.directionSymbol},
            {"target", optionalJson(row.target)},
            {"this_week", optionalJson(row.thisWeek)},
            {"last_week", optionalJson(row.lastWeek)},
            {"change", optionalJson(row.change)},
            {"text",
             {{"target", row.targetText},
              {"this_week", row.thisWeekText},
              {"last_week", row.lastWeekText},
              {"change", row.changeText},
              {"sample", row.sampleText},
              {"benchmark", row.benchmarkText}}},
            {"status", row.statusName},
            {"status_symbol", row.statusSymbol},
            {"trend", trend},
            {"trend_text", row.trendText},
            {"scale", {row.scaleMin, row.scaleMax}},
            {"scale_text", row.scaleText},
            {"sample", row.sample},
            {"minimum_sample", row.minimumSample},
            {"na_reason", row.naReason},
            {"note", row.note},
            {"owner", row.owner},
            {"comment", row.comment},
            {"definition_footnote", row.definitionFootnote},
            {"benchmark_footnotes", row.benchmarkFootnotes}};
}

} // namespace

json weeklyReportJson(const WeeklyReport& report) {
    json sections = json::array();
    for (const auto& section : report.sections) {
        json rows = json::array();
        for (const auto& row : section.rows) rows.push_back(rowJson(row));
        sections.push_back({{"title", section.title}, {"rows", rows}});
    }
    json exceptions = json::array();
    for (const auto& row : report.topExceptions)
        exceptions.push_back({{"rank", row.rank}, {"kind", row.kindId}, {"label", row.kindLabel}, {"sku", row.sku},
                              {"description", row.description}, {"reason", util::englishText(row.reason)}, {"reference", row.reference},
                              {"impact", row.impact}, {"impact_text", row.impactText}, {"quantity", row.quantity}});
    json queues = json::array();
    for (const auto& queue : report.exceptionQueues)
        queues.push_back({{"kind", queue.kindId}, {"title", queue.title}, {"count", queue.count}, {"impact", queue.impact}});
    json footnotes = json::array();
    for (const auto& note : report.footnotes) footnotes.push_back({{"number", note.number}, {"text", note.text()}});
    return {{"title", report.title},
            {"site", report.siteCode},
            {"site_name", report.siteName},
            {"week", report.isoWeek},
            {"first_day", report.firstDay},
            {"last_day", report.lastDay},
            {"time_zone", report.timeZone},
            {"cutoff_time", report.cutoffTime},
            {"as_of", report.asOf},
            {"computed_at", report.computedAt},
            {"exceptions_today", report.exceptionsToday},
            {"on_hand_snapshot", report.snapshotDay ? json(*report.snapshotDay) : json()},
            {"trend_weeks", report.trendWeeks},
            {"sections", sections},
            {"top_exceptions", exceptions},
            {"exception_queues", queues},
            {"exception_count", report.exceptionCount},
            {"exception_impact", report.exceptionImpact},
            {"footnotes", footnotes},
            {"footnote_refs",
             {{"week", report.weekFootnote},
              {"cutoff", report.cutoffFootnote},
              {"status", report.statusFootnote},
              {"change", report.changeFootnote},
              {"not_available", report.notAvailableFootnote},
              {"trend", report.trendFootnote},
              {"exceptions", report.exceptionsFootnote}}}};
}

std::string weeklyReportText(const WeeklyReport& report) {
    std::string out;
    out += fmt::format("{}: {} ({})\n", report.title, report.siteCode, report.siteName);
    out += fmt::format("ISO week {}[{}] = {} .. {}, {}; order cut-off {}[{}]\n", report.isoWeek, report.weekFootnote,
                       report.firstDay, report.lastDay, report.timeZone,
                       report.cutoffTime.empty() ? "not set" : report.cutoffTime, report.cutoffFootnote);
    out += fmt::format("as of {}; on-hand snapshot {}; exceptions as of {}\n", report.asOf,
                       report.snapshotDay.value_or("none"), report.exceptionsToday);
    if (!report.trendWeeks.empty())
        out += fmt::format("trend {} .. {}[{}]\n", report.trendWeeks.front(), report.trendWeeks.back(),
                           report.trendFootnote);

    for (const auto& section : report.sections) {
        out += fmt::format("\n{} {:>9} {:>10} {:>10} {:>10}  {:<8} {:<18} {}\n", padRight(section.title, 48), "target",
                           "this week", "last week", fmt::format("change[{}]", report.changeFootnote),
                           fmt::format("status[{}]", report.statusFootnote), "sample", "benchmark");
        for (const auto& row : section.rows) {
            const std::string unit = row.unit == "cost" ? "" : " (" + row.unit + ")";
            const std::string name =
                fmt::format("{} {}{}[{}]", row.directionSymbol, row.name, unit, row.definitionFootnote);
            out += fmt::format("  {} {} {} {} {}  {} {} {} {}{}\n", padRight(name, 46), padLeft(row.targetText, 9),
                               padLeft(row.thisWeekText, 10), padLeft(row.lastWeekText, 10),
                               padLeft(row.changeText, 10), row.statusSymbol, padRight(row.statusName, 6),
                               padRight(row.sampleText, 18), row.benchmarkText.empty() ? "-" : row.benchmarkText,
                               refs(row.benchmarkFootnotes));
            std::string trend;
            for (const auto& value : row.trendText) trend += " " + value;
            out += fmt::format("      trend on {}:{}\n", row.scaleText, trend);
            if (!row.naReason.empty()) out += fmt::format("      n/a[{}]: {}\n", report.notAvailableFootnote, row.naReason);
            if (!row.note.empty()) out += "      note: " + row.note + '\n';
            if (!row.comment.empty()) out += "      comment: " + row.comment + '\n';
            if (!row.owner.empty()) out += "      owner: " + row.owner + '\n';
        }
    }

    out += fmt::format("\nTop exceptions[{}]: {} of {} rows, value at risk {} in all\n", report.exceptionsFootnote,
                       report.topExceptions.size(), report.exceptionCount,
                       kpi::formatKpiValue(kpi::Unit::Currency, report.exceptionImpact));
    for (const auto& row : report.topExceptions)
        out += fmt::format("  {:>2}. {} {} {} {}{}\n", row.rank, padRight(row.kindLabel, 20), padRight(row.sku, 12),
                           padLeft(row.impactText, 10), util::englishText(row.reason),
                           row.reference.empty() ? "" : " [" + row.reference + "]");
    if (report.topExceptions.empty()) out += "  none\n";
    out += "  queues:";
    for (const auto& queue : report.exceptionQueues)
        out += fmt::format(" {} {} ({});", queue.kindId, queue.count,
                           kpi::formatKpiValue(kpi::Unit::Currency, queue.impact));
    out.back() = '\n';

    out += "\nNotes\n";
    for (const auto& note : report.footnotes) out += fmt::format("  [{}] {}\n", note.number, note.text());
    return out;
}

} // namespace stocktower::report
