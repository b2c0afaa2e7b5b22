#include "util/message.h"

#include <array>
#include <cassert>

namespace stocktower::util {

namespace {

struct Entry {
    MessageId id;
    const char* english;
};

// In MessageId order (checked below). The CLI's output and golden files depend on these
// sentences: change one only together with its golden files and its ui translation.
constexpr std::array<Entry, kMessageIdCount> kEntries = {{
    {MessageId::Verbatim, "%1"},
    {MessageId::RequiredValueMissing, "required value is missing"},
    {MessageId::NotWholeNumber, "not a whole number"},
    {MessageId::MustNotBeNegative, "must not be negative"},
    {MessageId::NotNumber, "not a number"},
    {MessageId::NotNumberDecimalComma, "not a number (this file uses ',' as decimal mark)"},
    {MessageId::NotNumberDecimalPoint, "not a number (this file uses '.' as decimal mark)"},
    {MessageId::InvalidDate, "not a valid date (expected %1)"},
    {MessageId::InvalidDateTime, "not a valid date-time (expected %1 with optional HH:MM[:SS] and offset)"},
    {MessageId::UnknownSiteTimeZone,
     "the site's time zone '%1' is unknown; correct the site or give the time with an offset"},
    {MessageId::MustBeOneOf, "must be one of: %1"},
    {MessageId::UnknownSite, "unknown site (import sites first)"},
    {MessageId::UnknownItem, "unknown item (import items first)"},
    {MessageId::LocationNeedsSite, "location needs a valid site on the same row"},
    {MessageId::UnknownLocation, "unknown location at this site (import locations first)"},
    {MessageId::RowFieldCount, "row has %1 fields but the header has %2 (wrong delimiter or unquoted text?)"},
    {MessageId::UnknownTimeZone, "not a known IANA time zone (e.g. Europe/Berlin, America/Chicago, UTC)"},
    {MessageId::ExpectedLocalTime, "expected a local time HH:MM, e.g. 15:00"},
    {MessageId::MoreThan24Hours, "more than 24 hours for one employee on one day"},
    {MessageId::NegativeBookQuantity, "negative book quantity imported as-is"},
    {MessageId::NegativeBalance, "negative balance imported as-is; it will be flagged"},
    {MessageId::ServiceTargetRange, "must be between 0 and 1 (e.g. 0.95)"},
    {MessageId::MinimumAboveMaximum, "minimum is above maximum"},
    {MessageId::DueBeforeOrderDate, "due before the order date"},
    {MessageId::PutAwayBeforeArrival, "put away before it arrived"},
    {MessageId::ShippedBeforeOrdered, "shipped before it was ordered"},
    {MessageId::MoreShippedThanOrdered, "more shipped than ordered"},
    {MessageId::MappedToUnknownField, "mapped to '%1', which is not a field of %2"},
    {MessageId::UnknownColumnIgnored, "unknown column, ignored"},
    {MessageId::ColumnAlreadyProvides, "column %1 already provides %2"},
    {MessageId::RequiredColumnMissing, "required column '%1' is missing"},
    {MessageId::AmbiguousDateFormat, "dates could be DD/MM/YYYY or MM/DD/YYYY; choose the date format"},
    {MessageId::AlreadyImportedOn, "the same file was imported on %1"},
    {MessageId::EmptyFile, "the file is empty (no header row)"},
    {MessageId::DuplicateKeyEarlierRow, "duplicate key: same as an earlier row"},
    {MessageId::DuplicateKeyAtLine, "duplicate key: same as line %1"},
    {MessageId::CsvBomButCp1252, "UTF-8 byte order mark found, but CP1252 was requested"},
    {MessageId::CsvUtf16, "the file is UTF-16; save it as UTF-8 (\"CSV UTF-8\" in Excel)"},
    {MessageId::CsvSepLineUsed, "sep= line used: delimiter %1"},
    {MessageId::CsvSepLineConflict, "sep= line says %1 but %2 was requested; using %2"},
    {MessageId::CsvNulByte, "NUL byte (is the file UTF-16 or binary?)"},
    {MessageId::CsvUnterminatedQuote, "unterminated quoted field"},
    {MessageId::CsvCharacterAfterQuote, "unexpected character '%1' after closing quote"},
    {MessageId::CsvByteAfterQuote, "unexpected character (byte %1) after closing quote"},
    {MessageId::CsvInvalidUtf8, "invalid UTF-8 (byte %1)"},
    {MessageId::CsvInvalidUtf8AfterBom, "invalid UTF-8 (byte %1) although the file starts with a UTF-8 byte order mark"},
    {MessageId::CsvInvalidUtf8Mixed, "invalid UTF-8 (byte %1); earlier text was UTF-8, so the file mixes encodings"},
    {MessageId::CsvCp1252Assumed,
     "line %1: not valid UTF-8, CP1252 assumed (Windows-1252, what Excel writes without a byte order mark)"},
    {MessageId::ReadOnlyOnRequest, "opened read-only on request"},
    {MessageId::ReadOnlyCannotWrite, "the file cannot be written (%1)"},
    {MessageId::ReadOnlyNewerFormat,
     "it was written by a newer StockTower (workspace format %1; this version knows up to %2). Update "
     "StockTower to edit it."},
    {MessageId::NoticeNewerFormat,
     "This workspace was written by a newer StockTower (workspace format %1; this version knows up to %2); "
     "it is opened read-only. Update StockTower to edit it."},
    {MessageId::NoticeUpgraded,
     "Upgraded the workspace format from %1 to %2; the previous file was saved as '%3'."},
    {MessageId::NoticeNoWal,
     "Write-ahead logging is not available for this folder; using a rollback journal (slower, still safe)."},
    {MessageId::WorkspaceExists, "'%1' already exists; choose another name."},
    {MessageId::WorkspaceFolderMissing, "Cannot create '%1': folder '%2' does not exist."},
    {MessageId::WorkspaceCannotCreate, "Cannot create '%1': %2"},
    {MessageId::WorkspaceMissing, "Workspace '%1' does not exist."},
    {MessageId::WorkspaceIsFolder, "'%1' is a folder, not a workspace."},
    {MessageId::WorkspaceNotSqlite, "'%1' is not a StockTower workspace (not an SQLite database)."},
    {MessageId::WorkspaceNotStockTower, "'%1' is an SQLite database but not a StockTower workspace."},
    {MessageId::WorkspaceDamaged, "'%1' is damaged: %2"},
    {MessageId::WorkspaceShorterThanHeader, "'%1' is damaged: the file is shorter than an SQLite header"},
    {MessageId::WorkspaceCutOff, "'%1' is damaged: the file is cut off (%2 of %3 bytes); restore it from a backup"},
    {MessageId::WorkspaceDiskFull, "The disk holding '%1' is full."},
    {MessageId::WorkspaceCannotWrite, "Cannot write '%1': %2"},
    {MessageId::WorkspaceCannotUse, "Cannot use '%1': %2"},
    {MessageId::BackupFailed, "Backup to '%1' failed: %2"},
    {MessageId::ExceptionProjectedStockout, "short %1 within the %2-day lead time: available %3 + open POs due %4 − demand %5"},
    {MessageId::ExceptionBelowSafetyStock, "available %1 below safety stock %2"},
    {MessageId::ExceptionExcess, "%1 days of supply (on hand %2, demand %3/day); %4 above %5 days"},
    {MessageId::ExceptionNegativeBalance, "negative balance %1 (%2, %3)"},
    {MessageId::ExceptionNegativeBalanceNoLocation, "negative balance %1 (%2, no location)"},
    {MessageId::ExceptionFractionalBalance, "fractional balance %1 of an item counted in EA"},
    {MessageId::ExceptionBlockedLocation, "%1 units in blocked location %2"},
    {MessageId::ExceptionLotExpired, "lot %1 expired %2 (%3 days ago), %4 units %5"},
    {MessageId::ExceptionLotExpires, "lot %1 expires %2 (in %3 days), %4 units %5: pick first"},
    {MessageId::ExceptionNoDemandRecorded, "no demand recorded; %1 units on hand"},
    {MessageId::ExceptionSlowMover, "slow mover: no demand since %1 (%2 days); %3 units on hand"},
    {MessageId::ExceptionDeadStock, "dead stock: no demand since %1 (%2 days); %3 units on hand"},
    {MessageId::ExceptionLatePurchaseOrder, "%1 units due %2 (%3 days late) from %4"},
    {MessageId::ExceptionLatePurchaseOrderNoSupplier, "%1 units due %2 (%3 days late) from unknown supplier"},
    {MessageId::ExceptionStaleReceipt, "arrived %1 %2, not put away after %3 h"},
    {MessageId::ExceptionStaleReceiptAt, "arrived %1 %2, not put away after %3 h (at %4)"},
}};

constexpr bool inIdOrder() {
    for (std::size_t i = 0; i < kEntries.size(); ++i)
        if (static_cast<std::size_t>(kEntries[i].id) != i) return false;
    return true;
}
static_assert(inIdOrder(), "kEntries must list every MessageId once, in enum order");

} // namespace

const char* englishTemplate(MessageId id) {
    const auto index = static_cast<std::size_t>(id);
    assert(index < kEntries.size());
    return index < kEntries.size() ? kEntries[index].english : "%1";
}

std::string fillPlaceholders(const std::string& pattern, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            std::size_t end = i + 1;
            std::size_t number = 0;
            while (end < pattern.size() && pattern[end] >= '0' && pattern[end] <= '9')
                number = number * 10 + static_cast<std::size_t>(pattern[end++] - '0');
            if (number >= 1 && number <= args.size()) {
                out += args[number - 1];
                i = end - 1;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

std::string englishText(const Message& message) {
    if (message.id == MessageId::Verbatim && message.args.empty()) return {}; // no message at all
    return fillPlaceholders(englishTemplate(message.id), message.args);
}

} // namespace stocktower::util
