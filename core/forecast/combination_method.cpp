// An equal-weight combination of methods.
#include "forecast/combination_method.h"

#include "forecast/ets_method.h"
#include "forecast/simple_methods.h"
#include "forecast/theta_method.h"

#include <cmath>

namespace stocktower::forecast {

std::unique_ptr<CombinationMethod> CombinationMethod::etsThetaDamped() {
    std::vector<MethodPtr> members;
    members.push_back(std::make_unique<EtsMethod>());
    members.push_back(std::make_unique<ThetaMethod>());
    members.push_back(std::make_unique<DampedTrendMethod>());
    return std::make_unique<CombinationMethod>(std::move(members));
}

MethodPtr CombinationMethod::unfittedCopy() const {
    std::vector<MethodPtr> members;
    for (const auto& member : m_members)
        members.push_back(member->unfittedCopy());
    return std::make_unique<CombinationMethod>(std::move(members), m_name);
}

std::vector<InnovationsErrorModel> CombinationMethod::errorModels() const {
    std::vector<InnovationsErrorModel> models;
    for (const auto& member : m_members) {
        const auto own = member->errorModels();
        if (own.empty()) return {};
        models.insert(models.end(), own.begin(), own.end());
    }
    return models;
}

FitResult CombinationMethod::fit(const Series& series) {
    requireValues(series);
    FitResult result;
    result.model = "Mean of";
    const auto n = series.values.size();
    result.fitted.assign(n, 0.0);
    const std::vector<EtsFit>* etsFits = nullptr;
    for (const auto& member : m_members) {
        // Members that smooth the same data reuse the ETS member's fits (identical results).
        if (auto* theta = dynamic_cast<ThetaMethod*>(member.get())) theta->reuseFits(etsFits);
        if (auto* damped = dynamic_cast<DampedTrendMethod*>(member.get()))
            damped->reuseFits(etsFits);
        auto memberFit = member->fit(series);
        if (const auto* ets = dynamic_cast<const EtsMethod*>(member.get()))
            etsFits = &ets->candidateFits();
        result.model += (result.model.size() > 7 ? ", " : " ") + memberFit.model;
        for (std::size_t t = 0; t < n; ++t)
            result.fitted[t] += (t < memberFit.fitted.size() ? memberFit.fitted[t] : std::nan("")) /
                                static_cast<double>(m_members.size());
        // Prefixed by the member, so that the planner sees whose α it is.
        for (const auto& [name, value] : memberFit.parameters)
            result.parameters.emplace_back(member->name() + "." + name, value);
        for (auto& candidate : memberFit.candidates)
            result.candidates.push_back(std::move(candidate));
    }
    return result;
}

Forecast CombinationMethod::forecast(int horizon) const {
    checkHorizon(horizon);
    Forecast out;
    const auto h = static_cast<std::size_t>(horizon);
    const auto weight = 1.0 / static_cast<double>(m_members.size());
    out.mean.assign(h, 0.0);
    bool allIntervals = true;
    std::vector<Forecast> forecasts;
    for (const auto& member : m_members) {
        forecasts.push_back(member->forecast(horizon));
        for (std::size_t i = 0; i < h; ++i)
            out.mean[i] += weight * forecasts.back().mean[i];
        allIntervals = allIntervals && !forecasts.back().intervals.empty();
    }
    if (allIntervals && !forecasts.empty()) {
        out.intervals = forecasts.front().intervals;
        for (std::size_t k = 0; k < out.intervals.size(); ++k) {
            auto& interval = out.intervals[k];
            std::fill(interval.lower.begin(), interval.lower.end(), 0.0);
            std::fill(interval.upper.begin(), interval.upper.end(), 0.0);
            for (const auto& f : forecasts)
                for (std::size_t i = 0; i < h; ++i) {
                    interval.lower[i] += weight * f.intervals[k].lower[i];
                    interval.upper[i] += weight * f.intervals[k].upper[i];
                }
        }
    }
    return out;
}

} // namespace stocktower::forecast
