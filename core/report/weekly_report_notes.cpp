#include "report/weekly_report_notes.h"

#include "domain/date.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <utility>

namespace stocktower::report {

namespace {

bool startsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

class Numbering {
public:
    explicit Numbering(WeeklyReport& report) : m_report(report) {}
    int add(std::string text) {
        const int number = static_cast<int>(m_report.footnotes.size()) + 1;
        m_report.footnotes.push_back({number, std::move(text)});
        return number;
    }

private:
    WeeklyReport& m_report;
};

std::string weekNote(const WeeklyReport& report) {
    return fmt::format("ISO 8601 week {}: Monday {} to Sunday {}, local time at {} ({}); week 1 of a year is the "
                       "week with its first Thursday.",
                       report.isoWeek, report.firstDay, report.lastDay, report.siteCode, report.timeZone);
}

std::string cutoffNote(const WeeklyReport& report) {
    if (report.cutoffTime.empty())
        return fmt::format("No order cut-off is set for {}: an order line with neither a promised nor a requested "
                           "date is due on the day it was received.",
                           report.siteCode);
    return fmt::format("Order cut-off {} local time: an order line with neither a promised nor a requested date is "
                       "due on the day it was received, or on the next day when received at {} or later.",
                       report.cutoffTime, report.cutoffTime);
}

std::string trendNote(const WeeklyReport& report) {
    if (report.trendWeeks.empty()) return "Trends: none.";
    return fmt::format("Trend: the {} weeks {} to {}, each KPI on one scale spanning its values and its target; "
                       "a gap is an n/a week.",
                       report.trendWeeks.size(), report.trendWeeks.front(), report.trendWeeks.back());
}

// "OTIF (%; min 20 orders): formula." A minimum of one (a stock snapshot) goes unsaid.
std::string definitionNote(const ReportRow& row, const kpi::KpiDefinition& definition) {
    std::string qualifiers = definition.unit == kpi::Unit::Currency ? "" : row.unit;
    if (definition.minimumSample > 1)
        qualifiers += fmt::format("{}min {} {}", qualifiers.empty() ? "" : "; ", definition.minimumSample,
                                  definition.sampleUnit);
    return fmt::format("{}{}: {}.", row.name, qualifiers.empty() ? "" : " (" + qualifiers + ")", definition.formula);
}

// One footnote per benchmark source (and year), in the order the rows first cite them; a KPI with
// several levels from one source is named once.
void addBenchmarkNotes(WeeklyReport& report, const kpi::Scorecard& card, Numbering& numbering) {
    struct Entry {
        std::string kpiId;
        std::string name;
        std::vector<std::string> levels;
        std::vector<std::string> notes;
    };
    struct Source {
        std::string key;
        std::vector<Entry> entries;
    };
    std::vector<Source> sources;
    for (const auto& section : report.sections)
        for (const auto& row : section.rows)
            for (const auto& cardRow : card.rows) {
                if (!cardRow.definition || cardRow.definition->id != row.kpiId) continue;
                for (const auto& benchmark : cardRow.benchmarks) {
                    const std::string key =
                        benchmark.source + (benchmark.year ? fmt::format(" {}", *benchmark.year) : std::string());
                    auto source = std::find_if(sources.begin(), sources.end(), [&](const Source& s) { return s.key == key; });
                    if (source == sources.end()) source = sources.insert(sources.end(), Source{key, {}});
                    auto entry = std::find_if(source->entries.begin(), source->entries.end(),
                                              [&](const Entry& e) { return e.kpiId == row.kpiId; });
                    if (entry == source->entries.end())
                        entry = source->entries.insert(source->entries.end(), Entry{row.kpiId, row.name, {}, {}});
                    entry->levels.push_back(benchmark.level);
                    if (!benchmark.note.empty() &&
                        std::find(entry->notes.begin(), entry->notes.end(), benchmark.note) == entry->notes.end())
                        entry->notes.push_back(benchmark.note);
                }
            }
    const auto joined = [](const std::vector<std::string>& parts, const char* separator) {
        std::string out;
        for (const auto& part : parts) out += (out.empty() ? "" : separator) + part;
        return out;
    };
    for (const auto& source : sources) {
        std::vector<std::string> entries;
        for (const auto& entry : source.entries)
            entries.push_back(fmt::format("{} {}{}", entry.name, joined(entry.levels, " and "),
                                          entry.notes.empty() ? "" : " (" + joined(entry.notes, "; ") + ")"));
        const int number = numbering.add(fmt::format("Benchmarks, {}: {}.", source.key, joined(entries, "; ")));
        for (auto& section : report.sections)
            for (auto& row : section.rows)
                for (const auto& entry : source.entries)
                    if (entry.kpiId == row.kpiId) row.benchmarkFootnotes.push_back(number);
    }
}

std::string exceptionsNote(const WeeklyReport& report, const kpi::ExceptionReport& exceptions) {
    std::string text = fmt::format(
        "Exceptions found on {} at {} ({}), ranked over all queues by value at risk: the units concerned at cost "
        "(lost sales at price for projected stockouts).",
        report.exceptionsToday, report.siteCode,
        exceptions.snapshotDay ? "on-hand snapshot " + domain::formatIsoDate(*exceptions.snapshotDay)
                               : std::string("no on-hand snapshot"));
    for (const auto& note : exceptions.notes) text += " Note: " + note + (note.ends_with('.') ? "" : ".");
    return text;
}

} // namespace

void addFootnotes(WeeklyReport& report, const kpi::Scorecard& card, const kpi::ExceptionReport& exceptions) {
    report.footnotes.clear();
    Numbering numbering(report);
    report.weekFootnote = numbering.add(weekNote(report));
    report.cutoffFootnote = numbering.add(cutoffNote(report));
    // The scorecard's own notes state the engine's rules with the workspace settings. Its one-line
    // week note is left out (the two notes above say more) and so is its list of minimum samples:
    // each KPI's definition below gives its own.
    for (const auto& note : card.footnotes) {
        if (startsWith(note, "ISO week ") || startsWith(note, "Minimum samples")) continue;
        const int number = numbering.add(note);
        if (startsWith(note, "Status:")) report.statusFootnote = number;
    }
    report.notAvailableFootnote =
        numbering.add("n/a: no value for the week, because its sample is below the KPI's minimum (given with its "
                      "definition) or the data it needs is missing; the row says which. A KPI without a target or a "
                      "value is not rated (–).");
    if (report.statusFootnote == 0)
        report.statusFootnote = numbering.add("Status: ● green target met, ◆ amber within the band, ■ red beyond; "
                                              "– not rated (no target or n/a).");
    report.changeFootnote = numbering.add("▲ higher is better, ▼ lower is better. Change = this week − last week, in "
                                          "percentage points (pp) for percentages.");
    report.trendFootnote = numbering.add(trendNote(report));
    for (auto& section : report.sections)
        for (auto& row : section.rows)
            if (const auto* definition = kpi::findKpi(row.kpiId))
                row.definitionFootnote = numbering.add(definitionNote(row, *definition));
    addBenchmarkNotes(report, card, numbering);
    report.exceptionsFootnote = numbering.add(exceptionsNote(report, exceptions));
}

} // namespace stocktower::report
