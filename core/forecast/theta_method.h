// The Theta method (Assimakopoulos & Nikolopoulos 2000) in the form Hyndman & Billah (2003)
// proved equivalent: SES with drift equal to half the slope of a linear trend, on data
// deseasonalised when the 90% seasonality test passes — as R's forecast::thetaf.
#pragma once

#include "forecast/ets_fit.h"
#include "forecast/forecast_method.h"
#include "forecast/seasonal_adjustment.h"

#include <optional>

namespace stocktower::forecast {

class ThetaMethod final : public ForecastMethod {
public:
    [[nodiscard]] std::string name() const override { return "theta"; }
    FitResult fit(const Series& series) override;
    [[nodiscard]] Forecast forecast(int horizon) const override;
    [[nodiscard]] MethodPtr unfittedCopy() const override { return std::make_unique<ThetaMethod>(); }
    // SES's (the drift is deterministic). With seasonal adjustment σ is on the adjusted scale:
    // the indices average 1 over a cycle, so sums over whole cycles are about right.
    [[nodiscard]] std::vector<InnovationsErrorModel> errorModels() const override;
    // Fits already made on the same, unadjusted series (by an ETS member of a combination):
    // reused when no seasonal adjustment applies, which gives identical results faster.
    void reuseFits(const std::vector<EtsFit>* fits) { m_reusable = fits; }

private:
    const std::vector<EtsFit>* m_reusable = nullptr;
    std::optional<SeasonalAdjustment> m_adjustment;
    std::optional<EtsFit> m_ses;
    double m_drift = 0.0; // half the least-squares slope
    double m_last = 0.0;  // used when the series is too short for SES
    std::size_t m_length = 0;
};

// Damped trend, ETS(A,Ad,N), on the same deseasonalised data: the "Damped" benchmark of M3/M4
// (SES when the series is too short for a trend, naive when too short for SES).
class DampedTrendMethod final : public ForecastMethod {
public:
    [[nodiscard]] std::string name() const override { return "damped"; }
    FitResult fit(const Series& series) override;
    [[nodiscard]] Forecast forecast(int horizon) const override;
    [[nodiscard]] MethodPtr unfittedCopy() const override {
        return std::make_unique<DampedTrendMethod>();
    }
    [[nodiscard]] std::vector<InnovationsErrorModel> errorModels() const override; // as Theta's
    void reuseFits(const std::vector<EtsFit>* fits) { m_reusable = fits; } // as ThetaMethod's

private:
    const std::vector<EtsFit>* m_reusable = nullptr;
    std::optional<SeasonalAdjustment> m_adjustment;
    std::optional<EtsFit> m_fit;
    double m_last = 0.0;
};

} // namespace stocktower::forecast
