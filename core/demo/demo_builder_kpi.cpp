#include "demo/demo_builder.h"

#include "demo/demo_random.h"
#include "demo/demo_time.h"

#include <boost/random/discrete_distribution.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace stocktower::demo {

using domain::DayNumber;
using domain::Value;

void DemoBuilder::countWork(std::vector<std::vector<int>>& perSite, std::size_t site, DayNumber day) const {
    if (site >= perSite.size() || day < m_first || day > m_last) return;
    ++perSite[site][static_cast<std::size_t>(day - m_first)];
}

// Every working day of the recent history each site counts some item-sites in their pick bins;
// A items come round more often (weights 4:2:1 for A:B:C). Most counts match the book; a few
// find a variance of some units, as real cycle counts do.
void DemoBuilder::writeCycleCounts() {
    RecordSink& sink = beginStage("cycle_counts", "Cycle counts");
    const FieldPositions f(sink.type());
    std::vector<Value> row(sink.type().fields.size());
    const std::size_t siteCount = m_assortment.sites.size();
    m_countLines.assign(siteCount, std::vector<int>(static_cast<std::size_t>(m_last - m_first + 1), 0));
    for (std::size_t s = 0; s < siteCount; ++s) {
        std::vector<std::size_t> itemSites;
        std::vector<double> weights;
        for (std::size_t k = 0; k < m_assortment.itemSites.size(); ++k) {
            const auto& p = m_assortment.itemSites[k];
            if (p.site != s || !m_slots[k].forward) continue;
            itemSites.push_back(k);
            const char abc = m_assortment.valueClasses[p.item];
            weights.push_back(abc == 'A' ? 4.0 : abc == 'B' ? 2.0 : 1.0);
        }
        if (itemSites.empty()) continue;
        boost::random::discrete_distribution<std::size_t, double> pick(weights.begin(), weights.end());
        const int perDay = static_cast<int>(std::max<std::size_t>(5, itemSites.size() / 120));
        for (DayNumber day = m_last - kRecentHistoryDays + 1; day <= m_last; ++day) {
            if (isWeekend(day)) continue;
            Rng rng = makeRng(m_options.seed, Stream::CycleCount, static_cast<std::uint64_t>(day), s);
            const std::string countRef =
                fmt::format("CC-{}-{}", domain::formatIsoDate(day), m_assortment.sites[s].code);
            for (int n = 0; n < perDay; ++n) {
                const std::size_t k = itemSites[pick(rng)];
                const auto& p = m_assortment.itemSites[k];
                // The book then was about what it is now: stock turns over around a level.
                const double book = std::max(0.0, std::round(m_availableNow[k] * uniform(rng, 0.6, 1.4)));
                double counted = book;
                if (chance(rng, 0.07)) {
                    const double delta = std::max(1.0, std::round(book * uniform(rng, 0.005, 0.08)));
                    counted = chance(rng, 0.6) ? std::max(0.0, book - delta) : book + delta;
                }
                row[f("count_ref")] = countRef;
                row[f("line")] = std::int64_t{n + 1};
                row[f("site")] = idValue(m_siteIds[s]);
                row[f("item")] = idValue(m_itemIds[p.item]);
                row[f("location")] = locationValue(s, m_slots[k].forward);
                row[f("lot")] = std::string();
                row[f("counted_at")] = utcTimestamp(day, uniformInt(rng, 6 * 60, 14 * 60), uniformInt(rng, 0, 59));
                row[f("book_qty")] = book;
                row[f("counted_qty")] = counted;
                row[f("unit_cost")] = Value();
                row[f("abc_class")] = std::string(1, static_cast<char>(m_assortment.valueClasses[p.item] - 'A' + 'a'));
                row[f("counter")] = fmt::format("E-{}", 100 + uniformInt(rng, 1, 12));
                sink.write(row);
                countWork(m_countLines, s, day);
            }
            checkCancelled();
        }
        m_progress.report(s + 1, siteCount);
    }
}

// Direct labour per site, day and activity, in quarter hours, from the work of that day: pickers
// manage about 55–70 lines an hour, packers twice that; receiving and put-away go by receipt
// line, counting by count.
void DemoBuilder::writeLabourHours() {
    RecordSink& sink = beginStage("labour_hours", "Labour hours");
    const FieldPositions f(sink.type());
    std::vector<Value> row(sink.type().fields.size());
    auto quarterHours = [](double hours) { return std::ceil(hours * 4.0) / 4.0; };
    for (std::size_t s = 0; s < m_assortment.sites.size(); ++s) {
        for (DayNumber day = m_last - kRecentHistoryDays + 1; day <= m_last; ++day) {
            const auto index = static_cast<std::size_t>(day - m_first);
            const int shipped = m_shippedLines[s][index];
            const int received = m_receiptLines[s][index];
            const int counted = m_countLines[s][index];
            Rng rng = makeRng(m_options.seed, Stream::Labour, static_cast<std::uint64_t>(day), s);
            const double pickRate = uniform(rng, 55.0, 70.0);
            const std::pair<const char*, double> work[] = {
                {"picking", shipped / pickRate},
                {"packing", shipped / (2.0 * pickRate)},
                {"receiving", received * uniform(rng, 0.25, 0.35)},
                {"put_away", received * uniform(rng, 0.15, 0.25)},
                {"counting", counted * uniform(rng, 0.04, 0.06)},
            };
            for (const auto& [activity, hours] : work) {
                if (hours <= 0) continue;
                row[f("site")] = idValue(m_siteIds[s]);
                row[f("date")] = domain::formatIsoDate(day);
                row[f("activity")] = std::string(activity);
                row[f("employee")] = std::string();
                row[f("hours")] = quarterHours(hours);
                sink.write(row);
            }
        }
        checkCancelled();
        m_progress.report(s + 1, m_assortment.sites.size());
    }
}

} // namespace stocktower::demo
