// Intermittent-demand methods: Croston (1972), SBA (Syntetos & Boylan 2005), TSB (Teunter,
// Syntetos & Babai 2011). Oracles: reference/inventory.md rows 18–20.
#pragma once

#include "forecast/forecast_method.h"

#include <optional>

namespace stocktower::forecast {

// Croston and SBA. Initialisation is explicit: "first value" (as R's forecast::croston) —
// size z0 = the first demand, interval x0 = the periods up to and including the first demand;
// both are then updated only in periods with demand: z ← z + α(y − z), x ← x + α(q − x), with
// q the periods since the previous demand. Forecast z/x (Croston) or (1 − α/2)·z/x (SBA).
class CrostonMethod final : public ForecastMethod {
public:
    enum class Variant { Croston, Sba };
    explicit CrostonMethod(Variant variant = Variant::Croston, double alpha = 0.1)
        : m_variant(variant), m_alpha(alpha) {}
    [[nodiscard]] std::string name() const override {
        return m_variant == Variant::Sba ? "sba" : "croston";
    }
    FitResult fit(const Series& series) override;
    [[nodiscard]] Forecast forecast(int horizon) const override;
    [[nodiscard]] MethodPtr unfittedCopy() const override {
        return std::make_unique<CrostonMethod>(m_variant, m_alpha);
    }
    [[nodiscard]] double rate() const { return m_rate; }

private:
    Variant m_variant;
    double m_alpha;
    double m_rate = 0.0;
};

// TSB: every period p ← p + β(1{y>0} − p); in demand periods z ← z + α(y − z); forecast p·z.
// Unless given, z0 = the first demand and p0 = the share of periods with demand.
class TsbMethod final : public ForecastMethod {
public:
    struct Options {
        double alpha = 0.1;
        double beta = 0.1;
        std::optional<double> initialSize;
        std::optional<double> initialProbability;
    };
    TsbMethod() = default;
    explicit TsbMethod(Options options) : m_options(options) {}
    [[nodiscard]] std::string name() const override { return "tsb"; }
    FitResult fit(const Series& series) override;
    [[nodiscard]] Forecast forecast(int horizon) const override;
    [[nodiscard]] MethodPtr unfittedCopy() const override {
        return std::make_unique<TsbMethod>(m_options);
    }
    [[nodiscard]] double rate() const { return m_rate; }

private:
    Options m_options;
    double m_rate = 0.0;
};

} // namespace stocktower::forecast
