#include "inventory/cycle_count.h"

#include "util/errors.h"

#include <fmt/core.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <tuple>

namespace stocktower::inventory {

namespace {

int floorMod(int a, int b) {
    const int r = a % b;
    return r < 0 ? r + b : r;
}

bool isMonday(domain::DayNumber day) { return floorMod(day + 3, 7) == 0; } // day 0 was a Thursday

// Calendar weeks of the plan and which of them are working weeks.
std::vector<bool> closedFlags(const CycleCountSettings& settings) {
    std::vector<bool> closed(static_cast<std::size_t>(std::max(0, settings.weeks)), false);
    for (std::size_t w = 0; w < closed.size(); ++w) {
        const auto iso = domain::isoWeekOf(settings.firstMonday + 7 * static_cast<int>(w));
        closed[w] = std::find(settings.closedIsoWeeks.begin(), settings.closedIsoWeeks.end(), iso.week) !=
                    settings.closedIsoWeeks.end();
    }
    return closed;
}

int workingWeekCount(const CycleCountSettings& settings) {
    const auto closed = closedFlags(settings);
    return static_cast<int>(std::count(closed.begin(), closed.end(), false));
}

// 0, ½, ¼, ¾, ⅛, …: each next value falls in the largest gap left by the ones before.
double vanDerCorput(unsigned index) {
    double value = 0.0;
    double digit = 0.5;
    for (; index > 0; index >>= 1, digit /= 2)
        if (index & 1u) value += digit;
    return value;
}

struct GroupEntry {
    const SegmentRow* row = nullptr;
    std::int64_t siteId = 0;
    const std::string* siteCode = nullptr;
    std::span<const store::StockLocation> locations;
};

} // namespace

std::optional<std::string> frequenciesProblem(const CountFrequencies& f, int workingWeeks) {
    for (const auto& [letter, value] : {std::pair{'A', f.a}, std::pair{'B', f.b}, std::pair{'C', f.c}}) {
        if (value < 0) return fmt::format("the counts per year of class {} must not be negative (got {})", letter, value);
        if (value > workingWeeks)
            return fmt::format("class {} cannot be counted {} times in {} working weeks (at most once a week)", letter,
                               value, workingWeeks);
    }
    return std::nullopt;
}

std::optional<std::string> cycleCountProblem(const CycleCountSettings& settings) {
    if (settings.weeks < 1 || settings.weeks > 104)
        return fmt::format("the count plan must cover 1 to 104 weeks (got {})", settings.weeks);
    if (!isMonday(settings.firstMonday))
        return fmt::format("the count plan must start on a Monday ({} is not one)",
                           domain::formatIsoDate(settings.firstMonday));
    for (unsigned week : settings.closedIsoWeeks)
        if (week < 1 || week > 53) return fmt::format("ISO week numbers run from 1 to 53 (got {})", week);
    const int working = workingWeekCount(settings);
    if (working == 0) return std::string("every week of the count plan is closed");
    return frequenciesProblem(settings.perYear, working);
}

std::optional<CountFrequencies> parseFrequencies(std::string_view text) {
    std::array<int, 3> values{};
    std::size_t start = 0;
    for (std::size_t k = 0; k < values.size(); ++k) {
        std::size_t end = text.find_first_of(",/", start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view part = text.substr(start, end - start);
        while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
        while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
        const auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), values[k]);
        if (part.empty() || ec != std::errc{} || ptr != part.data() + part.size()) return std::nullopt;
        if ((k + 1 < values.size()) == (end == text.size())) return std::nullopt; // too few or too many
        start = end + 1;
    }
    return CountFrequencies{values[0], values[1], values[2]};
}

domain::DayNumber mondayOnOrAfter(domain::DayNumber day) { return day + floorMod(-3 - day, 7); }

CycleCountPlan planCycleCounts(const SegmentationResult& segmentation,
                               std::span<const store::StockLocation> locations,
                               const CycleCountSettings& settings) {
    if (auto problem = cycleCountProblem(settings)) throw util::UserError(*problem);
    CycleCountPlan plan;
    plan.settings = settings;
    const auto closed = closedFlags(settings);
    std::vector<int> calendarOfWorking;
    for (std::size_t w = 0; w < closed.size(); ++w) {
        plan.weeks.push_back({settings.firstMonday + 7 * static_cast<int>(w), closed[w], {}, 0});
        if (!closed[w]) calendarOfWorking.push_back(static_cast<int>(w));
    }
    plan.workingWeeks = static_cast<int>(calendarOfWorking.size());
    const std::int64_t workingWeeks = plan.workingWeeks;

    // (site code, site id, class) → its item-sites.
    static const std::string kNoCode;
    std::map<std::tuple<std::string, std::int64_t, int>, std::vector<GroupEntry>> groups;
    for (const auto& member : segmentation.members) {
        const SegmentRow& row = segmentation.rows[member.row];
        const auto code = segmentation.siteCodes.find(member.siteId);
        const std::string& siteCode = code != segmentation.siteCodes.end() ? code->second : kNoCode;
        const auto [from, to] = std::equal_range(
            locations.begin(), locations.end(), store::StockLocation{member.itemId, member.siteId, {}},
            [](const store::StockLocation& l, const store::StockLocation& r) {
                return std::tie(l.itemId, l.siteId) < std::tie(r.itemId, r.siteId);
            });
        groups[{siteCode, member.siteId, static_cast<int>(row.abc)}].push_back(
            {&row, member.siteId, &siteCode, std::span<const store::StockLocation>(from, to)});
        ++plan.members[static_cast<std::size_t>(row.abc)];
    }

    unsigned groupIndex = 0;
    for (auto& [key, entries] : groups) {
        const auto abc = static_cast<AbcClass>(std::get<2>(key));
        const std::int64_t f = settings.perYear.of(abc);
        // Groups start at staggered phases (0, ½, ¼, ¾, … of one item's slot): otherwise every
        // site's and class's first item would be counted in the first week.
        const double stagger = vanDerCorput(groupIndex++);
        if (f == 0 || entries.empty()) continue;
        // Neighbouring locations get neighbouring phases, hence the same or adjacent weeks.
        std::sort(entries.begin(), entries.end(), [](const GroupEntry& l, const GroupEntry& r) {
            if (l.locations.empty() != r.locations.empty()) return r.locations.empty();
            if (!l.locations.empty() && l.locations.front().code != r.locations.front().code)
                return l.locations.front().code < r.locations.front().code;
            return std::tie(l.row->sku, l.row->itemId) < std::tie(r.row->sku, r.row->itemId);
        });
        const auto n = static_cast<std::int64_t>(entries.size());
        for (std::int64_t i = 0; i < n; ++i) {
            const GroupEntry& entry = entries[static_cast<std::size_t>(i)];
            for (std::int64_t j = 0; j < f; ++j) {
                // Exact: the numerator is a dyadic fraction, far from rounding to the next week.
                const auto working = static_cast<std::size_t>(std::floor(
                    (static_cast<double>(i + j * n) + stagger) * static_cast<double>(workingWeeks) / static_cast<double>(f * n)));
                const auto calendar = static_cast<std::size_t>(calendarOfWorking[working]);
                WeekLoad& load = plan.weeks[calendar];
                ++load.itemSites[static_cast<std::size_t>(abc)];
                CountTask task;
                task.week = static_cast<int>(working);
                task.weekStart = load.weekStart;
                task.itemId = entry.row->itemId;
                task.siteId = entry.siteId;
                task.sku = entry.row->sku;
                task.description = entry.row->description;
                task.siteCode = *entry.siteCode;
                task.abc = abc;
                task.countOfYear = static_cast<int>(j + 1);
                if (entry.locations.empty()) {
                    ++load.locations;
                    plan.tasks.push_back(std::move(task));
                    continue;
                }
                for (const auto& location : entry.locations) {
                    ++load.locations;
                    CountTask atLocation = task;
                    atLocation.location = location.code;
                    plan.tasks.push_back(std::move(atLocation));
                }
            }
        }
        plan.countsPerYear[static_cast<std::size_t>(abc)] += f * n;
    }

    std::sort(plan.tasks.begin(), plan.tasks.end(), [](const CountTask& l, const CountTask& r) {
        // Unknown locations last within a site's week: they need looking for.
        const bool lNone = l.location.empty();
        const bool rNone = r.location.empty();
        return std::tie(l.week, l.siteCode, lNone, l.location, l.sku, l.itemId) <
               std::tie(r.week, r.siteCode, rNone, r.location, r.sku, r.itemId);
    });
    std::int64_t total = 0;
    for (const auto& load : plan.weeks) {
        if (load.closed) continue;
        total += load.total();
        plan.busiestWeek = std::max(plan.busiestWeek, load.total());
    }
    plan.meanPerWorkingWeek = workingWeeks > 0 ? static_cast<double>(total) / static_cast<double>(workingWeeks) : 0.0;
    return plan;
}

} // namespace stocktower::inventory
