// report weekly: the one-page weekly KPI report of a site, as text, JSON or a PDF (headless).
#include "cli/cli_context.h"
#include "cli/kpi_options.h"
#include "cli/terminal_progress.h"

#include "domain/date.h"
#include "kpi/kpi_engine.h"
#include "report/weekly_report_format.h"
#include "report/weekly_report_source.h"
#include "store/kpi_config_store.h"
#include "store/workspace.h"
#include "util/errors.h"

#include <fmt/core.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <memory>

#ifdef STOCKTOWER_CLI_PDF
#include "print/weekly_report_print.h"

#include <QGuiApplication>
#include <QLocale>
#endif

namespace stocktower::cli {

namespace {

struct ReportArguments {
    std::string site;
    std::string week;
    std::string today;
    int trendWeeks = 13;
    std::size_t top = 8;
    bool recompute = false;
    bool noStore = false;
    std::string pdf;
    std::string paper = "auto";
};

#ifdef STOCKTOWER_CLI_PDF
// Writes the PDF with a QGuiApplication made for it alone; without a platform chosen it runs
// offscreen, so no display is needed. Returns the paper used.
std::string writePdf(const std::string& path, const report::WeeklyReport& content, const std::string& paper) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    // Cron jobs and containers have no XDG_RUNTIME_DIR; Qt then uses a folder of its own under /tmp
    // and says so on every run. For writing a PDF that is noise; every other message goes through.
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
        if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) return;
        previous(type, context, message);
    });
    int argc = 1;
    char name[] = "stocktower-cli";
    char* argv[] = {name, nullptr};
    QGuiApplication application(argc, argv);
    // The command line speaks English whatever LANG says: its PDF shows numbers and dates as its
    // text output does (ui/print/locale_numbers.h reads the C locale that way).
    QLocale::setDefault(QLocale::c());
    const QPageSize size = paper == "a4"       ? QPageSize(QPageSize::A4)
                           : paper == "letter" ? QPageSize(QPageSize::Letter)
                                               : ui::defaultReportPageSize();
    ui::writeWeeklyReportPdf(QString::fromStdString(path), content, size);
    return size.id() == QPageSize::Letter ? "Letter" : "A4";
}
#endif

void runWeekly(const GlobalOptions& options, const ReportArguments& args) {
    const auto week = weekOption(args.week);
#ifndef STOCKTOWER_CLI_PDF
    if (!args.pdf.empty())
        throw util::UserError("this stocktower-cli was built without the Qt user interface "
                              "(STOCKTOWER_BUILD_GUI=OFF), so it cannot write PDFs; leave out --pdf for the text, "
                              "or --json");
#endif
    auto workspace = openKpiWorkspace(options, !args.noStore, "--no-store builds the report without storing its weeks");
    auto& db = workspace->db();
    const auto context = kpiContextFor(db, args.site);

    report::WeeklyReportRequest request;
    request.siteCode = args.site;
    request.week = week;
    request.nowUtc = nowFor(args.today, context);
    request.trendWeeks = args.trendWeeks;
    request.policy = kpi::SnapshotPolicy{args.recompute, !args.noStore};
    request.topExceptions = args.top;
    TerminalProgress progress(options.quiet || options.json);
    const auto content = report::loadWeeklyReport(db, request, progress);
    progress.finish();

    if (args.pdf.empty()) {
        if (options.json) printJson(report::weeklyReportJson(content));
        else std::cout << report::weeklyReportText(content);
        return;
    }
#ifdef STOCKTOWER_CLI_PDF
    const std::string paper = writePdf(args.pdf, content, args.paper);
    if (options.json)
        printJson({{"pdf", args.pdf}, {"paper", paper}, {"orientation", "landscape"}, {"pages", 1},
                   {"site", content.siteCode}, {"week", content.isoWeek}});
    else
        std::cout << fmt::format("Weekly KPI report {} {} written to {} ({} landscape, 1 page)\n", content.siteCode,
                                 content.isoWeek, args.pdf, paper);
#endif
}

} // namespace

void addReportCommands(CLI::App& app, GlobalOptions& options, int& /*exitCode*/) {
    auto args = std::make_shared<ReportArguments>();
    auto* reportCommand = app.add_subcommand("report", "Printable reports");
    reportCommand->require_subcommand(1);

    auto* weekly = reportCommand->add_subcommand(
        "weekly", "The one-page weekly KPI report of a site: KPIs by group, trends, footnotes, top exceptions");
    weekly->add_option("--site", args->site, "Site code")->required();
    weekly->add_option("--week", args->week, "ISO week, e.g. 2026-W47")->required();
    weekly->add_option("--today", args->today, "Evaluate as of the end of this local day, YYYY-MM-DD (default: now)");
    weekly->add_option("--trend", args->trendWeeks, "Weeks of trend (default 13)")->check(CLI::Range(1, 104));
    weekly->add_option("--top", args->top, "Top exceptions listed (default 8)")->check(CLI::Range(0, 12));
    weekly->add_flag("--recompute", args->recompute, "Compute every week again instead of reading snapshots");
    weekly->add_flag("--no-store", args->noStore, "Do not store the weeks computed (read-only)");
    weekly->add_option("--pdf", args->pdf, "Write the report as a one-page landscape PDF to this file");
    weekly->add_option("--paper", args->paper, "Paper for --pdf: auto (Letter in the US and Canada, else A4), a4, letter")
        ->check(CLI::IsMember({"auto", "a4", "letter"}));
    weekly->callback([&options, args] { runWeekly(options, *args); });
}

} // namespace stocktower::cli
