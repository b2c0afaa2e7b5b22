#include "report/weekly_report.h"

#include "kpi/kpi_value.h"
#include "report/weekly_report_notes.h"
#include "util/message.h"

#include <fmt/format.h>

#include <algorithm>

namespace stocktower::report {

namespace {

using kpi::KpiGroup;

struct SectionPlan {
    const char* title;
    std::vector<KpiGroup> groups; // the section's own group first
};

const std::vector<SectionPlan>& sectionPlan() {
    static const std::vector<SectionPlan> plan{
        {"Service", {KpiGroup::Service}},
        {"Quality", {KpiGroup::Quality}},
        {"Productivity", {KpiGroup::Productivity, KpiGroup::Time}},
        {"Capacity", {KpiGroup::Capacity}},
        {"Inventory", {KpiGroup::Inventory}},
    };
    return plan;
}

std::string shownValue(const kpi::KpiDefinition& definition, const std::optional<double>& value, const char* missing) {
    return value ? kpi::formatKpiValue(definition.unit, *value) : missing;
}

// "216 orders", "1 snapshot": the unit's plural s goes for a sample of one.
std::string sampleText(std::int64_t sample, const std::string& unit) {
    std::string shown = unit;
    if (sample == 1 && shown.size() > 1 && shown.back() == 's') shown.pop_back();
    return fmt::format("{} {}", sample, shown);
}

std::string benchmarkText(const kpi::ScorecardRow& row) {
    std::string out;
    for (const auto& benchmark : row.benchmarks) {
        if (!out.empty()) out += "; ";
        out += fmt::format("{} {}", benchmark.level, kpi::formatKpiValue(row.definition->unit, benchmark.value));
    }
    return out;
}

ReportRow makeRow(const kpi::ScorecardRow& source) {
    const auto& d = *source.definition;
    ReportRow row;
    row.kpiId = d.id;
    row.name = d.name;
    row.unit = std::string(kpi::unitName(d.unit));
    row.direction = d.direction;
    row.directionSymbol = std::string(kpi::directionSymbol(d.direction));
    row.target = source.target;
    row.thisWeek = source.thisWeek;
    row.lastWeek = source.lastWeek;
    row.change = source.change;
    row.targetText = shownValue(d, source.target, "–");
    row.thisWeekText = shownValue(d, source.thisWeek, "n/a");
    row.lastWeekText = shownValue(d, source.lastWeek, "n/a");
    row.changeText = source.change ? kpi::formatKpiChange(d.unit, *source.change) : "–";
    row.status = source.status;
    row.statusName = std::string(kpi::statusName(source.status));
    row.statusSymbol = std::string(kpi::statusSymbol(source.status));
    row.trend = source.trend;
    row.scaleMin = source.scaleMin;
    row.scaleMax = source.scaleMax;
    for (const auto& value : source.trend) row.trendText.push_back(shownValue(d, value, "n/a"));
    row.scaleText = fmt::format("{} .. {}", kpi::formatKpiValue(d.unit, source.scaleMin),
                                kpi::formatKpiValue(d.unit, source.scaleMax));
    row.sample = source.sample;
    row.sampleText = sampleText(source.sample, d.sampleUnit);
    row.minimumSample = d.minimumSample;
    // The engine writes one note: the reason when the week is n/a, else a caveat on the value.
    if (source.thisWeek) row.note = source.note;
    else row.naReason = source.note.empty() ? kpi::kpiNote(util::MessageId::KpiNoteNoData) : source.note;
    row.benchmarkText = benchmarkText(source);
    row.benchmarks = source.benchmarks;
    row.owner = source.owner;
    row.comment = source.comment;
    return row;
}

} // namespace

std::size_t WeeklyReport::rowCount() const {
    std::size_t count = 0;
    for (const auto& section : sections) count += section.rows.size();
    return count;
}

const ReportRow* WeeklyReport::findRow(const std::string& kpiId) const {
    for (const auto& section : sections)
        for (const auto& row : section.rows)
            if (row.kpiId == kpiId) return &row;
    return nullptr;
}

const Footnote* WeeklyReport::findFootnote(int number) const {
    for (const auto& footnote : footnotes)
        if (footnote.number == number) return &footnote;
    return nullptr;
}

std::string exceptionRowLabel(kpi::ExceptionKind kind) {
    using K = kpi::ExceptionKind;
    switch (kind) {
    case K::ProjectedStockout: return "Projected stockout";
    case K::BelowSafetyStock: return "Below safety stock";
    case K::OddBalance: return "Odd balance";
    case K::SlowMover: return "Slow mover";
    case K::Excess: return "Excess stock";
    case K::ExpiringLot: return "Expiring lot";
    case K::LatePurchaseOrder: return "Late purchase order";
    case K::StaleReceipt: return "Stale receipt";
    }
    return "Exception";
}

WeeklyReport buildWeeklyReport(const kpi::Scorecard& card, const kpi::ExceptionReport& exceptions,
                               const WeeklyReportOptions& options) {
    WeeklyReport report;
    report.title = "Weekly KPI report";
    report.siteCode = card.siteCode;
    report.siteName = card.siteName;
    report.isoWeek = domain::formatIsoWeek(card.week);
    report.firstDay = domain::formatIsoDate(card.firstDay);
    report.lastDay = domain::formatIsoDate(card.lastDay);
    report.timeZone = card.timeZone;
    report.cutoffTime = card.cutoffTime;
    report.asOf = card.asOf;
    report.computedAt = card.computedAt;
    report.exceptionsToday = domain::formatIsoDate(exceptions.today);
    report.snapshotDay = card.snapshotDay;
    report.trendWeeks = card.trendWeeks;

    for (const auto& plan : sectionPlan()) {
        ReportSection section;
        section.title = plan.title;
        section.group = plan.groups.front();
        for (const auto group : plan.groups)
            for (const auto& row : card.rows)
                if (row.definition && row.definition->group == group) section.rows.push_back(makeRow(row));
        if (!section.rows.empty()) report.sections.push_back(std::move(section));
    }

    int rank = 0;
    for (const auto& source : exceptions.top(options.topExceptions)) {
        ReportException row;
        row.rank = ++rank;
        row.kind = source.kind;
        row.kindId = std::string(kpi::exceptionKindId(source.kind));
        row.kindLabel = exceptionRowLabel(source.kind);
        row.sku = source.sku;
        row.description = source.description;
        row.reason = source.reason;
        row.reference = source.reference;
        row.impact = source.impact;
        row.impactText = kpi::formatKpiValue(kpi::Unit::Currency, source.impact);
        row.quantity = source.quantity;
        report.topExceptions.push_back(std::move(row));
    }
    for (const auto& queue : exceptions.queues) {
        report.exceptionQueues.push_back({std::string(kpi::exceptionKindId(queue.kind)),
                                          std::string(kpi::exceptionKindTitle(queue.kind)), queue.total,
                                          queue.totalImpact});
        report.exceptionCount += queue.total;
        report.exceptionImpact += queue.totalImpact;
    }

    addFootnotes(report, card, exceptions);
    return report;
}

} // namespace stocktower::report
