#include "inventory/segmentation.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <tuple>

namespace stocktower::inventory {

namespace {

// Shares are sums of doubles: a prior share of 0.7999999999999999 must still count as 80 %.
constexpr double kShareTolerance = 1e-9;
// A CV computed as exactly 0.25 by hand may come out a few ulps above it.
constexpr double kCvTolerance = 1e-12;

std::uint64_t rowKey(std::int64_t itemId, std::int64_t siteId) {
    // Ids are SQLite rowids of a desktop workspace: far below 2^40 items and 2^24 sites.
    return (static_cast<std::uint64_t>(itemId) << 24) ^ static_cast<std::uint64_t>(siteId);
}

double basisOf(const SegmentInput& input, AbcBasis basis) {
    switch (basis) {
    case AbcBasis::UsageValue: return input.value;
    case AbcBasis::Units: return input.units;
    case AbcBasis::Picks: return input.picks;
    case AbcBasis::Margin: return std::max(0.0, input.margin); // a loss earns no rank
    }
    return input.value;
}

AbcClass abcClassOf(double priorShare, const AbcCutoffs& cutoffs) {
    if (priorShare < cutoffs.a / 100.0 - kShareTolerance) return AbcClass::A;
    if (priorShare < (cutoffs.a + cutoffs.b) / 100.0 - kShareTolerance) return AbcClass::B;
    return AbcClass::C;
}

void add(ClassTotals& totals, const SegmentRow& row) {
    ++totals.count;
    totals.value += row.value;
    totals.basis += row.basis;
    totals.units += row.units;
    totals.picks += row.picks;
}

void setShares(ClassTotals& totals, const ClassTotals& all) {
    totals.countShare = all.count > 0 ? static_cast<double>(totals.count) / static_cast<double>(all.count) : 0.0;
    totals.valueShare = all.value > 0 ? totals.value / all.value : 0.0;
    totals.basisShare = all.basis > 0 ? totals.basis / all.basis : 0.0;
}

} // namespace

char abcLetter(AbcClass abc) { return static_cast<char>('A' + static_cast<int>(abc)); }
char xyzLetter(XyzClass xyz) { return static_cast<char>('X' + static_cast<int>(xyz)); }

std::optional<AbcClass> parseAbcClass(char letter) {
    if (letter >= 'A' && letter <= 'C') return static_cast<AbcClass>(letter - 'A');
    return std::nullopt;
}

std::optional<XyzClass> parseXyzClass(char letter) {
    if (letter >= 'X' && letter <= 'Z') return static_cast<XyzClass>(letter - 'X');
    return std::nullopt;
}

Variability variability(std::span<const double> periods) {
    Variability result;
    if (periods.empty()) return result;
    const double n = static_cast<double>(periods.size());
    result.mean = std::accumulate(periods.begin(), periods.end(), 0.0) / n;
    if (result.mean <= 0.0) return result;
    double squares = 0.0;
    for (double value : periods) squares += (value - result.mean) * (value - result.mean);
    // Population σ, as the demand classes use (forecast/demand_class.h): the window is the
    // whole population being described, not a sample of a larger one.
    result.cv = std::sqrt(squares / n) / result.mean;
    return result;
}

XyzClass xyzClassOf(const std::optional<double>& cv, const XyzThresholds& thresholds) {
    if (!cv) return XyzClass::Z;
    if (*cv <= thresholds.x + kCvTolerance) return XyzClass::X;
    if (*cv <= thresholds.y + kCvTolerance) return XyzClass::Y;
    return XyzClass::Z;
}

const SegmentRow* SegmentationResult::find(std::int64_t itemId, std::int64_t siteId) const {
    const auto key = rowKey(itemId, settings.scope == AbcScope::AcrossSites ? 0 : siteId);
    const auto it = m_rowByKey.find(key);
    return it == m_rowByKey.end() ? nullptr : &rows[it->second];
}

void SegmentationResult::index() {
    m_rowByKey.clear();
    m_rowByKey.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) m_rowByKey.emplace(rowKey(rows[i].itemId, rows[i].siteId), i);
}

SegmentationResult segment(std::vector<SegmentInput> inputs, const SegmentationSettings& settings,
                           std::span<const SegmentMember> members) {
    const auto started = std::chrono::steady_clock::now();
    SegmentationResult result;
    result.settings = settings;
    const bool perSite = settings.scope == AbcScope::PerSite;

    std::vector<double> basis(inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i) basis[i] = basisOf(inputs[i], settings.basis);

    // Ranking groups: a site each (in site code order), or everything. Sorting small keys keeps
    // 100,000 rows fast; the strings are compared only to break ties.
    std::vector<std::pair<std::string_view, std::int64_t>> sites;
    if (perSite) {
        for (const auto& in : inputs) sites.emplace_back(in.siteCode, in.siteId);
        std::sort(sites.begin(), sites.end());
        sites.erase(std::unique(sites.begin(), sites.end()), sites.end());
    }
    struct Key {
        std::uint32_t group;
        std::uint32_t input;
        double basis;
    };
    std::vector<Key> keys(inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        std::uint32_t group = 0;
        if (perSite) {
            const auto it = std::lower_bound(sites.begin(), sites.end(),
                                             std::pair<std::string_view, std::int64_t>(inputs[i].siteCode, inputs[i].siteId));
            group = static_cast<std::uint32_t>(it - sites.begin());
        }
        keys[i] = {group, static_cast<std::uint32_t>(i), basis[i]};
    }
    std::sort(keys.begin(), keys.end(), [&](const Key& l, const Key& r) {
        if (l.group != r.group) return l.group < r.group;
        if (l.basis != r.basis) return l.basis > r.basis;
        const SegmentInput& left = inputs[l.input];
        const SegmentInput& right = inputs[r.input];
        return std::tie(left.sku, left.siteCode, left.itemId, left.siteId) <
               std::tie(right.sku, right.siteCode, right.itemId, right.siteId);
    });
    std::vector<std::size_t> order(keys.size());
    for (std::size_t k = 0; k < keys.size(); ++k) order[k] = keys[k].input;

    result.rows.reserve(inputs.size());
    std::size_t groupStart = 0;
    while (groupStart < order.size()) {
        std::size_t groupEnd = groupStart + 1;
        while (groupEnd < order.size() && keys[groupEnd].group == keys[groupStart].group) ++groupEnd;
        double groupTotal = 0.0;
        for (std::size_t k = groupStart; k < groupEnd; ++k) groupTotal += basis[order[k]];
        double cumulative = 0.0;
        for (std::size_t k = groupStart; k < groupEnd; ++k) {
            const std::size_t i = order[k];
            SegmentInput& input = inputs[i];
            SegmentRow row;
            row.itemId = input.itemId;
            row.siteId = input.siteId;
            row.sku = std::move(input.sku);
            row.description = std::move(input.description);
            row.siteCode = std::move(input.siteCode);
            row.units = input.units;
            row.picks = input.picks;
            row.value = input.value;
            row.margin = input.margin;
            row.costMissing = input.costMissing;
            row.priceMissing = input.priceMissing;
            row.basis = basis[i];
            row.rank = static_cast<int>(k - groupStart + 1);
            const double prior = groupTotal > 0 ? cumulative / groupTotal : 1.0;
            cumulative += row.basis;
            row.share = groupTotal > 0 ? row.basis / groupTotal : 0.0;
            row.cumulativeShare = groupTotal > 0 ? cumulative / groupTotal : 0.0;
            row.noUsage = !(row.basis > 0.0);
            row.abc = row.noUsage ? AbcClass::C : abcClassOf(prior, settings.cutoffs);
            row.meanPerPeriod = input.variability.mean;
            row.cv = input.variability.cv;
            row.xyz = xyzClassOf(row.cv, settings.xyz);
            result.rows.push_back(std::move(row));
        }
        if (perSite && groupEnd > groupStart) result.siteCodes.emplace(result.rows.back().siteId, result.rows.back().siteCode);
        groupStart = groupEnd;
    }

    for (const auto& row : result.rows) {
        const auto a = static_cast<std::size_t>(row.abc);
        const auto x = static_cast<std::size_t>(row.xyz);
        MatrixCell& cell = result.matrix[a][x];
        ++cell.count;
        cell.value += row.value;
        cell.basis += row.basis;
        if (row.noUsage) ++cell.noUsage;
        add(result.abcTotals[a], row);
        add(result.xyzTotals[x], row);
        add(result.total, row);
        result.noUsage += row.noUsage ? 1 : 0;
        result.costMissing += row.costMissing ? 1 : 0;
        result.priceMissing += row.priceMissing ? 1 : 0;
    }
    for (auto& cells : result.matrix)
        for (auto& cell : cells) {
            cell.valueShare = result.total.value > 0 ? cell.value / result.total.value : 0.0;
            cell.basisShare = result.total.basis > 0 ? cell.basis / result.total.basis : 0.0;
        }
    for (auto& totals : result.abcTotals) setShares(totals, result.total);
    for (auto& totals : result.xyzTotals) setShares(totals, result.total);
    setShares(result.total, result.total);

    result.index();
    if (members.empty()) {
        result.members.reserve(result.rows.size());
        for (std::size_t i = 0; i < result.rows.size(); ++i)
            result.members.push_back({result.rows[i].itemId, result.rows[i].siteId, i});
    } else {
        result.members.reserve(members.size());
        for (const auto& member : members) {
            const SegmentRow* row = result.find(member.itemId, member.siteId);
            if (!row) continue; // not segmented (filtered out): nothing to count under a class
            result.members.push_back({member.itemId, member.siteId, static_cast<std::size_t>(row - result.rows.data())});
        }
    }
    result.classifySeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

} // namespace stocktower::inventory
