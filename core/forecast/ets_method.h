// ETS as a forecasting strategy: one fixed model (SES, Holt, damped, Holt-Winters) or the
// automatic choice by AICc over the family.
#pragma once

#include "forecast/ets_fit.h"
#include "forecast/forecast_method.h"
#include "forecast/simple_methods.h"

#include <optional>

namespace stocktower::forecast {

class EtsMethod final : public ForecastMethod {
public:
    // Without a spec, every admissible model is fitted and the lowest AICc wins. A spec's
    // period is replaced by the series' frequency at fit time.
    explicit EtsMethod(std::optional<EtsSpec> spec = std::nullopt, std::string name = "ets")
        : m_spec(spec), m_name(std::move(name)) {}
    [[nodiscard]] std::string name() const override { return m_name; }
    FitResult fit(const Series& series) override;
    [[nodiscard]] Forecast forecast(int horizon) const override;
    [[nodiscard]] MethodPtr unfittedCopy() const override {
        return std::make_unique<EtsMethod>(m_spec, m_name);
    }
    [[nodiscard]] std::vector<InnovationsErrorModel> errorModels() const override;
    // The fitted model, empty when the series was too short and the naive fallback was used.
    [[nodiscard]] const std::optional<EtsFit>& model() const { return m_fit; }
    // Every model fitted on the way (automatic mode), so that a combination's other members can
    // reuse a fit of the same model on the same data instead of repeating it.
    [[nodiscard]] const std::vector<EtsFit>& candidateFits() const { return m_candidateFits; }

private:
    std::optional<EtsSpec> m_spec;
    std::string m_name;
    std::optional<EtsFit> m_fit;
    std::vector<EtsFit> m_candidateFits;
    NaiveMethod m_fallback;
};

// The parameters and states of a fit, for display.
std::vector<std::pair<std::string, double>> describeEtsFit(const EtsFit& fit);
// The fit's error structure (σ = √sigma2, relative for multiplicative error).
InnovationsErrorModel etsErrorModel(const EtsFit& fit);

} // namespace stocktower::forecast
