// KPI status against a target: green / amber / red, with hysteresis between weeks.
#pragma once

#include "kpi/kpi_definition.h"

#include <optional>
#include <string_view>
#include <vector>

namespace stocktower::kpi {

enum class Status { NotRated, Green, Amber, Red };

struct StatusRule {
    std::optional<double> target; // nullopt: not rated
    double amberBand = 0;         // how far on the wrong side of the target is still amber
    double hysteresis = 0;        // how far past a band edge a value must go to change status
};

// Green when the target is met, amber within amberBand on the wrong side, red beyond; for
// lower-is-better KPIs "the wrong side" is above the target. With a previous status, the status
// is kept until the value leaves that status's band by more than the hysteresis margin, so a
// value wobbling around a band edge does not flip the colour every week.
Status rateStatus(std::optional<double> value, Direction direction, const StatusRule& rule,
                  Status previous = Status::NotRated);

// Rates a series oldest first, each week against the one before (n/a weeks carry no status and
// break the chain).
std::vector<Status> rateSeries(const std::vector<std::optional<double>>& values, Direction direction,
                               const StatusRule& rule);

std::string_view statusName(Status status);   // green, amber, red, n/a
std::string_view statusSymbol(Status status); // ● ▲ ▼ survive grayscale: ● green, ◆ amber, ■ red, – n/a
std::optional<Status> parseStatus(std::string_view name);

} // namespace stocktower::kpi
