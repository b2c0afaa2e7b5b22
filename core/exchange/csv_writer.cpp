#include "exchange/csv_writer.h"

#include "util/file_system.h"

#include <array>
#include <charconv>
#include <cmath>

namespace stocktower::exchange {

namespace {

constexpr std::size_t kFlushBytes = 256 * 1024;

// OWASP CSV injection: a spreadsheet evaluates text starting with these as a formula.
bool needsFormulaGuard(std::string_view text) {
    if (text.empty()) return false;
    switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case '\0':
        return true;
    default:
        return false;
    }
}

void appendField(std::string& out, std::string_view prefix, std::string_view text, char delimiter) {
    const bool quote = text.find_first_of("\"\r\n") != std::string_view::npos ||
                       text.find(delimiter) != std::string_view::npos ||
                       prefix.find(delimiter) != std::string_view::npos;
    if (!quote) {
        out += prefix;
        out += text;
        return;
    }
    out.push_back('"');
    out += prefix;
    for (const char c : text) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

void appendNumber(std::string& out, double value, const CsvWriteDialect& dialect) {
    // A spreadsheet has no NaN or infinity: an empty cell says "no value" in every program.
    if (!std::isfinite(value)) return;
    if (value == 0) value = 0; // no "-0"
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    std::string_view text(buffer.data(), static_cast<std::size_t>(result.ptr - buffer.data()));
    if (dialect.decimalMark != '.') {
        for (char* c = buffer.data(); c != result.ptr; ++c)
            if (*c == '.') *c = dialect.decimalMark;
    }
    appendField(out, {}, text, dialect.delimiter);
}

} // namespace

CsvWriter::CsvWriter(const std::filesystem::path& path, CsvWriteDialect dialect)
    : m_file(path), m_dialect(dialect) {
    if (m_dialect.byteOrderMark) m_buffer = "\xEF\xBB\xBF";
}

CsvWriter::CsvWriter(const std::string& utf8Path, CsvWriteDialect dialect)
    : CsvWriter(util::pathFromUtf8(utf8Path), dialect) {}

void CsvWriter::appendCell(std::string& out, const CsvCell& cell, const CsvWriteDialect& dialect) {
    if (const auto* text = std::get_if<std::string>(&cell.value)) {
        appendField(out, needsFormulaGuard(*text) ? "'" : "", *text, dialect.delimiter);
    } else if (const auto* real = std::get_if<double>(&cell.value)) {
        appendNumber(out, *real, dialect);
    } else if (const auto* integer = std::get_if<std::int64_t>(&cell.value)) {
        std::array<char, 24> buffer{};
        const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), *integer);
        out.append(buffer.data(), result.ptr);
    }
}

void CsvWriter::appendRow(std::string& out, const std::vector<CsvCell>& cells,
                          const CsvWriteDialect& dialect) {
    const std::size_t rowStart = out.size();
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) out.push_back(dialect.delimiter);
        appendCell(out, cells[i], dialect);
    }
    // An empty line is skipped by readers: keep a lone empty cell as a record.
    if (cells.size() == 1 && out.size() == rowStart) out += "\"\"";
    out += "\r\n";
}

std::string CsvWriter::formatRow(const std::vector<CsvCell>& cells,
                                 const CsvWriteDialect& dialect) {
    std::string out;
    appendRow(out, cells, dialect);
    return out;
}

void CsvWriter::writeRow(const std::vector<CsvCell>& cells) {
    appendRow(m_buffer, cells, m_dialect);
    ++m_rows;
    if (m_buffer.size() >= kFlushBytes) {
        m_file.write(m_buffer);
        m_buffer.clear();
    }
}

void CsvWriter::commit() {
    m_file.write(m_buffer);
    m_buffer.clear();
    m_file.commit();
}

} // namespace stocktower::exchange
