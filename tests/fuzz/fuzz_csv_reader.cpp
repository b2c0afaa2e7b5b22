// libFuzzer target: CsvReader must either parse or throw CsvFormatError, never crash.
#include "exchange/csv_reader.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

using namespace stocktower::exchange;

namespace {

void readAll(const std::string& text, CsvDialect dialect) {
    try {
        auto reader = CsvReader::fromString(text, dialect);
        std::vector<std::string> fields;
        std::size_t lastLine = 0;
        while (reader.next(fields)) {
            // Invariants worth a crash: lines only grow and a record has at least one field.
            if (reader.recordLine() <= lastLine || fields.empty()) __builtin_trap();
            lastLine = reader.recordLine();
        }
        if (reader.bytesRead() != reader.totalBytes()) __builtin_trap();
    } catch (const CsvFormatError&) {
        // Malformed input is an expected outcome.
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    readAll(text, {});
    for (const char delimiter : {',', ';', '\t', '|'})
        readAll(text, {delimiter, TextEncoding::Auto});
    readAll(text, {'\0', TextEncoding::Utf8});
    readAll(text, {'\0', TextEncoding::Cp1252});
    return 0;
}
