// A KPI trend as a small widget, drawn by paintSparkline: the same picture as the scorecard table
// and the printed report, in the colours of the widget's palette.
#pragma once

#include <QWidget>

#include <optional>
#include <vector>

namespace stocktower::ui {

class SparklineWidget : public QWidget {
    Q_OBJECT
public:
    explicit SparklineWidget(QWidget* parent = nullptr);

    // Values oldest first (nullopt: n/a), on the scale [scaleMin, scaleMax]; the target, when
    // set, is a dashed line.
    void setSeries(std::vector<std::optional<double>> values, double scaleMin, double scaleMax,
                   std::optional<double> target);
    void clear();
    [[nodiscard]] const std::vector<std::optional<double>>& values() const { return m_values; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<std::optional<double>> m_values;
    double m_scaleMin = 0;
    double m_scaleMax = 0;
    std::optional<double> m_target;
};

} // namespace stocktower::ui
