// The Policy page's table: one row per item-site of a policy run (parameters, policy levels and
// today's proposal). Display text is formatted here; Qt::UserRole gives raw values for sorting.
#pragma once

#include "inventory/policy_run.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <memory>

namespace stocktower::ui {

class PolicyTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Sku,
        Site,
        Segment,
        DemandClass,
        Service,
        SafetyStock,
        ReorderPoint,
        OrderQuantity,
        Min,
        Max,
        OnHand,
        Projected,
        ProposalQuantity,
        ProposalDate,
        ColumnCount
    };
    // Raw value for sorting and tests (numbers as double, text as QString).
    static constexpr int SortRole = Qt::UserRole;

    explicit PolicyTableModel(QObject* parent = nullptr);

    void setRun(std::shared_ptr<const inventory::PolicyRunResult> run);
    void clear();
    void setLocale(const QLocale& locale) { m_locale = locale; }

    [[nodiscard]] const inventory::PolicyRow& policyRow(int row) const { return m_run->rows[static_cast<std::size_t>(row)]; }
    [[nodiscard]] std::shared_ptr<const inventory::PolicyRunResult> run() const { return m_run; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(const inventory::PolicyRow& row, int column) const;
    QString text(const inventory::PolicyRow& row, int column) const;

    std::shared_ptr<const inventory::PolicyRunResult> m_run;
    QLocale m_locale;
};

} // namespace stocktower::ui
