#include "forecast/forecast_run.h"

#include "forecast/empirical_intervals.h"
#include "forecast/method_registry.h"
#include "forecast/metrics.h"
#include "forecast/series_parameters.h"
#include "store/workspace.h"
#include "util/errors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <exception>
#include <mutex>
#include <span>
#include <thread>
#include <vector>

namespace stocktower::forecast {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::optional<double> finite(double value) {
    return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

void clipAtZero(std::vector<double>& values) {
    for (auto& v : values)
        v = std::max(0.0, std::isfinite(v) ? v : 0.0);
}

// One-step in-sample RMSE in the data's units (a model's own sigma2 is relative for
// multiplicative errors, so not comparable across series).
double inSampleSigma(std::span<const double> y, std::span<const double> fitted) {
    double sum = 0.0;
    int count = 0;
    for (std::size_t t = 0; t < y.size() && t < fitted.size(); ++t)
        if (std::isfinite(fitted[t])) {
            sum += (y[t] - fitted[t]) * (y[t] - fitted[t]);
            ++count;
        }
    return count > 0 ? std::sqrt(sum / count) : std::nan("");
}

struct Backtest {
    double mase = std::nan("");
    double smape = std::nan("");
    double bias = std::nan("");
};

// Hold-out backtest: fit on all but the last `periods` values, forecast them, score.
Backtest holdOut(const Series& series, const ForecastRunSettings& settings, int periods) {
    Backtest result;
    const int n = static_cast<int>(series.values.size());
    if (periods < 1 || n - periods < settings.minimumTrain) return result;
    Series train{{series.values.begin(), series.values.end() - periods}, series.frequency};
    const std::span<const double> actual(series.values.data() + (n - periods),
                                         static_cast<std::size_t>(periods));
    auto method = makeMethod(settings.method);
    method->fit(train);
    auto predicted = method->forecast(periods).mean;
    clipAtZero(predicted);
    result.mase = meanAbsoluteScaledError(train.values, actual, predicted, series.frequency);
    result.smape = symmetricMape(actual, predicted);
    result.bias = forecast::bias(actual, predicted);
    return result;
}

std::string candidatesJson(const FitResult& fit) {
    nlohmann::json array = nlohmann::json::array();
    for (const auto& [name, score] : fit.candidates)
        array.push_back({{"model", name},
                         {"score", std::isfinite(score) ? nlohmann::json(score) : nlohmann::json()}});
    return array.dump();
}

std::vector<std::string> periodStarts(int endPeriod, int horizon, Bucket bucket) {
    std::vector<std::string> starts;
    for (int k = 1; k <= horizon; ++k)
        starts.push_back(domain::formatIsoDate(periodStart(endPeriod + k, bucket)));
    return starts;
}

store::ForecastSeriesRow forecastWith(const BucketedSeries& bucketed,
                                      const std::vector<std::string>& starts,
                                      const ForecastRunSettings& settings) {
    const int horizon = static_cast<int>(starts.size());
    const Series series{bucketed.values, periodsPerYear(settings.bucket)};
    store::ForecastSeriesRow row;
    row.itemId = bucketed.itemId;
    row.siteId = bucketed.siteId;

    const auto profile = classifyDemand(series.values, settings.classification);
    row.demandClass = std::string(demandClassName(profile.demandClass));

    FitResult fit;
    Forecast forecast;
    std::string failure;
    MethodPtr method;
    try {
        method = makeMethod(settings.method);
        fit = method->fit(series);
        forecast = method->forecast(horizon);
    } catch (const std::exception& error) {
        // One odd series must not sink a nightly run of 100,000: fall back to naive, say so.
        failure = error.what();
        method = makeMethod("naive");
        fit = method->fit(series);
        forecast = method->forecast(horizon);
    }
    row.model = failure.empty() ? fit.model : "naive (fallback: " + failure + ")";
    row.candidatesJson = candidatesJson(fit);
    SeriesParameters parameters;
    parameters.model = fit.parameters;
    parameters.demand = DemandStatistics{profile.adi, profile.cv2, static_cast<int>(series.values.size()),
                                         profile.demandPeriods};
    const double sigma = inSampleSigma(series.values, fit.fitted);
    row.sigma = finite(sigma);

    if (failure.empty()) {
        try {
            const int periods = settings.backtestPeriods > 0 ? settings.backtestPeriods : horizon;
            const auto score = holdOut(series, settings, periods);
            row.mase = finite(score.mase);
            row.smape = finite(score.smape);
            row.bias = finite(score.bias);
        } catch (const std::exception&) {
            // No score is an honest answer for a series the method cannot backtest.
        }
    }

    auto mean = forecast.mean;
    mean.resize(static_cast<std::size_t>(horizon), 0.0);
    clipAtZero(mean);
    const PredictionInterval* i80 = nullptr;
    const PredictionInterval* i95 = nullptr;
    for (const auto& interval : forecast.intervals) {
        if (std::abs(interval.level - 0.80) < 1e-9) i80 = &interval;
        if (std::abs(interval.level - 0.95) < 1e-9) i95 = &interval;
    }
    // Methods without a model of their errors: quantiles of their own rolling-origin errors,
    // when there are enough of them; else the normal intervals below.
    const auto errorModels = method->errorModels();
    std::optional<std::vector<PredictionInterval>> empirical;
    if (!errorModels.empty() && i80 != nullptr && i95 != nullptr) {
        parameters.intervalMethod = IntervalMethod::Analytic;
        parameters.errorModels = errorModels;
    } else {
        RollingErrorOptions options;
        options.minimumTrain = settings.minimumTrain;
        const auto errors = rollingOriginErrors(*method, series, horizon, options);
        empirical = empiricalIntervals(mean, errors);
        if (empirical) {
            parameters.intervalMethod = IntervalMethod::Empirical;
            parameters.errorSigma = oneStepRmse(errors);
            parameters.intervalErrors = static_cast<int>(errors.fewestPerStep());
            i80 = &(*empirical)[0];
            i95 = &(*empirical)[1];
        }
    }
    // Otherwise normal intervals from the in-sample one-step error: the method's own when it
    // has some, else widening with √k as for a random walk of errors.
    std::vector<PredictionInterval> fallback;
    if (!empirical && parameters.intervalMethod != IntervalMethod::Analytic && std::isfinite(sigma)) {
        parameters.intervalMethod = IntervalMethod::NormalFallback;
        i80 = i95 = nullptr;
        for (const auto& interval : forecast.intervals) {
            if (std::abs(interval.level - 0.80) < 1e-9) i80 = &interval;
            if (std::abs(interval.level - 0.95) < 1e-9) i95 = &interval;
        }
    }
    if ((i80 == nullptr || i95 == nullptr) && std::isfinite(sigma)) {
        std::vector<double> sd;
        for (int k = 1; k <= horizon; ++k)
            sd.push_back(sigma * std::sqrt(static_cast<double>(k)));
        fallback = normalIntervals(mean, sd);
        for (const auto& interval : fallback) {
            if (i80 == nullptr && std::abs(interval.level - 0.80) < 1e-9) i80 = &interval;
            if (i95 == nullptr && std::abs(interval.level - 0.95) < 1e-9) i95 = &interval;
        }
    }
    auto bound = [](const PredictionInterval* interval, bool upper,
                    std::size_t k) -> std::optional<double> {
        if (interval == nullptr) return std::nullopt;
        const auto& side = upper ? interval->upper : interval->lower;
        if (k >= side.size() || !std::isfinite(side[k])) return std::nullopt;
        return std::max(0.0, side[k]);
    };
    row.parametersJson = toJson(parameters);
    row.values.reserve(static_cast<std::size_t>(horizon));
    for (std::size_t k = 0; k < static_cast<std::size_t>(horizon); ++k) {
        store::ForecastValueRow value;
        value.periodStart = starts[k];
        value.mean = mean[k];
        value.lo80 = bound(i80, false, k);
        value.hi80 = bound(i80, true, k);
        value.lo95 = bound(i95, false, k);
        value.hi95 = bound(i95, true, k);
        row.values.push_back(std::move(value));
    }
    return row;
}

std::string settingsJson(const ForecastRunSettings& settings, const std::string& lastDay) {
    const auto& c = settings.classification;
    return nlohmann::json{
        {"bucket", bucketName(settings.bucket)},
        {"horizon", effectiveHorizon(settings)},
        {"method", settings.method},
        {"last_day", lastDay},
        {"today_injected", settings.today.has_value()},
        {"backtest", {{"kind", "hold-out"},
                      {"periods", settings.backtestPeriods > 0 ? settings.backtestPeriods
                                                               : effectiveHorizon(settings)},
                      {"minimum_train", settings.minimumTrain}}},
        {"intervals", {{"without_error_model", "empirical quantiles of rolling-origin errors"},
                       {"max_origins", RollingErrorOptions{}.maxOrigins},
                       {"minimum_errors_per_step", 8},
                       {"fallback", "normal from the in-sample one-step error"}}},
        {"classification",
         {{"adi", c.adi == AdiConvention::PeriodsPerDemand ? "periods_per_demand" : "mean_interval"},
          {"adi_cutoff", c.adiCutoff},
          {"cv2_cutoff", c.cv2Cutoff},
          {"new_below_periods", c.newBelowPeriods},
          {"inactive_after_periods", c.inactiveAfterPeriods}}}}
        .dump();
}

} // namespace

void validate(const ForecastRunSettings& settings) {
    if (settings.horizon < 0 || settings.horizon > 520)
        throw util::UserError("horizon must be between 1 and 520 periods (0 for the default)");
    if (settings.backtestPeriods < 0)
        throw util::UserError("backtest periods must not be negative");
    if (settings.threads < 0) throw util::UserError("threads must not be negative");
    (void)makeMethod(settings.method); // throws naming the known methods
}

int effectiveHorizon(const ForecastRunSettings& settings) {
    if (settings.horizon > 0) return settings.horizon;
    return settings.bucket == Bucket::Week ? 13 : 6;
}

store::ForecastSeriesRow forecastOneSeries(const BucketedSeries& series, int endPeriod,
                                           const ForecastRunSettings& settings) {
    validate(settings);
    return forecastWith(series, periodStarts(endPeriod, effectiveHorizon(settings), settings.bucket),
                        settings);
}

ForecastRunSummary runForecast(store::Workspace& workspace, const ForecastRunSettings& settings,
                               util::Progress& progress) {
    validate(settings);
    if (workspace.isReadOnly())
        throw util::UserError("the workspace is open read-only: " + workspace.readOnlyReason());
    return runForecast(workspace.db(), settings, progress);
}

ForecastRunSummary runForecast(store::Connection& db, const ForecastRunSettings& settings,
                               util::Progress& progress) {
    validate(settings);
    const auto start = Clock::now();
    ForecastRunSummary summary;
    summary.bucket = std::string(bucketName(settings.bucket));
    summary.horizon = effectiveHorizon(settings);
    summary.method = settings.method;
    summary.threads = settings.threads > 0
                          ? settings.threads
                          : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));

    progress.setStage("Reading demand");
    auto demand = bucketDemand(db, settings.bucket, settings.today, progress);
    summary.readSeconds = secondsSince(start);
    summary.demandRows = demand.rows;
    summary.seriesWithoutSales = demand.seriesWithoutSales;
    summary.series = static_cast<std::int64_t>(demand.series.size());
    if (demand.lastDay) summary.lastDay = domain::formatIsoDate(*demand.lastDay);

    progress.setStage("Forecasting");
    const auto fitStart = Clock::now();
    const auto starts = periodStarts(demand.endPeriod, summary.horizon, settings.bucket);
    const std::size_t total = demand.series.size();
    std::vector<store::ForecastSeriesRow> rows(total);
    std::atomic<std::size_t> next{0};
    std::atomic<std::uint64_t> done{0};
    std::exception_ptr failure;
    std::mutex failureMutex;
    {
        std::vector<std::jthread> workers;
        const int threads = static_cast<int>(
            std::min<std::size_t>(static_cast<std::size_t>(summary.threads), std::max<std::size_t>(total, 1)));
        for (int t = 0; t < threads; ++t)
            workers.emplace_back([&] {
                for (std::size_t i = next++; i < total; i = next++) {
                    if (progress.isCancelled()) break;
                    try {
                        rows[i] = forecastWith(demand.series[i], starts, settings);
                    } catch (...) {
                        const std::lock_guard lock(failureMutex);
                        if (!failure) failure = std::current_exception();
                        next = total;
                    }
                    // The history is no longer needed: keep peak memory to one copy of it.
                    std::vector<double>().swap(demand.series[i].values);
                    const auto finished = ++done;
                    if (finished % 512 == 0 || finished == total) progress.report(finished, total);
                }
            });
    }
    if (failure) std::rethrow_exception(failure);
    if (progress.isCancelled()) throw util::Cancelled();
    summary.fitSeconds = secondsSince(fitStart);

    // Sums in item order, so the summary is identical for any thread count.
    for (const auto& row : rows) {
        ++summary.classCounts[row.demandClass];
        if (row.model.rfind("naive (fallback", 0) == 0) ++summary.fallbacks;
        if (row.mase && row.smape && row.bias) {
            ++summary.scored;
            summary.meanMase += *row.mase;
            summary.meanSmape += *row.smape;
            summary.meanBias += *row.bias;
        }
    }
    if (summary.scored > 0) {
        summary.meanMase /= static_cast<double>(summary.scored);
        summary.meanSmape /= static_cast<double>(summary.scored);
        summary.meanBias /= static_cast<double>(summary.scored);
    }

    progress.setStage("Saving");
    const auto writeStart = Clock::now();
    store::ForecastRunHeader header;
    header.createdAt = store::utcNowIso();
    header.bucket = summary.bucket;
    header.horizon = summary.horizon;
    header.method = settings.method;
    header.settingsJson = settingsJson(settings, summary.lastDay);
    header.engineVersion = std::string("StockTower ") + STOCKTOWER_VERSION;
    header.seriesCount = summary.series;
    header.seconds = secondsSince(start); // reading and fitting; the write adds little
    summary.runId = store::saveForecastRun(db, header, rows);
    summary.writeSeconds = secondsSince(writeStart);
    summary.seconds = secondsSince(start);
    return summary;
}

} // namespace stocktower::forecast
