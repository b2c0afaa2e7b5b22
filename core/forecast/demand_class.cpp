// Demand classification: Syntetos–Boylan–Croston classes plus "new" and "inactive" items.
#include "forecast/demand_class.h"

#include <algorithm>
#include <vector>

namespace stocktower::forecast {

DemandProfile classifyDemand(std::span<const double> history,
                             const ClassificationOptions& options) {
    DemandProfile profile;
    std::vector<std::size_t> demandAt;
    std::vector<double> sizes;
    for (std::size_t t = 0; t < history.size(); ++t)
        if (history[t] > 0.0) {
            demandAt.push_back(t);
            sizes.push_back(history[t]);
        }
    profile.demandPeriods = static_cast<int>(sizes.size());
    if (sizes.empty()) return profile; // never sold: inactive
    const std::size_t trailing = history.size() - 1 - demandAt.back();
    const std::size_t span = history.size() - demandAt.front();
    if (options.adi == AdiConvention::MeanInterval && demandAt.size() >= 2)
        profile.adi = static_cast<double>(demandAt.back() - demandAt.front()) /
                      static_cast<double>(demandAt.size() - 1);
    else
        profile.adi = static_cast<double>(history.size()) / static_cast<double>(sizes.size());
    double mean = 0.0;
    for (double s : sizes)
        mean += s;
    mean /= static_cast<double>(sizes.size());
    double variance = 0.0;
    for (double s : sizes)
        variance += (s - mean) * (s - mean);
    variance /= static_cast<double>(sizes.size());
    profile.cv2 = variance / (mean * mean);

    if (trailing >= static_cast<std::size_t>(std::max(1, options.inactiveAfterPeriods)))
        profile.demandClass = DemandClass::Inactive;
    else if (span < static_cast<std::size_t>(std::max(0, options.newBelowPeriods)))
        profile.demandClass = DemandClass::New;
    else {
        const bool frequent = profile.adi < options.adiCutoff;
        const bool stable = profile.cv2 < options.cv2Cutoff;
        profile.demandClass = frequent ? (stable ? DemandClass::Smooth : DemandClass::Erratic)
                                       : (stable ? DemandClass::Intermittent : DemandClass::Lumpy);
    }
    return profile;
}

std::string_view demandClassName(DemandClass demandClass) {
    switch (demandClass) {
    case DemandClass::Smooth:
        return "smooth";
    case DemandClass::Intermittent:
        return "intermittent";
    case DemandClass::Erratic:
        return "erratic";
    case DemandClass::Lumpy:
        return "lumpy";
    case DemandClass::New:
        return "new";
    case DemandClass::Inactive:
        return "inactive";
    }
    return "unknown";
}

} // namespace stocktower::forecast
