// The KPI registry: one definition per KPI (id, name, unit, direction, group, formula, data,
// minimum sample). Calculators, snapshots, the scorecard and the CLI all read it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace stocktower::kpi {

enum class KpiGroup { Service, Time, Quality, Productivity, Capacity, Inventory };
enum class Direction { HigherIsBetter, LowerIsBetter };
// How a value is shown: a ratio as a percentage, the others in their unit.
enum class Unit { Ratio, Hours, Days, PerHour, Turns, Currency };

struct KpiDefinition {
    std::string id;
    std::string name;
    Unit unit = Unit::Ratio;
    Direction direction = Direction::HigherIsBetter;
    KpiGroup group = KpiGroup::Service;
    std::string formula;    // for people: numerator ÷ denominator, window, tolerance
    std::string dataNeeded; // record types the value is computed from
    double minimumSample = 1; // below it the value is n/a
    std::string sampleUnit;   // what the sample counts: "lines", "orders", "counts", …
};

// In scorecard order (grouped).
const std::vector<KpiDefinition>& kpiDefinitions();
const KpiDefinition* findKpi(std::string_view id);

std::string_view groupName(KpiGroup group);
std::string_view unitName(Unit unit);      // "%", "h", "days", "lines/h", "turns", "cost"
std::string_view directionSymbol(Direction direction); // "▲" higher is better, "▼" lower is better
// A value in its unit for people: "97.3 %", "12.4 h", "1,234,567" (currency).
std::string formatKpiValue(Unit unit, double value);
// A change between two weeks: percentage points for ratios ("+1.2 pp"), else the unit.
std::string formatKpiChange(Unit unit, double change);

} // namespace stocktower::kpi
