// The simulation check: per demand class, the closed form's expected service beside the simulated
// one and the gap to the target. Colour (and a ▼) marks exceptions only: a class that falls short
// of its target by more than the agreement tolerance.
#pragma once

#include "inventory/simulation_setup.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <string_view>
#include <vector>

namespace stocktower::ui {

class SimulationCheckModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DemandClass, ItemSites, Target, CslExpected, CslSimulated, CslGap, FillExpected, FillSimulated,
                  FillGap, ColumnCount };
    // The raw number behind a cell (double; percentages as ratios, gaps in points), or invalid.
    static constexpr int ValueRole = Qt::UserRole;
    // True where a gap is an exception.
    static constexpr int ExceptionRole = Qt::UserRole + 1;

    explicit SimulationCheckModel(QObject* parent = nullptr);

    void setClasses(std::vector<inventory::SimClassSummary> classes);
    void clear();
    void setLocale(const QLocale& locale) { m_locale = locale; }
    [[nodiscard]] const std::vector<inventory::SimClassSummary>& classes() const { return m_classes; }

    // How far below its target a class may fall before it is an exception, in percentage points:
    // 3 for intermittent and lumpy demand (few demands per cycle, so the simulated service itself
    // varies more), 1.5 for the rest.
    [[nodiscard]] static double tolerancePp(std::string_view demandClass);
    [[nodiscard]] static bool isShortfall(std::string_view demandClass, double gapPp);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] static double value(const inventory::SimClassSummary& summary, int column);

    std::vector<inventory::SimClassSummary> m_classes;
    QLocale m_locale;
};

} // namespace stocktower::ui
