#include "demo/warehouse_layout.h"

#include "demo/demo_random.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace stocktower::demo {

namespace {

constexpr double kAisleSpacing = 3.0; // centre to centre, metres
constexpr double kBayWidth = 1.2;
constexpr double kFrontAreaDepth = 8.0; // docks, packing and the cross aisle before the racks
constexpr int kBinsPerLevel = 4;        // forward shelving: four 30 cm bins per bay level
constexpr std::array<double, 5> kLevelHeight{0.0, 1.0, 2.0, 3.5, 5.0};
constexpr double kUnusableShare = 0.01; // damaged racking, blocked by a column…

struct ZonePlan {
    ZonePlan(StorageZone storageZone, const char* forward, const char* reserve)
        : zone(storageZone), forwardZone(forward), reserveZone(reserve) {}

    StorageZone zone;
    const char* forwardZone;
    const char* reserveZone;
    std::size_t forwardNeeded = 0;
    std::vector<std::size_t> forwardSlots; // location indexes, in code order
    std::vector<std::size_t> reserveSlots;
};

class RackBuilder {
public:
    RackBuilder(std::uint64_t seed, std::size_t siteIndex, int baysPerSide)
        : m_rng(makeRng(seed, Stream::Layout, siteIndex)), m_baysPerSide(baysPerSide) {}

    // One aisle: racks on both sides, odd bays on the left and even on the right. Forward
    // aisles hold pick bins on levels 0–1 and pallets above; bulk aisles hold pallets only.
    void addAisle(ZonePlan& plan, bool bulk) {
        const std::string aisle = fmt::format("A{:02}", ++m_aisleCount);
        const double centre = 4.0 + kAisleSpacing * (m_aisleCount - 1);
        for (int k = 0; k < m_baysPerSide; ++k) {
            for (int side = 0; side < 2; ++side) {
                const int bay = 2 * k + 1 + side;
                const double x = centre + (side == 0 ? -0.9 : 0.9);
                const double bayStart = kFrontAreaDepth + kBayWidth * k;
                for (int level = 0; level < static_cast<int>(kLevelHeight.size()); ++level) {
                    const double z = kLevelHeight[static_cast<std::size_t>(level)];
                    if (!bulk && level <= 1) {
                        for (int bin = 0; bin < kBinsPerLevel; ++bin) {
                            LocationSpec spec =
                                base(aisle, bay, level, x, bayStart + 0.3 * (bin + 0.5), z);
                            spec.code = fmt::format("{}-{:02}-{}{}", aisle, bay, level,
                                                    static_cast<char>('A' + bin));
                            spec.zone = plan.forwardZone;
                            spec.position = bin + 1;
                            spec.widthCm = 30;
                            spec.depthCm = 60;
                            spec.heightCm = 45;
                            spec.maxWeightKg = 40;
                            spec.kind = "forward";
                            plan.forwardSlots.push_back(push(std::move(spec)));
                        }
                    } else {
                        LocationSpec spec = base(aisle, bay, level, x, bayStart + 0.6, z);
                        spec.code = fmt::format("{}-{:02}-{}", aisle, bay, level);
                        spec.zone = bulk ? "BULK" : plan.reserveZone;
                        spec.position = 1;
                        spec.widthCm = 120;
                        spec.depthCm = 100;
                        spec.heightCm = level == 4 ? 200 : 150;
                        spec.maxWeightKg = level == 0 ? 1200 : 1000;
                        spec.kind = "reserve";
                        plan.reserveSlots.push_back(push(std::move(spec)));
                    }
                }
            }
        }
    }

    void addFrontArea(std::size_t docks, std::size_t packStations) {
        for (std::size_t d = 0; d < docks; ++d) {
            LocationSpec spec;
            spec.code = fmt::format("DOCK-{:02}", d + 1);
            spec.zone = "DOCK";
            spec.x = 4.0 + 4.5 * static_cast<double>(d);
            spec.widthCm = 300;
            spec.depthCm = 400;
            spec.heightCm = 300;
            spec.kind = "dock";
            m_docks.push_back(m_locations.size());
            m_locations.push_back(std::move(spec));
        }
        for (std::size_t p = 0; p < packStations; ++p) {
            LocationSpec spec;
            spec.code = fmt::format("PACK-{:02}", p + 1);
            spec.zone = "PACK";
            spec.x = 3.0 + 3.5 * static_cast<double>(p);
            spec.y = 4.0;
            spec.widthCm = 200;
            spec.depthCm = 100;
            spec.heightCm = 90;
            spec.kind = "pack";
            m_locations.push_back(std::move(spec));
        }
    }

    [[nodiscard]] int binsPerAisle() const { return 2 * m_baysPerSide * 2 * kBinsPerLevel; }

    std::vector<LocationSpec> takeLocations() { return std::move(m_locations); }
    std::vector<std::size_t> takeDocks() { return std::move(m_docks); }

private:
    LocationSpec base(const std::string& aisle, int bay, int level, double x, double y, double z) {
        LocationSpec spec;
        spec.aisle = aisle;
        spec.bay = bay;
        spec.level = level;
        spec.x = std::round(x * 100) / 100;
        spec.y = std::round(y * 100) / 100;
        spec.z = z;
        spec.usable = !chance(m_rng, kUnusableShare);
        return spec;
    }

    std::size_t push(LocationSpec spec) {
        m_locations.push_back(std::move(spec));
        return m_locations.size() - 1;
    }

    Rng m_rng;
    int m_baysPerSide;
    int m_aisleCount = 0;
    std::vector<LocationSpec> m_locations;
    std::vector<std::size_t> m_docks;
};

// Hands out usable locations of a zone in code order.
class SlotCursor {
public:
    SlotCursor(const std::vector<LocationSpec>& locations, const std::vector<std::size_t>& slots)
        : m_locations(locations), m_slots(slots) {}
    std::optional<std::size_t> next() {
        while (m_next < m_slots.size()) {
            const std::size_t index = m_slots[m_next++];
            if (m_locations[index].usable) return index;
        }
        return std::nullopt;
    }

private:
    const std::vector<LocationSpec>& m_locations;
    const std::vector<std::size_t>& m_slots;
    std::size_t m_next = 0;
};

} // namespace

WarehouseLayout WarehouseLayout::build(std::uint64_t seed, std::size_t siteIndex,
                                       const std::vector<SlotRequest>& requests) {
    std::array<ZonePlan, 3> plans{ZonePlan{StorageZone::General, "FWD", "RES"},
                                  ZonePlan{StorageZone::Cold, "COLD", "COLD"},
                                  ZonePlan{StorageZone::Hazmat, "HAZ", "HAZ"}};
    for (const auto& request : requests)
        ++plans[static_cast<std::size_t>(request.zone)].forwardNeeded;

    // Aisles about as long as they are many, within what real buildings use (7–48 m).
    const double bins = static_cast<double>(requests.size()) * 1.1 + 8;
    const double baysNeeded = bins / (2 * kBinsPerLevel);
    const int baysPerSide =
        std::clamp(static_cast<int>(std::ceil(std::sqrt(baysNeeded * 1.5))), 6, 40);

    RackBuilder builder(seed, siteIndex, baysPerSide);
    const auto items = requests.size();
    builder.addFrontArea(std::clamp<std::size_t>(items / 400 + 2, 2, 16),
                         std::clamp<std::size_t>(items / 600 + 1, 1, 12));
    for (auto& plan : plans) {
        if (plan.forwardNeeded == 0 && plan.zone != StorageZone::General) continue;
        const double wanted = static_cast<double>(plan.forwardNeeded) * 1.1 + 4;
        const auto aisles =
            std::max(1, static_cast<int>(std::ceil(wanted / builder.binsPerAisle())));
        for (int a = 0; a < aisles; ++a)
            builder.addAisle(plan, false);
    }
    // Back aisles of bulk pallet racking, farthest from packing: overflow reserve.
    ZonePlan& general = plans[0];
    const std::size_t bulkAisles = std::max<std::size_t>(
        1, general.forwardSlots.size() / static_cast<std::size_t>(builder.binsPerAisle()) / 4);
    ZonePlan bulk{StorageZone::General, "BULK", "BULK"};
    for (std::size_t a = 0; a < bulkAisles; ++a)
        builder.addAisle(bulk, true);
    general.reserveSlots.insert(general.reserveSlots.end(), bulk.reserveSlots.begin(),
                                bulk.reserveSlots.end());

    WarehouseLayout layout;
    layout.m_locations = builder.takeLocations();
    layout.m_docks = builder.takeDocks();
    std::vector<SlotCursor> forward, reserve;
    for (const auto& plan : plans) {
        forward.emplace_back(layout.m_locations, plan.forwardSlots);
        reserve.emplace_back(layout.m_locations, plan.reserveSlots);
    }
    layout.m_assignments.reserve(requests.size());
    for (const auto& request : requests) {
        const auto zone = static_cast<std::size_t>(request.zone);
        SlotAssignment assignment;
        assignment.forward = forward[zone].next();
        if (request.needsReserve) assignment.reserve = reserve[zone].next();
        layout.m_assignments.push_back(assignment);
    }
    return layout;
}

} // namespace stocktower::demo
