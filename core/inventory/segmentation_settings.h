// What an ABC/XYZ segmentation is computed from: basis, cut-offs, thresholds, window, scope.
#pragma once

#include "domain/date.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace stocktower::inventory {

// The quantity ABC ranks by, summed over the window.
enum class AbcBasis {
    UsageValue, // units × unit cost
    Units,      // units sold
    Picks,      // order lines (demand.order_lines; a row without it counts as one line)
    Margin,     // (unit price − unit cost) × units
};

std::optional<AbcBasis> parseAbcBasis(std::string_view name); // value | units | picks | margin
std::string_view abcBasisName(AbcBasis basis);

// Whom an item competes with for its class.
enum class AbcScope {
    PerSite,     // each item-site is ranked among the item-sites of its own site
    AcrossSites, // one row per item, its usage summed over every site, ranked among all items
};

// Shares of the basis total, in percent; they sum to 100. Ranked from the largest, an item is
// A while the cumulative share *before* it is below `a`, B while it is below a + b, else C: the
// item whose share crosses a cut-off line belongs to the upper class (BoundaryRule below).
struct AbcCutoffs {
    double a = 80.0;
    double b = 15.0;
    double c = 5.0;
    friend bool operator==(const AbcCutoffs&, const AbcCutoffs&) = default;
};

// XYZ by the coefficient of variation (population σ ÷ mean) of demand per period: X when
// CV ≤ x, Y when CV ≤ y, else Z. A CV exactly on a threshold takes the steadier class.
struct XyzThresholds {
    double x = 0.25;
    double y = 0.50;
    friend bool operator==(const XyzThresholds&, const XyzThresholds&) = default;
};

// Periods the CV is measured over. Weeks are the 7-day blocks counted back from the window's
// last day, so every week is complete whatever weekday the data ends on; months are the
// calendar months that lie wholly inside the window.
enum class XyzPeriod { Week, Month };
std::optional<XyzPeriod> parseXyzPeriod(std::string_view name); // week | month
std::string_view xyzPeriodName(XyzPeriod period);

struct SegmentationSettings {
    AbcBasis basis = AbcBasis::UsageValue;
    AbcScope scope = AbcScope::PerSite;
    AbcCutoffs cutoffs;
    XyzThresholds xyz;
    XyzPeriod xyzPeriod = XyzPeriod::Week;
    std::optional<std::int64_t> siteId; // only this site; nullopt = every site
    int windowWeeks = 52;
    // The window's last day; nullopt = the workspace's last demand date (injectable clock).
    std::optional<domain::DayNumber> today;
};

// Named cut-off sets for pickers and the command line's documentation.
struct AbcCutoffPreset {
    std::string_view name;
    std::string_view description;
    AbcCutoffs cutoffs;
};
std::span<const AbcCutoffPreset> abcCutoffPresets(); // the first one is the default

struct XyzPreset {
    std::string_view name;
    std::string_view description;
    XyzThresholds thresholds;
};
std::span<const XyzPreset> xyzPresets(); // the first one is the default
std::optional<XyzThresholds> findXyzPreset(std::string_view name);
// The preset's name when the thresholds equal one, else empty.
std::string_view xyzPresetName(const XyzThresholds& thresholds);

// Problems a person can fix, as complete sentences; nullopt when fine.
std::optional<std::string> cutoffsProblem(const AbcCutoffs& cutoffs);
std::optional<std::string> xyzProblem(const XyzThresholds& thresholds);
std::optional<std::string> windowProblem(int windowWeeks);
// Throws util::UserError with the first problem of the settings.
void validate(const SegmentationSettings& settings);

// "80/15/5" ↔ cut-offs; parsing accepts ',' or '/' between the three numbers.
std::string formatCutoffs(const AbcCutoffs& cutoffs);
std::optional<AbcCutoffs> parseCutoffs(std::string_view text);

} // namespace stocktower::inventory
