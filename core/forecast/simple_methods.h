// Benchmark methods with closed forms: naive, seasonal naive and moving average.
#pragma once

#include "forecast/forecast_method.h"

namespace stocktower::forecast {

// Last value carried forward; random-walk intervals σ·√h.
class NaiveMethod final : public ForecastMethod {
public:
    [[nodiscard]] std::string name() const override { return "naive"; }
    FitResult fit(const Series& series) override;
    [[nodiscard]] Forecast forecast(int horizon) const override;
    [[nodiscard]] MethodPtr unfittedCopy() const override { return std::make_unique<NaiveMethod>(); }
    // A random walk: ETS(A,N,N) with α = 1.
    [[nodiscard]] std::vector<InnovationsErrorModel> errorModels() const override;

private:
    double m_last = 0.0;
    double m_sigma = 0.0;
};

// Value of the same season one cycle back; naive when the series is shorter than a cycle.
class SeasonalNaiveMethod final : public ForecastMethod {
public:
    [[nodiscard]] std::string name() const override { return "snaive"; }
    FitResult fit(const Series& series) override;
    [[nodiscard]] Forecast forecast(int horizon) const override;
    [[nodiscard]] MethodPtr unfittedCopy() const override {
        return std::make_unique<SeasonalNaiveMethod>();
    }
    // A seasonal random walk: ETS(A,N,A) with α = 0, γ = 1.
    [[nodiscard]] std::vector<InnovationsErrorModel> errorModels() const override;

private:
    std::vector<double> m_lastCycle;
    double m_sigma = 0.0;
};

// Mean of the last `window` values (all of them when shorter), flat into the future.
class MovingAverageMethod final : public ForecastMethod {
public:
    explicit MovingAverageMethod(int window = 6) : m_window(window < 1 ? 1 : window) {}
    [[nodiscard]] std::string name() const override { return "ma"; }
    FitResult fit(const Series& series) override;
    [[nodiscard]] Forecast forecast(int horizon) const override;
    [[nodiscard]] MethodPtr unfittedCopy() const override {
        return std::make_unique<MovingAverageMethod>(m_window);
    }

private:
    int m_window;
    int m_used = 1;
    double m_level = 0.0;
    double m_sigma = 0.0;
};

// Throws util::UserError for an empty series; every method calls it first.
void requireValues(const Series& series);

} // namespace stocktower::forecast
