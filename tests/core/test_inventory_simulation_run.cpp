// Policy simulation runs: identical results for any thread count and on rerun, common random
// numbers across policies, cancel, totals, input validation and names. Oracles: equality between
// runs (bit for bit), hand-summed totals, and the messages' fields.
#include "inventory/simulation.h"
#include "util/errors.h"
#include "util/progress.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

using namespace stocktower;
using namespace stocktower::inventory;

namespace {

double perPeriodMean(const SimDemand& demand) {
    if (demand.distribution != SimDemandDistribution::Bootstrap)
        return demand.mean * demand.occurrenceProbability;
    double sum = 0;
    for (double value : demand.history)
        sum += value;
    return sum / static_cast<double>(demand.history.size());
}

// A small mixed catalogue: every policy, demand model and shortage rule, variable lead times.
std::vector<SimItem> catalogue() {
    std::vector<SimItem> items;
    for (int i = 0; i < 24; ++i) {
        SimItem item;
        item.name = "SKU-" + std::to_string(i);
        item.leadTime = {1.0 + i % 4, i % 3 == 0 ? 0.8 : 0.0};
        switch (i % 5) {
        case 0:
            item.demand = {SimDemandDistribution::Normal, 50.0 + i, 15.0, {}, 1.0};
            break;
        case 1:
            item.demand = {SimDemandDistribution::Gamma, 12.0, 9.0, {}, 0.3};
            break;
        case 2:
            item.demand = {SimDemandDistribution::Poisson, 2.0, 0.0, {}, 1.0};
            break;
        case 3:
            item.demand = {SimDemandDistribution::NegativeBinomial, 5.0, 4.0, {}, 0.5};
            break;
        default:
            item.demand = {SimDemandDistribution::Bootstrap, 0, 0, {0, 4, 9, 0, 2, 7}, 1.0};
        }
        // Policies sized to the item's mean demand a period, so that service is plausible.
        const double m = perPeriodMean(item.demand);
        const double cover = (item.leadTime.mean + 1.0) * m * 1.4;
        switch (i % 3) {
        case 0:
            item.policy = {SimPolicyKind::PeriodicOrderUpTo, 0, 0, cover + 2.0 * m, 2, i % 2, 0, 0};
            break;
        case 1:
            item.policy = {SimPolicyKind::ReorderPointQuantity, cover, 3.0 * m, 0, 1, 0, 0, 0};
            break;
        default:
            item.policy = {SimPolicyKind::MinMax, cover, 0, cover + 3.0 * m, 1, 0, 2, 1};
        }
        item.shortage = i % 4 == 0 ? SimShortage::LostSales : SimShortage::Backorder;
        items.push_back(item);
    }
    return items;
}

SimSettings settings(int threads, std::uint64_t seed = 7) {
    SimSettings s;
    s.periods = 60;
    s.warmUpPeriods = 6;
    s.replications = 40;
    s.seed = seed;
    s.threads = threads;
    return s;
}

// Bit-for-bit equality, NaN included (an item without demand has a NaN fill rate).
bool same(double a, double b) {
    return std::memcmp(&a, &b, sizeof a) == 0;
}

bool same(const SimEstimate& a, const SimEstimate& b) {
    return same(a.mean, b.mean) && same(a.standardError, b.standardError);
}

bool same(const SimItemResult& a, const SimItemResult& b) {
    return same(a.cycleServiceLevel, b.cycleServiceLevel) && same(a.readyRate, b.readyRate) &&
           same(a.fillRate, b.fillRate) && same(a.averageOnHand, b.averageOnHand) &&
           same(a.averageBackorders, b.averageBackorders) && same(a.demandUnits, b.demandUnits) &&
           same(a.stockoutUnits, b.stockoutUnits) && same(a.orders, b.orders) &&
           same(a.orderedUnits, b.orderedUnits) && same(a.stockoutPeriods, b.stockoutPeriods) &&
           same(a.cycles, b.cycles);
}

bool same(const SimResult& a, const SimResult& b) {
    if (a.items.size() != b.items.size()) return false;
    for (std::size_t i = 0; i < a.items.size(); ++i)
        if (!same(a.items[i], b.items[i])) return false;
    const auto& x = a.totals;
    const auto& y = b.totals;
    return x.itemSites == y.itemSites && same(x.fillRate, y.fillRate) &&
           same(x.meanCycleServiceLevel, y.meanCycleServiceLevel) &&
           same(x.meanReadyRate, y.meanReadyRate) && same(x.meanFillRate, y.meanFillRate) &&
           same(x.averageOnHand, y.averageOnHand) &&
           same(x.averageBackorders, y.averageBackorders) && same(x.demandUnits, y.demandUnits) &&
           same(x.stockoutUnits, y.stockoutUnits) && same(x.orders, y.orders) &&
           same(x.stockoutPeriods, y.stockoutPeriods);
}

class CancelAfter final : public util::Progress {
public:
    explicit CancelAfter(std::uint64_t after) : m_after(after) {}
    void report(std::uint64_t done, std::uint64_t) override {
        if (done >= m_after) cancel();
    }

private:
    std::uint64_t m_after;
};

class Recorder final : public util::Progress {
public:
    void report(std::uint64_t done, std::uint64_t total) override {
        m_last = done;
        m_total = total;
    }
    std::uint64_t m_last = 0, m_total = 0;
};

std::string messageOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const util::UserError& error) {
        return error.what();
    }
    return "(no error)";
}

} // namespace

TEST(InventorySimulationRun, SameResultsForAnyThreadCountAndRerun) {
    const auto items = catalogue();
    util::NullProgress progress;
    const auto one = runSimulation(items, settings(1), progress);
    EXPECT_EQ(one.threads, 1);
    for (int threads : {2, 4}) {
        const auto many = runSimulation(items, settings(threads), progress);
        EXPECT_EQ(many.threads, threads);
        EXPECT_TRUE(same(one, many)) << threads << " threads";
    }
    EXPECT_TRUE(same(one, runSimulation(items, settings(1), progress))) << "rerun";
    // Each item-site alone gives the run's figure for it (streams depend on the index only).
    for (std::size_t i : {0u, 7u, 23u})
        EXPECT_TRUE(same(one.items[i], simulateItem(items[i], i, settings(1)))) << i;
}

TEST(InventorySimulationRun, DifferentSeedDifferentResults) {
    const auto items = catalogue();
    util::NullProgress progress;
    const auto a = runSimulation(items, settings(2, 7), progress);
    const auto b = runSimulation(items, settings(2, 8), progress);
    EXPECT_FALSE(same(a, b));
    EXPECT_NE(a.totals.demandUnits, b.totals.demandUnits);
    // Every stochastic item-site changes, not only some.
    for (std::size_t i = 0; i < items.size(); ++i)
        EXPECT_NE(a.items[i].demandUnits, b.items[i].demandUnits) << i;
}

// Demand and lead times draw from separate streams: a different policy for the same item-site meets
// exactly the same demand (common random numbers), so a what-if difference is the policy's, not
// noise.
TEST(InventorySimulationRun, PolicyChangeKeepsTheDemandPath) {
    auto item = catalogue()[5]; // normal demand, variable lead time
    const auto base = simulateItem(item, 5, settings(1));
    item.policy.orderUpTo += 40;
    item.leadTime.sd = 1.5;
    const auto whatIf = simulateItem(item, 5, settings(1));
    EXPECT_EQ(base.demandUnits, whatIf.demandUnits);
    EXPECT_NE(base.averageOnHand.mean, whatIf.averageOnHand.mean);
    EXPECT_GT(whatIf.averageOnHand.mean, base.averageOnHand.mean);
}

TEST(InventorySimulationRun, TotalsAreSumsAndMeansOfItems) {
    const auto items = catalogue();
    util::NullProgress progress;
    const auto result = runSimulation(items, settings(2), progress);
    double onHand = 0, demand = 0, stockout = 0, ready = 0;
    for (const auto& item : result.items) {
        onHand += item.averageOnHand.mean;
        demand += item.demandUnits;
        stockout += item.stockoutUnits;
        ready += item.readyRate.mean;
    }
    EXPECT_EQ(result.totals.itemSites, items.size());
    EXPECT_DOUBLE_EQ(result.totals.averageOnHand, onHand);
    EXPECT_DOUBLE_EQ(result.totals.fillRate, (demand - stockout) / demand);
    EXPECT_DOUBLE_EQ(result.totals.meanReadyRate, ready / items.size());
    EXPECT_GT(result.totals.fillRate, 0.5);
    EXPECT_LT(result.totals.fillRate, 1.0);
    for (const auto& item : result.items) {
        EXPECT_GE(item.fillRate.mean, 0.0);
        EXPECT_LE(item.fillRate.mean, 1.0);
        EXPECT_GE(item.fillRate.standardError, 0.0); // 0 for items that never run out
        EXPECT_LT(item.fillRate.standardError, 0.05);
    }
}

TEST(InventorySimulationRun, ProgressAndCancel) {
    const auto items = catalogue();
    Recorder recorder;
    runSimulation(items, settings(2), recorder);
    EXPECT_EQ(recorder.m_last, items.size());
    EXPECT_EQ(recorder.m_total, items.size());

    CancelAfter cancelled(0);
    cancelled.cancel();
    EXPECT_THROW(runSimulation(items, settings(2), cancelled), util::Cancelled);
    // Cancel while running: reports come every 256 item-sites or at the end, so use enough.
    std::vector<SimItem> many;
    for (int copy = 0; copy < 40; ++copy)
        for (const auto& item : catalogue())
            many.push_back(item);
    CancelAfter midway(256);
    EXPECT_THROW(runSimulation(many, settings(2), midway), util::Cancelled);
}

TEST(InventorySimulationRun, EmptyCatalogue) {
    util::NullProgress progress;
    const auto result = runSimulation({}, settings(0), progress);
    EXPECT_TRUE(result.items.empty());
    EXPECT_EQ(result.totals.itemSites, 0u);
    EXPECT_TRUE(std::isnan(result.totals.fillRate));
}

TEST(InventorySimulationRun, InputErrorsNameTheField) {
    const auto good = catalogue();
    util::NullProgress progress;
    auto withItem = [&](const std::function<void(SimItem&)>& change, std::size_t index = 3) {
        auto items = good;
        change(items[index]);
        return messageOf([&] { runSimulation(items, settings(1), progress); });
    };
    auto expectMessage = [](const std::string& message, const std::vector<std::string>& parts) {
        for (const auto& part : parts)
            EXPECT_NE(message.find(part), std::string::npos) << message << " — missing " << part;
    };
    // Item 3 (index 3) is named "SKU-3"; messages say which one, and which field.
    expectMessage(withItem([](SimItem& i) { i.demand.sd = -1; }),
                  {"item-site #4", "SKU-3", "demand sd", "negative"});
    expectMessage(withItem([](SimItem& i) { i.demand.mean = -2; }), {"demand mean"});
    expectMessage(withItem([](SimItem& i) { i.policy.orderQuantity = 0; }, 1),
                  {"SKU-1", "order quantity Q", "greater than 0"});
    expectMessage(withItem([](SimItem& i) { i.policy.orderQuantity = -5; }, 1),
                  {"order quantity Q"});
    expectMessage(withItem([](SimItem& i) { i.policy.orderUpTo = 10; }, 2),
                  {"SKU-2", "order-up-to level S", "reorder point s"});
    expectMessage(withItem([](SimItem& i) { i.policy.reviewPeriod = 0; }, 0), {"review period R"});
    expectMessage(withItem([](SimItem& i) { i.policy.reviewOffset = 2; }, 0), {"review offset"});
    expectMessage(withItem([](SimItem& i) { i.policy.reviewPeriod = 4; }, 1),
                  {"review period R", "(s,Q)"});
    expectMessage(withItem([](SimItem& i) { i.policy.reorderPoint = -1; }, 1), {"reorder point s"});
    expectMessage(withItem([](SimItem& i) { i.policy.minimumOrder = -1; }),
                  {"minimum order quantity"});
    expectMessage(withItem([](SimItem& i) { i.policy.orderMultiple = NAN; }),
                  {"order multiple", "finite"});
    expectMessage(withItem([](SimItem& i) { i.leadTime.sd = -0.5; }), {"lead time sd"});
    expectMessage(withItem([](SimItem& i) { i.leadTime.mean = -1; }), {"lead time mean"});
    expectMessage(withItem([](SimItem& i) { i.leadTime.mean = 5000; }), {"lead time mean"});
    expectMessage(withItem([](SimItem& i) { i.initialOnHand = -3; }), {"initial on hand"});
    expectMessage(withItem([](SimItem& i) { i.demand.occurrenceProbability = 0; }),
                  {"demand occurrence probability"});
    expectMessage(withItem([](SimItem& i) { i.demand.sd = 1.0; }), // NB with σ² ≤ μ − 1
                  {"demand sd", "negative binomial"});
    expectMessage(withItem([](SimItem& i) { i.demand.history.clear(); }, 4),
                  {"SKU-4", "demand history"});
    expectMessage(withItem(
                      [](SimItem& i) {
                          i.demand.history = {0, 0};
                          i.demand.occurrenceProbability = 0.5;
                      },
                      4),
                  {"demand history"});
    expectMessage(withItem([](SimItem& i) {
                      i.demand = {SimDemandDistribution::Poisson, 0.5, 0, {}, 0.2};
                  }),
                  {"demand mean", "at least 1"});

    // Settings.
    auto withSettings = [&](const std::function<void(SimSettings&)>& change) {
        auto s = settings(1);
        change(s);
        return messageOf([&] { runSimulation(good, s, progress); });
    };
    expectMessage(withSettings([](SimSettings& s) { s.periods = 0; }), {"periods"});
    expectMessage(withSettings([](SimSettings& s) { s.warmUpPeriods = 60; }), {"warm-up"});
    expectMessage(withSettings([](SimSettings& s) { s.replications = 0; }), {"replications"});
    expectMessage(withSettings([](SimSettings& s) { s.threads = -1; }), {"threads"});
    // The single-item entry points validate too.
    auto bad = good[1];
    bad.policy.orderQuantity = 0;
    EXPECT_THROW(simulateItem(bad, 1, settings(1)), util::UserError);
    EXPECT_THROW(traceReplication(good[1], 1, 40, settings(1)), util::UserError);
}

TEST(InventorySimulationRun, NamesRoundTrip) {
    for (auto kind : {SimPolicyKind::ReorderPointQuantity, SimPolicyKind::PeriodicOrderUpTo,
                      SimPolicyKind::MinMax})
        EXPECT_EQ(parseSimPolicyKind(simPolicyKindName(kind)), kind);
    EXPECT_EQ(parseSimPolicyKind("(s,S)"), SimPolicyKind::MinMax);
    EXPECT_EQ(parseSimPolicyKind("min_max"), SimPolicyKind::MinMax);
    EXPECT_EQ(parseSimPolicyKind("(R,S)"), SimPolicyKind::PeriodicOrderUpTo);
    EXPECT_EQ(parseSimPolicyKind("SQ"), SimPolicyKind::ReorderPointQuantity);
    EXPECT_FALSE(parseSimPolicyKind("eoq"));
    for (auto d : {SimDemandDistribution::Normal, SimDemandDistribution::Gamma,
                   SimDemandDistribution::Poisson, SimDemandDistribution::NegativeBinomial,
                   SimDemandDistribution::Bootstrap})
        EXPECT_EQ(parseSimDemandDistribution(simDemandDistributionName(d)), d);
    EXPECT_EQ(parseSimDemandDistribution("Poisson"), SimDemandDistribution::Poisson);
    for (auto s : {SimShortage::Backorder, SimShortage::LostSales})
        EXPECT_EQ(parseSimShortage(simShortageName(s)), s);
    EXPECT_FALSE(parseSimShortage("lost"));
}
