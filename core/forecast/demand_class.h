// Demand classification: Syntetos–Boylan–Croston classes plus "new" and "inactive" items.
#pragma once

#include <span>
#include <string_view>

namespace stocktower::forecast {

enum class DemandClass { Smooth, Intermittent, Erratic, Lumpy, New, Inactive };

// Sources disagree on ADI (reference/inventory.md row 21); the choice is a setting, shown in the
// UI.
enum class AdiConvention {
    PeriodsPerDemand, // periods ÷ periods with demand (row 21: 4.0)
    MeanInterval,     // mean interval between successive demands (row 21: 3.0)
};

struct ClassificationOptions {
    AdiConvention adi = AdiConvention::PeriodsPerDemand;
    double adiCutoff = 1.32; // Syntetos, Boylan & Croston (2005)
    double cv2Cutoff = 0.49;
    int newBelowPeriods = 6;       // fewer periods since the first demand: too short to classify
    int inactiveAfterPeriods = 12; // this many trailing periods without demand
};

struct DemandProfile {
    DemandClass demandClass = DemandClass::Inactive;
    double adi = 0.0;
    double cv2 = 0.0; // squared coefficient of variation of the non-zero sizes (population σ)
    int demandPeriods = 0;
};

// Classifies a history whose leading zeros the caller has trimmed (or not: the history then
// counts from the first demand). Order: inactive, new, then the SBC quadrants.
DemandProfile classifyDemand(std::span<const double> history,
                             const ClassificationOptions& options = {});

std::string_view demandClassName(DemandClass demandClass);

} // namespace stocktower::forecast
