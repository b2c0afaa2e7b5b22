#include "models/sparkline_delegate.h"

#include "print/sparkline_painter.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>
#include <optional>
#include <vector>

namespace stocktower::ui {

SparklineDelegate::SparklineDelegate(Roles roles, QObject* parent) : QStyledItemDelegate(parent), m_roles(roles) {}

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    // The cell itself (background, selection, focus) without text.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    const QVariantList list = index.data(m_roles.values).toList();
    std::vector<std::optional<double>> values;
    values.reserve(static_cast<std::size_t>(list.size()));
    bool any = false;
    for (const QVariant& value : list) {
        values.push_back(value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt);
        any = any || value.isValid();
    }
    // A trend without a single value would be a lone target line: the cell stays empty.
    if (!any) return;
    const QVariant target = index.data(m_roles.target);

    SparklineStyle look;
    const bool selected = option.state & QStyle::State_Selected;
    look.line = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    look.lastPoint = look.line;
    look.target = selected ? look.line : QColor(0x80, 0x80, 0x80);
    const QRectF area = QRectF(option.rect).adjusted(6, 4, -6, -4);
    paintSparkline(*painter, area, values, index.data(m_roles.scaleMin).toDouble(),
                   index.data(m_roles.scaleMax).toDouble(),
                   target.isValid() ? std::optional<double>(target.toDouble()) : std::nullopt, look);
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), option.fontMetrics.averageCharWidth() * 14));
    return size;
}

} // namespace stocktower::ui
