#include "text/core_text.h"

#include "text/planning_text.h"

#include <QCoreApplication>
#include <QStringList>

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
    QT_TRANSLATE_NOOP("DataDictionary", "Order cut-off time, local HH:MM (optional)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Errors found when the line was checked (wrong item or quantity, damage); empty = not checked"),
    QT_TRANSLATE_NOOP("DataDictionary", "Cycle counts"),
    QT_TRANSLATE_NOOP("DataDictionary", "Counted against book quantity per item and location, for inventory record accuracy."),
    QT_TRANSLATE_NOOP("DataDictionary", "Count document or task number"),
    QT_TRANSLATE_NOOP("DataDictionary", "Location counted (optional)"),
    QT_TRANSLATE_NOOP("DataDictionary", "When it was counted (local time or with offset)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Quantity on the books before the count"),
    QT_TRANSLATE_NOOP("DataDictionary", "Quantity counted"),
    QT_TRANSLATE_NOOP("DataDictionary", "Cost per unit for the value-based accuracy (default: the item's cost)"),
    QT_TRANSLATE_NOOP("DataDictionary", "A, B or C (default: ranked by usage value)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Who counted (optional)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Labour hours"),
    QT_TRANSLATE_NOOP("DataDictionary", "Direct labour hours per site, day and activity (optionally per employee)."),
    QT_TRANSLATE_NOOP("DataDictionary", "Working day (local)"),
    QT_TRANSLATE_NOOP("DataDictionary", "picking, packing, receiving, put_away, replenishment, counting, shipping or other"),
    QT_TRANSLATE_NOOP("DataDictionary", "Employee or team (optional)"),
    QT_TRANSLATE_NOOP("DataDictionary", "Hours worked"),
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

// The English template of each core message, marked for lupdate; the same sentences as
// core/util/message.cpp (a ui test compares them). No default: a new id must be added here.
const char* messageSource(util::MessageId id) {
    using M = util::MessageId;
    switch (id) {
    case M::Verbatim:
    case M::Count:
        return "%1";
    case M::RequiredValueMissing:
        return QT_TRANSLATE_NOOP("CoreMessage", "required value is missing");
    case M::NotWholeNumber:
        return QT_TRANSLATE_NOOP("CoreMessage", "not a whole number");
    case M::MustNotBeNegative:
        return QT_TRANSLATE_NOOP("CoreMessage", "must not be negative");
    case M::NotNumber:
        return QT_TRANSLATE_NOOP("CoreMessage", "not a number");
    case M::NotNumberDecimalComma:
        return QT_TRANSLATE_NOOP("CoreMessage", "not a number (this file uses ',' as decimal mark)");
    case M::NotNumberDecimalPoint:
        return QT_TRANSLATE_NOOP("CoreMessage", "not a number (this file uses '.' as decimal mark)");
    case M::InvalidDate:
        //: %1 expected format
        return QT_TRANSLATE_NOOP("CoreMessage", "not a valid date (expected %1)");
    case M::InvalidDateTime:
        //: %1 expected format
        return QT_TRANSLATE_NOOP("CoreMessage", "not a valid date-time (expected %1 with optional HH:MM[:SS] and offset)");
    case M::UnknownSiteTimeZone:
        //: %1 time zone name
        return QT_TRANSLATE_NOOP("CoreMessage", "the site's time zone '%1' is unknown; correct the site or give the time with an offset");
    case M::MustBeOneOf:
        //: %1 the choices, separated by spaces
        return QT_TRANSLATE_NOOP("CoreMessage", "must be one of: %1");
    case M::UnknownSite:
        return QT_TRANSLATE_NOOP("CoreMessage", "unknown site (import sites first)");
    case M::UnknownItem:
        return QT_TRANSLATE_NOOP("CoreMessage", "unknown item (import items first)");
    case M::LocationNeedsSite:
        return QT_TRANSLATE_NOOP("CoreMessage", "location needs a valid site on the same row");
    case M::UnknownLocation:
        return QT_TRANSLATE_NOOP("CoreMessage", "unknown location at this site (import locations first)");
    case M::RowFieldCount:
        //: %1 fields in the row, %2 fields in the header
        return QT_TRANSLATE_NOOP("CoreMessage", "row has %1 fields but the header has %2 (wrong delimiter or unquoted text?)");
    case M::UnknownTimeZone:
        return QT_TRANSLATE_NOOP("CoreMessage", "not a known IANA time zone (e.g. Europe/Berlin, America/Chicago, UTC)");
    case M::ExpectedLocalTime:
        return QT_TRANSLATE_NOOP("CoreMessage", "expected a local time HH:MM, e.g. 15:00");
    case M::MoreThan24Hours:
        return QT_TRANSLATE_NOOP("CoreMessage", "more than 24 hours for one employee on one day");
    case M::NegativeBookQuantity:
        return QT_TRANSLATE_NOOP("CoreMessage", "negative book quantity imported as-is");
    case M::NegativeBalance:
        return QT_TRANSLATE_NOOP("CoreMessage", "negative balance imported as-is; it will be flagged");
    case M::ServiceTargetRange:
        return QT_TRANSLATE_NOOP("CoreMessage", "must be between 0 and 1 (e.g. 0.95)");
    case M::MinimumAboveMaximum:
        return QT_TRANSLATE_NOOP("CoreMessage", "minimum is above maximum");
    case M::DueBeforeOrderDate:
        return QT_TRANSLATE_NOOP("CoreMessage", "due before the order date");
    case M::PutAwayBeforeArrival:
        return QT_TRANSLATE_NOOP("CoreMessage", "put away before it arrived");
    case M::ShippedBeforeOrdered:
        return QT_TRANSLATE_NOOP("CoreMessage", "shipped before it was ordered");
    case M::MoreShippedThanOrdered:
        //: The header row (exchange/column_matching.cpp)
        return QT_TRANSLATE_NOOP("CoreMessage", "more shipped than ordered");
    case M::MappedToUnknownField:
        //: %1 field name given, %2 record type
        return QT_TRANSLATE_NOOP("CoreMessage", "mapped to '%1', which is not a field of %2");
    case M::UnknownColumnIgnored:
        return QT_TRANSLATE_NOOP("CoreMessage", "unknown column, ignored");
    case M::ColumnAlreadyProvides:
        //: %1 earlier column number, %2 field
        return QT_TRANSLATE_NOOP("CoreMessage", "column %1 already provides %2");
    case M::RequiredColumnMissing:
        //: %1 field
        return QT_TRANSLATE_NOOP("CoreMessage", "required column '%1' is missing");
    case M::AmbiguousDateFormat:
        return QT_TRANSLATE_NOOP("CoreMessage", "dates could be DD/MM/YYYY or MM/DD/YYYY; choose the date format");
    case M::AlreadyImportedOn:
        //: %1 time of the earlier import
        return QT_TRANSLATE_NOOP("CoreMessage", "the same file was imported on %1");
    case M::EmptyFile:
        return QT_TRANSLATE_NOOP("CoreMessage", "the file is empty (no header row)");
    case M::DuplicateKeyEarlierRow:
        return QT_TRANSLATE_NOOP("CoreMessage", "duplicate key: same as an earlier row");
    case M::DuplicateKeyAtLine:
        //: %1 line of the earlier row
        return QT_TRANSLATE_NOOP("CoreMessage", "duplicate key: same as line %1");
    case M::CsvBomButCp1252:
        return QT_TRANSLATE_NOOP("CoreMessage", "UTF-8 byte order mark found, but CP1252 was requested");
    case M::CsvUtf16:
        return QT_TRANSLATE_NOOP("CoreMessage", "the file is UTF-16; save it as UTF-8 (\"CSV UTF-8\" in Excel)");
    case M::CsvSepLineUsed:
        //: %1 delimiter name
        return QT_TRANSLATE_NOOP("CoreMessage", "sep= line used: delimiter %1");
    case M::CsvSepLineConflict:
        //: %1 sep= delimiter, %2 requested delimiter (used)
        return QT_TRANSLATE_NOOP("CoreMessage", "sep= line says %1 but %2 was requested; using %2");
    case M::CsvNulByte:
        return QT_TRANSLATE_NOOP("CoreMessage", "NUL byte (is the file UTF-16 or binary?)");
    case M::CsvUnterminatedQuote:
        return QT_TRANSLATE_NOOP("CoreMessage", "unterminated quoted field");
    case M::CsvCharacterAfterQuote:
        //: %1 the character
        return QT_TRANSLATE_NOOP("CoreMessage", "unexpected character '%1' after closing quote");
    case M::CsvByteAfterQuote:
        //: %1 the byte as 0xHH
        return QT_TRANSLATE_NOOP("CoreMessage", "unexpected character (byte %1) after closing quote");
    case M::CsvInvalidUtf8:
        //: %1 the byte as 0xHH
        return QT_TRANSLATE_NOOP("CoreMessage", "invalid UTF-8 (byte %1)");
    case M::CsvInvalidUtf8AfterBom:
        //: %1 the byte as 0xHH
        return QT_TRANSLATE_NOOP("CoreMessage", "invalid UTF-8 (byte %1) although the file starts with a UTF-8 byte order mark");
    case M::CsvInvalidUtf8Mixed:
        //: %1 the byte as 0xHH
        return QT_TRANSLATE_NOOP("CoreMessage", "invalid UTF-8 (byte %1); earlier text was UTF-8, so the file mixes encodings");
    case M::CsvCp1252Assumed:
        //: %1 line
        return QT_TRANSLATE_NOOP("CoreMessage", "line %1: not valid UTF-8, CP1252 assumed (Windows-1252, what Excel writes without a byte order mark)");
    case M::ReadOnlyOnRequest:
        return QT_TRANSLATE_NOOP("CoreMessage", "opened read-only on request");
    case M::ReadOnlyCannotWrite:
        //: %1 SQLite's reason
        return QT_TRANSLATE_NOOP("CoreMessage", "the file cannot be written (%1)");
    case M::ReadOnlyNewerFormat:
        //: %1 the file's format, %2 the newest format this version knows
        return QT_TRANSLATE_NOOP("CoreMessage", "it was written by a newer StockTower (workspace format %1; this version knows up to %2). Update StockTower to edit it.");
    case M::NoticeNewerFormat:
        //: %1 the file's format, %2 the newest format this version knows
        return QT_TRANSLATE_NOOP("CoreMessage", "This workspace was written by a newer StockTower (workspace format %1; this version knows up to %2); it is opened read-only. Update StockTower to edit it.");
    case M::NoticeUpgraded:
        //: %1 old format, %2 new format, %3 backup file
        return QT_TRANSLATE_NOOP("CoreMessage", "Upgraded the workspace format from %1 to %2; the previous file was saved as '%3'.");
    case M::NoticeNoWal:
        return QT_TRANSLATE_NOOP("CoreMessage", "Write-ahead logging is not available for this folder; using a rollback journal (slower, still safe).");
    case M::WorkspaceExists:
        //: %1 path
        return QT_TRANSLATE_NOOP("CoreMessage", "'%1' already exists; choose another name.");
    case M::WorkspaceFolderMissing:
        //: %1 path, %2 folder
        return QT_TRANSLATE_NOOP("CoreMessage", "Cannot create '%1': folder '%2' does not exist.");
    case M::WorkspaceCannotCreate:
        //: %1 path, %2 reason
        return QT_TRANSLATE_NOOP("CoreMessage", "Cannot create '%1': %2");
    case M::WorkspaceMissing:
        //: %1 path
        return QT_TRANSLATE_NOOP("CoreMessage", "Workspace '%1' does not exist.");
    case M::WorkspaceIsFolder:
        //: %1 path
        return QT_TRANSLATE_NOOP("CoreMessage", "'%1' is a folder, not a workspace.");
    case M::WorkspaceNotSqlite:
        //: %1 path
        return QT_TRANSLATE_NOOP("CoreMessage", "'%1' is not a StockTower workspace (not an SQLite database).");
    case M::WorkspaceNotStockTower:
        //: %1 path
        return QT_TRANSLATE_NOOP("CoreMessage", "'%1' is an SQLite database but not a StockTower workspace.");
    case M::WorkspaceDamaged:
        //: %1 path, %2 SQLite's finding
        return QT_TRANSLATE_NOOP("CoreMessage", "'%1' is damaged: %2");
    case M::WorkspaceShorterThanHeader:
        //: %1 path
        return QT_TRANSLATE_NOOP("CoreMessage", "'%1' is damaged: the file is shorter than an SQLite header");
    case M::WorkspaceCutOff:
        //: %1 path, %2 bytes present, %3 bytes expected
        return QT_TRANSLATE_NOOP("CoreMessage", "'%1' is damaged: the file is cut off (%2 of %3 bytes); restore it from a backup");
    case M::WorkspaceDiskFull:
        //: %1 path
        return QT_TRANSLATE_NOOP("CoreMessage", "The disk holding '%1' is full.");
    case M::WorkspaceCannotWrite:
        //: %1 path, %2 SQLite's reason
        return QT_TRANSLATE_NOOP("CoreMessage", "Cannot write '%1': %2");
    case M::WorkspaceCannotUse:
        //: %1 path, %2 SQLite's reason
        return QT_TRANSLATE_NOOP("CoreMessage", "Cannot use '%1': %2");
    case M::BackupFailed:
        //: %1 target path, %2 reason
        return QT_TRANSLATE_NOOP("CoreMessage", "Backup to '%1' failed: %2");
    case M::ExceptionProjectedStockout:
        //: %1 units short, %2 lead time in days, %3 available, %4 open purchase orders due, %5 demand over the lead time
        return QT_TRANSLATE_NOOP("CoreMessage", "short %1 within the %2-day lead time: available %3 + open POs due %4 − demand %5");
    case M::ExceptionBelowSafetyStock:
        //: %1 available units, %2 safety stock
        return QT_TRANSLATE_NOOP("CoreMessage", "available %1 below safety stock %2");
    case M::ExceptionExcess:
        //: %1 days of supply, %2 on hand, %3 daily demand, %4 units in excess, %5 the excess threshold in days
        return QT_TRANSLATE_NOOP("CoreMessage", "%1 days of supply (on hand %2, demand %3/day); %4 above %5 days");
    case M::ExceptionNegativeBalance:
        //: %1 quantity, %2 stock status code, %3 location
        return QT_TRANSLATE_NOOP("CoreMessage", "negative balance %1 (%2, %3)");
    case M::ExceptionNegativeBalanceNoLocation:
        //: %1 quantity, %2 stock status code
        return QT_TRANSLATE_NOOP("CoreMessage", "negative balance %1 (%2, no location)");
    case M::ExceptionFractionalBalance:
        //: %1 quantity
        return QT_TRANSLATE_NOOP("CoreMessage", "fractional balance %1 of an item counted in EA");
    case M::ExceptionBlockedLocation:
        //: %1 quantity, %2 location
        return QT_TRANSLATE_NOOP("CoreMessage", "%1 units in blocked location %2");
    case M::ExceptionLotExpired:
        //: %1 lot, %2 expiry date, %3 days, %4 quantity, %5 stock status code
        return QT_TRANSLATE_NOOP("CoreMessage", "lot %1 expired %2 (%3 days ago), %4 units %5");
    case M::ExceptionLotExpires:
        //: %1 lot, %2 expiry date, %3 days, %4 quantity, %5 stock status code
        return QT_TRANSLATE_NOOP("CoreMessage", "lot %1 expires %2 (in %3 days), %4 units %5: pick first");
    case M::ExceptionNoDemandRecorded:
        //: %1 quantity
        return QT_TRANSLATE_NOOP("CoreMessage", "no demand recorded; %1 units on hand");
    case M::ExceptionSlowMover:
        //: %1 date of the last demand, %2 days, %3 quantity
        return QT_TRANSLATE_NOOP("CoreMessage", "slow mover: no demand since %1 (%2 days); %3 units on hand");
    case M::ExceptionDeadStock:
        //: %1 date of the last demand, %2 days, %3 quantity
        return QT_TRANSLATE_NOOP("CoreMessage", "dead stock: no demand since %1 (%2 days); %3 units on hand");
    case M::ExceptionLatePurchaseOrder:
        //: %1 quantity, %2 due date, %3 days late, %4 supplier
        return QT_TRANSLATE_NOOP("CoreMessage", "%1 units due %2 (%3 days late) from %4");
    case M::ExceptionLatePurchaseOrderNoSupplier:
        //: %1 quantity, %2 due date, %3 days late
        return QT_TRANSLATE_NOOP("CoreMessage", "%1 units due %2 (%3 days late) from unknown supplier");
    case M::ExceptionStaleReceipt:
        //: %1 date, %2 local time HH:MM, %3 hours since arrival
        return QT_TRANSLATE_NOOP("CoreMessage", "arrived %1 %2, not put away after %3 h");
    case M::ExceptionStaleReceiptAt:
        //: %1 date, %2 local time HH:MM, %3 hours since arrival, %4 location
        return QT_TRANSLATE_NOOP("CoreMessage", "arrived %1 %2, not put away after %3 h (at %4)");
    case M::ExplainSourceInput:
        return QT_TRANSLATE_NOOP("CoreMessage", "input");
    case M::ExplainSourceDefault:
        return QT_TRANSLATE_NOOP("CoreMessage", "default");
    case M::ExplainSourceDefaultForAbc:
        //: %1 ABC class
        return QT_TRANSLATE_NOOP("CoreMessage", "default for ABC class %1");
    case M::ExplainSourceChange:
        //: %1 change number, %2 the change as the command line writes it
        return QT_TRANSLATE_NOOP("CoreMessage", "change %1 (%2)");
    case M::ExplainSourceFixedByPlanner:
        return QT_TRANSLATE_NOOP("CoreMessage", "fixed by the planner");
    case M::ExplainSourceScenarioChange:
        return QT_TRANSLATE_NOOP("CoreMessage", "scenario change");
    case M::ExplainSourceDaysPerPeriod:
        //: %1 days in a planning period
        return QT_TRANSLATE_NOOP("CoreMessage", "converted: ÷ %1 days per planning period");
    case M::ExplainSourcePeriodsPerYear:
        //: %1 planning periods in a year
        return QT_TRANSLATE_NOOP("CoreMessage", "%1 planning periods per year");
    case M::ExplainSourceOnHand:
        return QT_TRANSLATE_NOOP("CoreMessage", "on_hand: available on the latest as-of date");
    case M::ExplainSourceOpenReceipts:
        //: %1 days
        return QT_TRANSLATE_NOOP("CoreMessage", "purchase_order_line: open, due within %1 days");
    case M::ExplainSourceCommitted:
        return QT_TRANSLATE_NOOP("CoreMessage", "order_line: ordered − shipped, not shipped");
    case M::ExplainSourceForecastMean:
        //: %1 forecast run, %2 days in the protection interval
        return QT_TRANSLATE_NOOP("CoreMessage", "forecast run %1: mean over the protection interval of %2 days ÷ its length");
    case M::ExplainSourceForecastSd:
        //: %1 forecast run, %2 interval method, %3 periods in the protection interval
        return QT_TRANSLATE_NOOP("CoreMessage", "forecast run %1: σ of the error over the protection interval (%2) ÷ √%3");
    case M::ExplainSourceHistoryMean:
        //: %1 weeks
        return QT_TRANSLATE_NOOP("CoreMessage", "demand history: mean of the last %1 weeks");
    case M::ExplainSourceHistorySd:
        //: %1 weeks
        return QT_TRANSLATE_NOOP("CoreMessage", "demand history: sample sd of the last %1 weeks");
    case M::ExplainSourceHistorySdNoError:
        //: %1 weeks, %2 forecast run
        return QT_TRANSLATE_NOOP("CoreMessage", "demand history: sample sd of the last %1 weeks (forecast run %2 has no error estimate)");
    case M::ExplainSourceHistoryInactive:
        //: %1 weeks
        return QT_TRANSLATE_NOOP("CoreMessage", "demand history: inactive, no demand in the last %1 weeks");
    case M::ExplainNotePolicy:
        //: %1 policy kind
        return QT_TRANSLATE_NOOP("CoreMessage", "policy %1");
    case M::ExplainNoteDemandFamily:
        //: %1 distribution family
        return QT_TRANSLATE_NOOP("CoreMessage", "demand %1");
    case M::ExplainNoteLeadTimeDemandFamily:
        //: %1 distribution family
        return QT_TRANSLATE_NOOP("CoreMessage", "lead-time demand %1");
    case M::ExplainNotePeriodDemandFamily:
        //: %1 distribution family
        return QT_TRANSLATE_NOOP("CoreMessage", "demand per period %1; Zheng–Federgruen (1991)");
    case M::ExplainNoteServiceTypeCsl:
        return QT_TRANSLATE_NOOP("CoreMessage", "service type: cycle service level (csl)");
    case M::ExplainNoteServiceTypeFillRate:
        return QT_TRANSLATE_NOOP("CoreMessage", "service type: fill rate (fill-rate)");
    case M::ExplainNoteServiceTypeByChange:
        //: %1 change number, %2 the change
        return QT_TRANSLATE_NOOP("CoreMessage", "service type set by change %1 (%2)");
    case M::ExplainNoteSegment:
        //: %1 ABC class, %2 XYZ class, %3 demand class
        return QT_TRANSLATE_NOOP("CoreMessage", "ABC %1 / XYZ %2, demand class %3");
    case M::ExplainNoteOrderDate:
        //: %1 date
        return QT_TRANSLATE_NOOP("CoreMessage", "order date: %1");
    case M::ExplainNoteNoDemand:
        return QT_TRANSLATE_NOOP("CoreMessage", "no demand expected: no stock, no order");
    case M::ExplainNoteShortAtCycleStart:
        //: %1 formula, %2 level name, %3 level before, %4 level after
        return QT_TRANSLATE_NOOP("CoreMessage", "a cycle may begin short (%1): counting that shortage once lowers the %2 from %3 to %4");
    case M::ExplainNoteCappedAtMaxCover:
        //: %1 units
        return QT_TRANSLATE_NOOP("CoreMessage", "safety stock capped at max_cover × demand_mean = %1 units");
    case M::ExplainNoteRaisedToMinCover:
        //: %1 units
        return QT_TRANSLATE_NOOP("CoreMessage", "safety stock raised to min_cover × demand_mean = %1 units");
    case M::ExplainNoteCslTargetMissed:
        //: %1 target, %2 achieved
        return QT_TRANSLATE_NOOP("CoreMessage", "target cycle service level %1 not reached: %2 at the bounded level");
    case M::ExplainNoteFillRateTargetMissed:
        //: %1 target, %2 achieved
        return QT_TRANSLATE_NOOP("CoreMessage", "target fill rate %1 not reached: %2 at the bounded level");
    case M::ExplainNoteBandBeyond:
        //: %1 band number, %2 minimum quantity, %3 unit price, %4 EOQ
        return QT_TRANSLATE_NOOP("CoreMessage", "band %1 (from %2 at %3): EOQ %4 lies beyond the band; the next band is cheaper");
    case M::ExplainNoteBandCost:
        //: %1 band number, %2 minimum quantity, %3 unit price, %4 EOQ, %5 order quantity, %6 annual cost
        return QT_TRANSLATE_NOOP("CoreMessage", "band %1 (from %2 at %3): EOQ %4, order %5, annual cost %6");
    case M::ExplainNoteRounded:
        //: %1 quantity, %2 rounded quantity, %3 multiple
        return QT_TRANSLATE_NOOP("CoreMessage", "order quantity %1 rounded to %2 (MOQ first, then up to a multiple of %3)");
    case M::DistributionChosenByPlanner:
        //: %1 distribution family
        return QT_TRANSLATE_NOOP("CoreMessage", "%1 chosen by the planner");
    case M::DistributionNormal:
        //: %1 demand class, %2 mean, %3 slow-mover threshold
        return QT_TRANSLATE_NOOP("CoreMessage", "normal: %1 demand, mean %2 ≥ %3 over the protection interval");
    case M::DistributionGammaSlowMover:
        //: %1 mean, %2 slow-mover threshold
        return QT_TRANSLATE_NOOP("CoreMessage", "gamma: slow mover (mean %1 < %2 over the protection interval), continuous quantities");
    case M::DistributionGammaClass:
        //: %1 demand class
        return QT_TRANSLATE_NOOP("CoreMessage", "gamma: %1 demand, continuous quantities");
    case M::DistributionPoissonSlowMover:
        //: %1 mean, %2 threshold, %3 variance, %4 dispersion limit
        return QT_TRANSLATE_NOOP("CoreMessage", "poisson: slow mover (mean %1 < %2 over the protection interval), variance %3 ≤ %4 × mean");
    case M::DistributionPoissonClass:
        //: %1 demand class, %2 variance, %3 dispersion limit
        return QT_TRANSLATE_NOOP("CoreMessage", "poisson: %1 demand, variance %2 ≤ %3 × mean");
    case M::DistributionNegbinSlowMover:
        //: %1 mean, %2 threshold, %3 variance, %4 dispersion limit
        return QT_TRANSLATE_NOOP("CoreMessage", "negbin: slow mover (mean %1 < %2 over the protection interval), variance %3 > %4 × mean (over-dispersed)");
    case M::DistributionNegbinClass:
        //: %1 demand class, %2 variance, %3 dispersion limit
        return QT_TRANSLATE_NOOP("CoreMessage", "negbin: %1 demand, variance %2 > %3 × mean (over-dispersed)");
    case M::KpiNoteNoSnapshot:
        //: %1 date
        return QT_TRANSLATE_NOOP("CoreMessage", "No on-hand snapshot on or before %1: stock rules skipped.");
    case M::ScorecardNoteWeek:
        //: %1 ISO week, %2 first day, %3 last day, %4 site, %5 time zone, %6 cut-off time
        return QT_TRANSLATE_NOOP("CoreMessage", "ISO week %1 = %2 to %3 local time at %4 (%5); order cut-off %6.");
    case M::ScorecardNoteWeekNoCutoff:
        //: %1 ISO week, %2 first day, %3 last day, %4 site, %5 time zone
        return QT_TRANSLATE_NOOP("CoreMessage", "ISO week %1 = %2 to %3 local time at %4 (%5); no order cut-off set.");
    case M::ScorecardNoteService:
        //: %1 days early, %2 days late, %3 percent
        return QT_TRANSLATE_NOOP("CoreMessage", "Service KPIs judge order lines due in the week (promised date, else requested date, else order day with the cut-off); a line counts once shipped or past due. OTIF window %1 day(s) early to %2 day(s) late, in full within %3 % of the quantity; measured at shipment (no delivery dates).");
    case M::ScorecardNoteRecordAccuracy:
        //: %1 %2 %3 tolerances of classes A, B, C in percent, %4 %5 ABC class shares in percent
        return QT_TRANSLATE_NOOP("CoreMessage", "Record accuracy tolerance A ±%1 %, B ±%2 %, C ±%3 % of book quantity, classes by usage value (%4/%5 %); variances are never netted.");
    case M::ScorecardNoteInventory:
        //: %1 snapshot date, %2 days, %3 percent a year
        return QT_TRANSLATE_NOOP("CoreMessage", "Inventory KPIs use the on-hand snapshot %1 and shipments of the trailing %2 days; carrying cost rate %3 % a year.");
    case M::ScorecardNoteInventoryNoSnapshot:
        //: %1 days, %2 percent a year
        return QT_TRANSLATE_NOOP("CoreMessage", "Inventory KPIs use no on-hand snapshot (none found) and shipments of the trailing %1 days; carrying cost rate %2 % a year.");
    case M::ScorecardNoteMinimumSamples:
        //: %1 the list: KPI, minimum, unit; …
        return QT_TRANSLATE_NOOP("CoreMessage", "Minimum samples (n/a below): %1.");
    case M::ScorecardNoteStatus:
        return QT_TRANSLATE_NOOP("CoreMessage", "Status: ● green target met, ◆ amber within the band, ■ red beyond; a status changes only when the value passes a band edge by the hysteresis margin.");
    case M::ReportNoteWeek:
        //: %1 ISO week, %2 Monday, %3 Sunday, %4 site, %5 time zone
        return QT_TRANSLATE_NOOP("CoreMessage", "ISO 8601 week %1: Monday %2 to Sunday %3, local time at %4 (%5); week 1 of a year is the week with its first Thursday.");
    case M::ReportNoteNoCutoff:
        //: %1 site
        return QT_TRANSLATE_NOOP("CoreMessage", "No order cut-off is set for %1: an order line with neither a promised nor a requested date is due on the day it was received.");
    case M::ReportNoteCutoff:
        //: %1 cut-off time (twice)
        return QT_TRANSLATE_NOOP("CoreMessage", "Order cut-off %1 local time: an order line with neither a promised nor a requested date is due on the day it was received, or on the next day when received at %1 or later.");
    case M::ReportNoteNoTrend:
        return QT_TRANSLATE_NOOP("CoreMessage", "Trends: none.");
    case M::ReportNoteTrend:
        //: %1 number of weeks, %2 first week, %3 last week
        return QT_TRANSLATE_NOOP("CoreMessage", "Trend: the %1 weeks %2 to %3, each KPI on one scale spanning its values and its target; a gap is an n/a week.");
    case M::ReportNoteNotAvailable:
        return QT_TRANSLATE_NOOP("CoreMessage", "n/a: no value for the week, because its sample is below the KPI's minimum (given with its definition) or the data it needs is missing; the row says which. A KPI without a target or a value is not rated (–).");
    case M::ReportNoteStatus:
        return QT_TRANSLATE_NOOP("CoreMessage", "Status: ● green target met, ◆ amber within the band, ■ red beyond; – not rated (no target or n/a).");
    case M::ReportNoteChange:
        return QT_TRANSLATE_NOOP("CoreMessage", "▲ higher is better, ▼ lower is better. Change = this week − last week, in percentage points (pp) for percentages.");
    case M::ReportNoteKpiDefinition:
        //: %1 KPI name, %2 unit and minimum sample, %3 formula
        return QT_TRANSLATE_NOOP("CoreMessage", "%1%2: %3.");
    case M::ReportNoteBenchmarks:
        //: %1 source and year, %2 the KPIs and levels cited
        return QT_TRANSLATE_NOOP("CoreMessage", "Benchmarks, %1: %2.");
    case M::ReportNoteExceptions:
        //: %1 date, %2 site, %3 snapshot date
        return QT_TRANSLATE_NOOP("CoreMessage", "Exceptions found on %1 at %2 (on-hand snapshot %3), ranked over all queues by value at risk: the units concerned at cost (lost sales at price for projected stockouts).");
    case M::ReportNoteExceptionsNoSnapshot:
        //: %1 date, %2 site
        return QT_TRANSLATE_NOOP("CoreMessage", "Exceptions found on %1 at %2 (no on-hand snapshot on or before that day: the stock rules were skipped), ranked over all queues by value at risk: the units concerned at cost (lost sales at price for projected stockouts).");
    case M::KpiNoteNoReceiptPutAway:
        return QT_TRANSLATE_NOOP("CoreMessage", "no receipt put away in the week");
    case M::KpiNoteNoOrderShipped:
        return QT_TRANSLATE_NOOP("CoreMessage", "no order shipped in the week");
    case M::KpiNoteNoPickChecks:
        return QT_TRANSLATE_NOOP("CoreMessage", "no pick checks recorded (the orders' pick_errors column is empty)");
    case M::KpiNoteNoLabourHours:
        return QT_TRANSLATE_NOOP("CoreMessage", "no picking labour hours imported for the week");
    case M::KpiNoteNoSnapshotInWindow:
        return QT_TRANSLATE_NOOP("CoreMessage", "no on-hand snapshot in the demand window");
    case M::KpiNoteNoInventoryValue:
        return QT_TRANSLATE_NOOP("CoreMessage", "no inventory value at cost");
    case M::KpiNoteNothingShipped:
        return QT_TRANSLATE_NOOP("CoreMessage", "nothing shipped in the demand window");
    case M::KpiNoteNoStockAtCost:
        return QT_TRANSLATE_NOOP("CoreMessage", "no stock at cost in the week's snapshot");
    case M::KpiNoteOlderThanReceipts:
        //: %1 percent of value
        return QT_TRANSLATE_NOOP("CoreMessage", "includes stock older than the receipt history (%1% of value), aged from the first recorded receipt");
    case M::KpiNoteNoStorageLocations:
        return QT_TRANSLATE_NOOP("CoreMessage", "no usable storage locations at the site");
    case M::KpiNoteWeekNotStarted:
        return QT_TRANSLATE_NOOP("CoreMessage", "the week has not started");
    case M::KpiNoteNoSnapshotWithinDays:
        //: %1 days
        return QT_TRANSLATE_NOOP("CoreMessage", "no on-hand snapshot within %1 days of the week");
    case M::KpiNoteNotComputed:
        return QT_TRANSLATE_NOOP("CoreMessage", "not computed");
    case M::KpiNoteNoSnapshotOnOrBefore:
        //: %1 date
        return QT_TRANSLATE_NOOP("CoreMessage", "no on-hand snapshot on or before %1");
    case M::KpiNoteNoCycleCounts:
        return QT_TRANSLATE_NOOP("CoreMessage", "no cycle counts in the week");
    case M::KpiNoteNoBookValue:
        return QT_TRANSLATE_NOOP("CoreMessage", "the counted items have no book value (no cost or zero book quantity)");
    case M::KpiNoteNoLinesDue:
        return QT_TRANSLATE_NOOP("CoreMessage", "no order lines due in the week");
    case M::KpiNoteNoOrdersDue:
        return QT_TRANSLATE_NOOP("CoreMessage", "no orders due in the week");
    case M::KpiNoteNoActiveItems:
        return QT_TRANSLATE_NOOP("CoreMessage", "no active items planned at the site");
    case M::KpiNoteSampleBelowMinimum:
        //: %1 sample, %2 what the sample counts, %3 minimum
        return QT_TRANSLATE_NOOP("CoreMessage", "sample %1 %2 is below the minimum of %3");
    case M::KpiNoteNotFinite:
        return QT_TRANSLATE_NOOP("CoreMessage", "not a finite number");
    case M::KpiNoteNoData:
        return QT_TRANSLATE_NOOP("CoreMessage", "no data in the week");
    }
    return "%1";
}

// The arguments as shown: those that are the core's own vocabulary (a demand class) are read in
// the user's language too; the rest (numbers, codes, dates) as they are.
QStringList shownArguments(const util::Message& message) {
    QStringList args;
    for (const auto& arg : message.args) args << QString::fromStdString(arg);
    using M = util::MessageId;
    const auto demandClassAt = [&](qsizetype i) {
        if (i < args.size()) args[i] = demandClassTitle(message.args[static_cast<std::size_t>(i)]);
    };
    switch (message.id) {
    case M::ExplainNoteSegment: demandClassAt(2); break;
    case M::DistributionNormal:
    case M::DistributionGammaClass:
    case M::DistributionPoissonClass:
    case M::DistributionNegbinClass: demandClassAt(0); break;
    default: break;
    }
    return args;
}

} // namespace

QString coreText(const util::Message& message) {
    if (message.id == util::MessageId::Verbatim)
        return message.args.empty() ? QString() : QString::fromStdString(message.args.front());
    // The core's one-pass filler: any number of arguments, "%1" may stand twice, and an argument's
    // own "%2" is not filled again.
    std::vector<std::string> args;
    for (const QString& arg : shownArguments(message)) args.push_back(arg.toStdString());
    const QString pattern = QCoreApplication::translate("CoreMessage", messageSource(message.id));
    return QString::fromStdString(util::fillPlaceholders(pattern.toStdString(), args));
}

QStringList coreTexts(const std::vector<util::Message>& messages) {
    QStringList texts;
    for (const auto& message : messages) texts << coreText(message);
    return texts;
}

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
