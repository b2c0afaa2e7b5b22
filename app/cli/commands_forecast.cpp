// forecast-bench: score forecasting methods on a public benchmark (M3/M4 layout).
#include "cli/cli_context.h"

#include "forecast/bench_data.h"
#include "forecast/bench_runner.h"
#include "forecast/method_registry.h"

#include <fmt/core.h>
#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <sstream>
#include <thread>

namespace stocktower::cli {

namespace {

nlohmann::json groupJson(const forecast::GroupScore& group) {
    return {{"series", group.series},
            {"smape", group.smape},
            {"mase", group.mase},
            {"seconds", group.seconds},
            {"ms_per_series", group.series > 0 ? 1000.0 * group.seconds / group.series : 0.0},
            {"cpu_seconds", group.cpuSeconds}};
}

nlohmann::json reportJson(const forecast::BenchReport& report) {
    nlohmann::json groups = nlohmann::json::object();
    for (const auto& group : report.groups)
        groups[group.group] = groupJson(group);
    auto overall = groupJson(report.overall);
    overall["wall_seconds"] = report.wallSeconds;
    overall["threads"] = report.threads;
    return {{"groups", groups}, {"overall", overall}};
}

void printReport(const forecast::BenchReport& report) {
    std::cout << fmt::format("method {} ({} thread{}, {:.2f} s wall)\n", report.method,
                             report.threads, report.threads == 1 ? "" : "s", report.wallSeconds);
    std::cout << fmt::format("  {:<12} {:>7} {:>8} {:>7} {:>9} {:>10} {:>10}\n", "group", "series",
                             "sMAPE", "MASE", "seconds", "ms/series", "cpu ms/s.");
    auto row = [](const forecast::GroupScore& g) {
        const double perSeries = g.series > 0 ? 1000.0 / g.series : 0.0;
        std::cout << fmt::format("  {:<12} {:>7} {:>8.3f} {:>7.3f} {:>9.2f} {:>10.3f} {:>10.3f}\n",
                                 g.group, g.series, g.smape, g.mase, g.seconds,
                                 g.seconds * perSeries, g.cpuSeconds * perSeries);
    };
    for (const auto& group : report.groups)
        row(group);
    row(report.overall);
}

} // namespace

void addForecastCommands(CLI::App& app, GlobalOptions& options, int& /*exitCode*/) {
    struct BenchArguments {
        std::string data;
        std::string methods = "auto";
        int threads = 0;
    };
    auto args = std::make_shared<BenchArguments>();
    auto* bench = app.add_subcommand(
        "forecast-bench", "Score forecasting methods on a benchmark data set (M3/M4 layout)");
    bench->add_option("--data", args->data, "Folder with series.csv and meta.csv")->required();
    bench->add_option("--methods", args->methods,
                      fmt::format("Comma-separated methods (default auto): {}",
                                  fmt::join(forecast::methodNames(), ", ")));
    bench->add_option("--threads", args->threads, "Worker threads (default: all cores)")
        ->check(CLI::Range(0, 1024));
    bench->callback([&options, args] {
        const auto data = forecast::loadBenchData(args->data);
        const int threads =
            args->threads > 0 ? args->threads
                              : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
        std::vector<std::string> methods;
        std::stringstream list(args->methods);
        for (std::string method; std::getline(list, method, ',');)
            if (!method.empty()) methods.push_back(method);
        if (methods.empty()) throw CLI::ValidationError("--methods", "no method given");
        nlohmann::json byMethod = nlohmann::json::object();
        for (const auto& method : methods) {
            const auto report = forecast::runBench(data, method, threads);
            if (options.json)
                byMethod[method] = reportJson(report);
            else
                printReport(report);
        }
        if (options.json)
            printJson(methods.size() == 1 ? byMethod[methods.front()]
                                          : nlohmann::json{{"methods", byMethod}});
    });
}

} // namespace stocktower::cli
