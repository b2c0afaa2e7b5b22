// The Scenarios page's comparison: one row per measure, columns base, then per compared scenario
// its value and its delta to the base. Colour marks exceptions only (a service measure that got
// worse, more stock-outs or uncomputed rows), never plain differences.
#pragma once

#include "inventory/scenario.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace stocktower::ui {

class ScenarioComparisonModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Raw number (double) or invalid when there is none.
    static constexpr int ValueRole = Qt::UserRole;
    // True where the delta is an exception (worse than base).
    static constexpr int ExceptionRole = Qt::UserRole + 1;

    explicit ScenarioComparisonModel(QObject* parent = nullptr);

    void setComparison(inventory::ScenarioComparison comparison);
    void clear();
    void setLocale(const QLocale& locale) { m_locale = locale; }
    [[nodiscard]] const inventory::ScenarioComparison& comparison() const { return m_comparison; }

    // Column layout: 0 = measure, 1 = base, then value/delta pairs per further scenario.
    [[nodiscard]] static int valueColumn(int scenario) { return scenario == 0 ? 1 : 2 * scenario; }
    [[nodiscard]] static int deltaColumn(int scenario) { return 2 * scenario + 1; } // scenario ≥ 1

    // Whether a delta of this measure is worse than the base (exceptions only).
    [[nodiscard]] static bool isWorse(const std::string& key, double delta);
    // What a measure means and its unit, for its tooltip (empty for an unknown key).
    // The measure's name in the user's language (the core gives the English label with a stable key).
    [[nodiscard]] static QString measureTitle(const inventory::ComparisonMeasure& measure);
    [[nodiscard]] static QString measureHelp(const std::string& key);
    // The table as HTML, for printing.
    [[nodiscard]] QString toHtml(const QString& title) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // (scenario, isDelta) of a column ≥ 1.
    [[nodiscard]] std::pair<int, bool> columnInfo(int column) const;
    [[nodiscard]] QString format(const inventory::ComparisonMeasure& measure, double value, bool delta) const;

    inventory::ScenarioComparison m_comparison;
    QLocale m_locale;
};

} // namespace stocktower::ui
