#include "kpi/status.h"

namespace stocktower::kpi {

Status rateStatus(std::optional<double> value, Direction direction, const StatusRule& rule, Status previous) {
    if (!value || !rule.target) return Status::NotRated;
    // "Goodness" coordinates: bigger is better for both directions.
    const double sign = direction == Direction::HigherIsBetter ? 1.0 : -1.0;
    const double g = sign * *value;
    const double greenEdge = sign * *rule.target;
    const double redEdge = greenEdge - rule.amberBand;
    const double h = rule.hysteresis;
    switch (previous) {
    case Status::Green:
        if (g >= greenEdge - h) return Status::Green;
        return g >= redEdge ? Status::Amber : Status::Red;
    case Status::Amber:
        if (g >= greenEdge + h) return Status::Green;
        if (g < redEdge - h) return Status::Red;
        return Status::Amber;
    case Status::Red:
        if (g >= greenEdge) return Status::Green; // crossed both edges: no margin owed to amber
        return g >= redEdge + h ? Status::Amber : Status::Red;
    case Status::NotRated:
        break;
    }
    if (g >= greenEdge) return Status::Green;
    return g >= redEdge ? Status::Amber : Status::Red;
}

std::vector<Status> rateSeries(const std::vector<std::optional<double>>& values, Direction direction,
                               const StatusRule& rule) {
    std::vector<Status> statuses;
    Status previous = Status::NotRated;
    for (const auto& value : values) {
        previous = rateStatus(value, direction, rule, previous);
        statuses.push_back(previous);
    }
    return statuses;
}

std::string_view statusName(Status status) {
    switch (status) {
    case Status::Green: return "green";
    case Status::Amber: return "amber";
    case Status::Red: return "red";
    case Status::NotRated: return "n/a";
    }
    return "n/a";
}

std::string_view statusSymbol(Status status) {
    switch (status) {
    case Status::Green: return "●";
    case Status::Amber: return "◆";
    case Status::Red: return "■";
    case Status::NotRated: return "–";
    }
    return "–";
}

std::optional<Status> parseStatus(std::string_view name) {
    for (Status status : {Status::Green, Status::Amber, Status::Red, Status::NotRated})
        if (statusName(status) == name) return status;
    return std::nullopt;
}

} // namespace stocktower::kpi
