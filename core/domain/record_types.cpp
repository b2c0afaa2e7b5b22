#include "domain/record_types.h"

#include <algorithm>
#include <cctype>

namespace stocktower::domain {

namespace {

using F = FieldType;

FieldSpec field(std::string name, F type, std::string description, std::string example) {
    FieldSpec spec;
    spec.column = name;
    spec.name = std::move(name);
    spec.type = type;
    spec.description = std::move(description);
    spec.example = std::move(example);
    return spec;
}

FieldSpec required(FieldSpec spec) { spec.required = true; return spec; }
FieldSpec key(FieldSpec spec) { spec.key = true; spec.required = true; return spec; }
FieldSpec nonNegative(FieldSpec spec) { spec.nonNegative = true; return spec; }
FieldSpec column(FieldSpec spec, std::string dbColumn) { spec.column = std::move(dbColumn); return spec; }
FieldSpec synonyms(FieldSpec spec, std::vector<std::string> names) {
    spec.synonyms = std::move(names);
    return spec;
}
FieldSpec withDefault(FieldSpec spec, std::string value) {
    spec.defaultValue = std::move(value);
    return spec;
}
FieldSpec choices(FieldSpec spec, std::vector<std::string> values, std::string fallback) {
    spec.choices = std::move(values);
    spec.defaultValue = std::move(fallback);
    return spec;
}

FieldSpec siteRef(bool isKey) {
    auto spec = synonyms(column(field("site", F::SiteRef, "Site code (must exist)", "DC1"), "site_id"),
                         {"site_code", "warehouse", "plant", "location_code_site", "dc", "whse"});
    return isKey ? key(spec) : required(spec);
}

FieldSpec itemRef(bool isKey) {
    auto spec = synonyms(column(field("item", F::ItemRef, "Item SKU (must exist)", "SKU-000123"), "item_id"),
                         {"sku", "item_code", "item_number", "article", "material", "product", "part_number"});
    return isKey ? key(spec) : required(spec);
}

std::vector<RecordType> buildRecordTypes() {
    std::vector<RecordType> types;

    types.push_back(RecordType{
        "sites", "site", "Sites", "Warehouses and distribution centres.", ImportMode::Upsert,
        {
            key(synonyms(field("code", F::Text, "Unique site code", "DC1"), {"site", "site_code", "warehouse", "plant"})),
            withDefault(synonyms(field("name", F::Text, "Display name", "Central DC"), {"site_name", "description"}), ""),
            field("country", F::Text, "ISO 3166 country code", "DE"),
            synonyms(field("timezone", F::Text, "IANA time zone of local timestamps", "Europe/Berlin"), {"time_zone", "tz"}),
            // Stored as cutoff_time: orders entered later are due the next day when they carry no date.
            column(synonyms(field("cutoff", F::Text, "Order cut-off time, local HH:MM (optional)", "15:00"), {"cutoff_time", "cut_off", "order_cutoff"}), "cutoff_time"),
        }});

    types.push_back(RecordType{
        "items", "item", "Items", "Item master: one row per SKU.", ImportMode::Upsert,
        {
            key(synonyms(field("sku", F::Text, "Unique item code", "SKU-000123"),
                         {"item", "item_code", "item_number", "article", "material", "product", "part_number"})),
            withDefault(synonyms(field("description", F::Text, "Item description", "Hex bolt M8x40, zinc"), {"name", "item_name", "desc", "title"}), ""),
            synonyms(field("gtin", F::Text, "GTIN/EAN/UPC, kept as text", "04012345678901"), {"ean", "upc", "barcode"}),
            synonyms(field("category", F::Text, "Product category", "Fasteners"), {"product_group", "group", "family"}),
            withDefault(synonyms(field("uom", F::Text, "Unit of measure (default EA)", "EA"), {"unit", "unit_of_measure", "base_uom"}), "EA"),
            nonNegative(synonyms(field("unit_cost", F::Number, "Cost per unit", "1.25"), {"cost", "standard_cost", "std_cost"})),
            nonNegative(synonyms(field("unit_price", F::Number, "Selling price per unit", "2.10"), {"price", "list_price", "sales_price"})),
            nonNegative(synonyms(field("case_pack", F::Integer, "Units per case", "12"), {"pack_size", "case_qty", "inner_pack"})),
            nonNegative(synonyms(field("length_cm", F::Number, "Length (cm)", "10"), {"length"})),
            nonNegative(synonyms(field("width_cm", F::Number, "Width (cm)", "5"), {"width"})),
            nonNegative(synonyms(field("height_cm", F::Number, "Height (cm)", "3"), {"height"})),
            nonNegative(synonyms(field("weight_kg", F::Number, "Weight (kg)", "0.05"), {"weight", "gross_weight"})),
            synonyms(field("handling_class", F::Text, "Handling class (e.g. standard, fragile, hazmat, cold)", "standard"), {"handling", "storage_class"}),
            synonyms(field("supplier", F::Text, "Main supplier code", "SUP-07"), {"vendor", "vendor_code", "supplier_code"}),
            nonNegative(synonyms(field("lead_time_days", F::Number, "Mean supplier lead time (days)", "14"), {"lead_time", "lt_days", "leadtime"})),
            nonNegative(synonyms(field("lead_time_sd_days", F::Number, "Lead time standard deviation (days)", "3"), {"lead_time_sd", "lt_sd", "lead_time_std"})),
            nonNegative(synonyms(field("moq", F::Number, "Minimum order quantity", "100"), {"min_order_qty", "minimum_order_quantity"})),
            nonNegative(synonyms(field("order_multiple", F::Number, "Order in multiples of", "12"), {"rounding_value", "order_increment"})),
            choices(field("status", F::Choice, "active, new, discontinued or inactive", "active"),
                    {"active", "new", "discontinued", "inactive"}, "active"),
        }});

    types.push_back(RecordType{
        "item_sites", "item_site", "Item-site parameters", "Per item and site planning parameters (override the item's).",
        ImportMode::Upsert,
        {
            itemRef(true),
            siteRef(true),
            nonNegative(synonyms(field("lead_time_days", F::Number, "Mean lead time to this site (days)", "10"), {"lead_time"})),
            nonNegative(synonyms(field("lead_time_sd_days", F::Number, "Lead time standard deviation (days)", "2"), {"lead_time_sd"})),
            synonyms(field("service_target", F::Number, "Target service level, between 0 and 1", "0.95"), {"service_level", "csl"}),
            nonNegative(synonyms(field("review_period_days", F::Number, "Review period (days)", "7"), {"review_period"})),
            nonNegative(synonyms(field("min_qty", F::Number, "Minimum stock", "20"), {"min", "minimum"})),
            nonNegative(synonyms(field("max_qty", F::Number, "Maximum stock", "200"), {"max", "maximum"})),
        }});

    types.push_back(RecordType{
        "locations", "location", "Locations", "Warehouse storage locations with coordinates.", ImportMode::Upsert,
        {
            siteRef(true),
            key(synonyms(field("code", F::Text, "Location code, unique within the site", "A-01-02-1"), {"location", "location_code", "bin", "slot"})),
            field("zone", F::Text, "Zone", "FAST"),
            field("aisle", F::Text, "Aisle", "A"),
            field("bay", F::Integer, "Bay number", "1"),
            field("level", F::Integer, "Level (0 = floor)", "2"),
            field("position", F::Integer, "Position within the bay level", "1"),
            field("x", F::Number, "X coordinate (m)", "12.5"),
            field("y", F::Number, "Y coordinate (m)", "3.0"),
            field("z", F::Number, "Z coordinate (m)", "1.2"),
            nonNegative(field("width_cm", F::Number, "Width (cm)", "120")),
            nonNegative(field("depth_cm", F::Number, "Depth (cm)", "80")),
            nonNegative(field("height_cm", F::Number, "Height (cm)", "100")),
            nonNegative(synonyms(field("max_weight_kg", F::Number, "Maximum load (kg)", "500"), {"max_weight"})),
            choices(synonyms(field("kind", F::Choice, "forward, reserve, dock or pack", "forward"), {"type", "location_type"}),
                    {"forward", "reserve", "dock", "pack"}, "reserve"),
            withDefault(nonNegative(field("usable", F::Integer, "1 if usable for storage, 0 if blocked (default 1)", "1")), "1"),
        }});

    types.push_back(RecordType{
        "demand", "demand", "Demand history", "Daily demand (sales or shipments) per item and site.", ImportMode::Append,
        {
            itemRef(true),
            siteRef(true),
            key(column(synonyms(field("date", F::Date, "Demand date", "2025-03-14"), {"day", "sales_date", "ship_date", "posting_date"}), "day")),
            required(nonNegative(synonyms(field("quantity", F::Number, "Units demanded", "24"), {"qty", "units", "demand", "sales_qty", "quantity_sold"}))),
            nonNegative(synonyms(field("order_lines", F::Integer, "Number of order lines", "3"), {"lines", "picks", "hits"})),
            [] {
                auto channel = synonyms(field("channel", F::Text, "Sales channel (optional)", "web"), {"sales_channel"});
                // Part of the key, but optional: empty means "all channels".
                channel.key = true;
                channel.defaultValue = "";
                return channel;
            }(),
        }});

    types.push_back(RecordType{
        "on_hand", "on_hand", "On-hand balances", "Stock on hand per item, site, location, lot and status at a date.",
        ImportMode::Upsert,
        {
            itemRef(true),
            siteRef(true),
            [] {
                auto location = synonyms(column(field("location", F::LocationRef, "Location code within the site (optional)", "A-01-02-1"), "location_id"), {"bin", "location_code", "slot"});
                location.key = true;
                return location;
            }(),
            [] {
                auto lot = synonyms(field("lot", F::Text, "Lot or batch (optional)", "L2025-114"), {"batch", "lot_number"});
                lot.key = true;
                lot.defaultValue = "";
                return lot;
            }(),
            synonyms(field("expiry", F::Date, "Expiry date (optional)", "2026-06-30"), {"expiry_date", "best_before", "bbd"}),
            [] {
                auto status = choices(synonyms(field("status", F::Choice, "available, hold, qc, returns or consigned", "available"), {"stock_status"}),
                                      {"available", "hold", "qc", "returns", "consigned"}, "available");
                status.key = true;
                return status;
            }(),
            required(synonyms(field("quantity", F::Number, "Units on hand (negative balances are flagged)", "480"), {"qty", "on_hand", "stock"})),
            key(synonyms(field("as_of", F::Date, "Date of the balance", "2026-11-27"), {"date", "snapshot_date", "balance_date"})),
        }});

    types.push_back(RecordType{
        "purchase_orders", "purchase_order_line", "Purchase orders", "Purchase order lines, open or closed.",
        ImportMode::Append,
        {
            key(synonyms(field("po_number", F::Text, "Purchase order number", "PO-100234"), {"po", "order_number", "purchase_order"})),
            key(column(synonyms(field("line", F::Integer, "Line number", "1"), {"line_no", "line_number", "po_line"}), "line_no")),
            synonyms(field("supplier", F::Text, "Supplier code", "SUP-07"), {"vendor"}),
            siteRef(false),
            itemRef(false),
            field("order_date", F::Date, "Date the order was placed", "2026-11-02"),
            required(synonyms(field("due_date", F::Date, "Expected receipt date", "2026-11-20"), {"delivery_date", "eta", "promised_date"})),
            required(nonNegative(synonyms(field("ordered_qty", F::Number, "Quantity ordered", "600"), {"quantity", "qty"}))),
            withDefault(nonNegative(synonyms(field("received_qty", F::Number, "Quantity received so far", "0"), {"received"})), "0"),
            nonNegative(synonyms(field("open_qty", F::Number, "Quantity still to receive (default ordered − received)", "600"), {"open", "outstanding_qty"})),
            choices(field("status", F::Choice, "open, closed or cancelled", "open"), {"open", "closed", "cancelled"}, "open"),
        }});

    types.push_back(RecordType{
        "receipts", "receipt", "Receipts", "Goods received: arrival and put-away confirmation.", ImportMode::Append,
        {
            key(synonyms(field("document", F::Text, "Receipt document number", "GR-55012"), {"receipt", "receipt_number", "asn"})),
            key(column(synonyms(field("line", F::Integer, "Line number", "1"), {"line_no", "line_number"}), "line_no")),
            synonyms(field("po_number", F::Text, "Purchase order (optional)", "PO-100234"), {"po"}),
            siteRef(false),
            itemRef(false),
            required(nonNegative(synonyms(field("quantity", F::Number, "Units received", "600"), {"qty", "received_qty"}))),
            required(synonyms(field("arrived_at", F::DateTime, "Arrival at the dock (local time or with offset)", "2026-11-20T08:15"), {"arrival", "arrival_time", "received_at"})),
            synonyms(field("put_away_at", F::DateTime, "Put-away confirmed (empty while pending)", "2026-11-20T13:40"), {"putaway_at", "put_away", "stored_at"}),
            synonyms(column(field("location", F::LocationRef, "Put-away location (optional)", "R-12-03-2"), "location_id"), {"bin", "location_code"}),
        }});

    types.push_back(RecordType{
        "orders", "order_line", "Customer orders", "Customer order lines with dates and shipped quantities.",
        ImportMode::Append,
        {
            key(synonyms(field("order_number", F::Text, "Customer order number", "SO-881200"), {"order", "order_no", "sales_order"})),
            key(column(synonyms(field("line", F::Integer, "Line number", "1"), {"line_no", "line_number"}), "line_no")),
            synonyms(field("customer", F::Text, "Customer code", "C-2231"), {"customer_code", "ship_to"}),
            siteRef(false),
            itemRef(false),
            required(nonNegative(synonyms(field("ordered_qty", F::Number, "Quantity ordered", "12"), {"quantity", "qty", "order_qty"}))),
            withDefault(nonNegative(synonyms(field("shipped_qty", F::Number, "Quantity shipped", "12"), {"shipped", "delivered_qty"})), "0"),
            required(synonyms(field("ordered_at", F::DateTime, "Order received (date and time)", "2026-11-18T09:02"), {"order_date", "created_at", "entry_date"})),
            synonyms(field("requested_date", F::Date, "Date the customer asked for", "2026-11-21"), {"request_date", "requested"}),
            synonyms(field("promised_date", F::Date, "Date committed to the customer", "2026-11-21"), {"commit_date", "promise_date"}),
            synonyms(field("shipped_at", F::DateTime, "Shipped (empty while open)", "2026-11-20T16:45"), {"ship_date", "shipped_date", "dispatch_date"}),
            synonyms(column(field("pick_location", F::LocationRef, "Location picked from (optional)", "A-01-02-1"), "pick_location_id"), {"pick_bin"}),
            nonNegative(synonyms(field("pick_errors", F::Integer, "Errors found when the line was checked (wrong item or quantity, damage); empty = not checked", "0"), {"mispicks", "mis_picks", "pick_error"})),
        }});

    types.push_back(RecordType{
        "cycle_counts", "cycle_count", "Cycle counts", "Counted against book quantity per item and location, for inventory record accuracy.",
        ImportMode::Append,
        {
            key(synonyms(field("count_ref", F::Text, "Count document or task number", "CC-20261120-01"), {"count", "count_number", "count_document", "task", "count_id"})),
            key(column(synonyms(field("line", F::Integer, "Line number", "1"), {"line_no", "line_number"}), "line_no")),
            siteRef(false),
            itemRef(false),
            synonyms(column(field("location", F::LocationRef, "Location counted (optional)", "A-01-02-1"), "location_id"), {"bin", "location_code"}),
            withDefault(synonyms(field("lot", F::Text, "Lot or batch (optional)", "L2025-114"), {"batch", "lot_number"}), ""),
            required(synonyms(field("counted_at", F::DateTime, "When it was counted (local time or with offset)", "2026-11-20T07:40"), {"count_date", "count_time", "counted_on", "date"})),
            required(synonyms(field("book_qty", F::Number, "Quantity on the books before the count", "120"), {"system_qty", "expected_qty", "book", "book_quantity"})),
            required(nonNegative(synonyms(field("counted_qty", F::Number, "Quantity counted", "118"), {"count_qty", "physical_qty", "counted", "actual_qty"}))),
            nonNegative(synonyms(field("unit_cost", F::Number, "Cost per unit for the value-based accuracy (default: the item's cost)", "1.25"), {"cost", "standard_cost"})),
            [] {
                auto abc = synonyms(field("abc_class", F::Choice, "A, B or C (default: ranked by usage value)", "A"), {"abc", "class", "abc_code"});
                abc.choices = {"a", "b", "c"};
                return abc;
            }(),
            synonyms(field("counter", F::Text, "Who counted (optional)", "E-104"), {"counted_by", "user", "employee"}),
        }});

    types.push_back(RecordType{
        "labour_hours", "labour_hours", "Labour hours", "Direct labour hours per site, day and activity (optionally per employee).",
        ImportMode::Append,
        {
            siteRef(true),
            key(column(synonyms(field("date", F::Date, "Working day (local)", "2026-11-20"), {"day", "work_date", "shift_date"}), "day")),
            [] {
                auto activity = key(synonyms(field("activity", F::Choice, "picking, packing, receiving, put_away, replenishment, counting, shipping or other", "picking"), {"function", "task", "process"}));
                activity.choices = {"picking", "packing", "receiving", "put_away", "replenishment", "counting", "shipping", "other"};
                return activity;
            }(),
            [] {
                auto employee = synonyms(field("employee", F::Text, "Employee or team (optional)", "E-104"), {"employee_id", "operator", "worker", "team"});
                // Part of the key, but optional: empty means "the whole site".
                employee.key = true;
                employee.defaultValue = "";
                return employee;
            }(),
            required(nonNegative(synonyms(field("hours", F::Number, "Hours worked", "7.5"), {"labour_hours", "worked_hours", "duration_hours"}))),
        }});

    return types;
}

} // namespace

const FieldSpec* RecordType::field(std::string_view fieldName) const {
    for (const auto& spec : fields)
        if (spec.name == fieldName) return &spec;
    return nullptr;
}

std::vector<const FieldSpec*> RecordType::keyFields() const {
    std::vector<const FieldSpec*> keys;
    for (const auto& spec : fields)
        if (spec.key) keys.push_back(&spec);
    return keys;
}

const std::vector<RecordType>& recordTypes() {
    static const std::vector<RecordType> types = buildRecordTypes();
    return types;
}

const RecordType* findRecordType(std::string_view name) {
    const std::string wanted = normaliseHeader(name);
    for (const auto& type : recordTypes()) {
        if (type.name == wanted) return &type;
        // Singular forms: "item" for "items", "purchase_order" for "purchase_orders".
        if (type.name.size() == wanted.size() + 1 && type.name.back() == 's' &&
            type.name.compare(0, wanted.size(), wanted) == 0)
            return &type;
    }
    return nullptr;
}

std::string_view fieldTypeName(FieldType type) {
    switch (type) {
    case F::Text: return "text";
    case F::Integer: return "integer";
    case F::Number: return "number";
    case F::Date: return "date";
    case F::DateTime: return "date-time";
    case F::Choice: return "choice";
    case F::SiteRef: return "site code";
    case F::ItemRef: return "item SKU";
    case F::LocationRef: return "location code";
    }
    return "text";
}

std::string normaliseHeader(std::string_view header) {
    std::string out;
    out.reserve(header.size());
    for (unsigned char c : header) {
        if (c == ' ' || c == '-' || c == '.' || c == '/') {
            if (!out.empty() && out.back() != '_') out += '_';
        } else {
            out += static_cast<char>(std::tolower(c));
        }
    }
    while (!out.empty() && out.back() == '_') out.pop_back();
    return out;
}

} // namespace stocktower::domain
