// An equal-weight combination of methods: the robust winner of M4's statistical track.
#pragma once

#include "forecast/forecast_method.h"

#include <vector>

namespace stocktower::forecast {

// Mean of the members' point forecasts; interval bounds are averaged too (a common, slightly
// conservative approximation) when every member has intervals.
class CombinationMethod final : public ForecastMethod {
public:
    explicit CombinationMethod(std::vector<MethodPtr> members, std::string name = "comb")
        : m_members(std::move(members)), m_name(std::move(name)) {}
    // ETS (by AICc), Theta and damped trend.
    static std::unique_ptr<CombinationMethod> etsThetaDamped();
    [[nodiscard]] std::string name() const override { return m_name; }
    FitResult fit(const Series& series) override;
    [[nodiscard]] Forecast forecast(int horizon) const override;
    [[nodiscard]] MethodPtr unfittedCopy() const override;
    // Every member's, or none when a member has none.
    [[nodiscard]] std::vector<InnovationsErrorModel> errorModels() const override;

private:
    std::vector<MethodPtr> m_members;
    std::string m_name;
};

} // namespace stocktower::forecast
