// Demand over the next k periods and the uncertainty of its forecast.
#include "forecast/lead_time_demand.h"

#include "util/errors.h"

#include <cmath>

namespace stocktower::forecast {

namespace {

void checkPeriods(double k) {
    if (!std::isfinite(k) || k < 0.0) throw util::UserError("a lead time must be 0 periods or more");
}

double valueAt(std::span<const double> perPeriod, std::size_t index) {
    if (perPeriod.empty()) return 0.0;
    return index < perPeriod.size() ? perPeriod[index] : perPeriod.back();
}

// The level a relative (multiplicative-error) σ applies to: the mean demand per period over k.
double levelOver(std::span<const double> perPeriod, double k) {
    return k > 0.0 ? totalOverPeriods(perPeriod, k) / k : valueAt(perPeriod, 0);
}

} // namespace

double totalOverPeriods(std::span<const double> perPeriod, double k) {
    checkPeriods(k);
    const auto whole = static_cast<std::size_t>(std::floor(k));
    double total = 0.0;
    for (std::size_t i = 0; i < whole; ++i)
        total += valueAt(perPeriod, i);
    const double fraction = k - static_cast<double>(whole);
    if (fraction > 0.0) total += fraction * valueAt(perPeriod, whole);
    return total;
}

double innovationsTotalVariance(const InnovationsErrorModel& model, double k) {
    checkPeriods(k);
    const int whole = static_cast<int>(std::floor(k));
    const double fraction = k - whole;
    // Cumulative weights C_i = Σ_{j=1..i} c_j, so that the weight of ε_{n+t} is 1 + C_{L−t}.
    std::vector<double> cumulative(static_cast<std::size_t>(whole) + 1, 0.0);
    for (int j = 1; j <= whole; ++j)
        cumulative[static_cast<std::size_t>(j)] = cumulative[static_cast<std::size_t>(j - 1)] + model.weight(j);
    double sum = 0.0;
    for (int t = 1; t <= whole; ++t) {
        double weight = 1.0 + cumulative[static_cast<std::size_t>(whole - t)];
        if (fraction > 0.0) weight += fraction * model.weight(whole + 1 - t);
        sum += weight * weight;
    }
    sum += fraction * fraction; // ε_{n+L+1} itself, in the fraction of period L + 1
    return model.sigma * model.sigma * sum;
}

LeadTimeDemand leadTimeDemand(std::span<const double> meanPerPeriod,
                              const std::vector<InnovationsErrorModel>& errorModels,
                              double fallbackSigma, IntervalMethod fallbackBasis, double k) {
    LeadTimeDemand result;
    result.mean = totalOverPeriods(meanPerPeriod, k);
    if (!errorModels.empty()) {
        double sum = 0.0;
        for (const auto& model : errorModels) {
            const double scale = model.relative ? levelOver(meanPerPeriod, k) : 1.0;
            sum += std::sqrt(innovationsTotalVariance(model, k)) * std::abs(scale);
        }
        result.standardDeviation = sum / static_cast<double>(errorModels.size());
        result.basis = IntervalMethod::Analytic;
        return result;
    }
    if (std::isfinite(fallbackSigma)) {
        result.standardDeviation = fallbackSigma * std::sqrt(k);
        result.basis = fallbackBasis;
        return result;
    }
    result.standardDeviation = std::nan("");
    result.basis = IntervalMethod::None;
    return result;
}

LeadTimeDemand leadTimeDemand(const store::ForecastSeriesRow& series, double k) {
    std::vector<double> perPeriod;
    perPeriod.reserve(series.values.size());
    for (const auto& value : series.values)
        perPeriod.push_back(value.finalValue());
    const auto parameters = parseSeriesParameters(series.parametersJson);
    if (parameters.errorSigma)
        return leadTimeDemand(perPeriod, parameters.errorModels, *parameters.errorSigma,
                              IntervalMethod::Empirical, k);
    return leadTimeDemand(perPeriod, parameters.errorModels, series.sigma.value_or(std::nan("")),
                          IntervalMethod::NormalFallback, k);
}

} // namespace stocktower::forecast
