// ABC/XYZ segmentation: ranks usage into ABC classes, measures variability into XYZ classes,
// and sums both into the 3×3 matrix. Pure computation; segmentation_reader.h feeds it from a
// workspace.
#pragma once

#include "domain/date.h"
#include "inventory/segmentation_settings.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace stocktower::inventory {

enum class AbcClass : std::uint8_t { A, B, C };
enum class XyzClass : std::uint8_t { X, Y, Z };
inline constexpr std::size_t kClassCount = 3;

char abcLetter(AbcClass abc); // 'A' 'B' 'C'
char xyzLetter(XyzClass xyz); // 'X' 'Y' 'Z'
std::optional<AbcClass> parseAbcClass(char letter);
std::optional<XyzClass> parseXyzClass(char letter);

// The conventions this code follows, named so the UI, the CLI and the docs can say them:
// - Boundary: the item whose share crosses a cut-off line belongs to the upper class (so A is
//   the smallest set of items holding at least the A share).
// - Ties: equal basis values rank by SKU, then site code (ascending): deterministic; equal items
//   on a boundary may fall into different classes.
// - Zero usage: an item with nothing on the basis in the window (or a negative margin) is C and
//   flagged noUsage; its CV is undefined.
// - Zero mean: a CV needs a positive mean; without one the item is Z (nothing to forecast from).
inline constexpr std::string_view kBoundaryRule = "the item that crosses a cut-off belongs to the upper class";
inline constexpr std::string_view kTieRule = "equal values rank by SKU, then site";
inline constexpr std::string_view kZeroUsageRule = "no usage in the window: class C, flagged";
inline constexpr std::string_view kZeroMeanRule = "no demand in the window: CV undefined, class Z";

// Demand per period in one number each: the mean and the coefficient of variation
// (population σ ÷ mean; nullopt when the mean is not positive or there are no periods).
struct Variability {
    double mean = 0.0;
    std::optional<double> cv;
};
Variability variability(std::span<const double> periods);
XyzClass xyzClassOf(const std::optional<double>& cv, const XyzThresholds& thresholds);

// One ranking unit as measured over the window: an item-site (PerSite), or an item over all
// sites (AcrossSites, siteId 0).
struct SegmentInput {
    std::int64_t itemId = 0;
    std::int64_t siteId = 0;
    std::string sku;
    std::string description;
    std::string siteCode; // empty across sites
    double units = 0.0;
    double picks = 0.0;
    double value = 0.0;  // units × unit cost (0 without a cost)
    double margin = 0.0; // (price − cost) × units (0 without a price or cost)
    bool costMissing = false;
    bool priceMissing = false;
    Variability variability;
};

struct SegmentRow {
    std::int64_t itemId = 0;
    std::int64_t siteId = 0;
    std::string sku;
    std::string description;
    std::string siteCode;
    double units = 0.0;
    double picks = 0.0;
    double value = 0.0;
    double margin = 0.0;
    bool costMissing = false;
    bool priceMissing = false;
    double basis = 0.0;           // the ranked quantity (negative margins rank as 0)
    double share = 0.0;           // of the basis total of the row's ranking group, 0…1
    double cumulativeShare = 0.0; // including this row
    int rank = 0;                 // 1 = largest, within the ranking group
    AbcClass abc = AbcClass::C;
    bool noUsage = false;
    double meanPerPeriod = 0.0;
    std::optional<double> cv;
    XyzClass xyz = XyzClass::Z;
};

struct MatrixCell {
    std::int64_t count = 0;   // rows
    double value = 0.0;       // usage value
    double basis = 0.0;       // the ranked quantity
    double valueShare = 0.0;  // of all rows' usage value, 0…1
    double basisShare = 0.0;  // of all rows' basis (groups summed), 0…1
    std::int64_t noUsage = 0; // rows flagged noUsage
};

struct ClassTotals {
    std::int64_t count = 0;
    double value = 0.0;
    double basis = 0.0;
    double units = 0.0;
    double picks = 0.0;
    double countShare = 0.0; // of all rows
    double valueShare = 0.0;
    double basisShare = 0.0;
};

// An item-site behind a row: 1:1 per site; across sites every site of the item points to the
// item's row. The cycle-count plan counts these.
struct SegmentMember {
    std::int64_t itemId = 0;
    std::int64_t siteId = 0;
    std::size_t row = 0;
};

struct SegmentationResult {
    SegmentationSettings settings;
    domain::DayNumber windowFirst = 0; // inclusive
    domain::DayNumber windowLast = 0;  // inclusive ("today")
    int periods = 0;                   // XYZ periods inside the window
    bool hasDemand = false;            // the workspace has any demand at all

    // Grouped by site (site code order; one group across sites), largest basis first.
    std::vector<SegmentRow> rows;
    std::vector<SegmentMember> members;
    std::map<std::int64_t, std::string> siteCodes;

    // [abc][xyz]; totals over all rows.
    std::array<std::array<MatrixCell, kClassCount>, kClassCount> matrix{};
    std::array<ClassTotals, kClassCount> abcTotals{};
    std::array<ClassTotals, kClassCount> xyzTotals{};
    ClassTotals total;
    std::int64_t noUsage = 0;
    std::int64_t costMissing = 0;  // rows without a unit cost (their value counts as 0)
    std::int64_t priceMissing = 0; // rows without a unit price (their margin counts as 0)

    // What the reading saw (filled by the reader).
    std::int64_t demandRows = 0;          // rows of the demand table read
    std::int64_t rowsWithoutOrderLines = 0; // window rows with quantity but no order_lines (1 pick each)
    double readSeconds = 0.0;
    double classifySeconds = 0.0;

    // The row of an item-site (PerSite) or of an item (AcrossSites: siteId is ignored); nullptr
    // when it is not segmented.
    [[nodiscard]] const SegmentRow* find(std::int64_t itemId, std::int64_t siteId = 0) const;
    // Builds the lookup behind find(); segment() calls it.
    void index();

private:
    std::unordered_map<std::uint64_t, std::size_t> m_rowByKey;
};

// Ranks, classifies and totals. Every input becomes exactly one row. `members`: the item-sites
// behind the inputs when they differ from the inputs themselves (AcrossSites), as (itemId,
// siteId) with itemId matching an input; empty = one member per input.
SegmentationResult segment(std::vector<SegmentInput> inputs, const SegmentationSettings& settings,
                           std::span<const SegmentMember> members = {});

} // namespace stocktower::inventory
