// CSV export of a forecast run. Oracle: the expected file written out by hand from a run stored
// with known values (RFC 4180, numbers rounded to 3 decimals, empty cells for no value).
#include "forecast/forecast_export.h"
#include "store/forecast_overrides.h"
#include "store/forecast_store.h"
#include "store/workspace.h"
#include "temp_dir.h"
#include "util/errors.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace stocktower;
using stocktower::testsupport::TempDir;

namespace {

std::int64_t writeRun(store::Connection& db) {
    db.prepare("INSERT INTO site(site_id, code) VALUES (1, 'S1'), (2, 'S2')").run();
    db.prepare("INSERT INTO item(item_id, sku, description) VALUES (1, 'A-1', 'Bolt'), (2, '=B', 'Nut')").run();
    store::ForecastRunHeader header;
    header.createdAt = "2026-07-01T00:00:00Z";
    header.bucket = "month";
    header.horizon = 2;
    header.method = "auto";
    header.engineVersion = "test";
    auto series = [](std::int64_t item, std::int64_t site, const char* cls, const char* model) {
        store::ForecastSeriesRow row;
        row.itemId = item;
        row.siteId = site;
        row.demandClass = cls;
        row.model = model;
        return row;
    };
    auto value = [](const char* period, double mean, std::optional<double> lo80, std::optional<double> hi80,
                    std::optional<double> lo95, std::optional<double> hi95) {
        store::ForecastValueRow row;
        row.periodStart = period;
        row.mean = mean;
        row.lo80 = lo80;
        row.hi80 = hi80;
        row.lo95 = lo95;
        row.hi95 = hi95;
        return row;
    };
    auto a1 = series(1, 1, "smooth", "smooth: Mean of ETS(A,N,N), Theta, ETS(A,Ad,N)");
    a1.values = {value("2026-07-01", 10.123456, 8.5, 11.75, 7.0, 13.0),
                 value("2026-08-01", 10.0, 8.25, 11.5, 6.5, 13.5)};
    auto a2 = series(1, 2, "intermittent", "intermittent: SBA");
    a2.values = {value("2026-07-01", 1.425, 0.0, 6.0, 0.0, 6.0), value("2026-08-01", 1.425, 0.0, 6.0, 0.0, 6.0)};
    auto b1 = series(2, 1, "new", "new: MA(3)");
    b1.values = {value("2026-07-01", 2.0, std::nullopt, std::nullopt, std::nullopt, std::nullopt),
                 value("2026-08-01", 2.0, std::nullopt, std::nullopt, std::nullopt, std::nullopt)};
    return store::saveForecastRun(db, header, {a1, a2, b1});
}

} // namespace

TEST(ForecastExport, OneRowPerItemSiteAndPeriodWithOverrides) {
    TempDir dir;
    auto workspace = store::Workspace::create(dir.file("e.stdb"));
    auto& db = workspace->db();
    const auto runId = writeRun(db);
    store::ForecastOverride entry;
    entry.runId = runId;
    entry.itemId = 1;
    entry.siteId = 2;
    entry.periodStart = "2026-08-01";
    entry.quantity = 4.0;
    entry.comment = "tender";
    store::setForecastOverride(db, entry);

    util::NullProgress progress;
    const auto path = dir.file("forecast.csv");
    EXPECT_EQ(forecast::exportForecastRun(db, runId, path, {}, progress), 6u);
    // The SKU "=B" gets the formula guard; the combination's model name is quoted for its commas.
    EXPECT_EQ(testsupport::readFile(path),
              "sku,site,period_start,forecast,override,final,lo80,hi80,lo95,hi95,model,demand_class\r\n"
              "A-1,S1,2026-07-01,10.123,,10.123,8.5,11.75,7,13,\"smooth: Mean of ETS(A,N,N), Theta, ETS(A,Ad,N)\",smooth\r\n"
              "A-1,S1,2026-08-01,10,,10,8.25,11.5,6.5,13.5,\"smooth: Mean of ETS(A,N,N), Theta, ETS(A,Ad,N)\",smooth\r\n"
              "A-1,S2,2026-07-01,1.425,,1.425,0,6,0,6,intermittent: SBA,intermittent\r\n"
              "A-1,S2,2026-08-01,1.425,4,4,0,6,0,6,intermittent: SBA,intermittent\r\n"
              "'=B,S1,2026-07-01,2,,2,,,,,new: MA(3),new\r\n"
              "'=B,S1,2026-08-01,2,,2,,,,,new: MA(3),new\r\n");

    // European layout: semicolons and decimal commas.
    exchange::CsvWriteDialect european;
    european.delimiter = ';';
    european.decimalMark = ',';
    const auto euPath = dir.file("forecast-eu.csv");
    forecast::exportForecastRun(db, runId, euPath, european, progress);
    const auto eu = testsupport::readFile(euPath);
    EXPECT_NE(eu.find("A-1;S2;2026-08-01;1,425;4;4;0;6;0;6;intermittent: SBA;intermittent\r\n"), std::string::npos);
}

TEST(ForecastExport, UnknownRunWritesNothingAndNoTemporaryFileStays) {
    TempDir dir;
    auto workspace = store::Workspace::create(dir.file("c.stdb"));
    auto& db = workspace->db();
    const auto runId = writeRun(db);
    util::NullProgress progress;
    EXPECT_THROW(forecast::exportForecastRun(db, runId + 1, dir.file("none.csv"), {}, progress), util::UserError);
    EXPECT_FALSE(std::filesystem::exists(dir.file("none.csv")));
    // An existing file is replaced whole; the temporary file is renamed, not left beside it.
    const auto path = testsupport::writeFile(dir.file("old.csv"), "old content\n");
    forecast::exportForecastRun(db, runId, path, {}, progress);
    EXPECT_EQ(testsupport::readFile(path).rfind("sku,site,", 0), 0u);
    for (const auto& file : std::filesystem::directory_iterator(dir.path()))
        EXPECT_EQ(file.path().filename().string().find(".tmp-"), std::string::npos) << file.path();
}
