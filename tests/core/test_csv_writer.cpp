// CsvWriter formatting and the AtomicFileWriter it writes through.
#include "temp_dir.h"
#include "exchange/atomic_file.h"
#include "exchange/csv_reader.h"
#include "exchange/csv_writer.h"
#include "util/errors.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

#ifndef _WIN32
#include <unistd.h>
#endif

using namespace stocktower::exchange;
using ::testing::HasSubstr;
namespace fs = std::filesystem;

namespace {

using stocktower::testsupport::TempDir;

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

} // namespace

// Oracle: RFC 4180 §2.6/2.7 — quote fields with delimiter, quote, CR or LF; double quotes;
// §2.1 — records end with CRLF.
TEST(CsvWriter, QuotesOnlyWhenNeeded) {
    EXPECT_EQ(CsvWriter::formatRow({"plain", "a,b", "say \"hi\"", "two\nlines", "cr\rx", ""}),
              "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rx\",\r\n");
    EXPECT_EQ(CsvWriter::formatRow({"a;b"}), "a;b\r\n");
    EXPECT_EQ(CsvWriter::formatRow({"a;b"}, {';', ','}), "\"a;b\"\r\n");
    EXPECT_EQ(CsvWriter::formatRow({CsvCell(), CsvCell()}), ",\r\n");
    // A lone empty cell would be a blank line, which readers skip.
    EXPECT_EQ(CsvWriter::formatRow({CsvCell()}), "\"\"\r\n");
}

// Oracle: OWASP "CSV Injection" — prefix ' to text starting with = + - @ TAB CR NUL.
TEST(CsvWriter, FormulaInjectionGuard) {
    EXPECT_EQ(CsvWriter::formatRow({"=SUM(A1)"}), "'=SUM(A1)\r\n");
    EXPECT_EQ(CsvWriter::formatRow({"+1"}), "'+1\r\n");
    EXPECT_EQ(CsvWriter::formatRow({"-5"}), "'-5\r\n");
    EXPECT_EQ(CsvWriter::formatRow({"@cmd"}), "'@cmd\r\n");
    EXPECT_EQ(CsvWriter::formatRow({"\tx"}), "'\tx\r\n");
    EXPECT_EQ(CsvWriter::formatRow({"\rx"}), "\"'\rx\"\r\n");
    EXPECT_EQ(CsvWriter::formatRow({std::string("\0x", 2)}), std::string("'\0x\r\n", 5));
    EXPECT_EQ(CsvWriter::formatRow({"=HYPERLINK(\"http://x\",\"y\")"}),
              "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n");
    EXPECT_EQ(CsvWriter::formatRow({"a=b"}), "a=b\r\n");
    // Numeric cells are numbers, never prefixed.
    EXPECT_EQ(CsvWriter::formatRow({-5}), "-5\r\n");
    EXPECT_EQ(CsvWriter::formatRow({-2.5}), "-2.5\r\n");
}

// Oracle: shortest round-trip (std::to_chars) — 0.1 prints as 0.1, 1/3 with 16 digits.
TEST(CsvWriter, NumbersShortestRoundTrip) {
    EXPECT_EQ(CsvWriter::formatRow({0.1, 12.0, 1.0 / 3.0, std::int64_t{-9007199254740993}}),
              "0.1,12,0.3333333333333333,-9007199254740993\r\n");
    EXPECT_EQ(CsvWriter::formatRow({-0.0, std::nan(""), 1e21}), "0,,1e+21\r\n");
}

// Oracle: Excel in decimal-comma locales reads ';' files with ',' decimals.
TEST(CsvWriter, SemicolonAndDecimalComma) {
    const CsvWriteDialect european{';', ','};
    EXPECT_EQ(CsvWriter::formatRow({"A-1", 1.5, 10, "x;y"}, european), "A-1;1,5;10;\"x;y\"\r\n");
    // A decimal comma in a comma-delimited file must be quoted to stay one field.
    EXPECT_EQ(CsvWriter::formatRow({2.75}, {',', ','}), "\"2,75\"\r\n");
}

// Oracle: the reader — what the writer writes reads back to the same fields.
TEST(CsvWriter, RoundTripThroughReader) {
    const std::vector<std::vector<std::string>> rows = {
        {"sku", "name", "note"},
        {"A-1", "Caf\xC3\xA9 \xE2\x82\xAC", "say \"hi\", then\r\nleave"},
        {"B;2", "tab\there", "line\nfeed"},
        {"", "\"", "trailing space "},
        {"lone\rcr", "\xF0\x9F\x93\xA6", "|pipe|"},
    };
    for (const CsvWriteDialect dialect :
         {CsvWriteDialect{}, CsvWriteDialect{';', ',', true}, CsvWriteDialect{'\t', '.'}}) {
        TempDir dir;
        const fs::path path = dir.path() / "out.csv";
        CsvWriter writer(path, dialect);
        for (const auto& row : rows)
            writer.writeRow(std::vector<CsvCell>(row.begin(), row.end()));
        writer.commit();
        EXPECT_EQ(writer.rowsWritten(), rows.size());
        const std::string bytes = slurp(path);
        EXPECT_EQ(bytes.rfind("\xEF\xBB\xBF", 0) == 0, dialect.byteOrderMark);

        auto reader = CsvReader::openFile(path.string(), {dialect.delimiter, TextEncoding::Utf8});
        std::vector<std::string> fields;
        std::vector<std::vector<std::string>> read;
        while (reader.next(fields))
            read.push_back(fields);
        EXPECT_EQ(read, rows) << "delimiter " << dialect.delimiter;
        // Detection finds the delimiter too.
        auto detecting = CsvReader::openFile(path.string());
        EXPECT_EQ(detecting.delimiter(), dialect.delimiter);
    }
}

TEST(CsvWriter, NothingWrittenWithoutCommit) {
    TempDir dir;
    {
        CsvWriter writer(dir.path() / "out.csv");
        writer.writeRow({"a", 1});
    }
    EXPECT_EQ(dir.entries(), 0u);
}

TEST(AtomicFileWriter, NoFileWithoutCommit) {
    TempDir dir;
    {
        AtomicFileWriter writer(dir.path() / "plan.csv");
        writer.write("data");
        EXPECT_TRUE(fs::exists(writer.temporaryPath()));
        EXPECT_THAT(writer.temporaryPath().filename().string(), HasSubstr("plan.csv.tmp-"));
    }
    EXPECT_EQ(dir.entries(), 0u);
}

TEST(AtomicFileWriter, CommitReplacesExistingFile) {
    TempDir dir;
    const fs::path target = dir.path() / "plan.csv";
    std::ofstream(target, std::ios::binary) << "old content that is longer";
    AtomicFileWriter writer(target);
    writer.write("new");
    EXPECT_EQ(slurp(target), "old content that is longer"); // untouched until commit
    writer.commit();
    EXPECT_TRUE(writer.committed());
    EXPECT_EQ(slurp(target), "new");
    EXPECT_EQ(dir.entries(), 1u);
}

TEST(AtomicFileWriter, MoveKeepsOneOwner) {
    TempDir dir;
    const fs::path target = dir.path() / "moved.csv";
    AtomicFileWriter first(target);
    first.write("a");
    AtomicFileWriter second(std::move(first));
    second.write("b");
    second.commit();
    EXPECT_EQ(slurp(target), "ab");
}

TEST(AtomicFileWriter, MissingFolderNamesThePath) {
    const fs::path target = fs::temp_directory_path() / "stocktower-no-such-folder" / "x.csv";
    try {
        AtomicFileWriter writer(target);
        FAIL() << "no exception";
    } catch (const stocktower::util::UserError& error) {
        EXPECT_THAT(error.what(), HasSubstr(target.string()));
        EXPECT_THAT(error.what(), HasSubstr("No such file or directory"));
    }
}

TEST(AtomicFileWriter, UnwritableFolderNamesThePath) {
#ifdef _WIN32
    GTEST_SKIP() << "folder permissions are POSIX-only here";
#else
    if (::geteuid() == 0) GTEST_SKIP() << "root can write into any folder";
    TempDir dir;
    fs::permissions(dir.path(), fs::perms::owner_read | fs::perms::owner_exec);
    const fs::path target = dir.path() / "x.csv";
    try {
        AtomicFileWriter writer(target);
        FAIL() << "no exception";
    } catch (const stocktower::util::UserError& error) {
        EXPECT_THAT(error.what(), HasSubstr(target.string()));
        EXPECT_THAT(error.what(), HasSubstr("Permission denied"));
    }
#endif
}
