// The forecast periods of one series for override editing: statistical forecast, intervals, the
// planner's override with its comment, and the final value. The model never writes: an edit is
// handed to the edit handler (which records an undoable command) and shown once it is applied.
#pragma once

#include "store/forecast_store.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <functional>
#include <optional>
#include <vector>

namespace stocktower::ui {

class ForecastPeriodsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Period, Forecast, Interval80, Interval95, Override, Final, Comment, ChangedBy, ColumnCount };
    enum Role { PeriodStartRole = Qt::UserRole + 1 }; // "YYYY-MM-DD" of the row

    // Called for an edit of the override (nullopt: remove it) or of its comment. Returns false
    // when the edit was refused (the handler has said why).
    using EditHandler = std::function<bool(const QString& periodStart, std::optional<double> quantity,
                                           const QString& comment)>;

    explicit ForecastPeriodsModel(QObject* parent = nullptr);

    // monthly: label periods by month ("Jan 2027") rather than by week.
    void setPeriods(std::vector<store::ForecastValueRow> values, bool monthly, bool editable);
    void clear();
    void setEditHandler(EditHandler handler) { m_editHandler = std::move(handler); }
    void setEditable(bool editable);
    void setLocale(const QLocale& locale) { m_locale = locale; }

    // Shows an applied override (or its removal) for one period.
    void applyOverride(const QString& periodStart, std::optional<double> quantity, const QString& comment,
                       const QString& user, const QString& at);
    [[nodiscard]] const std::vector<store::ForecastValueRow>& values() const { return m_values; }
    [[nodiscard]] int rowForPeriod(const QString& periodStart) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Reads a typed quantity in the locale (or with a '.'): nullopt for blank, NaN when unreadable.
    [[nodiscard]] std::optional<double> parseQuantity(const QString& text) const;

private:
    [[nodiscard]] QString number(double value) const;
    [[nodiscard]] QString interval(const std::optional<double>& low, const std::optional<double>& high) const;
    [[nodiscard]] QString periodLabel(const QString& periodStart) const;

    std::vector<store::ForecastValueRow> m_values;
    bool m_monthly = false;
    bool m_editable = false;
    EditHandler m_editHandler;
    QLocale m_locale;
};

} // namespace stocktower::ui
