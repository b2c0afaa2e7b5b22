// Renders an Explanation (inputs with their sources, results with their formulas, notes) as
// HTML for the "why" panels of the Policy page.
#pragma once

#include "inventory/explain.h"

#include <QLocale>
#include <QString>

namespace stocktower::ui {

// title: one line above the tables, e.g. "SKU-A at DC1". Plain text; escaped here.
QString explanationHtml(const inventory::Explanation& explanation, const QString& title, const QLocale& locale = {});

} // namespace stocktower::ui
