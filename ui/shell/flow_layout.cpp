#include "shell/flow_layout.h"

#include <QHBoxLayout>
#include <QWidget>

#include <algorithm>

namespace stocktower::ui {

FlowLayout::FlowLayout(QWidget* parent, int horizontalSpacing, int verticalSpacing)
    : QLayout(parent), m_horizontalSpacing(horizontalSpacing), m_verticalSpacing(verticalSpacing) {
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout() {
    while (QLayoutItem* item = takeAt(0)) delete item;
}

void FlowLayout::addItem(QLayoutItem* item) { m_items.append(item); }

int FlowLayout::count() const { return static_cast<int>(m_items.size()); }

QLayoutItem* FlowLayout::itemAt(int index) const {
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem* FlowLayout::takeAt(int index) {
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const { return {}; }

bool FlowLayout::hasHeightForWidth() const { return true; }

int FlowLayout::heightForWidth(int width) const { return arrange(QRect(0, 0, width, 0), false); }

QSize FlowLayout::minimumSize() const {
    QSize size;
    for (const QLayoutItem* item : m_items)
        if (!item->isEmpty()) size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const {
    int width = 0;
    int height = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty()) continue;
        const QSize hint = item->sizeHint();
        width += (width > 0 ? m_horizontalSpacing : 0) + hint.width();
        height = std::max(height, hint.height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect& rect) {
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool apply) const {
    const QRect area = rect.marginsRemoved(contentsMargins());
    int y = area.y();
    std::vector<std::pair<QLayoutItem*, QSize>> row;
    int rowWidth = 0;
    int rowHeight = 0;
    // Items of a row share its height, centred vertically (labels beside taller fields).
    const auto placeRow = [&] {
        if (apply) {
            int x = area.x();
            for (const auto& [item, size] : row) {
                item->setGeometry(QRect(QPoint(x, y + (rowHeight - size.height()) / 2), size));
                x += size.width() + m_horizontalSpacing;
            }
        }
        y += rowHeight + m_verticalSpacing;
        row.clear();
        rowWidth = 0;
        rowHeight = 0;
    };
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty()) continue;
        const QSize size = item->sizeHint().boundedTo(QSize(area.width(), item->sizeHint().height()))
                               .expandedTo(item->minimumSize());
        const int needed = (row.empty() ? 0 : rowWidth + m_horizontalSpacing) + size.width();
        if (!row.empty() && needed > area.width()) placeRow();
        rowWidth = (row.empty() ? 0 : rowWidth + m_horizontalSpacing) + size.width();
        rowHeight = std::max(rowHeight, size.height());
        row.emplace_back(item, size);
    }
    if (!row.empty()) placeRow();
    const int used = y - area.y() - (y > area.y() ? m_verticalSpacing : 0);
    const QMargins margins = contentsMargins();
    return used + margins.top() + margins.bottom();
}

QWidget* keptTogether(QWidget* parent, const std::vector<QWidget*>& widgets) {
    auto* group = new QWidget(parent);
    auto* layout = new QHBoxLayout(group);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* widget : widgets) layout->addWidget(widget);
    return group;
}

} // namespace stocktower::ui
