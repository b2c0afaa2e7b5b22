// Benchmark data sets in the M3/M4 layout.
#include "forecast/bench_data.h"

#include "util/errors.h"

#include <fmt/core.h>
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <map>
#include <unordered_map>

namespace stocktower::forecast {

namespace {

std::vector<std::string> splitFields(std::string line) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (;;) {
        const auto comma = line.find(',', start);
        fields.push_back(line.substr(start, comma - start));
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return fields;
}

template <typename T>
T parseField(const std::string& text, const std::filesystem::path& file, int line,
             const char* what) {
    T value{};
    const auto* end = text.data() + text.size();
    const auto [ptr, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc{} || ptr != end)
        throw util::UserError(
            fmt::format("{}:{}: {} '{}' is not a number", file.string(), line, what, text));
    return value;
}

std::ifstream openFile(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) throw util::UserError(fmt::format("cannot open {}", file.string()));
    return in;
}

void expectHeader(std::ifstream& in, const std::filesystem::path& file,
                  const std::vector<std::string>& expected) {
    std::string line;
    if (!std::getline(in, line) || splitFields(line) != expected)
        throw util::UserError(fmt::format("{}:1: expected the header '{}'", file.string(),
                                          fmt::format("{}", fmt::join(expected, ","))));
}

} // namespace

std::vector<BenchSeries> loadBenchData(const std::filesystem::path& directory) {
    const auto metaFile = directory / "meta.csv";
    const auto seriesFile = directory / "series.csv";
    std::vector<BenchSeries> result;
    std::unordered_map<std::string, std::size_t> indexById;
    {
        auto in = openFile(metaFile);
        expectHeader(in, metaFile, {"series_id", "frequency", "horizon", "category"});
        std::string line;
        for (int lineNumber = 2; std::getline(in, line); ++lineNumber) {
            if (line.empty() || line == "\r") continue;
            const auto fields = splitFields(line);
            if (fields.size() != 4)
                throw util::UserError(fmt::format("{}:{}: expected 4 fields, got {}",
                                                  metaFile.string(), lineNumber, fields.size()));
            BenchSeries series;
            series.id = fields[0];
            series.frequency = parseField<int>(fields[1], metaFile, lineNumber, "frequency");
            series.horizon = parseField<int>(fields[2], metaFile, lineNumber, "horizon");
            series.category = fields[3];
            series.group = series.category.substr(0, series.category.find(':'));
            if (series.frequency < 1 || series.horizon < 1)
                throw util::UserError(fmt::format("{}:{}: frequency and horizon must be ≥ 1",
                                                  metaFile.string(), lineNumber));
            if (!indexById.emplace(series.id, result.size()).second)
                throw util::UserError(fmt::format("{}:{}: series '{}' listed twice",
                                                  metaFile.string(), lineNumber, series.id));
            result.push_back(std::move(series));
        }
    }
    // Collect (period, value) per series and part, then order by period.
    std::vector<std::map<long long, double>> train(result.size()), test(result.size());
    {
        auto in = openFile(seriesFile);
        expectHeader(in, seriesFile, {"series_id", "period", "value", "split"});
        std::string line;
        for (int lineNumber = 2; std::getline(in, line); ++lineNumber) {
            if (line.empty() || line == "\r") continue;
            const auto fields = splitFields(line);
            if (fields.size() != 4)
                throw util::UserError(fmt::format("{}:{}: expected 4 fields, got {}",
                                                  seriesFile.string(), lineNumber, fields.size()));
            const auto found = indexById.find(fields[0]);
            if (found == indexById.end())
                throw util::UserError(fmt::format("{}:{}: series '{}' is not in meta.csv",
                                                  seriesFile.string(), lineNumber, fields[0]));
            const auto period = parseField<long long>(fields[1], seriesFile, lineNumber, "period");
            const auto value = parseField<double>(fields[2], seriesFile, lineNumber, "value");
            auto& part = fields[3] == "train"  ? train
                         : fields[3] == "test" ? test
                                               : throw util::UserError(fmt::format(
                                                     "{}:{}: split must be train or test, got '{}'",
                                                     seriesFile.string(), lineNumber, fields[3]));
            if (!part[found->second].emplace(period, value).second)
                throw util::UserError(fmt::format("{}:{}: period {} of '{}' given twice",
                                                  seriesFile.string(), lineNumber, period,
                                                  fields[0]));
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
