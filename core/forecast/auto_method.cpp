// Automatic method choice per series.
#include "forecast/auto_method.h"

#include "forecast/combination_method.h"
#include "forecast/intermittent.h"
#include "forecast/simple_methods.h"

#include <algorithm>

namespace stocktower::forecast {

FitResult AutoMethod::fit(const Series& series) {
    requireValues(series);
    const auto& y = series.values;
    // Classification only makes sense for demand (non-negative); returns and benchmark data
    // with negative values go to the regular family.
    const bool demandLike = std::all_of(y.begin(), y.end(), [](double v) { return v >= 0.0; });
    m_profile = classifyDemand(y, m_options);
    DemandClass demandClass = demandLike ? m_profile.demandClass : DemandClass::Smooth;
    switch (demandClass) {
    case DemandClass::Inactive:
    case DemandClass::New:
        // Inactive: the moving average over the recent window is zero; new: the mean of what
        // there is — both are the moving average over the history's own short window.
        m_chosen = std::make_unique<MovingAverageMethod>(demandClass == DemandClass::Inactive
                                                             ? m_options.inactiveAfterPeriods
                                                             : m_options.newBelowPeriods);
        break;
    case DemandClass::Intermittent:
    case DemandClass::Lumpy:
        m_chosen = std::make_unique<CrostonMethod>(CrostonMethod::Variant::Sba);
        break;
    case DemandClass::Smooth:
    case DemandClass::Erratic:
        m_chosen = CombinationMethod::etsThetaDamped();
        break;
    }
    FitResult result = m_chosen->fit(series);
    result.model = std::string(demandClassName(m_profile.demandClass)) + ": " + result.model;
    return result;
}

MethodPtr AutoMethod::unfittedCopy() const {
    if (m_chosen) return m_chosen->unfittedCopy();
    return std::make_unique<AutoMethod>(m_options);
}

Forecast AutoMethod::forecast(int horizon) const {
    checkHorizon(horizon);
    return m_chosen ? m_chosen->forecast(horizon) : Forecast{};
}

} // namespace stocktower::forecast
