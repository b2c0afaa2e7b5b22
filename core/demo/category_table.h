// The demo catalogue's category table: product lines, sizes, costs and handling per category.
#pragma once

#include "demo/catalog.h"

#include <utility>
#include <vector>

namespace stocktower::demo {

// One product line: "noun size, variant". Sizes scale dimensions and cost, so an M12 bolt
// is bigger and dearer than an M6 one.
struct ProductLine {
    ProductLine(const char* name, std::vector<const char*> sizeList,
                std::vector<const char*> variantList, double cost = 1.0, double size = 1.0,
                const char* handlingClass = nullptr)
        : noun(name), sizes(std::move(sizeList)), variants(std::move(variantList)),
          costFactor(cost), sizeFactor(size), handling(handlingClass) {}

    const char* noun;
    std::vector<const char*> sizes;
    std::vector<const char*> variants;
    double costFactor = 1.0;
    double sizeFactor = 1.0;
    const char* handling = nullptr; // overrides the category's usual class
};

struct CategorySpec {
    CategoryInfo info;
    double share;      // of the catalogue
    double costMedian; // unit cost, before the product line's factor
    double lengthCm, widthCm, heightCm;
    double densityKgPerLitre;
    std::vector<int> casePacks;
    double casesShare;    // items customers order in whole cases
    double lineQtyMedian; // units per order line for items sold in eaches
    double fragileShare, hazmatShare;
    int shelfLifeMin = 0, shelfLifeMax = 0; // perishable categories only
    std::vector<ProductLine> lines;
};

const std::vector<CategorySpec>& categorySpecs();

} // namespace stocktower::demo
