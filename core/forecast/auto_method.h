// Automatic method choice per series: the demand class decides the family (intermittent
// methods, a zero forecast for inactive items, a flat mean for new ones), then the combination of
// ETS (chosen by AICc inside the family), Theta and damped trend for regular demand.
#pragma once

#include "forecast/demand_class.h"
#include "forecast/forecast_method.h"

namespace stocktower::forecast {

class AutoMethod final : public ForecastMethod {
public:
    explicit AutoMethod(ClassificationOptions options = {}) : m_options(options) {}
    [[nodiscard]] std::string name() const override { return "auto"; }
    FitResult fit(const Series& series) override;
    [[nodiscard]] Forecast forecast(int horizon) const override;
    [[nodiscard]] MethodPtr unfittedCopy() const override;
    [[nodiscard]] std::vector<InnovationsErrorModel> errorModels() const override {
        return m_chosen ? m_chosen->errorModels() : std::vector<InnovationsErrorModel>{};
    }
    [[nodiscard]] const DemandProfile& profile() const { return m_profile; }

private:
    ClassificationOptions m_options;
    DemandProfile m_profile;
    MethodPtr m_chosen;
};

} // namespace stocktower::forecast
