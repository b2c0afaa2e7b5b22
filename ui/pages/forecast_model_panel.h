// The forecast page's explanation of one series: its model and parameters, why the model was
// chosen (the candidates' scores), its backtest accuracy and how its intervals were made.
#pragma once

#include "forecast/series_detail.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace stocktower::ui {

class ForecastModelPanel : public QWidget {
    Q_OBJECT
public:
    explicit ForecastModelPanel(QWidget* parent = nullptr);

    void setDetail(const forecast::SeriesDetail& detail);
    void clear();

    // The plain-language reason for a stored model, from the run's method and the series' class.
    [[nodiscard]] static QString whyThisModel(const forecast::SeriesDetail& detail);
    [[nodiscard]] static QString intervalText(const forecast::SeriesParameters& parameters);

    [[nodiscard]] QTableWidget* candidates() const { return m_candidates; }
    [[nodiscard]] QTableWidget* parameters() const { return m_parameters; }
    [[nodiscard]] QString fieldText(int row) const;

    enum Field { fModel, fWhy, fClass, fAccuracy, fIntervals, fCount };

private:
    QFormLayout* m_form;
    QLabel* m_warning;
    QTableWidget* m_parameters;
    QTableWidget* m_candidates;
};

} // namespace stocktower::ui
