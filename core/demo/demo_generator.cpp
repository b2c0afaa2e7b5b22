#include "demo/demo_generator.h"

#include "demo/demo_builder.h"
#include "store/bulk_load.h"
#include "store/workspace.h"
#include "util/errors.h"
#include "util/file_system.h"

#include <fmt/format.h>

#include <chrono>
#include <filesystem>

namespace stocktower::demo {

namespace {

namespace fs = std::filesystem;

void validate(const DemoOptions& options) {
    if (options.items < 1 || options.items > 1'000'000)
        throw util::UserError("The demo needs between 1 and 1,000,000 items.");
    if (options.sites < 1 || options.sites > 99)
        throw util::UserError("The demo needs between 1 and 99 sites.");
    if (options.years < 1 || options.years > 10)
        throw util::UserError("The demo history covers 1 to 10 years.");
    if (options.lastDay < *domain::makeDay(1990, 1, 1))
        throw util::UserError("The demo needs the last day of history (normally yesterday).");
}

void removeWorkspaceFiles(const std::string& path) noexcept {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(util::pathFromUtf8(path + suffix), ignored);
}

} // namespace

DemoSummary generateDemo(const std::string& outPath, const DemoOptions& options,
                         util::Progress& progress) {
    const auto started = std::chrono::steady_clock::now();
    validate(options);
    if (!options.csvDir.empty()) {
        std::error_code error;
        fs::create_directories(util::pathFromUtf8(options.csvDir), error);
        if (error)
            throw util::UserError("Cannot create the folder '" + options.csvDir +
                                  "': " + error.message());
    }

    auto workspace =
        store::Workspace::create(outPath); // refuses to overwrite: nothing to clean up yet
    DemoSummary summary;
    std::unique_ptr<DemoBuilder> builder;
    try {
        store::Connection& db = workspace->db();
        store::FreshFileLoadMode loadMode(db);
        builder = std::make_unique<DemoBuilder>(*workspace, options, progress);
        {
            store::Transaction transaction(db);
            store::DeferredIndexes deferred(db);
            builder->build();
            progress.setStage("Indexing");
            deferred.rebuild();
            workspace->setMetaValue(
                "demo_recipe", fmt::format("seed={} items={} sites={} years={} last_day={}",
                                           options.seed, options.items, options.sites,
                                           options.years, domain::formatIsoDate(options.lastDay)));
            transaction.commit();
        }
        loadMode.restore();
        builder->commitCsv();
        summary.rowsByType = builder->rowsByType();
        workspace.reset(); // closes the file (and folds the WAL into it)
    } catch (...) {
        if (builder) builder->removeCommittedCsv();
        builder.reset();
        workspace.reset();
        removeWorkspaceFiles(outPath);
        throw;
    }
    summary.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return summary;
}

} // namespace stocktower::demo
