// Messages for the user as a stable id with ordered arguments, so the ui can translate what the core says without Qt.
#pragma once

#include "util/errors.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stocktower::util {

// One id per sentence the core shows to users. The English template of each is in
// message.cpp; the ui translates the same ids (ui/text/core_text.cpp). Ids are never
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

    // Policy explanations: where an input came from, notes and the distribution chosen (inventory/)
    ExplainSourceInput,
    ExplainSourceDefault,
    ExplainSourceDefaultForAbc, // %1 ABC class
    ExplainSourceChange, // %1 change number, %2 the change as the command line writes it
    ExplainSourceFixedByPlanner,
    ExplainSourceScenarioChange,
    ExplainSourceDaysPerPeriod, // %1 days in a planning period
    ExplainSourcePeriodsPerYear, // %1 planning periods in a year
    ExplainSourceOnHand,
    ExplainSourceOpenReceipts, // %1 days
    ExplainSourceCommitted,
    ExplainSourceForecastMean, // %1 forecast run, %2 days in the protection interval
    ExplainSourceForecastSd, // %1 forecast run, %2 interval method, %3 periods in the protection interval
    ExplainSourceHistoryMean, // %1 weeks
    ExplainSourceHistorySd, // %1 weeks
    ExplainSourceHistorySdNoError, // %1 weeks, %2 forecast run
    ExplainSourceHistoryInactive, // %1 weeks
    ExplainNotePolicy, // %1 policy kind
    ExplainNoteDemandFamily, // %1 distribution family
    ExplainNoteLeadTimeDemandFamily, // %1 distribution family
    ExplainNotePeriodDemandFamily, // %1 distribution family
    ExplainNoteServiceTypeCsl,
    ExplainNoteServiceTypeFillRate,
    ExplainNoteServiceTypeByChange, // %1 change number, %2 the change
    ExplainNoteSegment, // %1 ABC class, %2 XYZ class, %3 demand class
    ExplainNoteOrderDate, // %1 date
    ExplainNoteNoDemand,
    ExplainNoteShortAtCycleStart, // %1 formula, %2 level name, %3 level before, %4 level after
    ExplainNoteCappedAtMaxCover, // %1 units
    ExplainNoteRaisedToMinCover, // %1 units
    ExplainNoteCslTargetMissed, // %1 target, %2 achieved
    ExplainNoteFillRateTargetMissed, // %1 target, %2 achieved
    ExplainNoteBandBeyond, // %1 band number, %2 minimum quantity, %3 unit price, %4 EOQ
    ExplainNoteBandCost, // %1 band number, %2 minimum quantity, %3 unit price, %4 EOQ, %5 order quantity, %6 annual cost
    ExplainNoteRounded, // %1 quantity, %2 rounded quantity, %3 multiple
    DistributionChosenByPlanner, // %1 distribution family
    DistributionNormal, // %1 demand class, %2 mean, %3 slow-mover threshold
    DistributionGammaSlowMover, // %1 mean, %2 slow-mover threshold
    DistributionGammaClass, // %1 demand class
    DistributionPoissonSlowMover, // %1 mean, %2 threshold, %3 variance, %4 dispersion limit
    DistributionPoissonClass, // %1 demand class, %2 variance, %3 dispersion limit
    DistributionNegbinSlowMover, // %1 mean, %2 threshold, %3 variance, %4 dispersion limit
    DistributionNegbinClass, // %1 demand class, %2 variance, %3 dispersion limit

    // Scorecard and weekly report footnotes (kpi/scorecard.cpp, report/weekly_report_notes.cpp)
    KpiNoteNoSnapshot, // %1 date
    ScorecardNoteWeek, // %1 ISO week, %2 first day, %3 last day, %4 site, %5 time zone, %6 cut-off time
    ScorecardNoteWeekNoCutoff, // %1 ISO week, %2 first day, %3 last day, %4 site, %5 time zone
    ScorecardNoteService, // %1 days early, %2 days late, %3 percent
    ScorecardNoteRecordAccuracy, // %1 %2 %3 tolerances of classes A, B, C in percent, %4 %5 ABC class shares in percent
    ScorecardNoteInventory, // %1 snapshot date, %2 days, %3 percent a year
    ScorecardNoteInventoryNoSnapshot, // %1 days, %2 percent a year
    ScorecardNoteMinimumSamples, // %1 the list: KPI, minimum, unit; …
    ScorecardNoteStatus,
    ReportNoteWeek, // %1 ISO week, %2 Monday, %3 Sunday, %4 site, %5 time zone
    ReportNoteNoCutoff, // %1 site
    ReportNoteCutoff, // %1 cut-off time (twice)
    ReportNoteNoTrend,
    ReportNoteTrend, // %1 number of weeks, %2 first week, %3 last week
    ReportNoteNotAvailable,
    ReportNoteStatus,
    ReportNoteChange,
    ReportNoteKpiDefinition, // %1 KPI name, %2 unit and minimum sample, %3 formula
    ReportNoteBenchmarks, // %1 source and year, %2 the KPIs and levels cited
    ReportNoteExceptions, // %1 date, %2 site, %3 snapshot date
    ReportNoteExceptionsNoSnapshot, // %1 date, %2 site

    // Why a KPI has no value, or a caveat on it (kpi/): stored as English text in the week's
    // snapshot, and recognised again by recogniseEnglish(). KpiNoteFirst..KpiNoteLast, in one run.
    KpiNoteNoReceiptPutAway,
    KpiNoteNoOrderShipped,
    KpiNoteNoPickChecks,
    KpiNoteNoLabourHours,
    KpiNoteNoSnapshotInWindow,
    KpiNoteNoInventoryValue,
    KpiNoteNothingShipped,
    KpiNoteNoStockAtCost,
    KpiNoteOlderThanReceipts, // %1 percent of value
    KpiNoteNoStorageLocations,
    KpiNoteWeekNotStarted,
    KpiNoteNoSnapshotWithinDays, // %1 days
    KpiNoteNotComputed,
    KpiNoteNoSnapshotOnOrBefore, // %1 date
    KpiNoteNoCycleCounts,
    KpiNoteNoBookValue,
    KpiNoteNoLinesDue,
    KpiNoteNoOrdersDue,
    KpiNoteNoActiveItems,
    KpiNoteSampleBelowMinimum, // %1 sample, %2 what the sample counts, %3 minimum
    KpiNoteNotFinite,
    KpiNoteNoData,

    Count
};

inline constexpr int kMessageIdCount = static_cast<int>(MessageId::Count);
inline constexpr MessageId kKpiNoteFirst = MessageId::KpiNoteNoReceiptPutAway;
inline constexpr MessageId kKpiNoteLast = MessageId::KpiNoteNoData;

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
std::vector<std::string> englishTexts(const std::vector<Message>& messages);
// The message among ids first..last whose English text `text` is, with its arguments read back
// from it; nullopt when none fits (text from an older version, or a person's words).
std::optional<Message> recogniseEnglish(std::string_view text, MessageId first, MessageId last);
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
