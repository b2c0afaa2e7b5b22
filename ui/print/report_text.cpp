#include "print/report_text.h"

#include "text/core_text.h"
#include "text/kpi_help.h"
#include "text/kpi_text.h"
#include "text/locale_numbers.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace stocktower::ui {

namespace {

// The translation context of the report's texts: lupdate files them under it too.
class WeeklyReportText {
    Q_DECLARE_TR_FUNCTIONS(WeeklyReportText)
};

QString qs(const std::string& text) { return QString::fromStdString(text); }

QString joined(const std::vector<std::string>& parts, const QString& separator, QString (*shown)(const std::string&)) {
    QStringList texts;
    for (const auto& part : parts) texts << shown(part);
    return texts.join(separator);
}

// "OTIF (%; min 20 orders): share of orders … ." A minimum of one goes unsaid, as in the core.
QString definitionText(const report::ReportRow& row, const kpi::KpiDefinition& definition) {
    QStringList qualifiers;
    if (definition.unit != kpi::Unit::Currency) qualifiers << kpiUnitText(definition.unit);
    if (definition.minimumSample > 1)
        qualifiers << WeeklyReportText::tr("min %1 %2")
                          .arg(QLocale().toString(definition.minimumSample), kpiSampleUnitText(definition));
    QString meaning = kpiDefinitionText(definition);
    if (meaning.isEmpty()) meaning = qs(definition.formula); // a KPI added to the registry later
    const QString name = reportRowName(row);
    return qualifiers.isEmpty() ? WeeklyReportText::tr("%1: %2.").arg(name, meaning)
                                : WeeklyReportText::tr("%1 (%2): %3.").arg(name, qualifiers.join(QStringLiteral("; ")), meaning);
}

// "Benchmarks, WERC DC Measures 2020: OTIF best in class and median; …".
QString benchmarksText(const report::WeeklyReport& report, const report::Footnote& note) {
    QStringList entries;
    for (const auto& cited : note.citations) {
        const auto* row = report.findRow(cited.kpiId);
        QString entry = (row ? reportRowName(*row) : qs(cited.kpiId)) + QLatin1Char(' ') +
                        joined(cited.levels, WeeklyReportText::tr(" and "), kpiBenchmarkLevelText);
        if (!cited.notes.empty()) entry += QStringLiteral(" (%1)").arg(joined(cited.notes, QStringLiteral("; "), qs));
        entries << entry;
    }
    const QString source = note.message.args.empty() ? QString() : qs(note.message.args.front());
    return WeeklyReportText::tr("Benchmarks, %1: %2.").arg(source, entries.join(QStringLiteral("; ")));
}

} // namespace

QString reportTitle(const report::WeeklyReport&) { return WeeklyReportText::tr("Weekly KPI report"); }

QString reportSectionTitle(const report::ReportSection& section) { return kpiGroupTitle(section.group); }

QString reportRowName(const report::ReportRow& row) {
    const auto* definition = kpi::findKpi(row.kpiId);
    return definition ? kpiName(*definition) : qs(row.name);
}

QString reportUnitSuffix(const report::ReportRow& row) {
    const auto* definition = kpi::findKpi(row.kpiId);
    if (!definition) return row.unit == "cost" ? QString() : QStringLiteral(" (%1)").arg(qs(row.unit));
    if (definition->unit == kpi::Unit::Currency) return {};
    return QStringLiteral(" (%1)").arg(kpiUnitText(definition->unit));
}

QString reportStatusName(const report::ReportRow& row) { return kpiStatusName(row.status); }

QString reportBenchmarkText(const report::ReportRow& row) {
    const auto* definition = kpi::findKpi(row.kpiId);
    if (!definition) return qs(row.benchmarkText);
    QStringList parts;
    for (const auto& benchmark : row.benchmarks)
        parts << kpiBenchmarkLevelText(benchmark.level) + QLatin1Char(' ') + localeKpiValue(definition->unit, benchmark.value);
    return parts.join(QStringLiteral("; "));
}

QString reportFootnoteText(const report::WeeklyReport& report, const report::Footnote& note) {
    if (!note.kpiId.empty()) {
        const auto* row = report.findRow(note.kpiId);
        if (const auto* definition = kpi::findKpi(note.kpiId); row && definition) return definitionText(*row, *definition);
    }
    if (!note.citations.empty()) return benchmarksText(report, note);
    return coreText(note.message);
}

} // namespace stocktower::ui
