// The forecast page's models: the series table and its proxy under QAbstractItemModelTester, and
// the periods model that hands override edits to its handler. Oracles: rows written by hand with
// their expected text, order and filter results worked out in the comments.
#include "models/forecast_filter_proxy.h"
#include "models/forecast_periods_model.h"
#include "models/forecast_table_model.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

using namespace stocktower;
using ui::ForecastFilterProxy;
using ui::ForecastPeriodsModel;
using ui::ForecastTableModel;

namespace {

store::ForecastSeriesSummary summary(std::int64_t item, std::int64_t site, const char* sku, const char* name,
                                     const char* siteCode, const char* demandClass, const char* model,
                                     std::optional<double> mase, double total, int overridden = 0) {
    store::ForecastSeriesSummary row;
    row.itemId = item;
    row.siteId = site;
    row.sku = sku;
    row.itemName = name;
    row.siteCode = siteCode;
    row.demandClass = demandClass;
    row.model = model;
    row.mase = mase;
    row.smape = mase ? std::optional(*mase * 50.0) : std::nullopt;
    row.bias = mase ? std::optional(-0.25) : std::nullopt;
    row.nextPeriod = total / 4.0;
    row.nextPeriodStatistical = total / 4.0;
    row.horizonTotal = total;
    row.horizonTotalStatistical = total;
    row.overriddenPeriods = overridden;
    return row;
}

std::vector<store::ForecastSeriesSummary> rows() {
    return {summary(1, 1, "A-100", "Hex bolt", "DC1", "smooth", "smooth: Mean of ETS(A,N,N), Theta, ETS(A,Ad,N)", 0.8, 120.0),
            summary(1, 2, "A-100", "Hex bolt", "DC2", "intermittent", "intermittent: SBA", 1.2, 8.0),
            summary(2, 1, "B-7", "Washer", "DC1", "lumpy", "lumpy: SBA", std::nullopt, 2.5),
            summary(3, 1, "C-12", "Cable tie", "DC1", "inactive", "inactive: MA(12)", 0.4, 0.0),
            summary(4, 2, "D-1", "Drill bit", "DC2", "smooth", "select: ets: ETS(M,A,N)", 0.95, 64.0, 2)};
}

QStringList column(const QAbstractItemModel& model, int column) {
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) values << model.index(row, column).data().toString();
    return values;
}

} // namespace

TEST(ForecastTableModel, ModelFamilies) {
    EXPECT_EQ(ForecastTableModel::modelFamily(QStringLiteral("smooth: Mean of ETS(A,N,N), Theta, ETS(A,Ad,N)")),
              QStringLiteral("Combination"));
    EXPECT_EQ(ForecastTableModel::modelFamily(QStringLiteral("lumpy: SBA")), QStringLiteral("SBA"));
    EXPECT_EQ(ForecastTableModel::modelFamily(QStringLiteral("inactive: MA(12)")), QStringLiteral("Moving average"));
    EXPECT_EQ(ForecastTableModel::modelFamily(QStringLiteral("select: theta: Theta (deseasonalised)")),
              QStringLiteral("Theta"));
    EXPECT_EQ(ForecastTableModel::modelFamily(QStringLiteral("ETS(A,N,N)")), QStringLiteral("ETS"));
    EXPECT_EQ(ForecastTableModel::modelFamily(QStringLiteral("Seasonal naive")), QStringLiteral("Seasonal naive"));
    EXPECT_EQ(ForecastTableModel::modelFamily(QStringLiteral("naive (fallback: cannot forecast: x)")),
              QStringLiteral("Naive (fallback)"));
}

TEST(ForecastTableModel, PassesTheModelTesterThroughResetsFiltersAndEdits) {
    ForecastTableModel model;
    model.setLocale(QLocale::c());
    ForecastFilterProxy proxy;
    proxy.setSourceTable(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    [[maybe_unused]] auto previous = model.setContent(ForecastTableModel::prepare(rows()));
    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.columnCount(), ForecastTableModel::ColumnCount);
    EXPECT_EQ(model.classes(), (QStringList{"inactive", "intermittent", "lumpy", "smooth"}));
    EXPECT_EQ(model.families(), (QStringList{"Combination", "ETS", "Moving average", "SBA"}));

    proxy.setFilterText(QStringLiteral("hex dc2"));
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setFilterText(QString());
    proxy.setDemandClass(QStringLiteral("smooth"));
    EXPECT_EQ(column(proxy, ForecastTableModel::Sku), (QStringList{"A-100", "D-1"}));
    proxy.setModelFamily(QStringLiteral("ETS"));
    EXPECT_EQ(column(proxy, ForecastTableModel::Sku), (QStringList{"D-1"}));
    proxy.setDemandClass(QString());
    proxy.setModelFamily(QStringLiteral("SBA"));
    EXPECT_EQ(proxy.rowCount(), 2);
    proxy.setModelFamily(QString());

    // MASE ascending: the unscored series (B-7) first, then 0.4, 0.8, 0.95, 1.2.
    proxy.sort(ForecastTableModel::Mase, Qt::AscendingOrder);
    EXPECT_EQ(column(proxy, ForecastTableModel::Sku), (QStringList{"B-7", "C-12", "A-100", "D-1", "A-100"}));
    EXPECT_EQ(column(proxy, ForecastTableModel::Mase), (QStringList{"", "0.40", "0.80", "0.95", "1.20"}));
    proxy.sort(ForecastTableModel::HorizonTotal, Qt::DescendingOrder);
    EXPECT_EQ(column(proxy, ForecastTableModel::HorizonTotal), (QStringList{"120", "64.0", "8.0", "2.5", "0.0"}));

    // An override edit changes the totals in place; the proxy re-sorts.
    model.updateTotals(2, 1, 40.0, 200.0, 1);
    EXPECT_EQ(proxy.index(0, ForecastTableModel::Sku).data().toString(), QStringLiteral("B-7"));
    EXPECT_EQ(proxy.index(0, ForecastTableModel::Overridden).data().toString(), QStringLiteral("1"));
    EXPECT_TRUE(proxy.index(0, ForecastTableModel::HorizonTotal).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_EQ(model.rowForKey(2, 1), 2);
    EXPECT_EQ(model.rowForKey(2, 2), -1);

    model.clear();
    EXPECT_EQ(proxy.rowCount(), 0);
    previous = model.setContent(ForecastTableModel::prepare(rows()));
    EXPECT_EQ(proxy.rowCount(), 5);
}

TEST(ForecastTableModel, TextRolesAndAlignment) {
    ForecastTableModel model;
    model.setLocale(QLocale::c());
    [[maybe_unused]] auto previous = model.setContent(ForecastTableModel::prepare(rows()));
    const int drill = model.rowForKey(4, 2);
    EXPECT_EQ(model.index(drill, ForecastTableModel::Name).data().toString(), QStringLiteral("Drill bit"));
    EXPECT_EQ(model.index(drill, ForecastTableModel::Smape).data().toString(), QStringLiteral("47.5")); // 0.95·50
    EXPECT_EQ(model.index(drill, ForecastTableModel::Bias).data().toString(), QStringLiteral("-0.25"));
    EXPECT_EQ(model.index(drill, ForecastTableModel::NextPeriod).data().toString(), QStringLiteral("16.0"));
    EXPECT_EQ(model.index(drill, ForecastTableModel::Overridden).data().toString(), QStringLiteral("2"));
    EXPECT_EQ(model.index(drill, 0).data(ForecastTableModel::ItemIdRole).toLongLong(), 4);
    EXPECT_EQ(model.index(drill, 0).data(ForecastTableModel::SiteIdRole).toLongLong(), 2);
    EXPECT_EQ(model.index(drill, 0).data(ForecastTableModel::FamilyRole).toString(), QStringLiteral("ETS"));
    EXPECT_EQ(model.index(drill, ForecastTableModel::Mase).data(Qt::TextAlignmentRole).toInt(),
              int(Qt::AlignRight | Qt::AlignVCenter));
    const int unscored = model.rowForKey(2, 1);
    EXPECT_TRUE(model.index(unscored, ForecastTableModel::Mase).data().toString().isEmpty());
    EXPECT_FALSE(model.headerData(ForecastTableModel::Mase, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
}

TEST(ForecastPeriodsModel, EditsGoToTheHandlerAndShowOnceApplied) {
    ForecastPeriodsModel model;
    model.setLocale(QLocale::c());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    std::vector<store::ForecastValueRow> values(3);
    const char* periods[] = {"2026-11-30", "2026-12-07", "2026-12-14"};
    for (int i = 0; i < 3; ++i) {
        values[static_cast<std::size_t>(i)].periodStart = periods[i];
        values[static_cast<std::size_t>(i)].mean = 10.0 + i;
        values[static_cast<std::size_t>(i)].lo80 = 6.0;
        values[static_cast<std::size_t>(i)].hi80 = 14.5;
    }
    model.setPeriods(values, false, true);
    ASSERT_EQ(model.rowCount(), 3);
    // 2026-11-30 is the Monday of ISO week 49.
    EXPECT_TRUE(model.index(0, ForecastPeriodsModel::Period).data().toString().contains(QStringLiteral("W49")));
    EXPECT_EQ(model.index(0, ForecastPeriodsModel::Interval80).data().toString(), QStringLiteral("6 – 14.5"));
    EXPECT_EQ(model.index(1, ForecastPeriodsModel::Final).data().toString(), QStringLiteral("11"));
    EXPECT_TRUE(model.flags(model.index(0, ForecastPeriodsModel::Override)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.flags(model.index(0, ForecastPeriodsModel::Comment)) & Qt::ItemIsEditable); // no override yet
    EXPECT_FALSE(model.flags(model.index(0, ForecastPeriodsModel::Forecast)) & Qt::ItemIsEditable);

    struct Edit {
        QString period;
        std::optional<double> quantity;
        QString comment;
    };
    std::vector<Edit> edits;
    model.setEditHandler([&edits](const QString& period, std::optional<double> quantity, const QString& comment) {
        edits.push_back({period, quantity, comment});
        return true;
    });
    EXPECT_TRUE(model.setData(model.index(1, ForecastPeriodsModel::Override), QStringLiteral("25.5")));
    ASSERT_EQ(edits.size(), 1u);
    EXPECT_EQ(edits[0].period, QStringLiteral("2026-12-07"));
    EXPECT_DOUBLE_EQ(*edits[0].quantity, 25.5);
    // The model shows nothing until the edit is applied (the undo command does that).
    EXPECT_TRUE(model.index(1, ForecastPeriodsModel::Override).data().toString().isEmpty());
    model.applyOverride(QStringLiteral("2026-12-07"), 25.5, QString(), QStringLiteral("ann"),
                        QStringLiteral("2026-11-29T10:00:00Z"));
    EXPECT_EQ(model.index(1, ForecastPeriodsModel::Final).data().toString(), QStringLiteral("25.5"));
    EXPECT_EQ(model.index(1, ForecastPeriodsModel::ChangedBy).data().toString(), QStringLiteral("ann, 2026-11-29"));
    EXPECT_TRUE(model.flags(model.index(1, ForecastPeriodsModel::Comment)) & Qt::ItemIsEditable);

    EXPECT_TRUE(model.setData(model.index(1, ForecastPeriodsModel::Comment), QStringLiteral(" fair ")));
    ASSERT_EQ(edits.size(), 2u);
    EXPECT_DOUBLE_EQ(*edits[1].quantity, 25.5); // the quantity stays
    EXPECT_EQ(edits[1].comment, QStringLiteral("fair"));
    EXPECT_TRUE(model.setData(model.index(1, ForecastPeriodsModel::Override), QString()));
    ASSERT_EQ(edits.size(), 3u);
    EXPECT_FALSE(edits[2].quantity); // cleared: remove the override
    EXPECT_FALSE(model.setData(model.index(1, ForecastPeriodsModel::Override), QStringLiteral("25.5"))); // unchanged
    EXPECT_EQ(edits.size(), 3u);
    EXPECT_TRUE(model.setData(model.index(0, ForecastPeriodsModel::Override), QStringLiteral("many")));
    ASSERT_EQ(edits.size(), 4u);
    EXPECT_TRUE(std::isnan(*edits[3].quantity)); // the handler refuses it with a message

    // German input: a decimal comma.
    model.setLocale(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_DOUBLE_EQ(*model.parseQuantity(QStringLiteral("12,5")), 12.5);
    EXPECT_FALSE(model.parseQuantity(QStringLiteral("  ")));

    model.setEditable(false);
    EXPECT_FALSE(model.flags(model.index(0, ForecastPeriodsModel::Override)) & Qt::ItemIsEditable);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}
