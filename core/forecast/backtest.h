// Rolling-origin backtests and the method that chooses among families by backtest error.
#pragma once

#include "forecast/forecast_method.h"

#include <string>
#include <vector>

namespace stocktower::forecast {

struct BacktestScore {
    std::string method;
    double mase = 0.0; // mean over origins; +∞ when no origin could be evaluated
    double smape = 0.0;
    int origins = 0; // origins actually evaluated
};

// Fits `method` on y[0, o) and scores the next `horizon` values, for the last `origins` origins
// o = n − horizon, n − horizon − 1, … (one period apart, Tashman 2000); origins that would leave
// fewer than `minimumTrain` values for fitting are skipped. MASE is scaled by each origin's own
// training part.
BacktestScore rollingOriginBacktest(const std::string& method, const Series& series, int horizon,
                                    int origins = 3, int minimumTrain = 4);

// Chooses among candidate methods by rolling-origin MASE, then refits the winner on the whole
// series. All candidates' scores are in FitResult::candidates (best first).
class BacktestSelectMethod final : public ForecastMethod {
public:
    explicit BacktestSelectMethod(std::vector<std::string> candidates = {"comb", "ets", "theta",
                                                                         "damped"},
                                  int horizon = 0, int origins = 3)
        : m_candidates(std::move(candidates)), m_horizon(horizon), m_origins(origins) {}
    [[nodiscard]] std::string name() const override { return "select"; }
    // The backtest horizon is the constructor's, or the series' frequency (at least 1) if 0.
    FitResult fit(const Series& series) override;
    [[nodiscard]] Forecast forecast(int horizon) const override;
    [[nodiscard]] MethodPtr unfittedCopy() const override;
    [[nodiscard]] std::vector<InnovationsErrorModel> errorModels() const override {
        return m_chosen ? m_chosen->errorModels() : std::vector<InnovationsErrorModel>{};
    }

private:
    std::vector<std::string> m_candidates;
    int m_horizon;
    int m_origins;
    MethodPtr m_chosen;
};

} // namespace stocktower::forecast
