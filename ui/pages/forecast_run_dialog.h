// The settings of a forecast run: bucket (default: the workspace's), horizon, method, backtest
// length and threads.
#pragma once

#include "forecast/forecast_run.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace stocktower::ui {

class ForecastRunDialog : public QDialog {
    Q_OBJECT
public:
    ForecastRunDialog(forecast::Bucket workspaceBucket, bool canSaveBucket, QWidget* parent = nullptr);

    [[nodiscard]] forecast::ForecastRunSettings settings() const;
    // True when the chosen bucket should become the workspace's default.
    [[nodiscard]] bool saveBucket() const;

    [[nodiscard]] QComboBox* bucketCombo() const { return m_bucket; }
    [[nodiscard]] QComboBox* methodCombo() const { return m_method; }
    [[nodiscard]] QSpinBox* horizonSpin() const { return m_horizon; }
    [[nodiscard]] QCheckBox* saveBucketCheck() const { return m_saveBucket; }

    // A short description of each method name, for the method list.
    [[nodiscard]] static QString methodDescription(const QString& method);

private:
    void onBucketChanged();

    forecast::Bucket m_workspaceBucket;
    bool m_canSaveBucket; // the workspace can be written
    QComboBox* m_bucket;
    QCheckBox* m_saveBucket;
    QSpinBox* m_horizon;
    QComboBox* m_method;
    QLabel* m_methodHelp;
    QSpinBox* m_backtest;
    QSpinBox* m_threads;
    bool m_horizonEdited = false;
};

} // namespace stocktower::ui
