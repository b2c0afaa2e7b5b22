// RFC 4180 CSV export that spreadsheets open safely (formula-injection guard, numeric cells).
#pragma once

#include "exchange/atomic_file.h"

#include <concepts>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace stocktower::exchange {

struct CsvWriteDialect {
    char delimiter = ',';
    char decimalMark = '.';     // ',' with ';' as delimiter for decimal-comma locales
    bool byteOrderMark = false; // Excel needs it to recognise UTF-8 on double-click
};

// Text or a number: a number is written as a number (never guarded), text always as text.
struct CsvCell {
    std::variant<std::monostate, std::string, double, std::int64_t> value;

    // Implicit, so that a row reads naturally: writer.writeRow({"SKU-1", 12.5, qty}).
    CsvCell() = default;
    CsvCell(std::string text) : value(std::move(text)) {}
    CsvCell(std::string_view text) : value(std::string(text)) {}
    CsvCell(const char* text) : value(std::string(text)) {}
    template <std::floating_point T> CsvCell(T number) : value(static_cast<double>(number)) {}
    template <std::integral T>
    requires(!std::same_as<T, bool> && !std::same_as<T, char>) CsvCell(T number)
        : value(static_cast<std::int64_t>(number)) {}
};

class CsvWriter {
public:
    // Creates the temporary file at once, so an unwritable folder fails before any work.
    explicit CsvWriter(const std::filesystem::path& path, CsvWriteDialect dialect = {});
    // A UTF-8 path as the CLI, Qt and the settings give it (util::pathFromUtf8: not the ANSI
    // code page on Windows).
    explicit CsvWriter(const std::string& utf8Path, CsvWriteDialect dialect = {});

    void writeRow(const std::vector<CsvCell>& cells);
    // Flushes and atomically replaces the target; without it nothing is written.
    void commit();
    [[nodiscard]] std::uint64_t rowsWritten() const { return m_rows; }

    // The formatting, without a file: for tests, previews and the clipboard.
    static void appendCell(std::string& out, const CsvCell& cell, const CsvWriteDialect& dialect);
    static void appendRow(std::string& out, const std::vector<CsvCell>& cells,
                          const CsvWriteDialect& dialect);
    static std::string formatRow(const std::vector<CsvCell>& cells,
                                 const CsvWriteDialect& dialect = {});

private:
    AtomicFileWriter m_file;
    CsvWriteDialect m_dialect;
    std::string m_buffer;
    std::uint64_t m_rows = 0;
};

} // namespace stocktower::exchange
