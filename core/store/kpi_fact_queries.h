// Read-side queries behind the KPI calculators: the facts of one site over a time window.
#pragma once

#include "domain/date.h"
#include "store/sqlite.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stocktower::store {

// Instants are UTC seconds since 1970 (the store's timestamps, parsed); days are local dates.
// Windows over timestamps are half-open [fromUtc, toUtc).

struct KpiSiteInfo {
    std::int64_t id = 0;
    std::string code;
    std::string name;
    std::string timezone;   // IANA name, empty = UTC
    std::string cutoffTime; // "HH:MM" or empty
};
std::optional<KpiSiteInfo> loadKpiSite(Connection& db, const std::string& code);

struct OrderLineFact {
    std::string orderNumber;
    std::int64_t itemId = 0;
    double orderedQty = 0;
    double shippedQty = 0;
    std::int64_t orderedAt = 0;
    std::optional<domain::DayNumber> requestedDate;
    std::optional<domain::DayNumber> promisedDate;
    std::optional<std::int64_t> shippedAt;
    std::optional<int> pickErrors; // nullopt: the line was not checked
};
// Lines whose commit date (promised, else requested) is in [firstDay, lastDay], plus lines
// without either date that were ordered in [undatedFromUtc, undatedToUtc) (their due day follows
// from the order time and the site's cut-off, decided by the caller).
std::vector<OrderLineFact> loadOrderLinesDue(Connection& db, std::int64_t siteId, domain::DayNumber firstDay,
                                             domain::DayNumber lastDay, std::int64_t undatedFromUtc,
                                             std::int64_t undatedToUtc);
// Lines shipped in [fromUtc, toUtc) with a shipped quantity.
std::vector<OrderLineFact> loadOrderLinesShipped(Connection& db, std::int64_t siteId, std::int64_t fromUtc,
                                                 std::int64_t toUtc);

struct ReceiptFact {
    std::int64_t itemId = 0;
    double quantity = 0;
    std::int64_t arrivedAt = 0;
    std::optional<std::int64_t> putAwayAt;
};
std::vector<ReceiptFact> loadReceiptsPutAway(Connection& db, std::int64_t siteId, std::int64_t fromUtc,
                                             std::int64_t toUtc);
// Every receipt of the site that arrived before toUtc, by item, newest first (FIFO ageing);
// putAwayAt is not read.
std::vector<ReceiptFact> loadReceiptsArrivedBefore(Connection& db, std::int64_t siteId, std::int64_t toUtc);
std::optional<std::int64_t> firstArrival(Connection& db, std::int64_t siteId);

struct CycleCountFact {
    std::int64_t itemId = 0;
    std::int64_t countedAt = 0;
    double bookQty = 0;
    double countedQty = 0;
    std::optional<double> unitCost; // the count's own cost, else the caller uses the item's
    std::optional<char> abcClass;   // 'A', 'B' or 'C' when the count carries it
};
std::vector<CycleCountFact> loadCycleCounts(Connection& db, std::int64_t siteId, std::int64_t fromUtc,
                                            std::int64_t toUtc);

struct LabourFact {
    domain::DayNumber day = 0;
    std::string activity;
    double hours = 0;
};
std::vector<LabourFact> loadLabourHours(Connection& db, std::int64_t siteId, domain::DayNumber firstDay,
                                        domain::DayNumber lastDay);

// Items planned at the site (item_site rows) with what the KPIs need from the item master.
struct SiteItemFact {
    std::int64_t itemId = 0;
    std::string sku;
    std::string description;
    std::string status;
    std::string uom;
    double unitCost = 0;  // 0 when unknown
    double unitPrice = 0; // 0 when unknown
    double leadTimeDays = 0;
    std::optional<double> safetyStock; // item_site.min_qty
};
std::vector<SiteItemFact> loadSiteItems(Connection& db, std::int64_t siteId);

// On-hand snapshots are dated (as_of); these find the one a KPI reads.
std::optional<domain::DayNumber> latestSnapshotOnOrBefore(Connection& db, std::int64_t siteId, domain::DayNumber day);
std::optional<domain::DayNumber> earliestSnapshotOnOrAfter(Connection& db, std::int64_t siteId, domain::DayNumber day);
std::vector<domain::DayNumber> snapshotDays(Connection& db, std::int64_t siteId, domain::DayNumber firstDay,
                                            domain::DayNumber lastDay);

struct OnHandFact {
    std::int64_t itemId = 0;
    std::optional<std::int64_t> locationId;
    std::string lot;
    std::optional<domain::DayNumber> expiry;
    std::string status; // available, hold, qc, returns, consigned
    double quantity = 0;
};
std::vector<OnHandFact> loadOnHand(Connection& db, std::int64_t siteId, domain::DayNumber asOf);

struct StorageLocationFact {
    std::int64_t locationId = 0;
    std::string code;
    std::string kind;
    bool usable = true;
};
std::vector<StorageLocationFact> loadLocations(Connection& db, std::int64_t siteId);
// Ids of the usable storage locations (forward and reserve) of a site: capacity's denominator.
std::vector<std::int64_t> usableStorageLocationIds(Connection& db, std::int64_t siteId);

// Units shipped per item in [fromUtc, toUtc), summed in SQL (usage value, COGS, average demand).
struct ItemQuantity {
    std::int64_t itemId = 0;
    double quantity = 0;
};
std::vector<ItemQuantity> shippedUnitsByItem(Connection& db, std::int64_t siteId, std::int64_t fromUtc,
                                             std::int64_t toUtc);

// A stock movement (shipment out or put-away in) at an instant.
struct MovementFact {
    std::int64_t itemId = 0;
    std::int64_t at = 0;
    double quantity = 0;
};
std::vector<MovementFact> loadShipments(Connection& db, std::int64_t siteId, std::int64_t fromUtc, std::int64_t toUtc);
std::vector<MovementFact> loadPutAways(Connection& db, std::int64_t siteId, std::int64_t fromUtc, std::int64_t toUtc);

} // namespace stocktower::store
