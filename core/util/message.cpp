#include "util/message.h"

#include <array>
#include <cassert>
#include <mutex>
#include <regex>

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
    {MessageId::ExplainSourceInput, "input"},
    {MessageId::ExplainSourceDefault, "default"},
    {MessageId::ExplainSourceDefaultForAbc, "default for ABC class %1"},
    {MessageId::ExplainSourceChange, "change %1 (%2)"},
    {MessageId::ExplainSourceFixedByPlanner, "fixed by the planner"},
    {MessageId::ExplainSourceScenarioChange, "scenario change"},
    {MessageId::ExplainSourceDaysPerPeriod, "converted: ÷ %1 days per planning period"},
    {MessageId::ExplainSourcePeriodsPerYear, "%1 planning periods per year"},
    {MessageId::ExplainSourceOnHand, "on_hand: available on the latest as-of date"},
    {MessageId::ExplainSourceOpenReceipts, "purchase_order_line: open, due within %1 days"},
    {MessageId::ExplainSourceCommitted, "order_line: ordered − shipped, not shipped"},
    {MessageId::ExplainSourceForecastMean, "forecast run %1: mean over the protection interval of %2 days ÷ its length"},
    {MessageId::ExplainSourceForecastSd, "forecast run %1: σ of the error over the protection interval (%2) ÷ √%3"},
    {MessageId::ExplainSourceHistoryMean, "demand history: mean of the last %1 weeks"},
    {MessageId::ExplainSourceHistorySd, "demand history: sample sd of the last %1 weeks"},
    {MessageId::ExplainSourceHistorySdNoError, "demand history: sample sd of the last %1 weeks (forecast run %2 has no error estimate)"},
    {MessageId::ExplainSourceHistoryInactive, "demand history: inactive, no demand in the last %1 weeks"},
    {MessageId::ExplainNotePolicy, "policy %1"},
    {MessageId::ExplainNoteDemandFamily, "demand %1"},
    {MessageId::ExplainNoteLeadTimeDemandFamily, "lead-time demand %1"},
    {MessageId::ExplainNotePeriodDemandFamily, "demand per period %1; Zheng–Federgruen (1991)"},
    {MessageId::ExplainNoteServiceTypeCsl, "service type: cycle service level (csl)"},
    {MessageId::ExplainNoteServiceTypeFillRate, "service type: fill rate (fill-rate)"},
    {MessageId::ExplainNoteServiceTypeByChange, "service type set by change %1 (%2)"},
    {MessageId::ExplainNoteSegment, "ABC %1 / XYZ %2, demand class %3"},
    {MessageId::ExplainNoteOrderDate, "order date: %1"},
    {MessageId::ExplainNoteNoDemand, "no demand expected: no stock, no order"},
    {MessageId::ExplainNoteShortAtCycleStart, "a cycle may begin short (%1): counting that shortage once lowers the %2 from %3 to %4"},
    {MessageId::ExplainNoteCappedAtMaxCover, "safety stock capped at max_cover × demand_mean = %1 units"},
    {MessageId::ExplainNoteRaisedToMinCover, "safety stock raised to min_cover × demand_mean = %1 units"},
    {MessageId::ExplainNoteCslTargetMissed, "target cycle service level %1 not reached: %2 at the bounded level"},
    {MessageId::ExplainNoteFillRateTargetMissed, "target fill rate %1 not reached: %2 at the bounded level"},
    {MessageId::ExplainNoteBandBeyond, "band %1 (from %2 at %3): EOQ %4 lies beyond the band; the next band is cheaper"},
    {MessageId::ExplainNoteBandCost, "band %1 (from %2 at %3): EOQ %4, order %5, annual cost %6"},
    {MessageId::ExplainNoteRounded, "order quantity %1 rounded to %2 (MOQ first, then up to a multiple of %3)"},
    {MessageId::DistributionChosenByPlanner, "%1 chosen by the planner"},
    {MessageId::DistributionNormal, "normal: %1 demand, mean %2 ≥ %3 over the protection interval"},
    {MessageId::DistributionGammaSlowMover, "gamma: slow mover (mean %1 < %2 over the protection interval), continuous quantities"},
    {MessageId::DistributionGammaClass, "gamma: %1 demand, continuous quantities"},
    {MessageId::DistributionPoissonSlowMover, "poisson: slow mover (mean %1 < %2 over the protection interval), variance %3 ≤ %4 × mean"},
    {MessageId::DistributionPoissonClass, "poisson: %1 demand, variance %2 ≤ %3 × mean"},
    {MessageId::DistributionNegbinSlowMover, "negbin: slow mover (mean %1 < %2 over the protection interval), variance %3 > %4 × mean (over-dispersed)"},
    {MessageId::DistributionNegbinClass, "negbin: %1 demand, variance %2 > %3 × mean (over-dispersed)"},
    {MessageId::KpiNoteNoSnapshot, "No on-hand snapshot on or before %1: stock rules skipped."},
    {MessageId::ScorecardNoteWeek, "ISO week %1 = %2 to %3 local time at %4 (%5); order cut-off %6."},
    {MessageId::ScorecardNoteWeekNoCutoff, "ISO week %1 = %2 to %3 local time at %4 (%5); no order cut-off set."},
    {MessageId::ScorecardNoteService, "Service KPIs judge order lines due in the week (promised date, else requested date, else order day with the cut-off); a line counts once shipped or past due. OTIF window %1 day(s) early to %2 day(s) late, in full within %3 % of the quantity; measured at shipment (no delivery dates)."},
    {MessageId::ScorecardNoteRecordAccuracy, "Record accuracy tolerance A ±%1 %, B ±%2 %, C ±%3 % of book quantity, classes by usage value (%4/%5 %); variances are never netted."},
    {MessageId::ScorecardNoteInventory, "Inventory KPIs use the on-hand snapshot %1 and shipments of the trailing %2 days; carrying cost rate %3 % a year."},
    {MessageId::ScorecardNoteInventoryNoSnapshot, "Inventory KPIs use no on-hand snapshot (none found) and shipments of the trailing %1 days; carrying cost rate %2 % a year."},
    {MessageId::ScorecardNoteMinimumSamples, "Minimum samples (n/a below): %1."},
    {MessageId::ScorecardNoteStatus, "Status: ● green target met, ◆ amber within the band, ■ red beyond; a status changes only when the value passes a band edge by the hysteresis margin."},
    {MessageId::ReportNoteWeek, "ISO 8601 week %1: Monday %2 to Sunday %3, local time at %4 (%5); week 1 of a year is the week with its first Thursday."},
    {MessageId::ReportNoteNoCutoff, "No order cut-off is set for %1: an order line with neither a promised nor a requested date is due on the day it was received."},
    {MessageId::ReportNoteCutoff, "Order cut-off %1 local time: an order line with neither a promised nor a requested date is due on the day it was received, or on the next day when received at %1 or later."},
    {MessageId::ReportNoteNoTrend, "Trends: none."},
    {MessageId::ReportNoteTrend, "Trend: the %1 weeks %2 to %3, each KPI on one scale spanning its values and its target; a gap is an n/a week."},
    {MessageId::ReportNoteNotAvailable, "n/a: no value for the week, because its sample is below the KPI's minimum (given with its definition) or the data it needs is missing; the row says which. A KPI without a target or a value is not rated (–)."},
    {MessageId::ReportNoteStatus, "Status: ● green target met, ◆ amber within the band, ■ red beyond; – not rated (no target or n/a)."},
    {MessageId::ReportNoteChange, "▲ higher is better, ▼ lower is better. Change = this week − last week, in percentage points (pp) for percentages."},
    {MessageId::ReportNoteKpiDefinition, "%1%2: %3."},
    {MessageId::ReportNoteBenchmarks, "Benchmarks, %1: %2."},
    {MessageId::ReportNoteExceptions, "Exceptions found on %1 at %2 (on-hand snapshot %3), ranked over all queues by value at risk: the units concerned at cost (lost sales at price for projected stockouts)."},
    {MessageId::ReportNoteExceptionsNoSnapshot, "Exceptions found on %1 at %2 (no on-hand snapshot on or before that day: the stock rules were skipped), ranked over all queues by value at risk: the units concerned at cost (lost sales at price for projected stockouts)."},
    {MessageId::KpiNoteNoReceiptPutAway, "no receipt put away in the week"},
    {MessageId::KpiNoteNoOrderShipped, "no order shipped in the week"},
    {MessageId::KpiNoteNoPickChecks, "no pick checks recorded (the orders' pick_errors column is empty)"},
    {MessageId::KpiNoteNoLabourHours, "no picking labour hours imported for the week"},
    {MessageId::KpiNoteNoSnapshotInWindow, "no on-hand snapshot in the demand window"},
    {MessageId::KpiNoteNoInventoryValue, "no inventory value at cost"},
    {MessageId::KpiNoteNothingShipped, "nothing shipped in the demand window"},
    {MessageId::KpiNoteNoStockAtCost, "no stock at cost in the week's snapshot"},
    {MessageId::KpiNoteOlderThanReceipts, "includes stock older than the receipt history (%1% of value), aged from the first recorded receipt"},
    {MessageId::KpiNoteNoStorageLocations, "no usable storage locations at the site"},
    {MessageId::KpiNoteWeekNotStarted, "the week has not started"},
    {MessageId::KpiNoteNoSnapshotWithinDays, "no on-hand snapshot within %1 days of the week"},
    {MessageId::KpiNoteNotComputed, "not computed"},
    {MessageId::KpiNoteNoSnapshotOnOrBefore, "no on-hand snapshot on or before %1"},
    {MessageId::KpiNoteNoCycleCounts, "no cycle counts in the week"},
    {MessageId::KpiNoteNoBookValue, "the counted items have no book value (no cost or zero book quantity)"},
    {MessageId::KpiNoteNoLinesDue, "no order lines due in the week"},
    {MessageId::KpiNoteNoOrdersDue, "no orders due in the week"},
    {MessageId::KpiNoteNoActiveItems, "no active items planned at the site"},
    {MessageId::KpiNoteSampleBelowMinimum, "sample %1 %2 is below the minimum of %3"},
    {MessageId::KpiNoteNotFinite, "not a finite number"},
    {MessageId::KpiNoteNoData, "no data in the week"},
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

namespace {

// A template as a pattern that reads its arguments back: the text between placeholders matched
// literally, each placeholder as the shortest text that lets the rest match.
struct Recogniser {
    std::regex pattern;
    std::vector<std::size_t> argumentOfGroup; // the placeholder number (from 1) of each capture group
};

Recogniser recogniserFor(MessageId id) {
    static const std::regex special(R"([.^$|()\[\]{}*+?\\])");
    const std::string english = englishTemplate(id);
    Recogniser recogniser;
    std::string pattern;
    std::string literal;
    const auto flush = [&] {
        pattern += std::regex_replace(literal, special, R"(\$&)");
        literal.clear();
    };
    for (std::size_t i = 0; i < english.size(); ++i) {
        if (english[i] == '%' && i + 1 < english.size() && english[i + 1] >= '1' && english[i + 1] <= '9') {
            // %1 … %n as fillPlaceholders reads them, more than one digit included.
            flush();
            std::size_t end = i + 1;
            std::size_t number = 0;
            while (end < english.size() && english[end] >= '0' && english[end] <= '9')
                number = number * 10 + static_cast<std::size_t>(english[end++] - '0');
            recogniser.argumentOfGroup.push_back(number);
            pattern += "(.+?)";
            i = end - 1;
            continue;
        }
        literal += english[i];
    }
    flush();
    recogniser.pattern = std::regex(pattern);
    return recogniser;
}

} // namespace

std::optional<Message> recogniseEnglish(std::string_view text, MessageId first, MessageId last) {
    // Each template's pattern is compiled once, when first asked for, on whichever thread asks.
    static std::array<std::once_flag, kMessageIdCount> compiled;
    static std::array<Recogniser, kMessageIdCount> recognisers;
    const std::string subject(text);
    for (auto id = static_cast<int>(first); id <= static_cast<int>(last); ++id) {
        const auto index = static_cast<std::size_t>(id);
        std::call_once(compiled[index], [index] { recognisers[index] = recogniserFor(static_cast<MessageId>(index)); });
        const auto& recogniser = recognisers[index];
        std::smatch match;
        if (!std::regex_match(subject, match, recogniser.pattern)) continue;
        Message message{static_cast<MessageId>(id), {}};
        for (std::size_t group = 0; group < recogniser.argumentOfGroup.size(); ++group) {
            const std::size_t argument = recogniser.argumentOfGroup[group];
            if (message.args.size() < argument) message.args.resize(argument);
            message.args[argument - 1] = match[static_cast<int>(group) + 1].str();
        }
        return message;
    }
    return std::nullopt;
}

std::vector<std::string> englishTexts(const std::vector<Message>& messages) {
    std::vector<std::string> texts;
    texts.reserve(messages.size());
    for (const auto& message : messages) texts.push_back(englishText(message));
    return texts;
}

std::string englishText(const Message& message) {
    if (message.id == MessageId::Verbatim && message.args.empty()) return {}; // no message at all
    return fillPlaceholders(englishTemplate(message.id), message.args);
}

} // namespace stocktower::util
