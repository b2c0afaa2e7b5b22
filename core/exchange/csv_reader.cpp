#include "exchange/csv_reader.h"

#include "util/file_system.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <string_view>

namespace stocktower::exchange {

using M = util::MessageId;

namespace {

constexpr std::size_t kDetectBytes = 64 * 1024;
constexpr std::size_t kDetectRecords = 200;

// Windows-1252 code points for 0x80..0x9F. The five bytes Windows leaves undefined map to the
// C1 control with the same number, as the WHATWG decoder does, so no byte is ever lost.
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void appendCp1252AsUtf8(std::string& out, std::string_view in) {
    out.reserve(out.size() + in.size() + in.size() / 2);
    for (const char ch : in) {
        const auto byte = static_cast<unsigned char>(ch);
        if (byte < 0x80) {
            out.push_back(ch);
            continue;
        }
        const char32_t cp = byte < 0xA0 ? kCp1252High[byte - 0x80] : char32_t{byte};
        if (cp < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
    }
}

// Strict UTF-8 (Unicode table 3-7: no overlongs, no surrogates, nothing above U+10FFFF).
// Returns the offset of the first bad byte, or npos.
std::size_t firstInvalidUtf8(std::string_view text) {
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        std::size_t trail = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the first continuation byte
        if (b >= 0xC2 && b <= 0xDF) {
            trail = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            trail = 2;
            if (b == 0xE0) lo = 0xA0;
            if (b == 0xED) hi = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            trail = 3;
            if (b == 0xF0) lo = 0x90;
            if (b == 0xF4) hi = 0x8F;
        } else {
            return i;
        }
        if (i + trail >= n) return i;
        const auto first = static_cast<unsigned char>(text[i + 1]);
        if (first < lo || first > hi) return i;
        for (std::size_t k = 2; k <= trail; ++k) {
            const auto c = static_cast<unsigned char>(text[i + k]);
            if (c < 0x80 || c > 0xBF) return i;
        }
        i += trail + 1;
    }
    return std::string_view::npos;
}

bool hasHighBytes(std::string_view text) {
    return std::any_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

std::string delimiterName(char delimiter) {
    if (delimiter == '\t') return "TAB";
    return fmt::format("'{}'", delimiter);
}

bool validDelimiter(char delimiter) {
    const auto b = static_cast<unsigned char>(delimiter);
    return b != 0 && b < 0x80 && delimiter != '"' && delimiter != '\r' && delimiter != '\n';
}

} // namespace

CsvFormatError::CsvFormatError(const std::string& source, std::size_t line, std::size_t column,
                               const std::string& problem)
    : util::UserError(fmt::format("{}line {}{}: {}", source.empty() ? "" : source + ": ", line,
                                  column ? fmt::format(", column {}", column) : "", problem)),
      m_line(line), m_column(column), m_problem(problem), m_problemMessage(util::verbatim(problem)) {}

CsvFormatError::CsvFormatError(const std::string& source, std::size_t line, std::size_t column,
                               util::Message problem)
    : CsvFormatError(source, line, column, util::englishText(problem)) {
    m_problemMessage = std::move(problem);
}

std::vector<std::string> CsvReader::warnings() const {
    std::vector<std::string> texts;
    texts.reserve(m_warnings.size());
    for (const auto& warning : m_warnings) texts.push_back(util::englishText(warning));
    return texts;
}

void CsvReader::FileCloser::operator()(std::FILE* file) const {
    if (file) std::fclose(file);
}

CsvReader::CsvReader(std::string source, std::unique_ptr<std::FILE, FileCloser> file,
                     std::string text, CsvDialect dialect, std::size_t blockSize,
                     std::uint64_t totalBytes)
    : m_source(std::move(source)), m_file(std::move(file)), m_buffer(std::move(text)),
      m_blockSize(std::max<std::size_t>(blockSize, 1)), m_totalBytes(totalBytes) {
    if (!m_file) {
        m_eof = true;
        m_dataEnd = m_limit = m_buffer.size();
        if (m_dataEnd > 0 && m_buffer[m_dataEnd - 1] == '\x1A') m_dataEnd = --m_limit;
    }
    start(dialect);
}

CsvReader::CsvReader(CsvReader&&) noexcept = default;
CsvReader& CsvReader::operator=(CsvReader&&) noexcept = default;
CsvReader::~CsvReader() = default;

CsvReader CsvReader::openFile(const std::string& path, CsvDialect dialect, std::size_t blockSize) {
    std::error_code ec;
    const std::filesystem::path fsPath = util::pathFromUtf8(path);
    if (std::filesystem::is_directory(fsPath, ec))
        throw util::UserError(fmt::format("Cannot read '{}': it is a folder", path));
    std::FILE* raw = util::openFile(fsPath, "rb").release();
    if (!raw) {
        const int err = errno;
        throw util::UserError(fmt::format("Cannot open '{}': {}", path, std::strerror(err)));
    }
    std::unique_ptr<std::FILE, FileCloser> file(raw);
    const auto size = std::filesystem::file_size(fsPath, ec);
    return CsvReader(path, std::move(file), std::string(), dialect, blockSize, ec ? 0 : size);
}

CsvReader CsvReader::fromString(std::string text, CsvDialect dialect) {
    const std::uint64_t size = text.size();
    return CsvReader(std::string(), nullptr, std::move(text), dialect, kDefaultBlockSize, size);
}

std::uint64_t CsvReader::bytesRead() const {
    return m_finished ? m_totalBytes : m_bufferOffset + m_pos;
}

void CsvReader::fail(std::size_t line, std::size_t column, util::Message problem) const {
    throw CsvFormatError(m_source, line, column, std::move(problem));
}

// Appends one block. A 0x1A at the very end of what was read is held back until we know
// whether more data follows: only a Ctrl-Z that ends the input is dropped.
bool CsvReader::readMore() {
    if (m_eof) return false;
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_pos, m_dataEnd - m_pos);
        m_bufferOffset += m_pos;
        m_dataEnd -= m_pos;
        m_limit -= m_pos;
        m_pos = 0;
    }
    if (m_buffer.size() < m_dataEnd + m_blockSize) m_buffer.resize(m_dataEnd + m_blockSize);
    const std::size_t got = std::fread(m_buffer.data() + m_dataEnd, 1, m_blockSize, m_file.get());
    if (got < m_blockSize) {
        if (std::ferror(m_file.get())) {
            const int err = errno;
            throw util::UserError(
                fmt::format("Cannot read '{}': {}", m_source, std::strerror(err)));
        }
        if (got == 0 || std::feof(m_file.get())) m_eof = true;
    }
    m_dataEnd += got;
    m_limit = m_dataEnd;
    if (m_dataEnd > 0 && m_buffer[m_dataEnd - 1] == '\x1A') {
        --m_limit;
        if (m_eof) --m_dataEnd;
    }
    return got > 0;
}

bool CsvReader::available() {
    while (m_pos >= m_limit) {
        if (!readMore()) return m_pos < m_limit;
    }
    return true;
}

void CsvReader::fillAtLeast(std::size_t bytes) {
    while (m_limit - m_pos < bytes && !m_eof)
        readMore();
}

void CsvReader::start(CsvDialect dialect) {
    m_encoding = dialect.encoding;
    m_forcedEncoding = dialect.encoding != TextEncoding::Auto;
    if (dialect.delimiter != '\0' && !validDelimiter(dialect.delimiter))
        throw util::UserError(fmt::format("Invalid CSV delimiter (byte 0x{:02X})",
                                          static_cast<unsigned char>(dialect.delimiter)));

    fillAtLeast(8);
    const auto at = [this](std::size_t i) {
        return m_pos + i < m_limit ? m_buffer[m_pos + i] : '\0';
    };
    if (at(0) == '\xEF' && at(1) == '\xBB' && at(2) == '\xBF') {
        m_pos += 3;
        m_bom = true;
        if (m_encoding == TextEncoding::Auto)
            m_encoding = TextEncoding::Utf8; // a BOM settles it
        else if (m_encoding == TextEncoding::Cp1252)
            m_warnings.push_back({M::CsvBomButCp1252, {}});
    } else if ((at(0) == '\xFF' && at(1) == '\xFE') || (at(0) == '\xFE' && at(1) == '\xFF')) {
        fail(1, 0, {M::CsvUtf16, {}});
    }

    // Excel's "sep=X" first line: metadata naming the delimiter, not a record.
    fillAtLeast(8);
    const auto lower = [&at](std::size_t i) {
        const char c = at(i);
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    };
    const std::size_t head = m_limit - m_pos;
    const char sepChar = at(4);
    bool sepLine = head >= 5 && lower(0) == 's' && lower(1) == 'e' && lower(2) == 'p' &&
                   at(3) == '=' && validDelimiter(sepChar);
    if (sepLine) sepLine = head == 5 ? m_eof : (at(5) == '\r' || at(5) == '\n');
    if (sepLine) {
        m_pos += 5;
        if (head > 5) {
            m_skipLf = m_buffer[m_pos] == '\r';
            ++m_pos;
            ++m_line;
        }
        if (dialect.delimiter == '\0') {
            m_delimiter = sepChar;
            m_warnings.push_back({M::CsvSepLineUsed, {delimiterName(sepChar)}});
        } else if (dialect.delimiter != sepChar) {
            m_warnings.push_back(
                {M::CsvSepLineConflict, {delimiterName(sepChar), delimiterName(dialect.delimiter)}});
        }
    }

    if (dialect.delimiter != '\0') {
        m_delimiter = dialect.delimiter;
    } else if (!sepLine) {
        fillAtLeast(kDetectBytes);
        const std::size_t length = std::min(m_limit - m_pos, kDetectBytes);
        const bool whole = m_eof && m_pos + length == m_limit;
        m_delimiter = detectDelimiter(std::string_view(m_buffer.data() + m_pos, length), whole);
    }
    buildStopTables();
}

// Consistency rather than frequency, because free text carries commas too. The tie order puts
// the characters rarest in ordinary text first: with decimal commas, "a;1,5" has as many
// commas as semicolons on every line.
char CsvReader::detectDelimiter(std::string_view sample, bool wholeInput) {
    constexpr std::array<char, 4> kCandidates = {'\t', '|', ';', ','};
    std::vector<std::array<unsigned, 4>> records;
    std::array<unsigned, 4> current{};
    bool inQuotes = false;
    bool nonEmpty = false;
    for (const char c : sample) {
        if (c == '"') {
            inQuotes = !inQuotes;
            nonEmpty = true;
        } else if (inQuotes) {
            continue;
        } else if (c == '\n' || c == '\r') {
            if (nonEmpty) records.push_back(current);
            current = {};
            nonEmpty = false;
            if (records.size() >= kDetectRecords) break;
        } else {
            nonEmpty = true;
            for (std::size_t k = 0; k < kCandidates.size(); ++k)
                if (c == kCandidates[k]) ++current[k];
        }
    }
    if (nonEmpty && wholeInput && records.size() < kDetectRecords) records.push_back(current);

    char best = ',';
    std::size_t bestScore = 0;
    for (std::size_t k = 0; k < kCandidates.size(); ++k) {
        std::map<unsigned, std::size_t> frequency;
        for (const auto& record : records)
            if (record[k] > 0) ++frequency[record[k]];
        std::size_t score = 0;
        for (const auto& [count, times] : frequency)
            score = std::max(score, times);
        if (score > bestScore) {
            bestScore = score;
            best = kCandidates[k];
        }
    }
    return best;
}

void CsvReader::buildStopTables() {
    m_unquotedStop.fill(false);
    m_quotedStop.fill(false);
    for (const char c : {'\r', '\n', '\0'}) {
        m_unquotedStop[static_cast<unsigned char>(c)] = true;
        m_quotedStop[static_cast<unsigned char>(c)] = true;
    }
    m_unquotedStop[static_cast<unsigned char>(m_delimiter)] = true;
    m_quotedStop[static_cast<unsigned char>('"')] = true;
}

bool CsvReader::next(std::vector<std::string>& fields) {
    if (m_finished) return false;
    for (;;) { // blank lines: skipped, but counted
        if (!available()) {
            m_finished = true;
            if (m_encoding == TextEncoding::Auto) m_encoding = TextEncoding::Utf8;
            return false;
        }
        const char c = m_buffer[m_pos];
        if (m_skipLf) {
            m_skipLf = false;
            if (c == '\n') {
                ++m_pos;
                continue;
            }
        }
        if (c == '\n' || c == '\r') {
            ++m_pos;
            ++m_line;
            m_skipLf = c == '\r';
            continue;
        }
        break;
    }
    m_recordLine = m_line;
    std::size_t count = 0;
    unsigned char highBits = 0;
    for (;;) {
        if (count == fields.size()) fields.emplace_back();
        std::string& field = fields[count++];
        field.clear();
        FieldEnd end = FieldEnd::Input; // a delimiter right before the end: empty last field
        if (available())
            end = m_buffer[m_pos] == '"' ? readQuoted(field, highBits, count)
                                         : readUnquoted(field, highBits, count);
        if (end != FieldEnd::Delimiter) break;
    }
    fields.resize(count);
    if (highBits & 0x80) decode(fields, count);
    return true;
}

CsvReader::FieldEnd CsvReader::readUnquoted(std::string& field, unsigned char& highBits,
                                            std::size_t column) {
    const bool* stop = m_unquotedStop.data();
    for (;;) {
        const char* data = m_buffer.data();
        std::size_t i = m_pos;
        const std::size_t limit = m_limit;
        unsigned char bits = 0;
        while (i < limit) {
            const auto b = static_cast<unsigned char>(data[i]);
            if (stop[b]) break;
            bits |= b;
            ++i;
        }
        highBits |= bits;
        field.append(data + m_pos, i - m_pos);
        m_pos = i;
        if (i == limit) {
            if (!available()) return FieldEnd::Input;
            continue;
        }
        const char c = data[i];
        if (c == '\0') fail(m_line, column, {M::CsvNulByte, {}});
        ++m_pos;
        if (c == m_delimiter) return FieldEnd::Delimiter;
        ++m_line;
        m_skipLf = c == '\r';
        return FieldEnd::Record;
    }
}

CsvReader::FieldEnd CsvReader::readQuoted(std::string& field, unsigned char& highBits,
                                          std::size_t column) {
    const std::size_t startLine = m_line;
    const bool* stop = m_quotedStop.data();
    bool afterCr = false; // CR LF inside quotes is one line break
    ++m_pos;
    for (;;) {
        const char* data = m_buffer.data();
        std::size_t i = m_pos;
        const std::size_t limit = m_limit;
        unsigned char bits = 0;
        while (i < limit) {
            const auto b = static_cast<unsigned char>(data[i]);
            if (stop[b]) break;
            bits |= b;
            ++i;
        }
        highBits |= bits;
        if (i != m_pos) afterCr = false;
        field.append(data + m_pos, i - m_pos);
        m_pos = i;
        if (i == limit) {
            if (!available()) fail(startLine, column, {M::CsvUnterminatedQuote, {}});
            continue;
        }
        const char c = data[i];
        if (c == '\0') fail(m_line, column, {M::CsvNulByte, {}});
        ++m_pos;
        if (c == '\r' || c == '\n') {
            if (c == '\r' || !afterCr) ++m_line;
            afterCr = c == '\r';
            field.push_back(c);
            continue;
        }
        // A quote: either the first of a doubled pair or the closing one.
        if (!available()) return FieldEnd::Input;
        if (m_buffer[m_pos] == '"') {
            field.push_back('"');
            ++m_pos;
            afterCr = false;
            continue;
        }
        return endOfField(column);
    }
}

CsvReader::FieldEnd CsvReader::endOfField(std::size_t column) {
    const char c = m_buffer[m_pos];
    if (c == m_delimiter) {
        ++m_pos;
        return FieldEnd::Delimiter;
    }
    if (c == '\n' || c == '\r') {
        ++m_pos;
        ++m_line;
        m_skipLf = c == '\r';
        return FieldEnd::Record;
    }
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0x21 && b < 0x7F)
        fail(m_line, column, {M::CsvCharacterAfterQuote, {std::string(1, c)}});
    fail(m_line, column, {M::CsvByteAfterQuote, {fmt::format("0x{:02X}", b)}});
}

void CsvReader::decode(std::vector<std::string>& fields, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) {
        std::string& field = fields[i];
        if (m_encoding != TextEncoding::Cp1252) {
            if (!hasHighBytes(field)) continue;
            const std::size_t bad = firstInvalidUtf8(field);
            if (bad == std::string_view::npos) {
                m_encoding = TextEncoding::Utf8;
                continue;
            }
            const auto byte = static_cast<unsigned char>(field[bad]);
            if (m_encoding == TextEncoding::Utf8) {
                const M id = m_forcedEncoding ? M::CsvInvalidUtf8
                             : m_bom          ? M::CsvInvalidUtf8AfterBom
                                              : M::CsvInvalidUtf8Mixed;
                fail(m_recordLine, i + 1, {id, {fmt::format("0x{:02X}", byte)}});
            }
            // Everything before this field was ASCII, so switching now changes nothing earlier.
            m_encoding = TextEncoding::Cp1252;
            m_warnings.push_back({M::CsvCp1252Assumed, {std::to_string(m_recordLine)}});
        }
        if (!hasHighBytes(field)) continue;
        m_scratch.clear();
        appendCp1252AsUtf8(m_scratch, field);
        field.swap(m_scratch);
    }
}

} // namespace stocktower::exchange
