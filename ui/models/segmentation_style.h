// The segmentation's class colours, shared by the item list, the matrix and the charts: strong
// for A (and X), pale for C (and Z), so the eye finds the important cells first.
#pragma once

#include "inventory/segmentation.h"

#include <QColor>

#include <cmath>

namespace stocktower::ui {

inline QColor abcColor(inventory::AbcClass abc) {
    switch (abc) {
    case inventory::AbcClass::A: return QColor(0x1f, 0x6f, 0xb5);
    case inventory::AbcClass::B: return QColor(0x5b, 0x9b, 0xd5);
    case inventory::AbcClass::C: return QColor(0xa9, 0xb4, 0xbf);
    }
    return {};
}

// The matrix cell's background: darker the more of the value it holds.
inline QColor shareColor(double share) {
    const QColor pale(0xf4, 0xf7, 0xfb);
    const QColor strong(0x9c, 0xc3, 0xe6);
    const double t = share < 0 ? 0.0 : share > 1 ? 1.0 : share;
    // A square root lifts the small cells: 5 % of the value should still show.
    const double k = t > 0 ? std::sqrt(t) : 0.0;
    return QColor::fromRgbF(static_cast<float>(pale.redF() + (strong.redF() - pale.redF()) * k),
                            static_cast<float>(pale.greenF() + (strong.greenF() - pale.greenF()) * k),
                            static_cast<float>(pale.blueF() + (strong.blueF() - pale.blueF()) * k));
}

} // namespace stocktower::ui
