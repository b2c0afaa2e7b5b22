// Benchmark data sets in the M3/M4 layout.
#include "forecast/bench_data.h"

#include "exchange/csv_reader.h"
#include "exchange/value_parsing.h"
#include "util/errors.h"

#include <fmt/core.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace stocktower::forecast {

namespace {

// The project's CSV reader and locale-free number parsing, so these files get the same RFC 4180,
// BOM and line-ending handling as every import.
class BenchCsv {
public:
    BenchCsv(const std::filesystem::path& file, const std::vector<std::string>& expectedHeader)
        : m_file(file.string()), m_reader(exchange::CsvReader::openFile(m_file, {',', exchange::TextEncoding::Auto})) {
        if (!m_reader.next(m_fields) || m_fields != expectedHeader)
            throw util::UserError(fmt::format("{}:1: expected the header '{}'", m_file,
                                              fmt::join(expectedHeader, ",")));
    }
    // The next row's fields, checked for count; false at the end.
    bool next() {
        if (!m_reader.next(m_fields)) return false;
        if (m_fields.size() != 4) fail(fmt::format("expected 4 fields, got {}", m_fields.size()));
        return true;
    }
    [[nodiscard]] const std::string& field(std::size_t index) const { return m_fields[index]; }
    [[nodiscard]] std::int64_t integer(std::size_t index, const char* what) const {
        if (auto value = exchange::parseInteger(m_fields[index])) return *value;
        fail(fmt::format("{} '{}' is not a number", what, m_fields[index]));
    }
    [[nodiscard]] double number(std::size_t index, const char* what) const {
        if (auto value = exchange::parseNumber(m_fields[index])) return *value;
        fail(fmt::format("{} '{}' is not a number", what, m_fields[index]));
    }
    [[noreturn]] void fail(const std::string& message) const {
        throw util::UserError(fmt::format("{}:{}: {}", m_file, m_reader.recordLine(), message));
    }
    [[nodiscard]] const std::string& fileName() const { return m_file; }

private:
    std::string m_file;
    exchange::CsvReader m_reader;
    std::vector<std::string> m_fields;
};

} // namespace

std::vector<BenchSeries> loadBenchData(const std::filesystem::path& directory) {
    const auto metaFile = directory / "meta.csv";
    const auto seriesFile = directory / "series.csv";
    std::vector<BenchSeries> result;
    std::unordered_map<std::string, std::size_t> indexById;
    {
        BenchCsv meta(metaFile, {"series_id", "frequency", "horizon", "category"});
        while (meta.next()) {
            BenchSeries series;
            series.id = meta.field(0);
            series.frequency = static_cast<int>(meta.integer(1, "frequency"));
            series.horizon = static_cast<int>(meta.integer(2, "horizon"));
            series.category = meta.field(3);
            series.group = series.category.substr(0, series.category.find(':'));
            if (series.frequency < 1 || series.horizon < 1) meta.fail("frequency and horizon must be ≥ 1");
            if (!indexById.emplace(series.id, result.size()).second)
                meta.fail(fmt::format("series '{}' listed twice", series.id));
            result.push_back(std::move(series));
        }
    }
    // Collect (period, value) per series and part, then order by period.
    std::vector<std::map<long long, double>> train(result.size()), test(result.size());
    {
        BenchCsv rows(seriesFile, {"series_id", "period", "value", "split"});
        while (rows.next()) {
            const auto found = indexById.find(rows.field(0));
            if (found == indexById.end()) rows.fail(fmt::format("series '{}' is not in meta.csv", rows.field(0)));
            const auto period = rows.integer(1, "period");
            const auto value = rows.number(2, "value");
            const std::string& split = rows.field(3);
            if (split != "train" && split != "test")
                rows.fail(fmt::format("split must be train or test, got '{}'", split));
            auto& part = split == "train" ? train : test;
            if (!part[found->second].emplace(period, value).second)
                rows.fail(fmt::format("period {} of '{}' given twice", period, rows.field(0)));
        }
    }
    for (std::size_t i = 0; i < result.size(); ++i) {
        auto& series = result[i];
        for (const auto& [period, value] : train[i])
            series.train.push_back(value);
        for (const auto& [period, value] : test[i])
            series.test.push_back(value);
        if (series.train.empty())
            throw util::UserError(
                fmt::format("{}: series '{}' has no train values", seriesFile.string(), series.id));
        if (series.test.size() < static_cast<std::size_t>(series.horizon))
            throw util::UserError(fmt::format("{}: series '{}' has {} test values for horizon {}",
                                              seriesFile.string(), series.id, series.test.size(),
                                              series.horizon));
        series.test.resize(static_cast<std::size_t>(series.horizon));
    }
    return result;
}

} // namespace stocktower::forecast
