// Streaming RFC 4180 CSV reader that copes with what spreadsheets really write.
#pragma once

#include "util/errors.h"
#include "util/message.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace stocktower::exchange {

enum class TextEncoding { Auto, Utf8, Cp1252 };

struct CsvDialect {
    // '\0' = detect among , ; TAB | (rule: CsvReader::detectDelimiter); a sep= line wins.
    char delimiter = '\0';
    // Auto = UTF-8, falling back to CP1252 (what Excel writes without a BOM) when the file
    // turns out not to be UTF-8 before any multi-byte UTF-8 was seen.
    TextEncoding encoding = TextEncoding::Auto;
};

// Malformed input. line() is the 1-based physical line; column() the 1-based CSV column
// (field index within the record), 0 when unknown.
class CsvFormatError : public util::UserError {
public:
    CsvFormatError(const std::string& source, std::size_t line, std::size_t column,
                   const std::string& problem);
    CsvFormatError(const std::string& source, std::size_t line, std::size_t column,
                   util::Message problem);
    [[nodiscard]] std::size_t line() const { return m_line; }
    [[nodiscard]] std::size_t column() const { return m_column; }
    // The problem alone ("unterminated quoted field"), for callers that show the place apart.
    [[nodiscard]] const std::string& problem() const { return m_problem; }
    // The same as an id with arguments, for the ui to translate.
    [[nodiscard]] const util::Message& problemMessage() const { return m_problemMessage; }

private:
    std::size_t m_line;
    std::size_t m_column;
    std::string m_problem;
    util::Message m_problemMessage;
};

class CsvReader {
public:
    static constexpr std::size_t kDefaultBlockSize = std::size_t{1} << 20;

    // Throws util::UserError naming the file if it cannot be opened. blockSize exists so
    // tests can force records to straddle reads; callers keep the default.
    static CsvReader openFile(const std::string& path, CsvDialect dialect = {},
                              std::size_t blockSize = kDefaultBlockSize);
    static CsvReader fromString(std::string text, CsvDialect dialect = {});

    CsvReader(CsvReader&&) noexcept;
    CsvReader& operator=(CsvReader&&) noexcept;
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;
    ~CsvReader();

    // Reads the next record into fields (UTF-8), reusing the strings' storage. Returns false
    // at end of input. Rows may be ragged: the caller checks the field count.
    // Throws CsvFormatError on malformed input.
    bool next(std::vector<std::string>& fields);

    [[nodiscard]] std::size_t recordLine() const { return m_recordLine; }
    [[nodiscard]] char delimiter() const { return m_delimiter; }
    // Auto until decided: Utf8 once multi-byte UTF-8 was seen or the end was reached with
    // ASCII only, Cp1252 once the fallback happened (or when forced).
    [[nodiscard]] TextEncoding encoding() const { return m_encoding; }
    [[nodiscard]] std::uint64_t bytesRead() const;
    [[nodiscard]] std::uint64_t totalBytes() const { return m_totalBytes; }
    // What the reader noticed and worked around (encoding assumed, sep= line), in English and
    // as messages for the ui to translate.
    [[nodiscard]] std::vector<std::string> warnings() const;
    [[nodiscard]] const std::vector<util::Message>& warningMessages() const { return m_warnings; }

    // Delimiter detection (used on the first 64 KB, at most 200 records): split the sample into
    // records (line breaks inside quotes do not end one; blank lines are ignored) and count
    // each candidate , ; TAB | outside quotes per record. A candidate's score is the number of
    // records sharing its most frequent non-zero count. The highest score wins; ties go to TAB,
    // then '|', then ';', then ','. No candidate at all means a one-column file: ','.
    // wholeInput = false drops the last, possibly cut, record of the sample.
    static char detectDelimiter(std::string_view sample, bool wholeInput = true);

private:
    struct FileCloser {
        void operator()(std::FILE* file) const;
    };
    enum class FieldEnd { Delimiter, Record, Input };

    CsvReader(std::string source, std::unique_ptr<std::FILE, FileCloser> file, std::string text,
              CsvDialect dialect, std::size_t blockSize, std::uint64_t totalBytes);
    void start(CsvDialect dialect);
    bool readMore();
    bool available();
    void fillAtLeast(std::size_t bytes);
    void buildStopTables();
    FieldEnd readUnquoted(std::string& field, unsigned char& highBits, std::size_t column);
    FieldEnd readQuoted(std::string& field, unsigned char& highBits, std::size_t column);
    FieldEnd endOfField(std::size_t column);
    void decode(std::vector<std::string>& fields, std::size_t count);
    [[noreturn]] void fail(std::size_t line, std::size_t column, util::Message problem) const;

    std::string m_source; // file name for messages; empty for in-memory text
    std::unique_ptr<std::FILE, FileCloser> m_file;
    std::string m_buffer;
    std::size_t m_pos = 0;            // next byte to parse
    std::size_t m_limit = 0;          // bytes the parser may look at (a trailing 0x1A is held back)
    std::size_t m_dataEnd = 0;        // bytes held in the buffer
    std::uint64_t m_bufferOffset = 0; // file offset of m_buffer[0]
    std::size_t m_blockSize;
    bool m_eof = false;
    bool m_finished = false;
    bool m_skipLf = false; // previous record ended with CR: a following LF belongs to it

    char m_delimiter = ',';
    TextEncoding m_encoding = TextEncoding::Auto;
    bool m_forcedEncoding = false;
    bool m_bom = false;
    std::array<bool, 256> m_unquotedStop{};
    std::array<bool, 256> m_quotedStop{};

    std::size_t m_line = 1;
    std::size_t m_recordLine = 0;
    std::uint64_t m_totalBytes = 0;
    std::vector<util::Message> m_warnings;
    std::string m_scratch; // reused by the CP1252 conversion
};

} // namespace stocktower::exchange
