#include "inventory/segmentation_settings.h"

#include "util/errors.h"

#include <fmt/core.h>

#include <array>
#include <charconv>
#include <cmath>
#include <vector>

namespace stocktower::inventory {

namespace {

// Typical published sets (reference/inventory.md, "ABC"): the textbook split, Netstock's
// defaults, and the wide end of the range the guides give.
constexpr std::array kCutoffPresets = {
    AbcCutoffPreset{"80-15-5", "A 80 %, B 15 %, C 5 % of the basis (the usual split)", {80, 15, 5}},
    AbcCutoffPreset{"netstock", "A 80 %, B 16 %, C 4 % (Netstock's defaults)", {80, 16, 4}},
    AbcCutoffPreset{"70-20-10", "A 70 %, B 20 %, C 10 % (a smaller A class)", {70, 20, 10}},
};

// Published XYZ thresholds disagree (reference/inventory.md, "XYZ"); 25 %/50 % suits weekly
// data, where a CV under 10 % is rare.
constexpr std::array kXyzPresets = {
    XyzPreset{"25-50", "X: CV ≤ 0.25, Y: CV ≤ 0.50, else Z", {0.25, 0.50}},
    XyzPreset{"10-25", "X: CV ≤ 0.10, Y: CV ≤ 0.25, else Z (strict, for monthly data)", {0.10, 0.25}},
    XyzPreset{"30-56", "X: CV ≤ 0.30, Y: CV ≤ 0.56, else Z", {0.30, 0.56}},
};

// Percentages typed by people: 80 + 15 + 5 must count as 100 whatever the binary rounding.
constexpr double kPercentTolerance = 1e-6;

} // namespace

std::optional<AbcBasis> parseAbcBasis(std::string_view name) {
    if (name == "value") return AbcBasis::UsageValue;
    if (name == "units") return AbcBasis::Units;
    if (name == "picks") return AbcBasis::Picks;
    if (name == "margin") return AbcBasis::Margin;
    return std::nullopt;
}

std::string_view abcBasisName(AbcBasis basis) {
    switch (basis) {
    case AbcBasis::UsageValue: return "value";
    case AbcBasis::Units: return "units";
    case AbcBasis::Picks: return "picks";
    case AbcBasis::Margin: return "margin";
    }
    return "value";
}

std::optional<XyzPeriod> parseXyzPeriod(std::string_view name) {
    if (name == "week") return XyzPeriod::Week;
    if (name == "month") return XyzPeriod::Month;
    return std::nullopt;
}

std::string_view xyzPeriodName(XyzPeriod period) { return period == XyzPeriod::Week ? "week" : "month"; }

std::span<const AbcCutoffPreset> abcCutoffPresets() { return kCutoffPresets; }
std::span<const XyzPreset> xyzPresets() { return kXyzPresets; }

std::optional<XyzThresholds> findXyzPreset(std::string_view name) {
    for (const auto& preset : kXyzPresets)
        if (preset.name == name) return preset.thresholds;
    return std::nullopt;
}

std::string_view xyzPresetName(const XyzThresholds& thresholds) {
    for (const auto& preset : kXyzPresets)
        if (preset.thresholds == thresholds) return preset.name;
    return {};
}

std::optional<std::string> cutoffsProblem(const AbcCutoffs& c) {
    if (!std::isfinite(c.a) || !std::isfinite(c.b) || !std::isfinite(c.c))
        return std::string("the ABC cut-offs must be numbers");
    if (c.a < 0 || c.b < 0 || c.c < 0)
        return fmt::format("the ABC cut-offs {} must not be negative", formatCutoffs(c));
    if (c.a <= 0) return std::string("the A cut-off must be above 0 %");
    const double sum = c.a + c.b + c.c;
    if (std::abs(sum - 100.0) > kPercentTolerance)
        return fmt::format("the ABC cut-offs {} must add up to 100 (they add up to {:g})", formatCutoffs(c), sum);
    return std::nullopt;
}

std::optional<std::string> xyzProblem(const XyzThresholds& t) {
    if (!std::isfinite(t.x) || !std::isfinite(t.y)) return std::string("the XYZ thresholds must be numbers");
    if (t.x < 0 || t.y < 0)
        return fmt::format("the XYZ thresholds {:g} and {:g} must not be negative", t.x, t.y);
    if (t.x >= t.y)
        return fmt::format("the X threshold ({:g}) must be below the Y threshold ({:g})", t.x, t.y);
    return std::nullopt;
}

std::optional<std::string> windowProblem(int windowWeeks) {
    // Ten years of weeks is plenty; more is a typo.
    if (windowWeeks < 1 || windowWeeks > 520)
        return fmt::format("the window must be 1 to 520 weeks (got {})", windowWeeks);
    return std::nullopt;
}

void validate(const SegmentationSettings& settings) {
    if (auto problem = cutoffsProblem(settings.cutoffs)) throw util::UserError(*problem);
    if (auto problem = xyzProblem(settings.xyz)) throw util::UserError(*problem);
    if (auto problem = windowProblem(settings.windowWeeks)) throw util::UserError(*problem);
}

std::string formatCutoffs(const AbcCutoffs& c) { return fmt::format("{:g}/{:g}/{:g}", c.a, c.b, c.c); }

std::optional<AbcCutoffs> parseCutoffs(std::string_view text) {
    std::vector<double> numbers;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find_first_of(",/", start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view part = text.substr(start, end - start);
        while (!part.empty() && (part.front() == ' ' || part.front() == '%')) part.remove_prefix(1);
        while (!part.empty() && (part.back() == ' ' || part.back() == '%')) part.remove_suffix(1);
        double value = 0;
        const auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
        if (part.empty() || ec != std::errc{} || ptr != part.data() + part.size()) return std::nullopt;
        numbers.push_back(value);
        start = end + 1;
    }
    if (numbers.size() != 3) return std::nullopt;
    return AbcCutoffs{numbers[0], numbers[1], numbers[2]};
}

} // namespace stocktower::inventory
