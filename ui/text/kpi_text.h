// How the KPI pages show KPIs: translated names, values in their unit, and status as colour AND
// symbol (● ◆ ■ –), so that a status still reads on a grayscale print or screen.
#pragma once

#include "kpi/exceptions.h"
#include "kpi/kpi_definition.h"
#include "kpi/status.h"
#include "util/message.h"

#include <QColor>
#include <QString>

#include <optional>
#include <span>
#include <string>

namespace stocktower::ui {

QString kpiName(const kpi::KpiDefinition& definition);
QString kpiGroupTitle(kpi::KpiGroup group);
// What a KPI's sample counts ("orders", "SKU-days"), in the user's language.
QString kpiSampleUnitText(const kpi::KpiDefinition& definition);
// Why a week's value is n/a, or a caveat on it (kpi::KpiValue::note, stored as the core's English
// sentence), in the user's language; a sentence the core no longer writes is shown as stored.
QString kpiNoteText(const std::string& note);
// A benchmark level: the levels StockTower offers ("best in class", "median", …) in the user's
// language; a level the user typed is shown as typed.
QString kpiBenchmarkLevelText(const std::string& level);
// The levels StockTower offers, as stored (English ids), in the order a list shows them.
std::span<const char* const> kpiOfferedBenchmarkLevels();
// One of the scorecard's notes (kpi::Scorecard::footnotes) in the user's language; the list of
// minimum samples is written from the registry with the KPIs' translated names.
QString scorecardNoteText(const util::Message& note);
QString kpiUnitText(kpi::Unit unit);
// "higher is better" / "lower is better", for tooltips beside the ▲ ▼ symbol.
QString kpiDirectionText(kpi::Direction direction);
QString kpiDirectionSymbol(kpi::Direction direction);

// A value in its unit ("97.3 %", "12.4 h"), or "n/a".
QString kpiValueText(kpi::Unit unit, std::optional<double> value);
// A week-on-week change ("+1.2 pp"), or "–" when either week is n/a.
QString kpiChangeText(kpi::Unit unit, std::optional<double> change);
// Tolerances (amber band, hysteresis): percentage points for ratios, else the unit.
QString kpiMarginText(kpi::Unit unit, double margin);

QString kpiStatusName(kpi::Status status);   // translated green / amber / red / not rated
QString kpiStatusSymbol(kpi::Status status); // ● ◆ ■ –
// Text colour of the symbol: dark enough to read on white; the symbol tells the status apart.
QColor kpiStatusColor(kpi::Status status);
// A light background for amber and red only: colour is kept for what needs attention.
std::optional<QColor> kpiStatusTint(kpi::Status status);

// Values as people type them: ratios in percent, everything else in its unit.
double kpiToShown(kpi::Unit unit, double stored);
double kpiFromShown(kpi::Unit unit, double shown);
// The suffix an editor shows: " %" for a ratio's value, " pp" for a ratio's margin, else the unit.
QString kpiEditSuffix(kpi::Unit unit, bool margin);

QString exceptionQueueTitle(kpi::ExceptionKind kind);
// A short title for narrow lists ("Projected stockouts").
QString exceptionQueueShortTitle(kpi::ExceptionKind kind);
// What the queue means and how its rows are ranked, for tooltips.
QString exceptionQueueHint(kpi::ExceptionKind kind);

} // namespace stocktower::ui
