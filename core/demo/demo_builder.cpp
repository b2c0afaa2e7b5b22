#include "demo/demo_builder.h"

#include "util/file_system.h"

#include "demo/demo_random.h"
#include "util/errors.h"

#include <fmt/format.h>

#include <stdexcept>

namespace stocktower::demo {

using domain::DayNumber;
using domain::Value;

namespace {

DayNumber historyStart(DayNumber lastDay, int years) {
    const auto ymd = domain::toYmd(lastDay);
    const int year = static_cast<int>(ymd.year()) - years;
    const auto month = static_cast<unsigned>(ymd.month());
    const auto day = static_cast<unsigned>(ymd.day());
    // 29 February minus a year is 28 February.
    const auto start =
        domain::makeDay(year, month, day).value_or(*domain::makeDay(year, month, day - 1));
    return start + 1;
}

} // namespace

DemoBuilder::DemoBuilder(store::Workspace& workspace, const DemoOptions& options,
                         util::Progress& progress)
    : m_db(workspace.db()), m_options(options), m_progress(progress), m_last(options.lastDay),
      m_first(historyStart(options.lastDay, options.years)), m_calendar(m_first, m_last) {}

void DemoBuilder::build() {
    m_assortment =
        planAssortment(m_options.seed, m_options.items, m_options.sites, m_first, m_last);
    checkCancelled();
    writeSites();
    writeItems();
    writeItemSites();
    writeLocations();
    writeDemand();
    writeStock();
    writePurchaseOrders();
    writeReceipts();
    writeOrders();
    writeCycleCounts();
    writeLabourHours();
    for (auto& sink : m_sinks)
        sink->finishImport();
}

// After the workspace committed: the CSV copies appear only for a complete workspace.
void DemoBuilder::commitCsv() {
    for (auto& sink : m_sinks) {
        sink->commitCsv();
        m_committedCsv.push_back(util::pathFromUtf8(m_options.csvDir) /
                                 (sink->type().name + ".csv"));
    }
}

void DemoBuilder::removeCommittedCsv() noexcept {
    std::error_code ignored;
    for (const auto& path : m_committedCsv)
        std::filesystem::remove(path, ignored);
}

std::map<std::string, std::int64_t> DemoBuilder::rowsByType() const {
    std::map<std::string, std::int64_t> rows;
    for (const auto& sink : m_sinks)
        rows[sink->type().name] = sink->rows();
    return rows;
}

RecordSink& DemoBuilder::beginStage(const char* typeName, const char* stage) {
    const auto* type = domain::findRecordType(typeName);
    if (!type)
        throw std::logic_error(std::string("demo generator: unknown record type ") + typeName);
    m_progress.setStage(stage);
    m_sinks.push_back(std::make_unique<RecordSink>(
        m_db, *type, fmt::format("demo (seed {})", m_options.seed),
        fmt::format("demo-seed-{}", m_options.seed), m_options.csvDir, m_codes));
    return *m_sinks.back();
}

void DemoBuilder::checkCancelled() const {
    if (m_progress.isCancelled()) throw util::Cancelled();
}

void DemoBuilder::tick(std::size_t done, std::size_t total) {
    if (done % 256 == 0 || done == total) {
        checkCancelled();
        m_progress.report(done, total);
    }
}

void DemoBuilder::writeSites() {
    RecordSink& sink = beginStage("sites", "Sites");
    const FieldPositions f(sink.type());
    std::vector<Value> row(sink.type().fields.size());
    for (const auto& site : m_assortment.sites) {
        row[f("code")] = site.code;
        row[f("name")] = site.name;
        row[f("country")] = site.country;
        row[f("timezone")] = site.timezone;
        row[f("cutoff")] = std::string("15:00"); // same-day shipping for orders in by 15:00
        sink.write(row);
        m_siteIds.push_back(m_db.lastInsertRowId());
        ReferenceCodes::remember(m_codes.sites, m_siteIds.back(), site.code);
    }
    m_progress.report(m_siteIds.size(), m_siteIds.size());
}

void DemoBuilder::writeItems() {
    RecordSink& sink = beginStage("items", "Items");
    const FieldPositions f(sink.type());
    std::vector<Value> row(sink.type().fields.size());
    const auto& items = m_assortment.items;
    const auto& categories = demoCategories();
    for (std::size_t i = 0; i < items.size(); ++i) {
        const ItemMaster& item = items[i];
        row[f("sku")] = item.sku;
        row[f("description")] = item.description;
        row[f("gtin")] = item.gtin.empty() ? Value() : Value(item.gtin);
        row[f("category")] = std::string(categories[item.category].name);
        row[f("uom")] = item.uom;
        row[f("unit_cost")] = item.unitCost;
        row[f("unit_price")] = item.unitPrice;
        row[f("case_pack")] = std::int64_t{item.casePack};
        row[f("length_cm")] = item.lengthCm;
        row[f("width_cm")] = item.widthCm;
        row[f("height_cm")] = item.heightCm;
        row[f("weight_kg")] = item.weightKg;
        row[f("handling_class")] = item.handlingClass;
        row[f("supplier")] = m_assortment.suppliers[item.supplier].code;
        row[f("lead_time_days")] = item.leadTimeDays;
        row[f("lead_time_sd_days")] = item.leadTimeSdDays;
        row[f("moq")] = item.moq;
        row[f("order_multiple")] = item.orderMultiple;
        row[f("status")] = m_assortment.statuses[i];
        sink.write(row);
        m_itemIds.push_back(m_db.lastInsertRowId());
        ReferenceCodes::remember(m_codes.items, m_itemIds.back(), item.sku);
        tick(i + 1, items.size());
    }
}

void DemoBuilder::writeItemSites() {
    RecordSink& sink = beginStage("item_sites", "Item-site parameters");
    const FieldPositions f(sink.type());
    const auto cItem = f("item"), cSite = f("site"), cLead = f("lead_time_days"),
               cLeadSd = f("lead_time_sd_days"), cService = f("service_target"),
               cReview = f("review_period_days"), cMin = f("min_qty"), cMax = f("max_qty");
    std::vector<Value> row(sink.type().fields.size());
    const auto& itemSites = m_assortment.itemSites;
    for (std::size_t k = 0; k < itemSites.size(); ++k) {
        const ItemSiteParams& p = itemSites[k];
        row[cItem] = idValue(m_itemIds[p.item]);
        row[cSite] = idValue(m_siteIds[p.site]);
        row[cLead] = p.leadTimeDays;
        row[cLeadSd] = p.leadTimeSdDays;
        row[cService] = p.serviceTarget;
        row[cReview] = p.reviewPeriodDays;
        row[cMin] = numberOrNull(p.minQty);
        row[cMax] = numberOrNull(p.maxQty);
        sink.write(row);
        tick(k + 1, itemSites.size());
    }
}

void DemoBuilder::writeLocations() {
    RecordSink& sink = beginStage("locations", "Locations");
    const FieldPositions f(sink.type());
    std::vector<Value> row(sink.type().fields.size());
    const std::size_t siteCount = m_assortment.sites.size();
    m_slots.assign(m_assortment.itemSites.size(), SlotAssignment{});
    m_locationIds.resize(siteCount);
    for (std::size_t s = 0; s < siteCount; ++s) {
        std::vector<SlotRequest> requests;
        std::vector<std::size_t> owners; // item-site index per request
        for (std::size_t k = 0; k < m_assortment.itemSites.size(); ++k) {
            const ItemSiteParams& p = m_assortment.itemSites[k];
            if (p.site != s) continue;
            const ItemMaster& item = m_assortment.items[p.item];
            SlotRequest request;
            request.zone = item.handlingClass == "cold"     ? StorageZone::Cold
                           : item.handlingClass == "hazmat" ? StorageZone::Hazmat
                                                            : StorageZone::General;
            const double litres = item.lengthCm * item.widthCm * item.heightCm / 1000.0;
            request.needsReserve =
                m_assortment.profiles[p.item].velocity != VelocityClass::Slow || litres > 8;
            requests.push_back(request);
            owners.push_back(k);
        }
        m_layouts.push_back(WarehouseLayout::build(m_options.seed, s, requests));
        const WarehouseLayout& layout = m_layouts.back();
        for (std::size_t r = 0; r < owners.size(); ++r)
            m_slots[owners[r]] = layout.assignments()[r];

        for (const LocationSpec& spec : layout.locations()) {
            row[f("site")] = idValue(m_siteIds[s]);
            row[f("code")] = spec.code;
            row[f("zone")] = spec.zone;
            row[f("aisle")] = spec.aisle.empty() ? Value() : Value(spec.aisle);
            row[f("bay")] = integerOrNull(spec.bay);
            row[f("level")] = integerOrNull(spec.level);
            row[f("position")] = integerOrNull(spec.position);
            row[f("x")] = spec.x;
            row[f("y")] = spec.y;
            row[f("z")] = spec.z;
            row[f("width_cm")] = spec.widthCm;
            row[f("depth_cm")] = spec.depthCm;
            row[f("height_cm")] = spec.heightCm;
            row[f("max_weight_kg")] =
                spec.kind == "dock" || spec.kind == "pack" ? Value() : Value(spec.maxWeightKg);
            row[f("kind")] = spec.kind;
            row[f("usable")] = std::int64_t{spec.usable ? 1 : 0};
            sink.write(row);
            m_locationIds[s].push_back(m_db.lastInsertRowId());
            ReferenceCodes::remember(m_codes.locations, m_locationIds[s].back(), spec.code);
        }
        checkCancelled();
        m_progress.report(s + 1, siteCount);
    }
}

Value DemoBuilder::locationValue(std::size_t site, std::optional<std::size_t> index) const {
    return index ? Value(m_locationIds[site][*index]) : Value();
}

void DemoBuilder::writeDemand() {
    RecordSink& sink = beginStage("demand", "Demand history");
    const FieldPositions f(sink.type());
    const auto cItem = f("item"), cSite = f("site"), cDate = f("date"), cQuantity = f("quantity"),
               cLines = f("order_lines"), cChannel = f("channel");
    std::vector<Value> row(sink.type().fields.size());
    row[cChannel] = std::string();
    std::vector<std::string> dates;
    for (DayNumber day = m_first; day <= m_last; ++day)
        dates.push_back(domain::formatIsoDate(day));
    m_stats.assign(m_assortment.itemSites.size(), DemandStats{});
    const DayNumber recentFrom = m_last - kRecentHistoryDays + 1;

    const std::size_t itemCount = m_assortment.items.size();
    for (std::size_t k = 0; k < m_assortment.itemSites.size(); ++k) {
        const ItemSiteParams& p = m_assortment.itemSites[k];
        DemandStats& stats = m_stats[k];
        row[cItem] = idValue(m_itemIds[p.item]);
        row[cSite] = idValue(m_siteIds[p.site]);
        Rng rng = makeRng(m_options.seed, Stream::Demand, p.item, p.site);
        generateDemand(m_assortment.profiles[p.item], p.siteFactor, m_calendar, rng,
                       [&](DayNumber day, const std::vector<double>& lines) {
                           double units = 0;
                           for (double q : lines)
                               units += q;
                           row[cDate] = dates[static_cast<std::size_t>(day - m_first)];
                           row[cQuantity] = units;
                           row[cLines] = static_cast<std::int64_t>(lines.size());
                           sink.write(row);
                           stats.add(day, units, m_last);
                           if (day >= recentFrom)
                               for (double q : lines)
                                   m_recent.push_back({static_cast<std::uint32_t>(p.item),
                                                       static_cast<std::uint32_t>(p.site), day, q});
                       });
        const bool lastOfItem =
            k + 1 == m_assortment.itemSites.size() || m_assortment.itemSites[k + 1].item != p.item;
        if (lastOfItem) tick(p.item + 1, itemCount);
    }
}

} // namespace stocktower::demo
