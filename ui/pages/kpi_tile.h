// One headline KPI on the control tower: this week's value against target, the status as colour
// AND symbol, the change from the week before and the 13-week trend. Clicking it (or Enter)
// asks for the KPI on the scorecard.
#pragma once

#include "kpi/scorecard.h"

#include <QFrame>

class QLabel;

namespace stocktower::ui {

class SparklineWidget;

class KpiTile : public QFrame {
    Q_OBJECT
public:
    explicit KpiTile(const kpi::KpiDefinition& definition, QWidget* parent = nullptr);

    // `previousWeek` names the week the change is measured from ("2026-W46").
    void setRow(const kpi::ScorecardRow& row, const QString& previousWeek);
    // No value to show (no workspace, no data, computing): says why in the value's place.
    void showEmpty(const QString& reason);

    [[nodiscard]] QString kpiId() const;
    [[nodiscard]] kpi::Status status() const { return m_status; }
    [[nodiscard]] QLabel* valueLabel() const { return m_value; }
    [[nodiscard]] QLabel* statusLabel() const { return m_statusText; }
    [[nodiscard]] QLabel* targetLabel() const { return m_target; }
    [[nodiscard]] QLabel* changeLabel() const { return m_change; }
    [[nodiscard]] SparklineWidget* sparkline() const { return m_sparkline; }

Q_SIGNALS:
    void activated(const QString& kpiId);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void applyFrame();

    const kpi::KpiDefinition& m_definition;
    kpi::Status m_status = kpi::Status::NotRated;
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_statusText;
    QLabel* m_target;
    QLabel* m_change;
    SparklineWidget* m_sparkline;
};

} // namespace stocktower::ui
