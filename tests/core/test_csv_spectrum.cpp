// CsvReader against the csv-spectrum conformance suite (Debian package node-csv-spectrum).
#include "exchange/csv_reader.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

using namespace stocktower::exchange;
namespace fs = std::filesystem;

namespace {

const fs::path kSpectrumDir = STOCKTOWER_CSV_SPECTRUM_DIR;

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::vector<fs::path> spectrumCases() {
    std::vector<fs::path> cases;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(kSpectrumDir / "csvs", ec))
        if (entry.path().extension() == ".csv") cases.push_back(entry.path());
    std::sort(cases.begin(), cases.end());
    return cases;
}

// csv-spectrum's JSON is one object per data record, keyed by the header.
using Record = std::map<std::string, std::string>;

std::vector<Record> parseWithReader(CsvReader reader) {
    std::vector<std::string> header;
    std::vector<std::string> fields;
    std::vector<Record> records;
    if (!reader.next(header)) return records;
    while (reader.next(fields)) {
        EXPECT_EQ(fields.size(), header.size()) << "line " << reader.recordLine();
        Record record;
        for (std::size_t i = 0; i < std::min(fields.size(), header.size()); ++i)
            record[header[i]] = fields[i];
        records.push_back(record);
    }
    return records;
}

std::vector<Record> expectedRecords(const fs::path& jsonPath) {
    const auto json = nlohmann::json::parse(slurp(jsonPath));
    std::vector<Record> records;
    for (const auto& object : json) {
        Record record;
        for (const auto& [key, value] : object.items())
            record[key] = value.get<std::string>();
        records.push_back(record);
    }
    return records;
}

} // namespace

// The suite must be present: a silently skipped conformance test proves nothing.
TEST(CsvSpectrum, SuiteIsInstalled) {
    ASSERT_TRUE(fs::is_directory(kSpectrumDir / "csvs"))
        << kSpectrumDir << "/csvs is missing: run `apt-get install node-csv-spectrum`";
    EXPECT_GE(spectrumCases().size(), 11u) << "csv-spectrum 1.0 ships 11 cases";
}

// Oracle: csv-spectrum json/NAME.json for every csvs/NAME.csv, read from memory and from the
// file, with the delimiter detected and with ',' forced.
TEST(CsvSpectrum, EveryCaseMatchesItsJson) {
    const auto cases = spectrumCases();
    ASSERT_FALSE(cases.empty()) << kSpectrumDir
                                << "/csvs has no cases: run `apt-get install node-csv-spectrum`";
    for (const auto& csvPath : cases) {
        const std::string name = csvPath.stem().string();
        SCOPED_TRACE(name);
        const fs::path jsonPath = kSpectrumDir / "json" / (name + ".json");
        ASSERT_TRUE(fs::exists(jsonPath)) << jsonPath;
        const auto expected = expectedRecords(jsonPath);
        const std::string text = slurp(csvPath);

        auto detected = CsvReader::fromString(text);
        EXPECT_EQ(detected.delimiter(), ',');
        EXPECT_EQ(parseWithReader(std::move(detected)), expected);
        EXPECT_EQ(parseWithReader(CsvReader::fromString(text, {',', TextEncoding::Auto})),
                  expected);
        EXPECT_EQ(parseWithReader(CsvReader::openFile(csvPath.string())), expected);
        EXPECT_EQ(parseWithReader(CsvReader::openFile(csvPath.string(), {}, 5)), expected);
    }
}
