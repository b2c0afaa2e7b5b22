#include "cli/kpi_options.h"

#include "store/kpi_config_store.h"
#include "util/errors.h"

#include <chrono>
#include <iostream>

namespace stocktower::cli {

kpi::KpiContext kpiContextFor(store::Connection& db, const std::string& siteCode) {
    if (!store::loadKpiSite(db, siteCode)) throw CLI::ValidationError("--site", "unknown site '" + siteCode + "'");
    return kpi::loadKpiContext(db, siteCode);
}

domain::IsoWeek weekOption(const std::string& text) {
    const auto week = domain::parseIsoWeek(text);
    if (!week) throw CLI::ValidationError("--week", "expected an ISO week such as 2026-W47, got '" + text + "'");
    return *week;
}

std::int64_t nowFor(const std::string& today, const kpi::KpiContext& context) {
    if (today.empty())
        return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    const auto day = domain::parseIsoDate(today);
    if (!day) throw CLI::ValidationError("--today", "expected YYYY-MM-DD, got '" + today + "'");
    return context.zone.startOfLocalDay(*day + 1) - 1;
}

std::unique_ptr<store::Workspace> openKpiWorkspace(const GlobalOptions& options, bool write,
                                                   const std::string& readOnlyHint) {
    auto workspace = store::Workspace::open(requireWorkspace(options),
                                            write ? store::Workspace::Access::ReadWrite : store::Workspace::Access::ReadOnly);
    if (write && workspace->isReadOnly())
        throw util::UserError("the workspace is read-only: " + workspace->readOnlyReason() +
                              (readOnlyHint.empty() ? std::string() : " (" + readOnlyHint + ")"));
    if (workspace->fileSchemaVersion() < 3 && workspace->isReadOnly())
        throw util::UserError("the workspace predates KPIs (format " + std::to_string(workspace->fileSchemaVersion()) +
                              "); open it read-write once to upgrade it");
    if (!options.quiet && !options.json)
        for (const auto& notice : workspace->notices()) std::cerr << "Note: " << notice << '\n';
    return workspace;
}

} // namespace stocktower::cli
