#include "exchange/value_parsing.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace stocktower::exchange {

namespace {

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Exactly `width` digits at text[pos]; advances pos.
template <typename T> bool fixedDigits(std::string_view text, std::size_t& pos, int width, T& out) {
    if (pos + static_cast<std::size_t>(width) > text.size()) return false;
    T value = 0;
    for (int i = 0; i < width; ++i) {
        const char c = text[pos + static_cast<std::size_t>(i)];
        if (!isDigit(c)) return false;
        value = static_cast<T>(value * 10 + static_cast<T>(c - '0'));
    }
    pos += static_cast<std::size_t>(width);
    out = value;
    return true;
}

// One or two digits at text[pos] (as in 3/4/2025 or 9:30); advances pos.
bool shortDigits(std::string_view text, std::size_t& pos, unsigned& out) {
    if (pos >= text.size() || !isDigit(text[pos])) return false;
    out = static_cast<unsigned>(text[pos++] - '0');
    if (pos < text.size() && isDigit(text[pos]))
        out = out * 10 + static_cast<unsigned>(text[pos++] - '0');
    return true;
}

std::optional<domain::DayNumber> parseDateExact(std::string_view text, DateFormat format) {
    std::size_t pos = 0;
    int year = 0;
    unsigned month = 0, day = 0;
    switch (format) {
    case DateFormat::Iso:
        return domain::parseIsoDate(text);
    case DateFormat::Compact:
        if (text.size() != 8 || !fixedDigits(text, pos, 4, year) ||
            !fixedDigits(text, pos, 2, month) || !fixedDigits(text, pos, 2, day))
            return std::nullopt;
        return domain::makeDay(year, month, day);
    case DateFormat::DayMonthYear:
    case DateFormat::MonthDayYear: {
        unsigned first = 0, second = 0;
        if (!shortDigits(text, pos, first) || pos >= text.size()) return std::nullopt;
        const char separator = text[pos++];
        if (separator != '/' && separator != '.' && separator != '-') return std::nullopt;
        if (!shortDigits(text, pos, second) || pos >= text.size() || text[pos++] != separator)
            return std::nullopt;
        if (!fixedDigits(text, pos, 4, year) || pos != text.size()) return std::nullopt;
        day = format == DateFormat::DayMonthYear ? first : second;
        month = format == DateFormat::DayMonthYear ? second : first;
        return domain::makeDay(year, month, day);
    }
    }
    return std::nullopt;
}

// "HH:MM[:SS[.fff]][ ][Z|±HH[:MM]|±HHMM]" → seconds after local midnight and the offset.
std::optional<std::int64_t> parseTimeOfDay(std::string_view text, bool& hasOffset) {
    hasOffset = false;
    std::size_t pos = 0;
    unsigned hour = 0, minute = 0, second = 0;
    if (!shortDigits(text, pos, hour) || pos >= text.size() || text[pos++] != ':' ||
        !fixedDigits(text, pos, 2, minute))
        return std::nullopt;
    if (pos < text.size() && text[pos] == ':') {
        ++pos;
        if (!fixedDigits(text, pos, 2, second)) return std::nullopt;
        if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
            ++pos;
            const std::size_t digitsStart = pos;
            while (pos < text.size() && isDigit(text[pos]))
                ++pos;
            if (pos == digitsStart) return std::nullopt;
        }
    }
    if (hour > 23 || minute > 59 || second > 59) return std::nullopt;
    std::int64_t seconds = static_cast<std::int64_t>(hour * 3600 + minute * 60 + second);

    if (pos < text.size() && text[pos] == ' ') ++pos;
    if (pos == text.size()) return text.back() == ' ' ? std::nullopt : std::optional(seconds);
    if ((text[pos] == 'Z' || text[pos] == 'z') && pos + 1 == text.size()) {
        hasOffset = true;
        return seconds;
    }
    if (text[pos] != '+' && text[pos] != '-') return std::nullopt;
    hasOffset = true;
    const int sign = text[pos++] == '-' ? -1 : 1;
    unsigned offsetHours = 0, offsetMinutes = 0;
    if (!fixedDigits(text, pos, 2, offsetHours)) return std::nullopt;
    if (pos < text.size()) {
        if (text[pos] == ':') ++pos;
        if (!fixedDigits(text, pos, 2, offsetMinutes)) return std::nullopt;
    }
    if (pos != text.size() || offsetHours > 23 || offsetMinutes > 59) return std::nullopt;
    // Local time = UTC + offset, so UTC = local - offset.
    seconds -= sign * static_cast<std::int64_t>(offsetHours * 3600 + offsetMinutes * 60);
    return seconds;
}

} // namespace

std::optional<double> parseNumber(std::string_view text, char decimalMark) {
    text = trim(text);
    // Normalised copy for from_chars: '.' as the mark, no '+'. Longer input is not a number
    // anyone typed; refusing it keeps the buffer on the stack.
    std::array<char, 128> buffer{};
    if (text.empty() || text.size() >= buffer.size()) return std::nullopt;
    std::size_t length = 0;
    std::size_t pos = 0;
    const std::size_t n = text.size();
    if (text[pos] == '+' || text[pos] == '-') {
        if (text[pos] == '-') buffer[length++] = '-';
        ++pos;
    }
    std::size_t mantissaDigits = 0;
    while (pos < n && isDigit(text[pos])) {
        buffer[length++] = text[pos++];
        ++mantissaDigits;
    }
    if (pos < n && text[pos] == decimalMark) {
        buffer[length++] = '.';
        ++pos;
        while (pos < n && isDigit(text[pos])) {
            buffer[length++] = text[pos++];
            ++mantissaDigits;
        }
    }
    if (mantissaDigits == 0) return std::nullopt;
    if (pos < n && (text[pos] == 'e' || text[pos] == 'E')) {
        buffer[length++] = 'e';
        ++pos;
        if (pos < n && (text[pos] == '+' || text[pos] == '-')) buffer[length++] = text[pos++];
        std::size_t exponentDigits = 0;
        while (pos < n && isDigit(text[pos])) {
            buffer[length++] = text[pos++];
            ++exponentDigits;
        }
        if (exponentDigits == 0) return std::nullopt;
    }
    if (pos != n) return std::nullopt;
    double value = 0;
    const auto [end, ec] = std::from_chars(buffer.data(), buffer.data() + length, value);
    if (ec != std::errc{} || end != buffer.data() + length) return std::nullopt;
    return value;
}

std::optional<std::int64_t> parseInteger(std::string_view text) {
    text = trim(text);
    if (!text.empty() && text.front() == '+') {
        text.remove_prefix(1);
        if (!text.empty() && text.front() == '-') return std::nullopt;
    }
    if (text.empty()) return std::nullopt;
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::optional<domain::DayNumber> parseDate(std::string_view text, DateFormat format) {
    return parseDateExact(trim(text), format);
}

std::optional<DateFormat> parseDateFormatName(std::string_view name) {
    std::string lower(trim(name));
    std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
    if (lower == "iso" || lower == "yyyy-mm-dd") return DateFormat::Iso;
    if (lower == "dmy" || lower == "dd/mm/yyyy") return DateFormat::DayMonthYear;
    if (lower == "mdy" || lower == "mm/dd/yyyy") return DateFormat::MonthDayYear;
    if (lower == "ymd" || lower == "compact" || lower == "yyyymmdd") return DateFormat::Compact;
    return std::nullopt;
}

std::string_view dateFormatName(DateFormat format) {
    switch (format) {
    case DateFormat::Iso:
        return "YYYY-MM-DD";
    case DateFormat::DayMonthYear:
        return "DD/MM/YYYY";
    case DateFormat::MonthDayYear:
        return "MM/DD/YYYY";
    case DateFormat::Compact:
        return "YYYYMMDD";
    }
    return "?";
}

std::optional<DateTimeParts> parseDateTimeParts(std::string_view text, DateFormat format) {
    text = trim(text);
    const std::size_t split = text.find_first_of("Tt ");
    const auto day = parseDateExact(text.substr(0, split), format);
    if (!day) return std::nullopt;
    DateTimeParts parts;
    parts.seconds = static_cast<std::int64_t>(*day) * 86400;
    if (split == std::string_view::npos) return parts;
    const auto time = parseTimeOfDay(trim(text.substr(split + 1)), parts.hasOffset);
    if (!time) return std::nullopt;
    parts.seconds += *time;
    return parts;
}

std::optional<std::int64_t> parseDateTime(std::string_view text, DateFormat format) {
    const auto parts = parseDateTimeParts(text, format);
    return parts ? std::optional<std::int64_t>(parts->seconds) : std::nullopt;
}

std::string formatDateTime(std::int64_t secondsUtc) {
    // Floor division: times before 1970 belong to the earlier day.
    std::int64_t days = secondsUtc / 86400;
    std::int64_t rest = secondsUtc % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    return fmt::format("{}T{:02}:{:02}:{:02}Z", domain::formatIsoDate(static_cast<int>(days)),
                       rest / 3600, rest / 60 % 60, rest % 60);
}

void DateFormatDetector::observe(std::string_view value) {
    value = trim(value);
    if (value.empty()) return;
    ++m_observed;
    std::array<bool, 4> fits{};
    bool any = false;
    for (std::size_t k = 0; k < kAllDateFormats.size(); ++k) {
        fits[k] = m_possible[k] && parseDateTime(value, kAllDateFormats[k]).has_value();
        any = any || fits[k];
    }
    // A value no remaining format can read (31/02/2025, "soon") is a bad value, reported on its
    // row by the importer; it must not veto the format the rest of the column shows.
    if (!any) {
        if (m_firstMismatch.empty()) m_firstMismatch = std::string(value);
        ++m_unreadable;
        return;
    }
    m_possible = fits;
}

std::vector<DateFormat> DateFormatDetector::candidates() const {
    std::vector<DateFormat> result;
    for (std::size_t k = 0; k < kAllDateFormats.size(); ++k)
        if (m_possible[k]) result.push_back(kAllDateFormats[k]);
    return result;
}

bool DateFormatDetector::ambiguous() const {
    // kAllDateFormats lists the enumerators in declaration order.
    return m_possible[static_cast<std::size_t>(DateFormat::DayMonthYear)] &&
           m_possible[static_cast<std::size_t>(DateFormat::MonthDayYear)];
}

std::optional<DateFormat> DateFormatDetector::decided() const {
    const auto all = candidates();
    if (all.size() == 1) return all.front();
    return std::nullopt;
}

} // namespace stocktower::exchange
