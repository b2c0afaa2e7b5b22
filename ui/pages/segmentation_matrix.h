// The ABC–XYZ matrix as a 3×3 grid of buttons (item count, usage value, share of value) with
// clickable row and column headers: clicking selects the cell (or class) the item list shows.
#pragma once

#include "inventory/segmentation.h"

#include <QWidget>

#include <array>
#include <memory>
#include <optional>

class QLabel;
class QToolButton;

namespace stocktower::ui {

class SegmentationMatrix : public QWidget {
    Q_OBJECT
public:
    explicit SegmentationMatrix(QWidget* parent = nullptr);

    void setResult(const std::shared_ptr<const inventory::SegmentationResult>& result);
    // Marks the selected cell, class or nothing (both nullopt), without emitting.
    void setSelection(std::optional<inventory::AbcClass> abc, std::optional<inventory::XyzClass> xyz);

    // For tests and keyboard users: the buttons by position.
    [[nodiscard]] QToolButton* cellButton(inventory::AbcClass abc, inventory::XyzClass xyz) const;
    [[nodiscard]] QToolButton* abcButton(inventory::AbcClass abc) const;
    [[nodiscard]] QToolButton* xyzButton(inventory::XyzClass xyz) const;
    [[nodiscard]] QToolButton* totalButton() const { return m_total; }

Q_SIGNALS:
    // A cell (both set), a whole ABC row or XYZ column (one set), or everything (none).
    void selectionRequested(std::optional<inventory::AbcClass> abc, std::optional<inventory::XyzClass> xyz);

private:
    void onClicked(std::optional<inventory::AbcClass> abc, std::optional<inventory::XyzClass> xyz);
    void updateTexts();

    std::shared_ptr<const inventory::SegmentationResult> m_result;
    std::array<std::array<QToolButton*, 3>, 3> m_cells{};
    std::array<QToolButton*, 3> m_abc{};
    std::array<QToolButton*, 3> m_xyz{};
    QToolButton* m_total;
    std::optional<inventory::AbcClass> m_selectedAbc;
    std::optional<inventory::XyzClass> m_selectedXyz;
};

} // namespace stocktower::ui
