// Locale-independent parsing of numbers, dates and timestamps found in imported fields.
#pragma once

#include "domain/date.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stocktower::exchange {

// Leading/trailing spaces and tabs are ignored; an optional sign, digits with at most one
// decimalMark ('.' or ','), an optional exponent. No thousands separators, no nan/inf/hex:
// "1.234,5" is refused rather than guessed. Out-of-range values are refused too.
std::optional<double> parseNumber(std::string_view text, char decimalMark = '.');

// Trimmed, optional sign, digits only ("12.0" is not an integer here); overflow is refused.
std::optional<std::int64_t> parseInteger(std::string_view text);

enum class DateFormat {
    Iso,          // YYYY-MM-DD
    DayMonthYear, // D/M/YYYY or DD/MM/YYYY, separator / . or - (the same twice)
    MonthDayYear, // M/D/YYYY or MM/DD/YYYY, same separators
    Compact,      // YYYYMMDD
};
inline constexpr std::array<DateFormat, 4> kAllDateFormats = {
    DateFormat::Iso, DateFormat::DayMonthYear, DateFormat::MonthDayYear, DateFormat::Compact};

// Validates the calendar (2026-02-30 is refused). Two-digit years are refused: the century
// would be a guess.
std::optional<domain::DayNumber> parseDate(std::string_view text, DateFormat format);

// Accepts iso, dmy, mdy, ymd, compact (any case) and the patterns YYYY-MM-DD, DD/MM/YYYY,
// MM/DD/YYYY, YYYYMMDD.
std::optional<DateFormat> parseDateFormatName(std::string_view name);
// The pattern spelling ("DD/MM/YYYY"): what a user recognises in a message.
std::string_view dateFormatName(DateFormat format);

// Seconds since 1970-01-01T00:00:00Z. The date part in `format`, optionally followed by 'T' or
// a space and HH:MM or HH:MM:SS (fractional seconds are truncated), optionally followed by
// 'Z' or an offset ±HH:MM / ±HHMM / ±HH, which is converted to UTC. A bare date is 00:00 UTC;
// a time without offset is taken as UTC.
std::optional<std::int64_t> parseDateTime(std::string_view text, DateFormat format);
// The same, telling whether the text carried a 'Z' or an offset. Without one, `seconds` are
// wall-clock seconds that the caller places in the site's time zone (see domain/time_zone.h).
struct DateTimeParts {
    std::int64_t seconds = 0;
    bool hasOffset = false;
};
std::optional<DateTimeParts> parseDateTimeParts(std::string_view text, DateFormat format);
// "YYYY-MM-DDTHH:MM:SSZ"
std::string formatDateTime(std::int64_t secondsUtc);

// Decides a column's date format from all of its values, because one row cannot tell
// 03/04/2025 (DMY or MDY) apart. Date-time values are observed by their date part.
class DateFormatDetector {
public:
    void observe(std::string_view value);
    // The formats that parse every observed non-empty value (all four before any value).
    [[nodiscard]] std::vector<DateFormat> candidates() const;
    // Both DMY and MDY still fit: the column must be refused unless the user picks a format.
    [[nodiscard]] bool ambiguous() const;
    // The single remaining candidate, if there is exactly one.
    [[nodiscard]] std::optional<DateFormat> decided() const;
    [[nodiscard]] std::size_t observedCount() const { return m_observed; }
    // Values that no remaining format could read; the first of them, for messages.
    [[nodiscard]] std::size_t unreadableCount() const { return m_unreadable; }
    [[nodiscard]] const std::string& firstMismatch() const { return m_firstMismatch; }

private:
    std::array<bool, 4> m_possible = {true, true, true, true};
    std::size_t m_observed = 0;
    std::size_t m_unreadable = 0;
    std::string m_firstMismatch;
};

} // namespace stocktower::exchange
