// CsvReader: RFC 4180 parsing plus the real-world deviations listed in reference/exchange.md.
#include "temp_dir.h"
#include "exchange/csv_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

using namespace stocktower::exchange;
using ::testing::HasSubstr;
using Rows = std::vector<std::vector<std::string>>;

namespace {

struct Parsed {
    Rows rows;
    std::vector<std::size_t> lines;
};

Parsed readAll(CsvReader& reader) {
    Parsed parsed;
    std::vector<std::string> fields;
    while (reader.next(fields)) {
        parsed.rows.push_back(fields);
        parsed.lines.push_back(reader.recordLine());
    }
    return parsed;
}

Parsed parse(std::string text, CsvDialect dialect = {}) {
    auto reader = CsvReader::fromString(std::move(text), dialect);
    return readAll(reader);
}

// Runs the reader to the end and returns the error it threw.
CsvFormatError parseError(std::string text, CsvDialect dialect = {}) {
    std::vector<std::string> fields;
    try {
        auto reader = CsvReader::fromString(std::move(text), dialect);
        while (reader.next(fields)) {
        }
    } catch (const CsvFormatError& error) {
        return error;
    }
    ADD_FAILURE() << "no CsvFormatError";
    return CsvFormatError({}, 0, 0, "none");
}

using stocktower::testsupport::TempDir;

constexpr CsvDialect kComma{',', TextEncoding::Auto};

} // namespace

// Oracle: RFC 4180 §2.1 (records on lines), §2.4 (fields split by commas).
TEST(CsvReader, SimpleRecords) {
    const auto parsed = parse("sku,qty\nA-1,5\nB-2,7\n");
    EXPECT_EQ(parsed.rows, (Rows{{"sku", "qty"}, {"A-1", "5"}, {"B-2", "7"}}));
    EXPECT_EQ(parsed.lines, (std::vector<std::size_t>{1, 2, 3}));
}

// Oracle: RFC 4180 §2.6 (quoted delimiters) and §2.7 (doubled quote = one quote).
TEST(CsvReader, QuotedDelimiterAndDoubledQuote) {
    const auto parsed = parse("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"\",\"\"\"\"\n", kComma);
    EXPECT_EQ(parsed.rows, (Rows{{"a", "b"}, {"x, y", "say \"hi\""}, {"", "\""}}));
}

// Oracle: RFC 4180 §2.6 (line breaks inside quotes); hand count of physical lines.
TEST(CsvReader, QuotedNewlinesKeepRecordLines) {
    const auto parsed = parse("a,b\n\"line1\nline2\r\nline3\rline4\",x\nnext,y\n", kComma);
    ASSERT_EQ(parsed.rows.size(), 3u);
    EXPECT_EQ(parsed.rows[1][0], "line1\nline2\r\nline3\rline4");
    // The quoted field spans lines 2-5 (LF, CRLF and CR each end one line).
    EXPECT_EQ(parsed.lines, (std::vector<std::size_t>{1, 2, 6}));
}

// Oracle: classic Mac files end lines with a lone CR; CRLF is one break (RFC 4180 §2.1).
TEST(CsvReader, LineEndingsLfCrlfAndLoneCr) {
    EXPECT_EQ(parse("a,b\rc,d\re,f", kComma).rows, (Rows{{"a", "b"}, {"c", "d"}, {"e", "f"}}));
    const auto mixed = parse("a\r\nb\rc\nd", kComma);
    EXPECT_EQ(mixed.rows, (Rows{{"a"}, {"b"}, {"c"}, {"d"}}));
    EXPECT_EQ(mixed.lines, (std::vector<std::size_t>{1, 2, 3, 4}));
}

// Oracle: RFC 4180 §2.2 (the last record may lack a line break).
TEST(CsvReader, FinalLineWithoutNewline) {
    EXPECT_EQ(parse("a,b\n1,2", kComma).rows, (Rows{{"a", "b"}, {"1", "2"}}));
    EXPECT_EQ(parse("a,\"b\"", kComma).rows, (Rows{{"a", "b"}}));
    EXPECT_EQ(parse("a,", kComma).rows, (Rows{{"a", ""}}));
    EXPECT_TRUE(parse("", kComma).rows.empty());
}

// Oracle: hand count — blank lines are skipped but each still counts as a physical line.
TEST(CsvReader, BlankLinesSkippedButCounted) {
    const auto parsed = parse("a\n\n\nb\r\n\r\nc\r\rd\n", kComma);
    EXPECT_EQ(parsed.rows, (Rows{{"a"}, {"b"}, {"c"}, {"d"}}));
    EXPECT_EQ(parsed.lines, (std::vector<std::size_t>{1, 4, 6, 8}));
}

// Oracle: RFC 4180 §2.4 — spaces belong to the field; an empty line with a space is a record.
TEST(CsvReader, EmptyAndPaddedFields) {
    EXPECT_EQ(parse(",,\n \n\"\"\n", kComma).rows, (Rows{{"", "", ""}, {" "}, {""}}));
    EXPECT_EQ(parse(" a , b \n", kComma).rows, (Rows{{" a ", " b "}}));
}

// Oracle: reference/exchange.md CSV §6 — ragged rows are the caller's to judge.
TEST(CsvReader, RaggedRowsReturnedAsIs) {
    EXPECT_EQ(parse("a,b,c\n1\n1,2,3,4\n", kComma).rows,
              (Rows{{"a", "b", "c"}, {"1"}, {"1", "2", "3", "4"}}));
}

// Oracle: Excel's lenient reading — a quote inside an unquoted field is literal text.
TEST(CsvReader, QuoteInsideUnquotedFieldIsLiteral) {
    EXPECT_EQ(parse("12\" pipe,5\na\"b\"c,6\n", kComma).rows,
              (Rows{{"12\" pipe", "5"}, {"a\"b\"c", "6"}}));
}

// Oracle: RFC 4180 §2.5/2.7 — after a closing quote only a delimiter or a line break may follow.
TEST(CsvReader, TextAfterClosingQuoteIsAnError) {
    const auto error = parseError("a,b\nx,\"abc\"d\n", kComma);
    EXPECT_EQ(error.line(), 2u);
    EXPECT_EQ(error.column(), 2u);
    EXPECT_THAT(error.what(), HasSubstr("line 2"));
    EXPECT_THAT(error.what(), HasSubstr("unexpected character 'd' after closing quote"));
}

// Oracle: RFC 4180 §2.5 — a quoted field must be closed; report the line where it opened.
TEST(CsvReader, UnterminatedQuoteNamesOpeningLine) {
    const auto error = parseError("a,b\n1,\"never\nclosed\n", kComma);
    EXPECT_EQ(error.line(), 2u);
    EXPECT_THAT(error.what(), HasSubstr("line 2, column 2: unterminated quoted field"));
}

// Oracle: reference/exchange.md CSV §6 — NUL bytes are refused with the line.
TEST(CsvReader, NulByteIsAnErrorNamingTheLine) {
    const auto unquoted = parseError(std::string("a,b\nc,d\ne,\0f\n", 13), kComma);
    EXPECT_EQ(unquoted.line(), 3u);
    EXPECT_THAT(unquoted.what(), HasSubstr("line 3"));
    EXPECT_THAT(unquoted.what(), HasSubstr("NUL"));
    const auto quoted = parseError(std::string("a\n\"x\ny\0\"\n", 9), kComma);
    EXPECT_EQ(quoted.line(), 3u);
}

// Oracle: DOS end-of-file marker (0x1A) — dropped only at the very end of the input.
TEST(CsvReader, TrailingCtrlZIgnored) {
    EXPECT_EQ(parse("a,b\r\n1,2\r\n\x1A", kComma).rows, (Rows{{"a", "b"}, {"1", "2"}}));
    EXPECT_EQ(parse("a,b\x1A", kComma).rows, (Rows{{"a", "b"}}));
    EXPECT_EQ(parse("a,\"b\"\x1A", kComma).rows, (Rows{{"a", "b"}}));
    EXPECT_EQ(parse("a\x1Az\n", kComma).rows, (Rows{{"a\x1Az"}}));
}

// Oracle: Unicode §3.10 — EF BB BF at the start is the UTF-8 signature, not data.
TEST(CsvReader, Utf8BomStripped) {
    auto reader = CsvReader::fromString("\xEF\xBB\xBFsku;qty\nA;1\n");
    std::vector<std::string> fields;
    ASSERT_TRUE(reader.next(fields));
    EXPECT_EQ(fields, (std::vector<std::string>{"sku", "qty"}));
    EXPECT_EQ(reader.delimiter(), ';');
    EXPECT_EQ(reader.encoding(), TextEncoding::Utf8);
}

// Oracle: a BOM declares UTF-8 (Unicode §3.10), so a CP1252 byte later is an error, not a
// reason to fall back.
TEST(CsvReader, BomMeansNoCp1252Fallback) {
    const auto error = parseError("\xEF\xBB\xBFname\nCaf\xE9\n", kComma);
    EXPECT_EQ(error.line(), 2u);
    EXPECT_THAT(error.what(), HasSubstr("byte order mark"));
}

// Oracle: hand count; an incomplete last record of a cut sample must not vote.
TEST(CsvReader, DetectDelimiterOnCutSample) {
    EXPECT_EQ(CsvReader::detectDelimiter("a;b\nc;d\ne,f,g,h", false), ';');
    EXPECT_EQ(CsvReader::detectDelimiter("a;b\nc,d\ne,f", true), ',');
    EXPECT_EQ(CsvReader::detectDelimiter("", true), ',');
}

// Oracle: UTF-16 BOM FF FE — such files are full of NUL bytes; say what they are instead.
TEST(CsvReader, Utf16IsRefusedWithAHint) {
    const auto error = parseError(std::string("\xFF\xFE"
                                              "a\0,\0b\0",
                                              8));
    EXPECT_THAT(error.what(), HasSubstr("UTF-16"));
}

// Oracle: Excel's "sep=" metadata line (reference/exchange.md CSV §3).
TEST(CsvReader, SepLineSetsDelimiterAndCountsAsALine) {
    auto reader = CsvReader::fromString("sep=;\r\nitem;qty\r\nA;1,5\r\n");
    const auto parsed = readAll(reader);
    EXPECT_EQ(parsed.rows, (Rows{{"item", "qty"}, {"A", "1,5"}}));
    EXPECT_EQ(parsed.lines, (std::vector<std::size_t>{2, 3}));
    EXPECT_EQ(reader.delimiter(), ';');
    ASSERT_EQ(reader.warnings().size(), 1u);
    EXPECT_THAT(reader.warnings()[0], HasSubstr("sep= line used"));

    EXPECT_EQ(parse("\xEF\xBB\xBFSEP=|\na|b\n").rows, (Rows{{"a", "b"}}));
    EXPECT_TRUE(parse("sep=\t").rows.empty());
    // A forced delimiter wins, and the metadata line is still not data.
    auto forced = CsvReader::fromString("sep=;\na,b\n", kComma);
    EXPECT_EQ(readAll(forced).rows, (Rows{{"a", "b"}}));
    ASSERT_EQ(forced.warnings().size(), 1u);
    EXPECT_THAT(forced.warnings()[0], HasSubstr("requested"));
    // Not metadata: more text on the line.
    EXPECT_EQ(parse("sep=;x\n", kComma).rows, (Rows{{"sep=;x"}}));
}

// Oracle: hand count of candidates per line, rule documented in CsvReader::detectDelimiter.
TEST(CsvReader, DetectsEachDelimiter) {
    const std::vector<std::pair<std::string, char>> cases = {
        {"a,b,c\n1,2,3\n", ','},
        {"a;b;c\n1;2;3\n", ';'},
        {"a\tb\tc\n1\t2\t3\n", '\t'},
        {"a|b|c\n1|2|3\n", '|'},
        {"only\none\n", ','},
        // Decimal commas: one ';' per line every time, commas vary.
        {"item;qty\nA;1,5\nB;2\nC;3,25\n", ';'},
        // No header, every row has one ';' and one ',': the tie goes to ';'.
        {"a;1,5\nb;2,5\n", ';'},
        {"a;1,5;2,5\nb;3,5;4,5\n", ';'},
        // Delimiters inside quotes do not count.
        {"\"x;y;z\",1\n\"p;q;r\",2\n", ','},
        {"name\tnote\nA\t\"a, b, c\"\nB\tplain\n", '\t'},
        // Consistency beats frequency: commas in free text vary per line.
        {"id|text\n1|a, b, c, d\n2|e\n3|f, g\n", '|'},
    };
    for (const auto& [text, expected] : cases) {
        auto reader = CsvReader::fromString(text);
        EXPECT_EQ(reader.delimiter(), expected) << text;
    }
}

// Oracle: hand split of the semicolon file a Excel-in-Germany export looks like.
TEST(CsvReader, SemicolonFileWithDecimalCommas) {
    auto reader = CsvReader::fromString("Artikel;Menge;Preis\nA-1;1,5;2,75\nB-2;10;0,5\n");
    EXPECT_EQ(readAll(reader).rows,
              (Rows{{"Artikel", "Menge", "Preis"}, {"A-1", "1,5", "2,75"}, {"B-2", "10", "0,5"}}));
    EXPECT_EQ(reader.delimiter(), ';');
}

// Oracle: Windows-1252 code chart (0xE9 = é U+00E9, 0x80 = € U+20AC, 0x9F = Ÿ U+0178,
// 0x81 undefined → U+0081).
TEST(CsvReader, Cp1252FallbackInAutoMode) {
    auto reader = CsvReader::fromString("item,price\nplain,1\nCaf\xE9,\x80 5\n\x9F\x81\xFF,2\n");
    const auto parsed = readAll(reader);
    ASSERT_EQ(parsed.rows.size(), 4u);
    EXPECT_EQ(parsed.rows[1], (std::vector<std::string>{"plain", "1"}));
    EXPECT_EQ(parsed.rows[2], (std::vector<std::string>{"Caf\xC3\xA9", "\xE2\x82\xAC 5"}));
    EXPECT_EQ(parsed.rows[3], (std::vector<std::string>{"\xC5\xB8\xC2\x81\xC3\xBF", "2"}));
    EXPECT_EQ(reader.encoding(), TextEncoding::Cp1252);
    ASSERT_EQ(reader.warnings().size(), 1u);
    EXPECT_THAT(reader.warnings()[0], HasSubstr("line 3"));
    EXPECT_THAT(reader.warnings()[0], HasSubstr("CP1252 assumed"));
}

// Oracle: Windows-1252 chart — forced mode converts even bytes that would be valid UTF-8.
TEST(CsvReader, Cp1252Forced) {
    auto reader = CsvReader::fromString("\xE9t\xE9,\xC3\xA9\n", {',', TextEncoding::Cp1252});
    EXPECT_EQ(readAll(reader).rows,
              (Rows{{"\xC3\xA9t\xC3\xA9", "\xC3\x83\xC2\xA9"}})); // "été", "Ã©"
    EXPECT_EQ(reader.encoding(), TextEncoding::Cp1252);
    EXPECT_TRUE(reader.warnings().empty());
}

// Oracle: a file cannot be both — UTF-8 é on line 2, a lone CP1252 byte on line 4.
TEST(CsvReader, InvalidUtf8AfterValidMultibyteIsAnError) {
    const auto error = parseError("name\nCaf\xC3\xA9\nTea\n\"x\",Th\xE9\n", kComma);
    EXPECT_EQ(error.line(), 4u);
    EXPECT_EQ(error.column(), 2u);
    EXPECT_THAT(error.what(), HasSubstr("line 4"));
    EXPECT_THAT(error.what(), HasSubstr("invalid UTF-8"));
}

// Oracle: Unicode table 3-7 — overlong forms, surrogates, truncated sequences are invalid.
TEST(CsvReader, Utf8ForcedIsStrict) {
    const CsvDialect utf8{',', TextEncoding::Utf8};
    for (const std::string bad : {"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82",
                                  "\x80", "\xF8\x88\x80\x80\x80"}) {
        EXPECT_THAT(parseError("ok\n" + bad + "\n", utf8).what(), HasSubstr("line 2")) << bad;
    }
    EXPECT_EQ(parse("\xF0\x9F\x93\xA6,\xE2\x82\xAC\n", utf8).rows,
              (Rows{{"\xF0\x9F\x93\xA6", "\xE2\x82\xAC"}}));
    auto reader = CsvReader::fromString("ascii only\n");
    EXPECT_EQ(reader.encoding(), TextEncoding::Auto);
    readAll(reader);
    EXPECT_EQ(reader.encoding(), TextEncoding::Utf8);
}

// Oracle: RFC 4180 — the delimiter given by the caller overrides detection.
TEST(CsvReader, ForcedDelimiter) {
    EXPECT_EQ(parse("a;b,c\n", {';', TextEncoding::Auto}).rows, (Rows{{"a", "b,c"}}));
    EXPECT_THROW(CsvReader::fromString("x", {'"', TextEncoding::Auto}),
                 stocktower::util::UserError);
}

// Oracle: the buffer is reused — fields from a longer earlier record must not leak.
TEST(CsvReader, ReusedFieldVectorShrinks) {
    auto reader = CsvReader::fromString("a,b,c\nd\n");
    std::vector<std::string> fields{"old", "old", "old", "old", "old"};
    ASSERT_TRUE(reader.next(fields));
    EXPECT_EQ(fields, (std::vector<std::string>{"a", "b", "c"}));
    ASSERT_TRUE(reader.next(fields));
    EXPECT_EQ(fields, (std::vector<std::string>{"d"}));
    EXPECT_FALSE(reader.next(fields));
    EXPECT_FALSE(reader.next(fields));
}

TEST(CsvReader, OpenFileMissingNamesTheFile) {
    try {
        CsvReader::openFile("/nonexistent-folder/stock.csv");
        FAIL() << "no exception";
    } catch (const stocktower::util::UserError& error) {
        EXPECT_THAT(error.what(), HasSubstr("/nonexistent-folder/stock.csv"));
    }
}

TEST(CsvReader, FormatErrorFromFileNamesTheFile) {
    TempDir dir;
    const auto path = dir.write("broken.csv", "a,b\n\"x\"y,1\n");
    auto reader = CsvReader::openFile(path);
    std::vector<std::string> fields;
    ASSERT_TRUE(reader.next(fields));
    try {
        reader.next(fields);
        FAIL() << "no exception";
    } catch (const CsvFormatError& error) {
        EXPECT_THAT(error.what(), HasSubstr(path + ": line 2"));
    }
}

namespace {

// Text with every construct that can straddle a read: CRLF, doubled quotes, quoted newlines,
// multi-byte UTF-8, blank lines, Ctrl-Z in the middle.
std::string trickyText(std::size_t targetBytes) {
    std::mt19937 random(42);
    const std::vector<std::string> pieces = {"plain",
                                             "\"quoted, with comma\"",
                                             "\"doubled \"\"quote\"\"\"",
                                             "\"multi\r\nline\nfield\rx\"",
                                             "caf\xC3\xA9 \xE2\x82\xAC",
                                             "",
                                             "\"\"",
                                             "x\x1Ay",
                                             "12\" pipe"};
    const std::vector<std::string> breaks = {"\n", "\r\n", "\r", "\n\n", "\r\n\r\n"};
    std::string text = "sku,name,qty\r\n";
    while (text.size() < targetBytes) {
        const std::size_t fields = 1 + random() % 5;
        for (std::size_t f = 0; f < fields; ++f) {
            if (f) text += ',';
            text += pieces[random() % pieces.size()];
        }
        text += breaks[random() % breaks.size()];
    }
    return text + "last,row\x1A";
}

void expectSameAsFromString(const std::string& text, const std::string& path,
                            std::size_t blockSize) {
    auto expectedReader = CsvReader::fromString(text);
    const auto expected = readAll(expectedReader);
    auto fileReader = CsvReader::openFile(path, {}, blockSize);
    std::vector<std::string> fields;
    std::size_t index = 0;
    std::uint64_t lastProgress = 0;
    while (fileReader.next(fields)) {
        ASSERT_LT(index, expected.rows.size()) << "block " << blockSize;
        ASSERT_EQ(fields, expected.rows[index]) << "record " << index << " block " << blockSize;
        ASSERT_EQ(fileReader.recordLine(), expected.lines[index]) << "record " << index;
        ASSERT_GE(fileReader.bytesRead(), lastProgress);
        lastProgress = fileReader.bytesRead();
        ++index;
    }
    EXPECT_EQ(index, expected.rows.size()) << "block " << blockSize;
    EXPECT_EQ(fileReader.bytesRead(), text.size());
    EXPECT_EQ(fileReader.totalBytes(), text.size());
    EXPECT_EQ(fileReader.delimiter(), expectedReader.delimiter());
}

} // namespace

// Oracle: fromString on the same bytes (one buffer, no block boundaries).
TEST(CsvReader, FileLargerThanBlockSizeMatchesInMemoryParse) {
    TempDir dir;
    const std::string text = trickyText(3 * 1024 * 1024 + 123);
    const auto path = dir.write("big.csv", text);
    expectSameAsFromString(text, path, CsvReader::kDefaultBlockSize);
    expectSameAsFromString(text, path, 4093);
}

// Oracle: fromString; tiny blocks put every byte pair of the input on a block boundary.
TEST(CsvReader, TinyBlocksMatchInMemoryParse) {
    TempDir dir;
    for (const std::string& text :
         {trickyText(3000), std::string("\xEF\xBB\xBFsep=;\r\na;\"b\r\nc\";d\r\n\x1A"),
          std::string("x,\"\"\"\"\r\n\r\ny\x1A"), std::string("a\x1A\x1A")}) {
        const auto path = dir.write("small.csv", text);
        for (std::size_t block : {1, 2, 3, 7, 64})
            expectSameAsFromString(text, path, block);
    }
}

// Oracle: requirement — 1,000,000 lines (~40 MB) in well under a second (optimised build).
TEST(CsvReader, ReadsAMillionLinesQuickly) {
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
    const std::size_t lines = 1'000'000;
#else
    const std::size_t lines = 100'000; // sanitizers and -O0 are ~10x slower: check logic only
#endif
    TempDir dir;
    std::string text = "sku,site,date,quantity,note\n";
    text.reserve(lines * 42);
    for (std::size_t i = 0; i < lines; ++i)
        text += "SKU-" + std::to_string(100000 + i) + ",WH1,2025-03-04,12.5,\"ok, fine\"\n";
    const auto path = dir.write("million.csv", text);

    const auto started = std::chrono::steady_clock::now();
    auto reader = CsvReader::openFile(path);
    std::vector<std::string> fields;
    std::size_t records = 0;
    while (reader.next(fields))
        ++records;
    const auto elapsed = std::chrono::steady_clock::now() - started;
    EXPECT_EQ(records, lines + 1);
    EXPECT_EQ(fields[4], "ok, fine");
    const double seconds = std::chrono::duration<double>(elapsed).count();
    std::printf("    %zu lines, %.1f MB in %.3f s\n", lines, static_cast<double>(text.size()) / 1e6,
                seconds);
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
    EXPECT_LT(seconds, 1.0);
#endif
}
