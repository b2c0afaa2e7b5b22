#include "report/weekly_report_notes.h"

#include "domain/date.h"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

namespace stocktower::report {

namespace {

using M = util::MessageId;

class Numbering {
public:
    explicit Numbering(WeeklyReport& report) : m_report(report) {}
    int add(util::Message message) { return add(Footnote{0, std::move(message), {}, {}}); }
    int add(Footnote note) {
        note.number = static_cast<int>(m_report.footnotes.size()) + 1;
        m_report.footnotes.push_back(std::move(note));
        return m_report.footnotes.back().number;
    }

private:
    WeeklyReport& m_report;
};

util::Message weekNote(const WeeklyReport& report) {
    return {M::ReportNoteWeek, {report.isoWeek, report.firstDay, report.lastDay, report.siteCode, report.timeZone}};
}

util::Message cutoffNote(const WeeklyReport& report) {
    if (report.cutoffTime.empty()) return {M::ReportNoteNoCutoff, {report.siteCode}};
    return {M::ReportNoteCutoff, {report.cutoffTime}};
}

util::Message trendNote(const WeeklyReport& report) {
    if (report.trendWeeks.empty()) return {M::ReportNoteNoTrend, {}};
    return {M::ReportNoteTrend,
            {std::to_string(report.trendWeeks.size()), report.trendWeeks.front(), report.trendWeeks.back()}};
}

// "OTIF (%; min 20 orders): formula." A minimum of one (a stock snapshot) goes unsaid.
Footnote definitionNote(const ReportRow& row, const kpi::KpiDefinition& definition) {
    std::string qualifiers = definition.unit == kpi::Unit::Currency ? "" : row.unit;
    if (definition.minimumSample > 1)
        qualifiers += fmt::format("{}min {} {}", qualifiers.empty() ? "" : "; ", definition.minimumSample,
                                  definition.sampleUnit);
    return {0,
            {M::ReportNoteKpiDefinition,
             {row.name, qualifiers.empty() ? "" : " (" + qualifiers + ")", definition.formula}},
            row.kpiId,
            {}};
}

std::string joined(const std::vector<std::string>& parts, const char* separator) {
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : separator) + part;
    return out;
}

// One footnote per benchmark source (and year), in the order the rows first cite them; a KPI with
// several levels from one source is named once.
void addBenchmarkNotes(WeeklyReport& report, const kpi::Scorecard& card, Numbering& numbering) {
    struct Source {
        std::string key;
        std::vector<BenchmarkCitation> citations;
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
                    auto cited = std::find_if(source->citations.begin(), source->citations.end(),
                                              [&](const BenchmarkCitation& c) { return c.kpiId == row.kpiId; });
                    if (cited == source->citations.end())
                        cited = source->citations.insert(source->citations.end(), BenchmarkCitation{row.kpiId, {}, {}});
                    cited->levels.push_back(benchmark.level);
                    if (!benchmark.note.empty() &&
                        std::find(cited->notes.begin(), cited->notes.end(), benchmark.note) == cited->notes.end())
                        cited->notes.push_back(benchmark.note);
                }
            }
    for (const auto& source : sources) {
        std::vector<std::string> entries;
        for (const auto& cited : source.citations) {
            const auto* row = report.findRow(cited.kpiId);
            entries.push_back(fmt::format("{} {}{}", row ? row->name : cited.kpiId, joined(cited.levels, " and "),
                                          cited.notes.empty() ? "" : " (" + joined(cited.notes, "; ") + ")"));
        }
        const int number =
            numbering.add(Footnote{0, {M::ReportNoteBenchmarks, {source.key, joined(entries, "; ")}}, {}, source.citations});
        for (auto& section : report.sections)
            for (auto& row : section.rows)
                for (const auto& cited : source.citations)
                    if (cited.kpiId == row.kpiId) row.benchmarkFootnotes.push_back(number);
    }
}

// The exceptions' footnote; a rule skipped for want of data (no snapshot) is said there.
util::Message exceptionsNote(const WeeklyReport& report, const kpi::ExceptionReport& exceptions) {
    if (!exceptions.snapshotDay) return {M::ReportNoteExceptionsNoSnapshot, {report.exceptionsToday, report.siteCode}};
    return {M::ReportNoteExceptions,
            {report.exceptionsToday, report.siteCode, domain::formatIsoDate(*exceptions.snapshotDay)}};
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
        if (note.id == M::ScorecardNoteWeek || note.id == M::ScorecardNoteWeekNoCutoff ||
            note.id == M::ScorecardNoteMinimumSamples)
            continue;
        const int number = numbering.add(note);
        if (note.id == M::ScorecardNoteStatus) report.statusFootnote = number;
    }
    report.notAvailableFootnote = numbering.add(util::Message{M::ReportNoteNotAvailable, {}});
    if (report.statusFootnote == 0) report.statusFootnote = numbering.add(util::Message{M::ReportNoteStatus, {}});
    report.changeFootnote = numbering.add(util::Message{M::ReportNoteChange, {}});
    report.trendFootnote = numbering.add(trendNote(report));
    for (auto& section : report.sections)
        for (auto& row : section.rows)
            if (const auto* definition = kpi::findKpi(row.kpiId))
                row.definitionFootnote = numbering.add(definitionNote(row, *definition));
    addBenchmarkNotes(report, card, numbering);
    report.exceptionsFootnote = numbering.add(exceptionsNote(report, exceptions));
}

} // namespace stocktower::report
