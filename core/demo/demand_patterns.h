// Demo demand: the mix of patterns a distribution business sees, as daily order lines per site.
#pragma once

#include "demo/catalog.h"
#include "demo/demo_random.h"
#include "domain/date.h"

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace stocktower::demo {

enum class VelocityClass { Fast, Medium, Slow };

enum class DemandPattern {
    Smooth,       // steady Poisson order lines
    Seasonal,     // strong annual cycle
    Trending,     // growing or shrinking by a fixed rate a year
    Intermittent, // sold on few days
    Lumpy,        // few days, and now and then one very large order
    NewItem,      // history starts late and ramps up
    Dying,        // declines and (mostly) stops: the discontinued items
    Promoted,     // smooth with a few promotion weeks at two to four times the rate
};

std::string_view patternName(DemandPattern pattern);

struct Promotion {
    domain::DayNumber first = 0;
    domain::DayNumber last = 0;
    double lift = 1;
};

struct DemandProfile {
    VelocityClass velocity = VelocityClass::Slow;
    DemandPattern pattern = DemandPattern::Smooth;
    double linesPerDay = 0;   // average order lines a day at a site with factor 1
    double weekendFactor = 1; // weekend rate relative to an average weekday
    double seasonAmplitude = 0;
    int seasonPeakDay = 0;              // day of year of the seasonal peak
    double trendPerYear = 0;            // log growth rate
    domain::DayNumber salesStart = 0;   // no demand before (new items)…
    double rampDays = 0;                // …and about this long to reach the full rate
    domain::DayNumber declineStart = 0; // dying items decay from here…
    domain::DayNumber salesEnd = 0;     // …and sell nothing after this day
    double lumpProbability = 0;         // share of lines that are a large project order
    double lumpFactor = 1;
    double weekNoiseSigma = 0.15; // week-to-week market noise
    double lineUnit = 1;          // 1, or the case pack when customers order whole cases
    double unitsPerLine = 1;      // mean line quantity, in lineUnit
    std::vector<Promotion> promotions;

    // Units a day a planner would expect at a site with factor 1, ignoring lifecycle.
    [[nodiscard]] double expectedDailyUnits() const;
};

// (velocity, pattern) slots in fixed proportions, shuffled by the seed, so that even a
// 50-item workspace shows the whole mix.
std::vector<std::pair<VelocityClass, DemandPattern>> makePatternDeck(std::uint64_t seed,
                                                                     std::size_t items);

DemandProfile makeDemandProfile(std::uint64_t seed, std::size_t itemIndex,
                                std::pair<VelocityClass, DemandPattern> slot,
                                const ItemMaster& item, domain::DayNumber historyFirst,
                                domain::DayNumber historyLast);

// Per-day tables shared by all series of one run, so the inner loop needs no trigonometry.
struct DemandCalendar {
    DemandCalendar(domain::DayNumber firstDay, domain::DayNumber lastDay);

    domain::DayNumber first;
    domain::DayNumber last;
    std::vector<double> cosine; // cos and sin of each day's angle in the year
    std::vector<double> sine;
    std::vector<unsigned char> weekday; // 0 = Monday
};

// Streams the non-zero days of one item at one site: emit(day, quantities of that day's
// order lines). siteFactor scales the rate for the site's size and the item's local appeal.
void generateDemand(const DemandProfile& profile, double siteFactor, const DemandCalendar& calendar,
                    Rng& rng,
                    const std::function<void(domain::DayNumber, const std::vector<double>&)>& emit);

} // namespace stocktower::demo
