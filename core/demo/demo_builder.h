// The demo generator's stages: each writes one record type, consistent with the ones before.
#pragma once

#include "demo/assortment.h"
#include "demo/customer_orders.h"
#include "demo/demand_patterns.h"
#include "demo/demo_generator.h"
#include "demo/demo_sink.h"
#include "demo/stock_and_supply.h"
#include "demo/warehouse_layout.h"
#include "store/workspace.h"
#include "util/progress.h"

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace stocktower::demo {

// Stages run in dependency order inside the caller's transaction. Each record type gets its
// own RecordSink (one import_log row). State carried between stages: surrogate ids of what
// was written, the slotting, demand statistics and the last 26 weeks of order lines.
class DemoBuilder {
public:
    DemoBuilder(store::Workspace& workspace, const DemoOptions& options, util::Progress& progress);

    void build();
    // After the workspace committed: the CSV copies appear only for a complete workspace.
    void commitCsv();
    void removeCommittedCsv() noexcept;
    [[nodiscard]] std::map<std::string, std::int64_t> rowsByType() const;

private:
    RecordSink& beginStage(const char* typeName, const char* stage);
    void checkCancelled() const;
    void tick(std::size_t done, std::size_t total);
    [[nodiscard]] domain::Value locationValue(std::size_t site,
                                              std::optional<std::size_t> index) const;

    // demo_builder.cpp: master data and history
    void writeSites();
    void writeItems();
    void writeItemSites();
    void writeLocations();
    void writeDemand();
    // demo_builder_supply.cpp: the current state and the recent transactions
    void writeStock();
    void writePurchaseOrders();
    void writeReceipts();
    void writeOrders();
    // demo_builder_kpi.cpp: what the KPIs need besides orders and receipts
    void writeCycleCounts();
    void writeLabourHours();
    // Adds one unit of work at a site on a day of the history (ignored outside it).
    void countWork(std::vector<std::vector<int>>& perSite, std::size_t site, domain::DayNumber day) const;

    store::Connection& m_db;
    const DemoOptions& m_options;
    util::Progress& m_progress;
    domain::DayNumber m_last;
    domain::DayNumber m_first;
    DemandCalendar m_calendar;
    Assortment m_assortment;
    ReferenceCodes m_codes;
    std::vector<std::int64_t> m_siteIds;
    std::vector<std::int64_t> m_itemIds;
    std::vector<WarehouseLayout> m_layouts;
    std::vector<std::vector<std::int64_t>> m_locationIds; // per site, by layout index
    std::vector<SlotAssignment> m_slots;                  // per item-site
    std::vector<DemandStats> m_stats;                     // per item-site
    std::vector<char> m_stockedOut;                       // per item-site
    std::vector<RecentDemandLine> m_recent;
    std::vector<PoLinePlan> m_poLines;
    std::vector<std::string> m_poNumbers; // parallel to m_poLines once sorted
    std::vector<double> m_availableNow;   // per item-site: available units at lastDay
    // Per site and day (index day - m_first): lines shipped, receipt lines, counts — the work
    // the labour hours pay for.
    std::vector<std::vector<int>> m_shippedLines, m_receiptLines, m_countLines;
    std::vector<std::unique_ptr<RecordSink>> m_sinks;
    std::vector<std::filesystem::path> m_committedCsv;
};

// Customer orders, receipts and closed purchase orders cover this many days up to lastDay.
inline constexpr int kRecentHistoryDays = 182;

} // namespace stocktower::demo
