#include "shell/core_text.h"

#include <QCoreApplication>

namespace stocktower::ui {

namespace {

// The data dictionary's English texts, listed so that lupdate offers them for translation.
// Keep in step with core/domain/record_types.cpp; a text missing here is shown in English.
[[maybe_unused]] constexpr const char* kDictionaryTexts[] = {
    QT_TRANSLATE_NOOP("DataDictionary", "Sites"),
    QT_TRANSLATE_NOOP("DataDictionary", "Warehouses and distribution centres."),
    QT_TRANSLATE_NOOP("DataDictionary", "Items"),
    QT_TRANSLATE_NOOP("DataDictionary", "Item master: one row per SKU."),
    QT_TRANSLATE_NOOP("DataDictionary", "Item-site parameters"),
    QT_TRANSLATE_NOOP("DataDictionary", "Per item and site planning parameters (override the item's)."),
    QT_TRANSLATE_NOOP("DataDictionary", "Locations"),
    QT_TRANSLATE_NOOP("DataDictionary", "Warehouse storage locations with coordinates."),
    QT_TRANSLATE_NOOP("DataDictionary", "Demand history"),
    QT_TRANSLATE_NOOP("DataDictionary", "Daily demand (sales or shipments) per item and site."),
    QT_TRANSLATE_NOOP("DataDictionary", "On-hand balances"),
    QT_TRANSLATE_NOOP("DataDictionary", "Stock on hand per item, site, location, lot and status at a date."),
    QT_TRANSLATE_NOOP("DataDictionary", "Purchase orders"),
    QT_TRANSLATE_NOOP("DataDictionary", "Purchase order lines, open or closed."),
    QT_TRANSLATE_NOOP("DataDictionary", "Receipts"),
    QT_TRANSLATE_NOOP("DataDictionary", "Goods received: arrival and put-away confirmation."),
    QT_TRANSLATE_NOOP("DataDictionary", "Customer orders"),
    QT_TRANSLATE_NOOP("DataDictionary", "Customer order lines with dates and shipped quantities."),
    QT_TRANSLATE_NOOP("DataDictionary", "Site code (must exist)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Item SKU (must exist)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Unique site code"),
    QT_TRANSLATE_NOOP("DataDictionary", "Display name"),
    QT_TRANSLATE_NOOP("DataDictionary", "ISO 3166 country code"),
    QT_TRANSLATE_NOOP("DataDictionary", "IANA time zone of local timestamps"),
    QT_TRANSLATE_NOOP("DataDictionary", "Unique item code"),
    QT_TRANSLATE_NOOP("DataDictionary", "Item description"),
    QT_TRANSLATE_NOOP("DataDictionary", "GTIN/EAN/UPC, kept as text"),
    QT_TRANSLATE_NOOP("DataDictionary", "Product category"),
    QT_TRANSLATE_NOOP("DataDictionary", "Unit of measure (default EA)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Cost per unit"),
    QT_TRANSLATE_NOOP("DataDictionary", "Selling price per unit"),
    QT_TRANSLATE_NOOP("DataDictionary", "Units per case"),
    QT_TRANSLATE_NOOP("DataDictionary", "Length (cm)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Width (cm)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Height (cm)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Weight (kg)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Handling class (e.g. standard, fragile, hazmat, cold)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Main supplier code"),
    QT_TRANSLATE_NOOP("DataDictionary", "Mean supplier lead time (days)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Lead time standard deviation (days)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Minimum order quantity"),
    QT_TRANSLATE_NOOP("DataDictionary", "Order in multiples of"),
    QT_TRANSLATE_NOOP("DataDictionary", "active, new, discontinued or inactive"),
    QT_TRANSLATE_NOOP("DataDictionary", "Mean lead time to this site (days)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Target service level, between 0 and 1"),
    QT_TRANSLATE_NOOP("DataDictionary", "Review period (days)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Minimum stock"),
    QT_TRANSLATE_NOOP("DataDictionary", "Maximum stock"),
    QT_TRANSLATE_NOOP("DataDictionary", "Location code, unique within the site"),
    QT_TRANSLATE_NOOP("DataDictionary", "Zone"),
    QT_TRANSLATE_NOOP("DataDictionary", "Aisle"),
    QT_TRANSLATE_NOOP("DataDictionary", "Bay number"),
    QT_TRANSLATE_NOOP("DataDictionary", "Level (0 = floor)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Position within the bay level"),
    QT_TRANSLATE_NOOP("DataDictionary", "X coordinate (m)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Y coordinate (m)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Z coordinate (m)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Depth (cm)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Maximum load (kg)"),
    QT_TRANSLATE_NOOP("DataDictionary", "forward, reserve, dock or pack"),
    QT_TRANSLATE_NOOP("DataDictionary", "1 if usable for storage, 0 if blocked (default 1)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Demand date"),
    QT_TRANSLATE_NOOP("DataDictionary", "Units demanded"),
    QT_TRANSLATE_NOOP("DataDictionary", "Number of order lines"),
    QT_TRANSLATE_NOOP("DataDictionary", "Sales channel (optional)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Location code within the site (optional)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Lot or batch (optional)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Expiry date (optional)"),
    QT_TRANSLATE_NOOP("DataDictionary", "available, hold, qc, returns or consigned"),
    QT_TRANSLATE_NOOP("DataDictionary", "Units on hand (negative balances are flagged)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Date of the balance"),
    QT_TRANSLATE_NOOP("DataDictionary", "Purchase order number"),
    QT_TRANSLATE_NOOP("DataDictionary", "Line number"),
    QT_TRANSLATE_NOOP("DataDictionary", "Supplier code"),
    QT_TRANSLATE_NOOP("DataDictionary", "Date the order was placed"),
    QT_TRANSLATE_NOOP("DataDictionary", "Expected receipt date"),
    QT_TRANSLATE_NOOP("DataDictionary", "Quantity ordered"),
    QT_TRANSLATE_NOOP("DataDictionary", "Quantity received so far"),
    QT_TRANSLATE_NOOP("DataDictionary", "Quantity still to receive (default ordered − received)"),
    QT_TRANSLATE_NOOP("DataDictionary", "open, closed or cancelled"),
    QT_TRANSLATE_NOOP("DataDictionary", "Receipt document number"),
    QT_TRANSLATE_NOOP("DataDictionary", "Purchase order (optional)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Units received"),
    QT_TRANSLATE_NOOP("DataDictionary", "Arrival at the dock (local time or with offset)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Put-away confirmed (empty while pending)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Put-away location (optional)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Customer order number"),
    QT_TRANSLATE_NOOP("DataDictionary", "Customer code"),
    QT_TRANSLATE_NOOP("DataDictionary", "Quantity shipped"),
    QT_TRANSLATE_NOOP("DataDictionary", "Order received (date and time)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Date the customer asked for"),
    QT_TRANSLATE_NOOP("DataDictionary", "Date committed to the customer"),
    QT_TRANSLATE_NOOP("DataDictionary", "Shipped (empty while open)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Location picked from (optional)"),
};

QString dictionary(const std::string& text) {
    return QCoreApplication::translate("DataDictionary", text.c_str());
}

} // namespace

QString recordTypeTitle(const domain::RecordType& type) { return dictionary(type.title); }
QString recordTypeDescription(const domain::RecordType& type) { return dictionary(type.description); }
QString fieldDescription(const domain::FieldSpec& field) { return dictionary(field.description); }

QString fieldTypeTitle(domain::FieldType type) {
    using F = domain::FieldType;
    switch (type) {
    case F::Text: return QCoreApplication::translate("DataDictionary", "text");
    case F::Integer: return QCoreApplication::translate("DataDictionary", "whole number");
    case F::Number: return QCoreApplication::translate("DataDictionary", "number");
    case F::Date: return QCoreApplication::translate("DataDictionary", "date");
    case F::DateTime: return QCoreApplication::translate("DataDictionary", "date and time");
    case F::Choice: return QCoreApplication::translate("DataDictionary", "choice");
    case F::SiteRef: return QCoreApplication::translate("DataDictionary", "site code");
    case F::ItemRef: return QCoreApplication::translate("DataDictionary", "item SKU");
    case F::LocationRef: return QCoreApplication::translate("DataDictionary", "location code");
    }
    return {};
}

QString severityTitle(exchange::Severity severity) {
    return severity == exchange::Severity::Error
               ? QCoreApplication::translate("DataDictionary", "Error")
               : QCoreApplication::translate("DataDictionary", "Warning");
}

} // namespace stocktower::ui
