// Read-side queries behind the control tower's exception queues.
#pragma once

#include "domain/date.h"
#include "store/sqlite.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace stocktower::store {

struct OpenPoLineFact {
    std::int64_t itemId = 0;
    std::string poNumber;
    int lineNo = 0;
    std::string supplier;
    domain::DayNumber dueDate = 0;
    double openQty = 0;
};
// Open purchase order lines with quantity still to come.
std::vector<OpenPoLineFact> loadOpenPoLines(Connection& db, std::int64_t siteId);

struct PendingReceiptFact {
    std::int64_t itemId = 0;
    std::string document;
    int lineNo = 0;
    double quantity = 0;
    std::int64_t arrivedAt = 0;
    std::string location; // where it waits (a dock), or empty
};
// Receipts that arrived before `arrivedBeforeUtc` and are not put away yet.
std::vector<PendingReceiptFact> loadPendingReceipts(Connection& db, std::int64_t siteId, std::int64_t arrivedBeforeUtc);

// The last day each item had demand at the site (the demand table's primary key answers each
// item with one seek). Items without demand are absent.
std::unordered_map<std::int64_t, domain::DayNumber> lastDemandDays(Connection& db, std::int64_t siteId,
                                                                    const std::vector<std::int64_t>& itemIds);

} // namespace stocktower::store
