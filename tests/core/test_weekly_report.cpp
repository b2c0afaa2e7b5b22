// The weekly KPI report's content: built from a small workspace (two weeks of orders at one site,
// its stock, a late purchase order and a receipt waiting at the dock) and from plain scorecard and
// exception data. Oracles: hand computation on the rows inserted below, written next to each check.
#include "kpi/kpi_engine.h"
#include "report/weekly_report.h"
#include "report/weekly_report_format.h"
#include "report/weekly_report_source.h"
#include "store/workspace.h"
#include "temp_dir.h"
#include "util/errors.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

using namespace stocktower;
using stocktower::testsupport::TempDir;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// One site (Berlin, cut-off 15:00), items A (cost 2), B (cost 5), C (cost 1); the same layout as
// the KPI workspace tests, with a second week of orders so the report has a last week to compare.
class WeeklyReportWorkspace : public ::testing::Test {
protected:
    void SetUp() override {
        workspace = store::Workspace::create(dir.file("report.stdb"));
        auto& db = workspace->db();
        db.exec("INSERT INTO site(site_id, code, name, timezone, cutoff_time) VALUES "
                "(1, 'BER', 'Berlin', 'Europe/Berlin', '15:00');"
                "INSERT INTO item(item_id, sku, description, unit_cost, unit_price, lead_time_days, uom) VALUES "
                "(1, 'A', 'Alpha', 2.0, 3.0, 10, 'EA'), (2, 'B', 'Beta', 5.0, 8.0, 5, 'EA'), "
                "(3, 'C', 'Gamma', 1.0, 1.5, 7, 'EA');"
                "INSERT INTO item_site(item_id, site_id, min_qty) VALUES (1, 1, 30), (2, 1, NULL), (3, 1, NULL);"
                "INSERT INTO location(location_id, site_id, code, kind, usable) VALUES "
                "(1, 1, 'F-01', 'forward', 1), (2, 1, 'F-02', 'forward', 1), (3, 1, 'R-01', 'reserve', 0), "
                "(4, 1, 'DOCK', 'dock', 1);"
                "INSERT INTO labour_hours(site_id, day, activity, employee, hours) VALUES "
                "(1, '2026-11-18', 'picking', '', 5.0), (1, '2026-11-19', 'picking', '', 5.0);"
                "INSERT INTO on_hand(item_id, site_id, location_id, status, quantity, as_of) VALUES "
                "(1, 1, 1, 'available', 40, '2026-11-22'), (2, 1, 2, 'available', 10, '2026-11-22'),"
                "(3, 1, NULL, 'available', 0, '2026-11-22');"
                "INSERT INTO purchase_order_line(po_number, line_no, site_id, item_id, due_date, ordered_qty, "
                "open_qty, status) VALUES ('PO-2', 1, 1, 2, '2026-11-15', 2, 2, 'open');"
                "INSERT INTO receipt(document, line_no, site_id, item_id, quantity, arrived_at, location_id) VALUES "
                "('GR-1', 1, 1, 2, 6, '2026-11-23T07:00:00Z', 4);");
        // W46: 20 one-line orders due Wednesday 11 November, all shipped complete that day.
        for (int k = 0; k < 20; ++k)
            insertOrderLine("SO-46-" + std::to_string(k), 1 + k % 2, 2, "2026-11-09T08:00:00Z", "2026-11-11",
                            "2026-11-11T10:00:00Z");
        // W47: 25 orders due Wednesday 18th; 20 shipped complete on time, 5 shipped 1 of 2 a day late.
        for (int k = 0; k < 25; ++k) {
            const bool good = k < 20;
            insertOrderLine("SO-47-" + std::to_string(k), 1 + k % 2, good ? 2 : 1, "2026-11-16T08:00:00Z",
                            "2026-11-18", good ? "2026-11-18T10:00:00Z" : "2026-11-19T10:00:00Z");
        }
    }

    void insertOrderLine(const std::string& number, std::int64_t item, double shipped, const char* orderedAt,
                         const char* promised, const char* shippedAt) {
        auto statement = workspace->db().prepare(
            "INSERT INTO order_line(order_number, line_no, site_id, item_id, ordered_qty, shipped_qty, ordered_at, "
            "promised_date, shipped_at, pick_errors) VALUES (?, 1, 1, ?, 2, ?, ?, ?, ?, 0)");
        statement.bind(1, number).bind(2, item).bind(3, shipped).bind(4, orderedAt).bind(5, promised).bind(6, shippedAt);
        statement.run();
    }

    // The report of W47 on Wednesday 25 November 2026 (W48), two weeks of trend.
    report::WeeklyReport load() {
        report::WeeklyReportRequest request;
        request.siteCode = "BER";
        request.week = {2026, 47};
        request.nowUtc = *domain::parseStoredTimestamp("2026-11-25T12:00:00Z");
        request.trendWeeks = 2;
        util::NullProgress progress;
        return report::loadWeeklyReport(workspace->db(), request, progress);
    }

    TempDir dir;
    std::unique_ptr<store::Workspace> workspace;
};

std::vector<std::string> rowIds(const report::ReportSection& section) {
    std::vector<std::string> ids;
    for (const auto& row : section.rows) ids.push_back(row.kpiId);
    return ids;
}

} // namespace

TEST_F(WeeklyReportWorkspace, SectionsInManagerOrderWithTimeUnderProductivity) {
    const auto content = load();
    std::vector<std::string> titles;
    for (const auto& section : content.sections) titles.push_back(section.title);
    EXPECT_EQ(titles, (std::vector<std::string>{"Service", "Quality", "Productivity", "Capacity", "Inventory"}));
    // Registry order inside a section; the "Time" KPIs follow the Productivity section's own KPI.
    EXPECT_EQ(rowIds(content.sections[0]), (std::vector<std::string>{"otif", "unit_fill_rate", "line_fill_rate",
                                                                     "order_fill_rate", "on_time_shipment",
                                                                     "stockout_rate"}));
    EXPECT_EQ(rowIds(content.sections[2]), (std::vector<std::string>{"lines_per_labour_hour", "dock_to_stock_hours",
                                                                     "order_cycle_time_hours"}));
    EXPECT_EQ(content.rowCount(), kpi::kpiDefinitions().size()); // all 18, none twice
    EXPECT_EQ(content.siteCode, "BER");
    EXPECT_EQ(content.isoWeek, "2026-W47");
    EXPECT_EQ(content.firstDay, "2026-11-16");
    EXPECT_EQ(content.lastDay, "2026-11-22");
    EXPECT_EQ(content.cutoffTime, "15:00");
    EXPECT_EQ(content.trendWeeks, (std::vector<std::string>{"2026-W46", "2026-W47"}));
}

TEST_F(WeeklyReportWorkspace, RowsCarryFormattedValuesStatusAndTrend) {
    const auto content = load();
    const auto* otif = content.findRow("otif");
    ASSERT_NE(otif, nullptr);
    // W47: 20 of 25 orders on time and in full = 80.0 %; W46: 20 of 20 = 100.0 %; change -20.0 pp.
    EXPECT_EQ(otif->thisWeekText, "80.0 %");
    EXPECT_EQ(otif->lastWeekText, "100.0 %");
    EXPECT_EQ(otif->changeText, "-20.0 pp");
    EXPECT_EQ(otif->targetText, "95.0 %"); // the seeded default target
    // 80 % is below 95 % − the 3-point amber band = 92 %: red, whatever the previous status.
    EXPECT_EQ(otif->status, kpi::Status::Red);
    EXPECT_EQ(otif->statusSymbol, "■");
    EXPECT_EQ(otif->statusName, "red");
    EXPECT_EQ(otif->directionSymbol, "▲");
    EXPECT_EQ(otif->sampleText, "25 orders");
    // Trend W46, W47 on one scale over the values and the 95 % target: 80 % .. 100 %.
    ASSERT_EQ(otif->trend.size(), 2u);
    EXPECT_DOUBLE_EQ(*otif->trend[0], 1.0);
    EXPECT_DOUBLE_EQ(*otif->trend[1], 0.8);
    EXPECT_EQ(otif->trendText, (std::vector<std::string>{"100.0 %", "80.0 %"}));
    EXPECT_EQ(otif->scaleText, "80.0 % .. 100.0 %");
    // The seeded WERC benchmark 0.9948, with its source in a footnote.
    EXPECT_EQ(otif->benchmarkText, "best in class 99.5 %");
    ASSERT_EQ(otif->benchmarkFootnotes.size(), 1u);
    const auto* source = content.findFootnote(otif->benchmarkFootnotes[0]);
    EXPECT_TRUE(contains(source->text(), "WERC DC Measures 2020"));
    // What it cites, as data: the KPI and its level.
    ASSERT_FALSE(source->citations.empty());
    const auto cited = std::find_if(source->citations.begin(), source->citations.end(),
                                    [](const report::BenchmarkCitation& c) { return c.kpiId == "otif"; });
    ASSERT_NE(cited, source->citations.end());
    EXPECT_EQ(cited->levels, std::vector<std::string>{"best in class"});

    // Units: 20 × 2 + 5 × 1 = 45 of 50 = 90.0 %.
    EXPECT_EQ(content.findRow("unit_fill_rate")->thisWeekText, "90.0 %");
    // 25 lines shipped in W47 over 5 + 5 picking hours = 2.5 lines/h, far below the target of 60
    // less the band of 10: red. W46 had no labour hours: n/a, so no change.
    const auto* lines = content.findRow("lines_per_labour_hour");
    EXPECT_EQ(lines->thisWeekText, "2.5/h");
    EXPECT_EQ(lines->lastWeekText, "n/a");
    EXPECT_EQ(lines->changeText, "–");
    EXPECT_EQ(lines->status, kpi::Status::Red);
    EXPECT_EQ(lines->sampleText, "10 picking hours");
}

TEST_F(WeeklyReportWorkspace, NotAvailableRowsCarryTheirReason) {
    const auto content = load();
    // Capacity: F-01 and F-02 hold stock, R-01 is not usable, the dock is no storage: 2 locations,
    // below the minimum sample of 10.
    const auto* capacity = content.findRow("capacity_used");
    EXPECT_FALSE(capacity->thisWeek);
    EXPECT_EQ(capacity->thisWeekText, "n/a");
    EXPECT_EQ(capacity->status, kpi::Status::NotRated);
    EXPECT_EQ(capacity->statusSymbol, "–");
    EXPECT_TRUE(contains(capacity->naReason, "2 locations")) << capacity->naReason;
    EXPECT_TRUE(contains(capacity->naReason, "below the minimum of 10")) << capacity->naReason;
    // Stockout rate: 3 active items × 7 days = 21 SKU-days, below the minimum of 50.
    EXPECT_TRUE(contains(content.findRow("stockout_rate")->naReason, "21 SKU-days"));
    EXPECT_EQ(content.findRow("record_accuracy")->naReason, "no cycle counts in the week");
    // A row with a value has no n/a reason.
    EXPECT_TRUE(content.findRow("otif")->naReason.empty());
}

TEST_F(WeeklyReportWorkspace, FootnotesStateWeekCutoffMinimumSampleAndDefinitions) {
    const auto content = load();
    for (std::size_t i = 0; i < content.footnotes.size(); ++i)
        EXPECT_EQ(content.footnotes[i].number, static_cast<int>(i) + 1);
    const auto text = [&](int number) {
        const auto* note = content.findFootnote(number);
        return note ? note->text() : std::string("(missing)");
    };
    EXPECT_TRUE(contains(text(content.weekFootnote), "ISO 8601 week 2026-W47: Monday 2026-11-16 to Sunday 2026-11-22"));
    EXPECT_TRUE(contains(text(content.weekFootnote), "Europe/Berlin"));
    EXPECT_TRUE(contains(text(content.weekFootnote), "first Thursday"));
    EXPECT_TRUE(contains(text(content.cutoffFootnote), "cut-off 15:00"));
    EXPECT_TRUE(contains(text(content.cutoffFootnote), "next day"));
    EXPECT_TRUE(contains(text(content.notAvailableFootnote), "below the KPI's minimum"));
    // Each definition gives the KPI's minimum sample (capacity: 10 locations); the scorecard's
    // separate list of minimums is not repeated.
    EXPECT_TRUE(contains(text(content.findRow("capacity_used")->definitionFootnote), "(%; min 10 locations)"));
    EXPECT_TRUE(contains(text(content.findRow("otif")->definitionFootnote), "OTIF (%; min 20 orders): orders with"));
    EXPECT_TRUE(std::none_of(content.footnotes.begin(), content.footnotes.end(),
                             [](const auto& note) { return note.text().rfind("Minimum samples", 0) == 0; }));
    EXPECT_TRUE(contains(text(content.statusFootnote), "◆ amber"));
    // Every row's definition note names the KPI and gives its formula.
    for (const auto& section : content.sections)
        for (const auto& row : section.rows) {
            const auto definition = text(row.definitionFootnote);
            EXPECT_EQ(definition.rfind(row.name, 0), 0u) << definition;
            EXPECT_TRUE(contains(definition, kpi::findKpi(row.kpiId)->formula)) << definition;
            // … and says which KPI as data, for a renderer to write it in another language.
            EXPECT_EQ(content.findFootnote(row.definitionFootnote)->kpiId, row.kpiId);
        }
    // The notes are ids, not English a renderer would have to recognise.
    EXPECT_EQ(content.findFootnote(content.statusFootnote)->message.id, util::MessageId::ScorecardNoteStatus);
    EXPECT_EQ(content.findFootnote(content.changeFootnote)->message.id, util::MessageId::ReportNoteChange);
    // The stock KPIs' snapshot day is stated.
    EXPECT_EQ(content.snapshotDay.value_or(""), "2026-11-22");
    EXPECT_TRUE(std::any_of(content.footnotes.begin(), content.footnotes.end(),
                            [](const auto& note) { return contains(note.text(), "on-hand snapshot 2026-11-22"); }));
}

TEST_F(WeeklyReportWorkspace, TopExceptionsRankedByValueAtRisk) {
    const auto content = load();
    // Today 25 November at BER, on-hand snapshot 22 November:
    //   A 40 units and B 10 units with no demand recorded: slow movers, 40 × 2 = 80 and 10 × 5 = 50;
    //   GR-1 (6 B) arrived 23rd 07:00Z, waiting 53 h > 24 h: stale receipt, 6 × 5 = 30;
    //   PO-2 (2 B) was due 15 November: late, 2 × 5 = 10.
    // Nothing else: A's 40 exceed its minimum of 30 and cover 40 / (43 / 91) ≈ 85 days of shipments.
    ASSERT_EQ(content.topExceptions.size(), 4u);
    const std::vector<double> impacts{80, 50, 30, 10};
    const std::vector<std::string> skus{"A", "B", "B", "B"};
    const std::vector<std::string> kinds{"slow_mover", "slow_mover", "stale_receipt", "late_purchase_order"};
    for (std::size_t i = 0; i < 4; ++i) {
        const auto& row = content.topExceptions[i];
        EXPECT_EQ(row.rank, static_cast<int>(i) + 1);
        EXPECT_DOUBLE_EQ(row.impact, impacts[i]);
        EXPECT_EQ(row.sku, skus[i]);
        EXPECT_EQ(row.kindId, kinds[i]);
    }
    EXPECT_EQ(content.topExceptions[3].kindLabel, "Late purchase order");
    EXPECT_EQ(content.topExceptions[3].reference, "PO-2/1");
    EXPECT_EQ(content.topExceptions[0].impactText, "80");
    EXPECT_EQ(content.topExceptions[0].description, "Alpha");
    EXPECT_EQ(content.exceptionCount, 4u);
    EXPECT_DOUBLE_EQ(content.exceptionImpact, 170.0);
    EXPECT_TRUE(contains(content.findFootnote(content.exceptionsFootnote)->text(), "found on 2026-11-25"));
}

TEST_F(WeeklyReportWorkspace, TextAndJsonCarryTheSameContent) {
    const auto content = load();
    const auto json = report::weeklyReportJson(content);
    EXPECT_EQ(json["week"], "2026-W47");
    EXPECT_EQ(json["sections"].size(), 5u);
    EXPECT_EQ(json["sections"][0]["rows"][0]["kpi"], "otif");
    EXPECT_EQ(json["sections"][0]["rows"][0]["text"]["this_week"], "80.0 %");
    EXPECT_EQ(json["footnotes"].size(), content.footnotes.size());
    EXPECT_EQ(json["top_exceptions"][0]["sku"], "A");
    const auto text = report::weeklyReportText(content);
    EXPECT_TRUE(contains(text, "Weekly KPI report: BER (Berlin)"));
    EXPECT_TRUE(contains(text, "order cut-off 15:00"));
    EXPECT_TRUE(contains(text, "trend on 80.0 % .. 100.0 %: 100.0 % 80.0 %"));
    for (const auto& note : content.footnotes)
        EXPECT_TRUE(contains(text, "[" + std::to_string(note.number) + "] " + note.text()));
}

TEST_F(WeeklyReportWorkspace, UnknownSiteIsAUserError) {
    report::WeeklyReportRequest request;
    request.siteCode = "NOPE";
    request.week = {2026, 47};
    util::NullProgress progress;
    EXPECT_THROW(report::loadWeeklyReport(workspace->db(), request, progress), util::UserError);
}

// Plain data, no workspace: the exception list over several queues and a site without a cut-off.
TEST(WeeklyReportContent, TopExceptionsOverAllQueuesAndNoCutoff) {
    kpi::Scorecard card;
    card.siteCode = "S1";
    card.siteName = "Site one";
    card.timeZone = "UTC";
    card.week = {2026, 1};
    card.firstDay = domain::mondayOf(card.week); // ISO 2026-W01 starts Monday 29 December 2025
    card.lastDay = card.firstDay + 6;
    kpi::ExceptionReport exceptions;
    exceptions.today = card.lastDay + 1;
    const auto row = [](kpi::ExceptionKind kind, const char* sku, double impact) {
        kpi::ExceptionRow out;
        out.kind = kind;
        out.sku = sku;
        out.impact = impact;
        return out;
    };
    // Queues each ranked; over all of them the order is 900, 500, 120 and the 5 is cut at three.
    exceptions.queues.push_back({kpi::ExceptionKind::BelowSafetyStock,
                                 {row(kpi::ExceptionKind::BelowSafetyStock, "X", 500),
                                  row(kpi::ExceptionKind::BelowSafetyStock, "Y", 5)},
                                 2, 505});
    exceptions.queues.push_back(
        {kpi::ExceptionKind::Excess, {row(kpi::ExceptionKind::Excess, "Z", 900)}, 7, 1234.5});
    exceptions.queues.push_back(
        {kpi::ExceptionKind::LatePurchaseOrder, {row(kpi::ExceptionKind::LatePurchaseOrder, "W", 120)}, 1, 120});
    const auto content = report::buildWeeklyReport(card, exceptions, report::WeeklyReportOptions{3});
    EXPECT_EQ(content.firstDay, "2025-12-29");
    ASSERT_EQ(content.topExceptions.size(), 3u);
    EXPECT_EQ(content.topExceptions[0].sku, "Z");
    EXPECT_EQ(content.topExceptions[0].kindLabel, "Excess stock");
    EXPECT_EQ(content.topExceptions[1].sku, "X");
    EXPECT_EQ(content.topExceptions[2].sku, "W");
    EXPECT_EQ(content.topExceptions[2].impactText, "120");
    // Totals count every row of every queue, not only those listed: 2 + 7 + 1 rows, 505 + 1234.5 + 120.
    EXPECT_EQ(content.exceptionCount, 10u);
    EXPECT_DOUBLE_EQ(content.exceptionImpact, 1859.5);
    EXPECT_TRUE(content.sections.empty());
    EXPECT_TRUE(contains(content.findFootnote(content.cutoffFootnote)->text(), "No order cut-off is set for S1"));
    EXPECT_TRUE(contains(content.findFootnote(content.exceptionsFootnote)->text(), "ranked over all queues by value"));
}
