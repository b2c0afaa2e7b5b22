#include "demo/demand_patterns.h"

#include "demo/demo_time.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace stocktower::demo {

using domain::DayNumber;

namespace {

struct DeckShare {
    VelocityClass velocity;
    DemandPattern pattern;
    double share; // of all items
};

// Most SKUs of a distributor are slow movers; a small minority sells every working day.
// "Smooth" adds up to about a quarter of the catalogue across the three velocity classes.
const std::vector<DeckShare>& deckShares() {
    using V = VelocityClass;
    using P = DemandPattern;
    static const std::vector<DeckShare> shares = [] {
        std::vector<DeckShare> out;
        auto add = [&](V velocity, double classShare, std::vector<std::pair<P, double>> mix) {
            for (const auto& [pattern, share] : mix)
                out.push_back({velocity, pattern, classShare * share});
        };
        add(V::Fast, 0.04,
            {{P::Smooth, 0.45},
             {P::Seasonal, 0.2},
             {P::Trending, 0.15},
             {P::Promoted, 0.15},
             {P::NewItem, 0.05}});
        add(V::Medium, 0.20,
            {{P::Smooth, 0.30},
             {P::Seasonal, 0.18},
             {P::Trending, 0.12},
             {P::Promoted, 0.12},
             {P::NewItem, 0.08},
             {P::Dying, 0.08},
             {P::Lumpy, 0.12}});
        add(V::Slow, 0.76,
            {{P::Smooth, 0.22},
             {P::Intermittent, 0.38},
             {P::Lumpy, 0.14},
             {P::Seasonal, 0.06},
             {P::NewItem, 0.08},
             {P::Dying, 0.08},
             {P::Trending, 0.04}});
        return out;
    }();
    return shares;
}

double baseLinesPerDay(Rng& rng, VelocityClass velocity, DemandPattern pattern) {
    switch (velocity) {
    case VelocityClass::Fast:
        return logNormal(rng, 2.2, 0.45);
    case VelocityClass::Medium:
        return pattern == DemandPattern::Lumpy ? logNormal(rng, 0.06, 0.4)
                                               : logNormal(rng, 0.17, 0.5);
    case VelocityClass::Slow:
        if (pattern == DemandPattern::Intermittent) return logNormal(rng, 0.014, 0.6);
        if (pattern == DemandPattern::Lumpy) return logNormal(rng, 0.010, 0.5);
        return logNormal(rng, 0.032, 0.6);
    }
    return 0;
}

} // namespace

std::string_view patternName(DemandPattern pattern) {
    switch (pattern) {
    case DemandPattern::Smooth:
        return "smooth";
    case DemandPattern::Seasonal:
        return "seasonal";
    case DemandPattern::Trending:
        return "trending";
    case DemandPattern::Intermittent:
        return "intermittent";
    case DemandPattern::Lumpy:
        return "lumpy";
    case DemandPattern::NewItem:
        return "new";
    case DemandPattern::Dying:
        return "dying";
    case DemandPattern::Promoted:
        return "promoted";
    }
    return "smooth";
}

double DemandProfile::expectedDailyUnits() const {
    return linesPerDay * unitsPerLine * lineUnit * (1.0 + lumpProbability * (lumpFactor - 1.0));
}

std::vector<std::pair<VelocityClass, DemandPattern>> makePatternDeck(std::uint64_t seed,
                                                                     std::size_t items) {
    // Stratified: slot i takes the class at quantile (i + ½)/n, so proportions hold exactly.
    const auto& shares = deckShares();
    std::vector<std::pair<VelocityClass, DemandPattern>> deck;
    deck.reserve(items);
    std::size_t s = 0;
    double cumulative = shares[0].share;
    for (std::size_t i = 0; i < items; ++i) {
        const double u = (static_cast<double>(i) + 0.5) / static_cast<double>(items);
        while (u > cumulative && s + 1 < shares.size())
            cumulative += shares[++s].share;
        deck.emplace_back(shares[s].velocity, shares[s].pattern);
    }
    Rng rng = makeRng(seed, Stream::Deck);
    shuffleInPlace(deck, rng);
    return deck;
}

DemandProfile makeDemandProfile(std::uint64_t seed, std::size_t itemIndex,
                                std::pair<VelocityClass, DemandPattern> slot,
                                const ItemMaster& item, DayNumber historyFirst,
                                DayNumber historyLast) {
    Rng rng = makeRng(seed, Stream::Demand, itemIndex, 0xFFFFFFFFULL);
    DemandProfile p;
    p.velocity = slot.first;
    p.pattern = slot.second;
    p.linesPerDay = baseLinesPerDay(rng, p.velocity, p.pattern);
    // Trade customers order on working days; items also sold over the trade counter and the
    // web shop keep some weekend demand.
    p.weekendFactor = chance(rng, 0.7) ? uniform(rng, 0.02, 0.12) : uniform(rng, 0.45, 0.9);

    if (p.pattern == DemandPattern::Seasonal) {
        p.seasonAmplitude = uniform(rng, 0.45, 0.85);
        p.seasonPeakDay = (item.seasonPeakDay + uniformInt(rng, -25, 25) + 365) % 365;
    } else {
        p.seasonAmplitude = uniform(rng, 0.0, 0.12);
        p.seasonPeakDay = uniformInt(rng, 0, 364);
    }
    p.trendPerYear = p.pattern == DemandPattern::Trending
                         ? (chance(rng, 0.6) ? 1.0 : -1.0) * uniform(rng, 0.25, 0.7)
                         : normal(rng, 0.0, 0.04);

    const int span = historyLast - historyFirst + 1;
    p.salesStart = historyFirst;
    p.declineStart = historyLast + 1;
    p.salesEnd = historyLast + 1;
    if (p.pattern == DemandPattern::NewItem) {
        p.salesStart = historyLast - uniformInt(rng, 45, std::max(60, std::min(540, span - 30)));
        p.rampDays = uniform(rng, 15, 45);
    } else if (p.pattern == DemandPattern::Dying) {
        // About one in six is still selling (declining) at the end of the history.
        p.salesEnd = historyLast - uniformInt(rng, -60, 300);
        p.declineStart = std::max(historyFirst + 30, p.salesEnd - uniformInt(rng, 120, 330));
    }

    if (p.pattern == DemandPattern::Lumpy) {
        p.lumpProbability = uniform(rng, 0.08, 0.2);
        p.lumpFactor = uniform(rng, 8, 30);
    }
    p.weekNoiseSigma = p.pattern == DemandPattern::Smooth         ? 0.1
                       : p.pattern == DemandPattern::Intermittent ? 0.3
                                                                  : 0.18;

    if (item.soldInCases) {
        p.lineUnit = item.casePack;
        p.unitsPerLine = uniform(rng, 1.0, 2.5);
    } else {
        p.lineUnit = 1;
        p.unitsPerLine = std::max(1.0, item.lineQtyMedian * logNormal(rng, 1.0, 0.35));
    }

    if (p.pattern == DemandPattern::Promoted && span > 90) {
        const int count = uniformInt(rng, 1, 3);
        for (int i = 0; i < count; ++i) {
            Promotion promotion;
            promotion.first = historyFirst + uniformInt(rng, 30, span - 30);
            promotion.last = promotion.first + uniformInt(rng, 13, 27);
            promotion.lift = uniform(rng, 2.0, 4.0);
            p.promotions.push_back(promotion);
        }
    }
    return p;
}

DemandCalendar::DemandCalendar(DayNumber firstDay, DayNumber lastDay)
    : first(firstDay), last(lastDay) {
    for (DayNumber day = firstDay; day <= lastDay; ++day) {
        const double angle = 2.0 * std::numbers::pi * dayOfYear(day) / 365.25;
        cosine.push_back(std::cos(angle));
        sine.push_back(std::sin(angle));
        weekday.push_back(static_cast<unsigned char>(weekdayIndex(day)));
    }
}

void generateDemand(const DemandProfile& profile, double siteFactor, const DemandCalendar& calendar,
                    Rng& rng,
                    const std::function<void(DayNumber, const std::vector<double>&)>& emit) {
    // Monday is the busiest day in B2B distribution; Friday tails off.
    std::array<double, 7> weekdayWeight{
        1.22, 1.15, 1.10, 1.05, 0.95, profile.weekendFactor * 1.09, profile.weekendFactor * 0.5};
    double weightSum = 0;
    for (double w : weekdayWeight)
        weightSum += w;
    for (double& w : weekdayWeight)
        w *= 7.0 / weightSum;

    const double peakAngle = 2.0 * std::numbers::pi * profile.seasonPeakDay / 365.25;
    const double peakCos = std::cos(peakAngle);
    const double peakSin = std::sin(peakAngle);
    const double middle = 0.5 * (calendar.first + calendar.last);
    const double base = profile.linesPerDay * siteFactor;
    const double sigma = profile.weekNoiseSigma;

    const DayNumber from = std::max(calendar.first, profile.salesStart);
    const DayNumber to = std::min(calendar.last, profile.salesEnd);
    int week = -1;
    double weekFactor = 1;
    std::vector<double> lines;
    for (DayNumber day = from; day <= to; ++day) {
        const auto i = static_cast<std::size_t>(day - calendar.first);
        if (static_cast<int>(i / 7) != week) {
            week = static_cast<int>(i / 7);
            weekFactor = std::exp(sigma * normal(rng, 0.0, 1.0) - 0.5 * sigma * sigma);
        }
        double rate = base * weekFactor * weekdayWeight[calendar.weekday[i]] *
                      (1.0 + profile.seasonAmplitude *
                                 (calendar.cosine[i] * peakCos + calendar.sine[i] * peakSin)) *
                      std::exp(profile.trendPerYear * (day - middle) / 365.0);
        if (profile.rampDays > 0)
            rate *= 1.0 - std::exp(-(day - profile.salesStart + 1) / profile.rampDays);
        if (day > profile.declineStart)
            rate *= std::exp(-3.0 * (day - profile.declineStart) /
                             std::max(1, profile.salesEnd - profile.declineStart));
        for (const auto& promotion : profile.promotions)
            if (day >= promotion.first && day <= promotion.last) rate *= promotion.lift;

        const int count = poisson(rng, rate);
        if (count == 0) continue;
        lines.clear();
        for (int k = 0; k < count; ++k) {
            double units = profile.lineUnit * (1 + geometric(rng, 1.0 / profile.unitsPerLine));
            if (profile.lumpProbability > 0 && chance(rng, profile.lumpProbability))
                units =
                    profile.lineUnit * std::round(units / profile.lineUnit * profile.lumpFactor);
            lines.push_back(units);
        }
        emit(day, lines);
    }
}

} // namespace stocktower::demo
