// The weekly KPI report for warehouse managers as plain data: sections of KPI rows with their
// formatted values and trends, numbered footnotes and the top exceptions. Built here, drawn by ui/print.
#pragma once

#include "kpi/exceptions.h"
#include "kpi/kpi_definition.h"
#include "kpi/scorecard.h"
#include "kpi/status.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stocktower::report {

// One KPI: the numbers, the same numbers as people read them, and its trend.
struct ReportRow {
    std::string kpiId;
    std::string name;
    std::string unit; // kpi::unitName: "%", "h", "days", "lines/h", "turns", "cost"
    kpi::Direction direction = kpi::Direction::HigherIsBetter;
    std::string directionSymbol; // ▲ higher is better, ▼ lower is better
    std::optional<double> target;
    std::optional<double> thisWeek;
    std::optional<double> lastWeek;
    std::optional<double> change;
    std::string targetText;   // "95.0 %", "–" without a target
    std::string thisWeekText; // "n/a" below the minimum sample or without data
    std::string lastWeekText;
    std::string changeText; // "-0.7 pp", "–" when either week is n/a
    kpi::Status status = kpi::Status::NotRated;
    std::string statusName;   // green, amber, red, n/a
    std::string statusSymbol; // ● green, ◆ amber, ■ red, – not rated
    // Oldest first, ending with this week; nullopt weeks are n/a. One scale over the values and
    // the target, so a drawn trend shows both in proportion.
    std::vector<std::optional<double>> trend;
    double scaleMin = 0;
    double scaleMax = 0;
    std::vector<std::string> trendText; // each week formatted, "n/a" for a gap
    std::string scaleText;              // "68.1 % .. 95.0 %"
    std::int64_t sample = 0;
    std::string sampleText; // "216 orders"
    double minimumSample = 1;
    std::string naReason;      // why this week is n/a; empty when it has a value
    std::string note;          // a caveat on this week's value
    std::string benchmarkText; // "best in class 99.5 %; median 85.0 %"; empty without benchmarks
    std::vector<kpi::BenchmarkBand> benchmarks; // the same, as data
    std::string owner;
    std::string comment;
    int definitionFootnote = 0;           // the footnote defining the KPI
    std::vector<int> benchmarkFootnotes; // the sources of the benchmarks shown
};

// A group of KPIs as a manager reads them. The registry's "Time" KPIs (dock-to-stock, order
// cycle time) are how fast the warehouse turns work around, so they follow the Productivity
// section's own KPI.
struct ReportSection {
    std::string title;
    kpi::KpiGroup group = kpi::KpiGroup::Service; // the first of the registry groups it shows
    std::vector<ReportRow> rows;
};

// One KPI's benchmark levels cited from one source, for a benchmarks footnote.
struct BenchmarkCitation {
    std::string kpiId;
    std::vector<std::string> levels; // as entered ("best in class", "median")
    std::vector<std::string> notes;  // the benchmarks' own notes, each once
};

// A numbered footnote. `message` says it with an id, so a renderer can translate it; a KPI's
// definition and a source's benchmarks are also given as data (the KPI's name and formula, the
// levels cited), which a renderer translates piece by piece.
struct Footnote {
    int number = 0;
    util::Message message;
    std::string kpiId;                        // a KPI definition note: the KPI it defines
    std::vector<BenchmarkCitation> citations; // a benchmarks note: what it cites (source in the message)

    [[nodiscard]] std::string text() const { return util::englishText(message); } // English
};

struct ReportException {
    int rank = 0; // 1 = highest value at risk
    kpi::ExceptionKind kind = kpi::ExceptionKind::ProjectedStockout;
    std::string kindId;    // projected_stockout, …
    std::string kindLabel; // "Projected stockout", …: one row's kind, short
    std::string sku;
    std::string description;
    util::Message reason; // English: util::englishText; the printed report translates it
    std::string reference;
    double impact = 0;
    std::string impactText; // "150,815"
    double quantity = 0;
};

// One exception queue in a line: how many rows and how much value at risk.
struct ExceptionSummary {
    std::string kindId;
    std::string title;
    std::size_t count = 0;
    double impact = 0;
};

struct WeeklyReport {
    std::string title; // "Weekly KPI report"
    std::string siteCode;
    std::string siteName;
    std::string isoWeek;  // 2026-W47
    std::string firstDay; // Monday, YYYY-MM-DD
    std::string lastDay;  // Sunday
    std::string timeZone;
    std::string cutoffTime; // "15:00"; empty when the site has none
    std::string asOf;       // the clock the week was computed against
    std::string computedAt;
    std::string exceptionsToday;          // the local day the exceptions were found on
    std::optional<std::string> snapshotDay; // the on-hand snapshot behind the stock KPIs
    std::vector<std::string> trendWeeks;  // oldest first, ending with this week
    std::vector<ReportSection> sections;  // Service, Quality, Productivity, Capacity, Inventory
    std::vector<ReportException> topExceptions;
    std::vector<ExceptionSummary> exceptionQueues; // every queue, in ExceptionKind order
    std::size_t exceptionCount = 0;
    double exceptionImpact = 0;
    std::vector<Footnote> footnotes; // numbered from 1
    // Footnote numbers the renderers attach to column headings.
    int weekFootnote = 0;
    int cutoffFootnote = 0;
    int statusFootnote = 0;
    int changeFootnote = 0; // direction symbols and how the change is counted
    int notAvailableFootnote = 0;
    int trendFootnote = 0;
    int exceptionsFootnote = 0;

    [[nodiscard]] std::size_t rowCount() const;
    [[nodiscard]] const ReportRow* findRow(const std::string& kpiId) const;
    [[nodiscard]] const Footnote* findFootnote(int number) const;
};

struct WeeklyReportOptions {
    std::size_t topExceptions = 8;
};

// Assembles the report from a scorecard and the exception queues of the same site.
WeeklyReport buildWeeklyReport(const kpi::Scorecard& card, const kpi::ExceptionReport& exceptions,
                               const WeeklyReportOptions& options = {});

// A short label for one exception row ("Late purchase order"); queue titles are plural.
std::string exceptionRowLabel(kpi::ExceptionKind kind);

} // namespace stocktower::report
