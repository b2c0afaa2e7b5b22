// Locale-independent number, date and timestamp parsing for imported fields.
#include "exchange/value_parsing.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace stocktower::exchange;
using stocktower::domain::DayNumber;

// Oracle: hand computation of the decimal values.
TEST(ValueParsing, NumbersWithDecimalPoint) {
    EXPECT_EQ(parseNumber("27.5"), 27.5);
    EXPECT_EQ(parseNumber("  -0.25 "), -0.25);
    EXPECT_EQ(parseNumber("+3"), 3.0);
    EXPECT_EQ(parseNumber("\t42\t"), 42.0);
    EXPECT_EQ(parseNumber(".5"), 0.5);
    EXPECT_EQ(parseNumber("5."), 5.0);
    EXPECT_EQ(parseNumber("1e3"), 1000.0);
    EXPECT_EQ(parseNumber("2.5E-2"), 0.025);
    EXPECT_EQ(parseNumber("-1.5e+2"), -150.0);
    EXPECT_EQ(parseNumber("007"), 7.0); // leading zeros are fine for quantities
    EXPECT_EQ(parseNumber("0.1"), 0.1); // shortest round trip: exactly the double literal
}

// Oracle: reference/exchange.md CSV §4 — the decimal mark is per file, never guessed.
TEST(ValueParsing, NumbersWithDecimalComma) {
    EXPECT_EQ(parseNumber("27,5", ','), 27.5);
    EXPECT_EQ(parseNumber("-0,75", ','), -0.75);
    EXPECT_EQ(parseNumber("1,5e3", ','), 1500.0);
    EXPECT_EQ(parseNumber("12", ','), 12.0);
    EXPECT_FALSE(parseNumber("27.5", ','));    // a point is not the mark here
    EXPECT_FALSE(parseNumber("1.234,5", ',')); // no thousands separators
    EXPECT_FALSE(parseNumber("27,000"));       // with '.', a comma is junk, not grouping
    EXPECT_FALSE(parseNumber("1 234", ','));
}

// Oracle: the specification — these are not numbers.
TEST(ValueParsing, NumbersRejected) {
    for (const char* text : {"",    "   ", "-",   "+",    ".",        "e5",    "1e",    "1e+",
                             "nan", "NaN", "inf", "-inf", "infinity", "0x1A",  "12abc", "1.2.3",
                             "--1", "+-1", "- 1", "1,5",  "5%",       "1e999", "€5",    "1_000"}) {
        EXPECT_FALSE(parseNumber(text)) << "'" << text << "'";
    }
}

// Oracle: int64 limits (2^63 - 1 = 9223372036854775807).
TEST(ValueParsing, Integers) {
    EXPECT_EQ(parseInteger("42"), 42);
    EXPECT_EQ(parseInteger(" -17 "), -17);
    EXPECT_EQ(parseInteger("+8"), 8);
    EXPECT_EQ(parseInteger("0012"), 12);
    EXPECT_EQ(parseInteger("9223372036854775807"), std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(parseInteger("-9223372036854775808"), std::numeric_limits<std::int64_t>::min());
    for (const char* text : {"", "12.0", "1e3", "9223372036854775808", "+-1", "12 3", "x", "-"})
        EXPECT_FALSE(parseInteger(text)) << "'" << text << "'";
}

// Oracle: days since 1970-01-01 from Python's datetime.date subtraction
// (2025-04-03 → 20181, 2024-02-29 → 19782, 2026-03-01 → 20513); 2000-01-01 → 10957.
TEST(DateParsing, AllFormats) {
    EXPECT_EQ(parseDate("2025-04-03", DateFormat::Iso), DayNumber{20181});
    EXPECT_EQ(parseDate("03/04/2025", DateFormat::DayMonthYear), DayNumber{20181});
    EXPECT_EQ(parseDate("3.4.2025", DateFormat::DayMonthYear), DayNumber{20181});
    EXPECT_EQ(parseDate("03-04-2025", DateFormat::DayMonthYear), DayNumber{20181});
    EXPECT_EQ(parseDate("04/03/2025", DateFormat::MonthDayYear), DayNumber{20181});
    EXPECT_EQ(parseDate("4/3/2025", DateFormat::MonthDayYear), DayNumber{20181});
    EXPECT_EQ(parseDate("20250403", DateFormat::Compact), DayNumber{20181});
    EXPECT_EQ(parseDate(" 2000-01-01 ", DateFormat::Iso), DayNumber{10957});
    EXPECT_EQ(parseDate("1970-01-01", DateFormat::Iso), DayNumber{0});
}

// Oracle: Gregorian calendar — 2025 is not a leap year, April has 30 days, 2024 and 2000
// are leap years, 1900 is not.
TEST(DateParsing, CalendarValidated) {
    EXPECT_FALSE(parseDate("2025-02-29", DateFormat::Iso));
    EXPECT_FALSE(parseDate("2026-02-30", DateFormat::Iso));
    EXPECT_FALSE(parseDate("31/04/2025", DateFormat::DayMonthYear));
    EXPECT_FALSE(parseDate("04/31/2025", DateFormat::MonthDayYear));
    EXPECT_FALSE(parseDate("20251301", DateFormat::Compact));
    EXPECT_FALSE(parseDate("00/01/2025", DateFormat::DayMonthYear));
    EXPECT_FALSE(parseDate("19000229", DateFormat::Compact));
    EXPECT_EQ(parseDate("2024-02-29", DateFormat::Iso), DayNumber{19782});
    EXPECT_EQ(parseDate("29/02/2024", DateFormat::DayMonthYear), DayNumber{19782});
    EXPECT_TRUE(parseDate("29.02.2000", DateFormat::DayMonthYear));
}

// Oracle: the format definitions — shapes that do not match are refused, not reinterpreted.
TEST(DateParsing, WrongShapeRefused) {
    EXPECT_FALSE(parseDate("03/04/2025", DateFormat::Iso));
    EXPECT_FALSE(parseDate("2025-04-03", DateFormat::DayMonthYear));
    EXPECT_FALSE(parseDate("03/04/25", DateFormat::DayMonthYear));   // two-digit year
    EXPECT_FALSE(parseDate("03/04-2025", DateFormat::DayMonthYear)); // mixed separators
    EXPECT_FALSE(parseDate("2025040", DateFormat::Compact));
    EXPECT_FALSE(parseDate("2025-4-3", DateFormat::Iso));
    EXPECT_FALSE(parseDate("", DateFormat::Iso));
    EXPECT_FALSE(parseDate("003/04/2025", DateFormat::DayMonthYear));
}

TEST(DateParsing, FormatNames) {
    EXPECT_EQ(parseDateFormatName("iso"), DateFormat::Iso);
    EXPECT_EQ(parseDateFormatName("YYYY-MM-DD"), DateFormat::Iso);
    EXPECT_EQ(parseDateFormatName("DMY"), DateFormat::DayMonthYear);
    EXPECT_EQ(parseDateFormatName("dd/mm/yyyy"), DateFormat::DayMonthYear);
    EXPECT_EQ(parseDateFormatName("mdy"), DateFormat::MonthDayYear);
    EXPECT_EQ(parseDateFormatName("MM/DD/YYYY"), DateFormat::MonthDayYear);
    EXPECT_EQ(parseDateFormatName("ymd"), DateFormat::Compact);
    EXPECT_EQ(parseDateFormatName("compact"), DateFormat::Compact);
    EXPECT_EQ(parseDateFormatName("YYYYMMDD"), DateFormat::Compact);
    EXPECT_FALSE(parseDateFormatName("ydm"));
    for (const auto format : kAllDateFormats)
        EXPECT_EQ(parseDateFormatName(dateFormatName(format)), format);
}

// Oracle: Python datetime — 2026-03-01T10:30:00+02:00 is 1772353800 s = 08:30Z;
// 2025-12-31T22:00-05:30 is 2026-01-01T03:30:00Z.
TEST(DateTimeParsing, OffsetsConvertToUtc) {
    EXPECT_EQ(parseDateTime("2026-03-01T10:30:00+02:00", DateFormat::Iso), 1772353800);
    EXPECT_EQ(formatDateTime(1772353800), "2026-03-01T08:30:00Z");
    EXPECT_EQ(parseDateTime("2026-03-01T08:30:00Z", DateFormat::Iso), 1772353800);
    EXPECT_EQ(parseDateTime("2026-03-01 08:30", DateFormat::Iso), 1772353800);
    EXPECT_EQ(parseDateTime("2026-03-01T10:30+0200", DateFormat::Iso), 1772353800);
    EXPECT_EQ(parseDateTime("01/03/2026 10:30 +02", DateFormat::DayMonthYear), 1772353800);
    EXPECT_EQ(parseDateTime("03/01/2026 8:30:00", DateFormat::MonthDayYear), 1772353800);
    EXPECT_EQ(parseDateTime("20260301T08:30:00.999Z", DateFormat::Compact), 1772353800);
    const auto crossing = parseDateTime("2025-12-31T22:00-05:30", DateFormat::Iso);
    ASSERT_TRUE(crossing);
    EXPECT_EQ(formatDateTime(*crossing), "2026-01-01T03:30:00Z");
}

// Oracle: a bare date means midnight UTC: 20513 days × 86400 s.
TEST(DateTimeParsing, BareDateIsMidnight) {
    EXPECT_EQ(parseDateTime("2026-03-01", DateFormat::Iso), std::int64_t{20513} * 86400);
    EXPECT_EQ(formatDateTime(0), "1970-01-01T00:00:00Z");
    EXPECT_EQ(formatDateTime(-1), "1969-12-31T23:59:59Z");
}

TEST(DateTimeParsing, Rejected) {
    for (const char* text :
         {"2026-03-01T24:00", "2026-03-01T10:60", "2026-03-01T10:30:61", "2026-03-01T",
          "2026-03-01T10", "2026-03-01T10:30+2", "2026-02-30", "2026-03-01T10:30:00+02:00x",
          "2026-03-01T10:30Zulu", "2026-03-01T10:30+24:00"}) {
        EXPECT_FALSE(parseDateTime(text, DateFormat::Iso)) << text;
    }
}

// Oracle: 13 cannot be a month, so 13/04/2025 is DMY; 04/13/2025 is MDY; 03/04/2025 is both.
TEST(DateFormatDetector, AmbiguousDayMonthColumn) {
    DateFormatDetector detector;
    for (const char* value : {"03/04/2025", "01/02/2025", "", "12/12/2025"})
        detector.observe(value);
    EXPECT_TRUE(detector.ambiguous());
    EXPECT_EQ(detector.candidates(),
              (std::vector<DateFormat>{DateFormat::DayMonthYear, DateFormat::MonthDayYear}));
    EXPECT_FALSE(detector.decided());
    EXPECT_EQ(detector.observedCount(), 3u);
}

TEST(DateFormatDetector, DayMonthYearOnly) {
    DateFormatDetector detector;
    for (const char* value : {"03/04/2025", "13/04/2025", "31.12.2025 17:45"})
        detector.observe(value);
    EXPECT_FALSE(detector.ambiguous());
    EXPECT_EQ(detector.decided(), DateFormat::DayMonthYear);
}

TEST(DateFormatDetector, MonthDayYearOnly) {
    DateFormatDetector detector;
    for (const char* value : {"03/04/2025", "04/13/2025 09:00"})
        detector.observe(value);
    EXPECT_EQ(detector.decided(), DateFormat::MonthDayYear);
}

// Oracle: shapes — YYYY-MM-DD and YYYYMMDD fit only their own format.
TEST(DateFormatDetector, IsoAndCompactByShape) {
    DateFormatDetector iso;
    iso.observe("2025-04-03");
    iso.observe("2026-03-01T10:30:00+02:00");
    EXPECT_EQ(iso.decided(), DateFormat::Iso);
    DateFormatDetector compact;
    compact.observe("20250403");
    EXPECT_EQ(compact.decided(), DateFormat::Compact);
}

// Oracle: 13/04/2025 can only be DD/MM/YYYY, which decides the column; 04/13/2025 then fits no
// remaining format, so it is counted as unreadable (reported on its row) instead of vetoing DMY.
TEST(DateFormatDetector, ValueContradictingTheColumnIsUnreadable) {
    DateFormatDetector detector;
    for (const char* value : {"13/04/2025", "04/13/2025", "01/01/2025"})
        detector.observe(value);
    EXPECT_EQ(detector.decided(), DateFormat::DayMonthYear);
    EXPECT_FALSE(detector.ambiguous());
    EXPECT_EQ(detector.unreadableCount(), 1u);
    EXPECT_EQ(detector.firstMismatch(), "04/13/2025");
}

// Oracle: no format reads "soon" or 31/02/2025 (February has 28 days in 2025).
TEST(DateFormatDetector, OnlyUnreadableValuesLeaveEveryFormatOpen) {
    DateFormatDetector detector;
    detector.observe("soon");
    detector.observe("31/02/2025");
    EXPECT_EQ(detector.candidates().size(), 4u);
    EXPECT_EQ(detector.unreadableCount(), 2u);
}

TEST(DateFormatDetector, NothingObservedKeepsEveryFormat) {
    DateFormatDetector detector;
    detector.observe("  ");
    EXPECT_EQ(detector.candidates().size(), 4u);
    EXPECT_TRUE(detector.ambiguous());
}
