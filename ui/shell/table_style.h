// One look for the application's tables: compact fixed-height rows.
#pragma once

#include <QAbstractItemView>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>
#include <span>

namespace stocktower::ui {

// Fixed row height from the font: compact, and the view never measures its rows.
inline void useCompactRows(QTableView* view) {
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
}

// Column widths in average characters of the view's font, each at least as wide as its heading
// with the sort arrow: a translated heading ("Valor en riesgo") may be longer than its values.
inline void setColumnWidthsInCharacters(QTableView* view, std::span<const int> characters) {
    auto* header = view->horizontalHeader();
    const int charWidth = view->fontMetrics().averageCharWidth();
    const QFontMetrics headingMetrics(header->font());
    const int sortArrow = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize);
    for (int column = 0; column < static_cast<int>(characters.size()); ++column) {
        const QString heading = view->model() ? view->model()->headerData(column, Qt::Horizontal).toString() : QString();
        const int headingWidth = headingMetrics.horizontalAdvance(heading) + sortArrow;
        header->resizeSection(column, std::max(characters[static_cast<std::size_t>(column)] * charWidth, headingWidth) + 16);
    }
}

} // namespace stocktower::ui
