#include "demo/catalog.h"

#include "demo/category_table.h"
#include "demo/demo_random.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>

namespace stocktower::demo {

namespace {

std::size_t pickCategory(Rng& rng) {
    const auto& specs = categorySpecs();
    double total = 0;
    for (const auto& spec : specs)
        total += spec.share;
    double u = uniform(rng, 0.0, total);
    for (std::size_t i = 0; i < specs.size(); ++i) {
        if (u < specs[i].share) return i;
        u -= specs[i].share;
    }
    return specs.size() - 1;
}

// The selling unit follows the pack named in the description ("box of 200" sells by the box).
const char* unitOfMeasure(std::string_view description) {
    const auto has = [&](std::string_view word) {
        return description.find(word) != std::string_view::npos;
    };
    if (has("box of")) return "BOX";
    if (has("pack of") || has(" rolls")) return "PK";
    if (has("roll of") || has(" ring")) return "RL";
    if (has("ream")) return "RM";
    return "EA";
}

// Cheap items are bought by the carton layer or pallet, dear ones by the case.
void setOrderRules(ItemMaster& item, Rng& rng) {
    const double pack = item.casePack;
    if (item.unitCost < 1.0) {
        item.orderMultiple = pack * pickOne(rng, std::vector<int>{1, 5, 10});
        item.moq = item.orderMultiple * pickOne(rng, std::vector<int>{1, 2, 5});
    } else if (item.unitCost < 25.0) {
        item.orderMultiple = pack;
        item.moq = pack * pickOne(rng, std::vector<int>{1, 2, 4});
    } else {
        item.orderMultiple = pack;
        item.moq = pack;
    }
}

} // namespace

const std::vector<CategoryInfo>& demoCategories() {
    static const std::vector<CategoryInfo> infos = [] {
        std::vector<CategoryInfo> out;
        for (const auto& spec : categorySpecs())
            out.push_back(spec.info);
        return out;
    }();
    return infos;
}

std::vector<Supplier> makeSuppliers(std::uint64_t seed) {
    constexpr std::size_t kSuppliers = 40;
    const std::size_t categories = categorySpecs().size();
    std::vector<Supplier> suppliers;
    for (std::size_t i = 0; i < kSuppliers; ++i) {
        Rng rng = makeRng(seed, Stream::Supplier, i);
        Supplier supplier;
        supplier.code = fmt::format("SUP-{:02}", i + 1);
        // Most suppliers are domestic (a few days), some import from overseas (five to six weeks).
        const double mean = chance(rng, 0.2) ? uniform(rng, 28, 45)
                                             : std::clamp(logNormal(rng, 9, 0.45), 3.0, 25.0);
        supplier.leadTimeDays = roundTo(mean, 0.5);
        supplier.leadTimeSdDays = roundTo(mean * uniform(rng, 0.08, 0.35), 0.1);
        supplier.orderWeekday = static_cast<int>(i % 5);
        supplier.gs1Prefix = 4012000 + 173 * static_cast<std::int64_t>(i + 1);
        supplier.categories.push_back(i % categories);
        if (chance(rng, 0.35)) {
            const std::size_t second = uniformIndex(rng, categories);
            if (second != i % categories) supplier.categories.push_back(second);
        }
        suppliers.push_back(std::move(supplier));
    }
    return suppliers;
}

ItemMaster makeItemMaster(std::uint64_t seed, std::size_t itemIndex,
                          const std::vector<Supplier>& suppliers) {
    Rng rng = makeRng(seed, Stream::Item, itemIndex);
    ItemMaster item;
    item.sku = fmt::format("SKU-{:06}", itemIndex + 1);
    item.category = pickCategory(rng);
    const CategorySpec& spec = categorySpecs()[item.category];
    const ProductLine& line = pickOne(rng, spec.lines);
    const std::size_t sizeIndex = uniformIndex(rng, line.sizes.size());
    const char* variant = pickOne(rng, line.variants);
    item.description = fmt::format("{} {}, {}", line.noun, line.sizes[sizeIndex], variant);
    item.uom = unitOfMeasure(item.description);
    item.seasonPeakDay = spec.info.seasonPeakDay;

    // Bigger sizes cost more; the log-normal spread gives the long tail of expensive items
    // that carries most of the inventory value.
    const double sizeScale = 1.0 + 0.3 * static_cast<double>(sizeIndex);
    item.unitCost = std::max(
        0.02,
        roundTo(spec.costMedian * line.costFactor * sizeScale * logNormal(rng, 1.0, 0.55), 0.01));
    item.unitPrice = roundTo(item.unitCost * uniform(rng, 1.25, 2.1), 0.01);

    const double dimScale = line.sizeFactor * std::sqrt(sizeScale);
    item.lengthCm = roundTo(spec.lengthCm * dimScale * uniform(rng, 0.75, 1.3), 0.5);
    item.widthCm = roundTo(spec.widthCm * std::sqrt(dimScale) * uniform(rng, 0.75, 1.3), 0.5);
    item.heightCm = roundTo(spec.heightCm * std::sqrt(dimScale) * uniform(rng, 0.75, 1.3), 0.5);
    const double litres = item.lengthCm * item.widthCm * item.heightCm / 1000.0;
    item.weightKg =
        std::max(0.005, roundTo(litres * spec.densityKgPerLitre * uniform(rng, 0.8, 1.2), 0.005));
    item.casePack = litres > 20 ? 1 : pickOne(rng, spec.casePacks);

    if (line.handling) {
        item.handlingClass = line.handling;
    } else {
        const double u = uniform01(rng);
        item.handlingClass = u < spec.hazmatShare                       ? "hazmat"
                             : u < spec.hazmatShare + spec.fragileShare ? "fragile"
                                                                        : "standard";
    }
    if (spec.shelfLifeMax > 0) {
        item.perishable = true;
        item.shelfLifeDays = item.handlingClass == "cold"
                                 ? uniformInt(rng, 10, 28)
                                 : uniformInt(rng, spec.shelfLifeMin, spec.shelfLifeMax);
    }

    std::vector<std::size_t> candidates;
    for (std::size_t s = 0; s < suppliers.size(); ++s)
        if (std::find(suppliers[s].categories.begin(), suppliers[s].categories.end(),
                      item.category) != suppliers[s].categories.end())
            candidates.push_back(s);
    assert(!candidates.empty());
    item.supplier = candidates.empty() ? 0 : pickOne(rng, candidates);
    const Supplier& supplier = suppliers[item.supplier];
    item.leadTimeDays = roundTo(supplier.leadTimeDays * uniform(rng, 0.85, 1.15), 0.5);
    item.leadTimeSdDays = supplier.leadTimeSdDays;
    setOrderRules(item, rng);

    item.soldInCases = chance(rng, spec.casesShare) && item.casePack > 1;
    item.lineQtyMedian = item.soldInCases ? item.casePack : spec.lineQtyMedian;

    // Own-label items carry no GTIN; the rest get a GS1 prefix of their supplier.
    if (!chance(rng, 0.03)) {
        const std::string body = fmt::format("{:07}{:05}", supplier.gs1Prefix, itemIndex % 100000);
        item.gtin = body + static_cast<char>('0' + gs1CheckDigit(body));
    }
    return item;
}

int gs1CheckDigit(std::string_view digits) {
    // Weights 3,1,3,1… from the rightmost data digit (the one beside the check digit).
    int sum = 0;
    int weight = 3;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        sum += (*it - '0') * weight;
        weight = 4 - weight;
    }
    return (10 - sum % 10) % 10;
}

bool isValidGtin(std::string_view gtin) {
    if (gtin.size() != 8 && gtin.size() != 12 && gtin.size() != 13 && gtin.size() != 14)
        return false;
    if (!std::all_of(gtin.begin(), gtin.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    return gs1CheckDigit(gtin.substr(0, gtin.size() - 1)) == gtin.back() - '0';
}

} // namespace stocktower::demo
