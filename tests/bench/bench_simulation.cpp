// Policy simulation benchmark (Google Benchmark): the size the simulation is sized for — 10,000
// item-sites × 104 weeks × 100 replications — with a realistic mix of smooth and intermittent
// items. Target: under 30 s on 2 cores. Run from a Release build:
//   BUILD/tests/bench/stocktower_bench --benchmark_filter=Simulation
#include "inventory/simulation.h"
#include "util/progress.h"

#include <benchmark/benchmark.h>
#include <boost/random/mersenne_twister.hpp>
#include <boost/random/uniform_int_distribution.hpp>
#include <boost/random/uniform_real_distribution.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace stocktower;
using namespace stocktower::inventory;

namespace {

constexpr int kItemSites = 10'000;

// A fixed catalogue: 60% smooth (normal, mostly (R,S), some (s,Q)), 25% intermittent (Croston-type
// occurrence × size, min-max), 10% slow Poisson movers, 5% bootstrapped from a year of history;
// lead times of 1–8 weeks, a third of them variable.
std::vector<SimItem> makeCatalogue() {
    boost::random::mt19937_64 rng(20240611);
    auto uniform = [&](double low, double high) {
        return boost::random::uniform_real_distribution<double>(low, high)(rng);
    };
    auto pick = [&](int low, int high) {
        return boost::random::uniform_int_distribution<int>(low, high)(rng);
    };
    std::vector<SimItem> items(kItemSites);
    for (int i = 0; i < kItemSites; ++i) {
        auto& item = items[static_cast<std::size_t>(i)];
        const int lead = pick(1, 8);
        item.leadTime = {static_cast<double>(lead), i % 3 == 0 ? uniform(0.3, 1.5) : 0.0};
        const double z = uniform(1.0, 2.3);
        const int kind = i % 20;
        if (kind < 12) { // smooth
            const double mean = uniform(20.0, 200.0);
            item.demand = {SimDemandDistribution::Normal, mean, mean * uniform(0.1, 0.5), {}, 1.0};
        } else if (kind < 17) { // intermittent: demand in 10–50% of weeks
            const auto sizes = kind % 2 == 0 ? SimDemandDistribution::NegativeBinomial
                                             : SimDemandDistribution::Gamma;
            const double size = uniform(3.0, 30.0);
            item.demand = {sizes, size, size * uniform(0.6, 1.2), {}, uniform(0.1, 0.5)};
        } else if (kind < 19) { // slow movers
            item.demand = {SimDemandDistribution::Poisson, uniform(0.3, 3.0), 0.0, {}, 1.0};
        } else { // bootstrap from a year of weekly history
            item.demand.distribution = SimDemandDistribution::Bootstrap;
            for (int w = 0; w < 52; ++w)
                item.demand.history.push_back(pick(0, 3) == 0 ? 0.0 : uniform(5.0, 60.0));
        }
        // Policy parameters from the usual normal approximations: what a planner would set.
        const auto& d = item.demand;
        double mean = d.mean * d.occurrenceProbability;
        double var = d.occurrenceProbability * (d.sd * d.sd + d.mean * d.mean) - mean * mean;
        if (d.distribution == SimDemandDistribution::Poisson) var = mean;
        if (d.distribution == SimDemandDistribution::Bootstrap) {
            mean = var = 0.0;
            for (double h : d.history)
                mean += h / 52.0;
            for (double h : d.history)
                var += (h - mean) * (h - mean) / 51.0;
        }
        const double sd = std::sqrt(std::max(var, 0.0));
        if (kind < 9 || kind == 19) { // (R,S), weekly or four-weekly review
            const int review = i % 2 == 0 ? 1 : 4;
            const double protection = review + lead;
            item.policy = {SimPolicyKind::PeriodicOrderUpTo,
                           0.0,
                           0.0,
                           std::ceil(protection * mean + z * sd * std::sqrt(protection)),
                           review,
                           i % review,
                           0.0,
                           0.0};
        } else if (kind < 12) { // (s,Q) with an EOQ-like batch of about four weeks
            item.policy = {SimPolicyKind::ReorderPointQuantity,
                           std::ceil(lead * mean + z * sd * std::sqrt(lead + 1.0)),
                           std::ceil(4.0 * mean),
                           0.0,
                           1,
                           0,
                           0.0,
                           0.0};
        } else { // min-max, weekly review, MOQ for the intermittent ones
            const double s = std::ceil((lead + 1.0) * mean + z * sd * std::sqrt(lead + 1.0));
            item.policy = {
                SimPolicyKind::MinMax, s,  0.0, s + std::ceil(std::max(4.0 * mean, 1.0)), 1, 0,
                kind < 17 ? 5.0 : 0.0, 0.0};
        }
        item.shortage = i % 4 == 0 ? SimShortage::LostSales : SimShortage::Backorder;
    }
    return items;
}

void BM_Simulation(benchmark::State& state) {
    const auto items = makeCatalogue();
    SimSettings settings;
    settings.periods = 104;
    settings.replications = 100;
    settings.threads = static_cast<int>(state.range(0));
    SimResult result;
    for (auto _ : state) {
        util::NullProgress progress;
        result = runSimulation(items, settings, progress);
        benchmark::DoNotOptimize(result.totals);
    }
    const double periods =
        static_cast<double>(kItemSites) * settings.periods * settings.replications;
    state.counters["threads"] = result.threads;
    state.counters["item_sites"] = kItemSites;
    state.counters["periods_per_s"] =
        benchmark::Counter(periods, benchmark::Counter::kIsIterationInvariantRate);
    state.counters["fill_rate"] = result.totals.fillRate;
    state.counters["mean_csl"] = result.totals.meanCycleServiceLevel;
}

} // namespace

// threads 0 = all cores (the target), 1 = one core (to see the scaling). Wall time is the
// figure; the CPU column sums all threads (MeasureProcessCPUTime), so on a busy machine
// CPU ÷ threads shows what the run would take on idle cores.
BENCHMARK(BM_Simulation)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kSecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime()
    ->Iterations(1);
