// The segmentation page's settings: scope or site, ranking basis, ABC cut-offs, XYZ thresholds
// (presets or custom), CV period and window. Says what is wrong instead of accepting bad input.
#pragma once

#include "inventory/segmentation_settings.h"
#include "store/item_queries.h"

#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace stocktower::ui {

class SegmentationSettingsBar : public QWidget {
    Q_OBJECT
public:
    explicit SegmentationSettingsBar(QWidget* parent = nullptr);

    // Keeps the chosen site when it is still there.
    void setSites(const std::vector<store::SiteRow>& sites);
    // The settings as entered, or nullopt when they cannot be used (problem() says why).
    [[nodiscard]] std::optional<inventory::SegmentationSettings> settings() const;
    [[nodiscard]] QString problem() const;
    void setSettings(const inventory::SegmentationSettings& settings);

    [[nodiscard]] QComboBox* siteCombo() const { return m_site; }
    [[nodiscard]] QComboBox* basisCombo() const { return m_basis; }
    [[nodiscard]] QComboBox* cutoffsCombo() const { return m_cutoffs; }
    [[nodiscard]] QComboBox* xyzCombo() const { return m_xyzPreset; }
    [[nodiscard]] QDoubleSpinBox* xSpin() const { return m_x; }
    [[nodiscard]] QDoubleSpinBox* ySpin() const { return m_y; }
    [[nodiscard]] QSpinBox* windowSpin() const { return m_window; }

Q_SIGNALS:
    // Something changed (valid or not: settings() tells).
    void changed();

private:
    void onXyzPresetChosen();
    void onThresholdsEdited();
    void showProblem();

    QComboBox* m_site;
    QComboBox* m_basis;
    QComboBox* m_cutoffs;
    QComboBox* m_xyzPreset;
    QDoubleSpinBox* m_x;
    QDoubleSpinBox* m_y;
    QComboBox* m_period;
    QSpinBox* m_window;
    bool m_updating = false;
};

} // namespace stocktower::ui
