// One look for the application's tables: compact fixed-height rows.
#pragma once

#include <QAbstractItemView>
#include <QHeaderView>
#include <QTableView>

namespace stocktower::ui {

// Fixed row height from the font: compact, and the view never measures its rows.
inline void useCompactRows(QTableView* view) {
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
}

} // namespace stocktower::ui
