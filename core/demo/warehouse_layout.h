// A demo warehouse: aisles of racking with forward pick bins, reserve pallets, docks, packing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stocktower::demo {

struct LocationSpec {
    std::string code;
    std::string zone;
    std::string aisle;
    std::optional<int> bay, level, position;
    double x = 0, y = 0, z = 0; // metres; docks on y = 0, aisles run along y
    double widthCm = 0, depthCm = 0, heightCm = 0, maxWeightKg = 0;
    std::string kind; // forward, reserve, dock, pack
    bool usable = true;
};

// Items that must be stored apart: cold chain in a chilled aisle, hazmat in a caged aisle.
enum class StorageZone { General, Cold, Hazmat };

struct SlotRequest {
    StorageZone zone = StorageZone::General;
    bool needsReserve = false; // fast movers and bulky items keep pallets in reserve
};

struct SlotAssignment {
    std::optional<std::size_t> forward; // index into WarehouseLayout::locations()
    std::optional<std::size_t> reserve;
};

class WarehouseLayout {
public:
    // Sizes the building for the requests (with about 10 % spare bins) and assigns each
    // request a forward bin, plus a reserve pallet position when it needs one. Assignment
    // follows request order — the "slotted by SKU number" state most real warehouses drift
    // into, which leaves the slotting module something to improve.
    static WarehouseLayout build(std::uint64_t seed, std::size_t siteIndex,
                                 const std::vector<SlotRequest>& requests);

    [[nodiscard]] const std::vector<LocationSpec>& locations() const { return m_locations; }
    [[nodiscard]] const std::vector<SlotAssignment>& assignments() const { return m_assignments; }
    [[nodiscard]] const std::vector<std::size_t>& docks() const { return m_docks; }

private:
    std::vector<LocationSpec> m_locations;
    std::vector<SlotAssignment> m_assignments;
    std::vector<std::size_t> m_docks;
};

} // namespace stocktower::demo
