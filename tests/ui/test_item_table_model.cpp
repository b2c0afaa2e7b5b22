// ItemTableModel and its proxy over a hand-made workspace (oracle: the fixture's own numbers).
#include "models/item_filter_proxy.h"
#include "models/item_table_model.h"
#include "gui_test_support.h"

#include "store/item_queries.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace stocktower;
using stocktower::ui::ItemFilterProxy;
using stocktower::ui::ItemTableModel;

namespace {

class ItemTableModelTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_workspace = ui::testing::makeSmallWorkspace(m_dir.filePath(QStringLiteral("small.stdb")).toStdString());
        m_model.setLocale(QLocale::c());
        m_model.setItems(store::loadItems(m_workspace->db()));
        m_proxy.setSourceItems(&m_model);
    }

    QStringList skusInProxyOrder() const {
        QStringList skus;
        for (int row = 0; row < m_proxy.rowCount(); ++row)
            skus << m_proxy.index(row, ItemTableModel::Sku).data().toString();
        return skus;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_workspace;
    ItemTableModel m_model;
    ItemFilterProxy m_proxy;
};

TEST_F(ItemTableModelTest, PassesTheModelTester) {
    QAbstractItemModelTester modelTester(&m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Resets and filter changes run the tester's checks again.
    m_model.setItems(store::loadItems(m_workspace->db()));
    m_proxy.setFilterText(QStringLiteral("m8"));
    m_proxy.sort(ItemTableModel::UnitCost, Qt::DescendingOrder);
    m_proxy.setFilterText(QString());
    m_model.clear();
    m_model.setItems(store::loadItems(m_workspace->db()));
    EXPECT_EQ(m_model.rowCount(), 5);
}

TEST_F(ItemTableModelTest, ShowsFormattedNumbersRightAligned) {
    ASSERT_EQ(m_model.rowCount(), 5);
    ASSERT_EQ(m_model.columnCount(), ItemTableModel::ColumnCount);
    const int row = m_model.rowForId(m_model.items()[4].id);
    EXPECT_EQ(m_model.index(row, ItemTableModel::Sku).data().toString(), QStringLiteral("SKU-E"));
    EXPECT_EQ(m_model.index(row, ItemTableModel::UnitCost).data().toString(), QStringLiteral("1.50"));
    EXPECT_EQ(m_model.index(row, ItemTableModel::OnHand).data().toString(), QStringLiteral("12"));
    EXPECT_EQ(m_model.index(row, ItemTableModel::UnitCost).data(Qt::TextAlignmentRole).toInt(),
              int(Qt::AlignRight | Qt::AlignVCenter));
    EXPECT_EQ(m_model.index(row, ItemTableModel::Description).data(Qt::TextAlignmentRole).toInt(),
              int(Qt::AlignLeft | Qt::AlignVCenter));
    // SKU-C has no lead time: empty cell, not 0.
    const int skuC = m_model.rowForId(m_model.items()[2].id);
    EXPECT_TRUE(m_model.index(skuC, ItemTableModel::LeadTime).data().toString().isEmpty());
    // SKU-B sums both sites.
    const int skuB = m_model.rowForId(m_model.items()[1].id);
    EXPECT_DOUBLE_EQ(m_model.index(skuB, ItemTableModel::OnHand).data(ItemTableModel::SortRole).toDouble(), 100.0);
}

TEST_F(ItemTableModelTest, FindsRowsByIdWithoutScanning) {
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const qint64 id = m_model.index(row, 0).data(ItemTableModel::IdRole).toLongLong();
        EXPECT_EQ(m_model.rowForId(id), row);
        EXPECT_EQ(m_model.indexForId(id, ItemTableModel::Supplier).column(), ItemTableModel::Supplier);
    }
    EXPECT_EQ(m_model.rowForId(987654), -1);
    EXPECT_FALSE(m_model.indexForId(987654).isValid());
}

TEST_F(ItemTableModelTest, SortsByRawValues) {
    m_proxy.sort(ItemTableModel::UnitCost, Qt::AscendingOrder);
    // Missing cost (SKU-D) first, then 0.02 < 0.05 < 0.10 < 1.50.
    EXPECT_EQ(skusInProxyOrder(), QStringList({"SKU-D", "SKU-B", "SKU-C", "SKU-A", "SKU-E"}));
    // On hand: C 0, D 5, E 12, then A and B with 100 each (B: 40 at DC1 + 60 at DC2).
    m_proxy.sort(ItemTableModel::OnHand, Qt::AscendingOrder);
    EXPECT_EQ(skusInProxyOrder().mid(0, 3), QStringList({"SKU-C", "SKU-D", "SKU-E"}));
    m_proxy.sort(ItemTableModel::LeadTime, Qt::DescendingOrder);
    EXPECT_EQ(skusInProxyOrder(), QStringList({"SKU-D", "SKU-A", "SKU-E", "SKU-B", "SKU-C"}));
    m_proxy.sort(ItemTableModel::Description, Qt::AscendingOrder);
    EXPECT_EQ(skusInProxyOrder().first(), QStringLiteral("SKU-C")); // "Cable tie…"
}

TEST_F(ItemTableModelTest, FiltersOverSkuDescriptionSupplierAndCategory) {
    m_proxy.sort(ItemTableModel::Sku, Qt::AscendingOrder);
    m_proxy.setFilterText(QStringLiteral("hex"));
    EXPECT_EQ(skusInProxyOrder(), QStringList({"SKU-A", "SKU-D"}));
    m_proxy.setFilterText(QStringLiteral("sup-2"));
    EXPECT_EQ(skusInProxyOrder(), QStringList({"SKU-B", "SKU-E"}));
    m_proxy.setFilterText(QStringLiteral("ELECTRICAL"));
    EXPECT_EQ(skusInProxyOrder(), QStringList({"SKU-C"}));
    m_proxy.setFilterText(QStringLiteral("fasteners m8 nut")); // every word must match
    EXPECT_EQ(skusInProxyOrder(), QStringList({"SKU-D"}));
    m_proxy.setFilterText(QStringLiteral("sku-e"));
    EXPECT_EQ(skusInProxyOrder(), QStringList({"SKU-E"}));
    m_proxy.setFilterText(QStringLiteral("1.50")); // numbers are not searched
    EXPECT_TRUE(skusInProxyOrder().isEmpty());
    m_proxy.setFilterText(QString());
    EXPECT_EQ(m_proxy.rowCount(), 5);
}

TEST_F(ItemTableModelTest, SiteRestrictsQuantities) {
    const auto sites = store::loadSites(m_workspace->db());
    ASSERT_EQ(sites.size(), 2u);
    m_model.setItems(store::loadItems(m_workspace->db(), sites[1].id)); // DC2
    m_proxy.sort(ItemTableModel::OnHand, Qt::DescendingOrder);
    EXPECT_EQ(skusInProxyOrder().mid(0, 2), QStringList({"SKU-B", "SKU-D"}));
    const int skuB = m_model.rowForId(m_model.items()[1].id);
    EXPECT_EQ(m_model.index(skuB, ItemTableModel::OnHand).data().toString(), QStringLiteral("60"));
}

} // namespace
