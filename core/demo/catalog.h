// The demo item master: categories, suppliers and one plausible SKU per item index.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stocktower::demo {

struct Supplier {
    std::string code;        // SUP-01 …
    double leadTimeDays = 0; // mean supplier lead time
    double leadTimeSdDays = 0;
    int orderWeekday = 0;       // 0 = Monday: the day the buyer places this supplier's orders
    std::int64_t gs1Prefix = 0; // 7-digit GS1 company prefix for its GTINs
    std::vector<std::size_t> categories;
};

// Item master data plus what the later stages need to stay consistent with it.
struct ItemMaster {
    std::string sku;
    std::string description;
    std::string gtin; // empty = none (own-label items)
    std::size_t category = 0;
    std::string uom;
    double unitCost = 0;
    double unitPrice = 0;
    int casePack = 1;
    double lengthCm = 0, widthCm = 0, heightCm = 0, weightKg = 0;
    std::string handlingClass; // standard, fragile, hazmat, cold
    std::size_t supplier = 0;
    double leadTimeDays = 0;
    double leadTimeSdDays = 0;
    double moq = 0;
    double orderMultiple = 0;
    bool perishable = false;
    int shelfLifeDays = 0;
    bool soldInCases = false; // customers order whole cases
    double lineQtyMedian = 1; // typical units per order line
    int seasonPeakDay = 0;    // day of year when seasonal items of the category peak
};

struct CategoryInfo {
    std::string_view name;
    int seasonPeakDay;
};

const std::vector<CategoryInfo>& demoCategories();

// ~40 suppliers, each serving one or two categories.
std::vector<Supplier> makeSuppliers(std::uint64_t seed);

// The item with this 0-based index; depends only on (seed, itemIndex, suppliers).
ItemMaster makeItemMaster(std::uint64_t seed, std::size_t itemIndex,
                          const std::vector<Supplier>& suppliers);

// GS1 mod-10 check digit for the digits given (GTIN without its check digit).
int gs1CheckDigit(std::string_view digits);
bool isValidGtin(std::string_view gtin);

} // namespace stocktower::demo
