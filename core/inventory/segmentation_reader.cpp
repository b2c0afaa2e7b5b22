#include "inventory/segmentation_reader.h"

#include "forecast/bucketing.h"
#include "store/cancellation.h"
#include "store/demand_reader.h"
#include "store/forecast_queries.h"
#include "store/item_queries.h"
#include "store/segmentation_queries.h"
#include "util/errors.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <limits>
#include <unordered_map>

namespace stocktower::inventory {

namespace {

using Clock = std::chrono::steady_clock;

// Sums one ranking unit (an item-site, or an item over its sites) while the stream passes.
struct Accumulator {
    std::int64_t itemId = 0;
    std::int64_t siteId = 0;
    double units = 0.0;
    double picks = 0.0;
    std::vector<double> periods;

    void reset(std::int64_t item, std::int64_t site, int periodCount) {
        itemId = item;
        siteId = site;
        units = 0.0;
        picks = 0.0;
        periods.assign(static_cast<std::size_t>(periodCount), 0.0);
    }
};

class InputBuilder {
public:
    InputBuilder(const SegmentationSettings& settings, const SegmentationWindow& window,
                 std::vector<store::CostRow> costs, const std::vector<store::SiteRow>& sites)
        : m_settings(settings), m_window(window), m_costs(std::move(costs)) {
        m_costIndex.reserve(m_costs.size());
        for (std::size_t i = 0; i < m_costs.size(); ++i) m_costIndex.emplace(m_costs[i].itemId, i);
        for (const auto& site : sites) m_siteCodes.emplace(site.id, site.code);
    }

    // Called in (item, site) order, once per item-site.
    void add(std::int64_t itemId, std::int64_t siteId, const std::vector<store::UsageDay>* days) {
        const bool across = m_settings.scope == AbcScope::AcrossSites;
        if (!m_open || m_current.itemId != itemId || (!across && m_current.siteId != siteId)) {
            flush();
            m_current.reset(itemId, across ? 0 : siteId, m_window.periods);
            m_open = true;
        }
        if (across) m_members.push_back({itemId, siteId, 0});
        if (!days) return;
        for (const auto& day : *days) {
            m_current.units += day.quantity;
            if (day.hasOrderLines) {
                m_current.picks += static_cast<double>(day.orderLines);
            } else if (day.quantity > 0) {
                // Without order lines a day's row is one line: the best count the data allows.
                m_current.picks += 1.0;
                ++m_rowsWithoutOrderLines;
            }
            const int period = m_window.periodOf(day.day);
            if (period >= 0) m_current.periods[static_cast<std::size_t>(period)] += day.quantity;
        }
    }

    void flush() {
        if (!m_open) return;
        m_open = false;
        SegmentInput input;
        input.itemId = m_current.itemId;
        input.siteId = m_current.siteId;
        input.units = m_current.units;
        input.picks = m_current.picks;
        const auto found = m_costIndex.find(m_current.itemId);
        const store::CostRow* cost = found == m_costIndex.end() ? nullptr : &m_costs[found->second];
        if (cost) {
            input.sku = cost->sku;
            input.description = cost->description;
        } else {
            input.sku = fmt::format("#{}", m_current.itemId); // a foreign-key hole: still shown
        }
        if (input.siteId != 0) {
            const auto site = m_siteCodes.find(input.siteId);
            input.siteCode = site == m_siteCodes.end() ? fmt::format("#{}", input.siteId) : site->second;
        }
        input.costMissing = !cost || !cost->unitCost;
        input.priceMissing = !cost || !cost->unitPrice;
        if (!input.costMissing) input.value = input.units * *cost->unitCost;
        if (!input.costMissing && !input.priceMissing) input.margin = input.units * (*cost->unitPrice - *cost->unitCost);
        input.variability = variability(m_current.periods);
        m_inputs.push_back(std::move(input));
    }

    std::vector<SegmentInput> takeInputs() { return std::move(m_inputs); }
    [[nodiscard]] const std::vector<SegmentMember>& members() const { return m_members; }
    [[nodiscard]] std::int64_t rowsWithoutOrderLines() const { return m_rowsWithoutOrderLines; }
    [[nodiscard]] const std::unordered_map<std::int64_t, std::string>& siteCodes() const { return m_siteCodes; }

private:
    const SegmentationSettings& m_settings;
    const SegmentationWindow& m_window;
    std::vector<store::CostRow> m_costs;
    std::unordered_map<std::int64_t, std::size_t> m_costIndex;
    std::unordered_map<std::int64_t, std::string> m_siteCodes;
    Accumulator m_current;
    bool m_open = false;
    std::vector<SegmentInput> m_inputs;
    std::vector<SegmentMember> m_members;
    std::int64_t m_rowsWithoutOrderLines = 0;
};

} // namespace

int SegmentationWindow::periodOf(domain::DayNumber day) const {
    if (day < first || day > last) return -1;
    if (period == XyzPeriod::Week) return periods - 1 - (last - day) / 7;
    const int index = forecast::periodOf(day, forecast::Bucket::Month) - firstMonth;
    return index >= 0 && index < periods ? index : -1;
}

SegmentationWindow segmentationWindow(domain::DayNumber last, int windowWeeks, XyzPeriod period) {
    SegmentationWindow window;
    window.last = last;
    window.first = last - 7 * windowWeeks + 1;
    window.period = period;
    if (period == XyzPeriod::Week) {
        window.periods = windowWeeks;
        window.firstPeriodStart = window.first;
        return window;
    }
    // Whole calendar months only: a partial month would look like a dip in demand.
    using forecast::Bucket;
    int firstMonth = forecast::periodOf(window.first, Bucket::Month);
    if (forecast::periodStart(firstMonth, Bucket::Month) < window.first) ++firstMonth;
    int lastMonth = forecast::periodOf(last, Bucket::Month);
    if (forecast::periodStart(lastMonth + 1, Bucket::Month) - 1 > last) --lastMonth;
    window.firstMonth = firstMonth;
    window.periods = std::max(0, lastMonth - firstMonth + 1);
    window.firstPeriodStart = forecast::periodStart(firstMonth, Bucket::Month);
    return window;
}

SegmentationResult segmentWorkspace(store::Connection& db, const SegmentationSettings& settings,
                                    util::Progress& progress) {
    validate(settings);
    const auto started = Clock::now();
    progress.setStage("Reading demand");
    const store::InterruptWhenCancelled interrupt(db, progress);
    try {
        // No demand and no "today": the window is empty, every known item-site has no usage. The
        // last demand day is a scan of the demand table: read only when no day is given.
        const auto lastDemand = settings.today ? std::nullopt : store::lastDemandDay(db);
        const bool anyDemand = settings.today ? store::hasDemand(db) : lastDemand.has_value();
        const domain::DayNumber last = settings.today ? *settings.today : lastDemand.value_or(0);
        const SegmentationWindow window = segmentationWindow(last, settings.windowWeeks, settings.xyzPeriod);
        const auto sites = store::loadSites(db);
        InputBuilder builder(settings, window, store::loadItemCosts(db), sites);
        const auto stocked = store::loadStockedItemSites(db, settings.siteId);
        const auto expected = static_cast<std::uint64_t>(std::max<std::int64_t>(1, store::countItemSites(db)));

        // Two sorted streams, merged: item-sites with demand, and those only stocked or planned.
        std::size_t nextStocked = 0;
        std::uint64_t seen = 0;
        const auto addStockedBefore = [&](const store::ItemSiteKey& key) {
            while (nextStocked < stocked.size() && stocked[nextStocked] < key) {
                builder.add(stocked[nextStocked].itemId, stocked[nextStocked].siteId, nullptr);
                ++nextStocked;
            }
            if (nextStocked < stocked.size() && stocked[nextStocked] == key) ++nextStocked;
        };
        std::int64_t demandRows = 0;
        if (anyDemand) {
            demandRows = store::readWindowUsage(
                db, window.first, window.last, settings.siteId, [&](const store::ItemSiteUsage& usage) {
                    if (progress.isCancelled()) return false;
                    addStockedBefore({usage.itemId, usage.siteId});
                    builder.add(usage.itemId, usage.siteId, &usage.days);
                    if (++seen % 1024 == 0) progress.report(std::min(seen, expected), expected);
                    return true;
                });
        }
        if (progress.isCancelled()) throw util::Cancelled();
        addStockedBefore({std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::int64_t>::max()});
        builder.flush();
        const double readSeconds = std::chrono::duration<double>(Clock::now() - started).count();

        progress.setStage("Classifying");
        auto result = segment(builder.takeInputs(), settings, builder.members());
        result.windowFirst = window.first;
        result.windowLast = window.last;
        result.periods = window.periods;
        result.hasDemand = anyDemand;
        result.demandRows = demandRows;
        result.rowsWithoutOrderLines = builder.rowsWithoutOrderLines();
        result.readSeconds = readSeconds;
        for (const auto& site : sites)
            if (!settings.siteId || *settings.siteId == site.id) result.siteCodes[site.id] = site.code;
        progress.report(expected, expected);
        return result;
    } catch (const store::SqliteError& error) {
        if (store::InterruptWhenCancelled::isInterruption(error) && progress.isCancelled()) throw util::Cancelled();
        throw;
    }
}

} // namespace stocktower::inventory
