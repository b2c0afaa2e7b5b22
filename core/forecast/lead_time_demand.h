// Demand over the next k periods (a lead time, or review period plus lead time) and the
// uncertainty of its forecast: what inventory policies turn into reorder points.
#pragma once

#include "forecast/forecast_method.h"
#include "forecast/series_parameters.h"
#include "store/forecast_store.h"

#include <span>
#include <vector>

namespace stocktower::forecast {

struct LeadTimeDemand {
    double mean = 0.0;              // expected total demand over the k periods
    double standardDeviation = 0.0; // of the total's forecast error; NaN when unknown
    // Analytic: from the model's error structure (covariances included); Empirical: backtest
    // one-step RMSE × √k; NormalFallback: in-sample one-step RMSE × √k; None: no estimate.
    IntervalMethod basis = IntervalMethod::None;
};

// Expected total of the first k periods of `perPeriod` (k ≥ 0, fractional: the last period
// counts with its fraction). Beyond the forecast horizon the last period's value carries on.
double totalOverPeriods(std::span<const double> perPeriod, double k);

// Variance of the total forecast error of the next k periods for one linear innovations model
// (σ² in the model's units: multiply by the level² for relative models). For integer k = L it is
// σ²·Σ_{t=1..L} (1 + Σ_{j=1..L−t} c_j)² (Hyndman et al. 2008 §6.6); a fractional k = L + f adds f
// of period L + 1, whose error enters with weight f and adds f·c_{L+1−t} to the weights above.
double innovationsTotalVariance(const InnovationsErrorModel& model, double k);

// From a fit: the mean forecast per period, the method's error models (ForecastMethod::
// errorModels; several = an equal-weight combination, whose SD is the members' mean) and, for
// methods without one, the one-step σ to scale with √k (`fallbackBasis` says where it came from).
LeadTimeDemand leadTimeDemand(std::span<const double> meanPerPeriod,
                              const std::vector<InnovationsErrorModel>& errorModels,
                              double fallbackSigma, IntervalMethod fallbackBasis, double k);

// From a stored series: its final values (overrides replace the statistical forecast, as plans
// use them), the error model of its parameters, else its backtest σ, else its in-sample σ.
LeadTimeDemand leadTimeDemand(const store::ForecastSeriesRow& series, double k);

} // namespace stocktower::forecast
