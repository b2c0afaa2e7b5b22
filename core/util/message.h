// Messages for the user as a stable id with ordered arguments, so the ui can translate what the core says without Qt.
#pragma once

#include "util/errors.h"

#include <string>
#include <vector>

namespace stocktower::util {

// One id per sentence the core shows to users. The English template of each is in
// message.cpp; the ui translates the same ids (ui/shell/core_text.cpp). Ids are never
// reordered or reused for a different sentence: append new ones before Count.
enum class MessageId {
    Verbatim, // "%1": text from outside StockTower (SQLite, the operating system), shown as it is

    // Values in an imported row (exchange/row_converter.cpp)
    RequiredValueMissing,
    NotWholeNumber,
    MustNotBeNegative,
    NotNumber,
    NotNumberDecimalComma,
    NotNumberDecimalPoint,
    InvalidDate,             // %1 expected format
    InvalidDateTime,         // %1 expected format
    UnknownSiteTimeZone,     // %1 time zone name
    MustBeOneOf,             // %1 the choices, separated by spaces
    UnknownSite,
    UnknownItem,
    LocationNeedsSite,
    UnknownLocation,
    RowFieldCount,           // %1 fields in the row, %2 fields in the header
    UnknownTimeZone,
    ExpectedLocalTime,
    MoreThan24Hours,
    NegativeBookQuantity,
    NegativeBalance,
    ServiceTargetRange,
    MinimumAboveMaximum,
    DueBeforeOrderDate,
    PutAwayBeforeArrival,
    ShippedBeforeOrdered,
    MoreShippedThanOrdered,

    // The header row (exchange/column_matching.cpp)
    MappedToUnknownField,    // %1 field name given, %2 record type
    UnknownColumnIgnored,
    ColumnAlreadyProvides,   // %1 earlier column number, %2 field
    RequiredColumnMissing,   // %1 field

    // The import as a whole (exchange/import_job.cpp)
    AmbiguousDateFormat,
    AlreadyImportedOn,       // %1 time of the earlier import
    EmptyFile,
    DuplicateKeyEarlierRow,
    DuplicateKeyAtLine,      // %1 line of the earlier row

    // CSV structure and encoding (exchange/csv_reader.cpp)
    CsvBomButCp1252,
    CsvUtf16,
    CsvSepLineUsed,          // %1 delimiter name
    CsvSepLineConflict,      // %1 sep= delimiter, %2 requested delimiter (used)
    CsvNulByte,
    CsvUnterminatedQuote,
    CsvCharacterAfterQuote,  // %1 the character
    CsvByteAfterQuote,       // %1 the byte as 0xHH
    CsvInvalidUtf8,          // %1 the byte as 0xHH
    CsvInvalidUtf8AfterBom,  // %1 the byte as 0xHH
    CsvInvalidUtf8Mixed,     // %1 the byte as 0xHH
    CsvCp1252Assumed,        // %1 line

    // Opening a workspace (store/workspace.cpp)
    ReadOnlyOnRequest,
    ReadOnlyCannotWrite,     // %1 SQLite's reason
    ReadOnlyNewerFormat,     // %1 the file's format, %2 the newest format this version knows
    NoticeNewerFormat,       // %1 the file's format, %2 the newest format this version knows
    NoticeUpgraded,          // %1 old format, %2 new format, %3 backup file
    NoticeNoWal,
    WorkspaceExists,         // %1 path
    WorkspaceFolderMissing,  // %1 path, %2 folder
    WorkspaceCannotCreate,   // %1 path, %2 reason
    WorkspaceMissing,        // %1 path
    WorkspaceIsFolder,       // %1 path
    WorkspaceNotSqlite,      // %1 path
    WorkspaceNotStockTower,  // %1 path
    WorkspaceDamaged,        // %1 path, %2 SQLite's finding
    WorkspaceShorterThanHeader, // %1 path
    WorkspaceCutOff,         // %1 path, %2 bytes present, %3 bytes expected
    WorkspaceDiskFull,       // %1 path
    WorkspaceCannotWrite,    // %1 path, %2 SQLite's reason
    WorkspaceCannotUse,      // %1 path, %2 SQLite's reason
    BackupFailed,            // %1 target path, %2 reason

    // The control tower's exception reasons (kpi/exceptions.cpp)
    ExceptionProjectedStockout, // %1 units short, %2 lead time in days, %3 available, %4 open purchase orders due, %5 demand over the lead time
    ExceptionBelowSafetyStock, // %1 available units, %2 safety stock
    ExceptionExcess, // %1 days of supply, %2 on hand, %3 daily demand, %4 units in excess, %5 the excess threshold in days
    ExceptionNegativeBalance, // %1 quantity, %2 stock status code, %3 location
    ExceptionNegativeBalanceNoLocation, // %1 quantity, %2 stock status code
    ExceptionFractionalBalance, // %1 quantity
    ExceptionBlockedLocation, // %1 quantity, %2 location
    ExceptionLotExpired, // %1 lot, %2 expiry date, %3 days, %4 quantity, %5 stock status code
    ExceptionLotExpires, // %1 lot, %2 expiry date, %3 days, %4 quantity, %5 stock status code
    ExceptionNoDemandRecorded, // %1 quantity
    ExceptionSlowMover, // %1 date of the last demand, %2 days, %3 quantity
    ExceptionDeadStock, // %1 date of the last demand, %2 days, %3 quantity
    ExceptionLatePurchaseOrder, // %1 quantity, %2 due date, %3 days late, %4 supplier
    ExceptionLatePurchaseOrderNoSupplier, // %1 quantity, %2 due date, %3 days late
    ExceptionStaleReceipt, // %1 date, %2 local time HH:MM, %3 hours since arrival
    ExceptionStaleReceiptAt, // %1 date, %2 local time HH:MM, %3 hours since arrival, %4 location

    Count
};

inline constexpr int kMessageIdCount = static_cast<int>(MessageId::Count);

struct Message {
    MessageId id = MessageId::Verbatim;
    std::vector<std::string> args; // %1, %2, … in order; already formatted text

    bool operator==(const Message&) const = default;
};

// A message made of outside text that has no id.
inline Message verbatim(std::string text) { return {MessageId::Verbatim, {std::move(text)}}; }

// The English template with %1..%n placeholders, as the ui's translation source reads.
const char* englishTemplate(MessageId id);
// The English sentence: the template with its arguments filled in (one pass: an argument that
// itself contains "%2" is not filled again). The CLI prints this.
std::string englishText(const Message& message);
// Fills %1..%n of any template with the arguments, in one pass.
std::string fillPlaceholders(const std::string& pattern, const std::vector<std::string>& args);

// A UserError whose message has an id, so the ui can show it in the user's language; what()
// is the English text.
class MessageError : public UserError {
public:
    explicit MessageError(Message message) : UserError(englishText(message)), m_message(std::move(message)) {}
    [[nodiscard]] const Message& message() const { return m_message; }

private:
    Message m_message;
};

} // namespace stocktower::util
