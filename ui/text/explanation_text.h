// A calculation's explanation in the user's language: each input's and result's name, its unit
// and where an input came from. The snake_case names stay beside the translated ones, because the
// formulas are written with them.
#pragma once

#include "inventory/explain.h"

#include <QString>

#include <string_view>

namespace stocktower::ui {

// "safety_stock" → "Safety stock"; a name this version does not know is shown as it is.
QString explainNameTitle(std::string_view name);
// "money/unit/yr" → "money/unit/yr" in the user's words, word by word; "" stays "".
QString explainUnitText(std::string_view unit);
// Where an input came from: its parts in the user's language, joined by "; ".
QString explainSourceText(const inventory::ExplainSource& source);

} // namespace stocktower::ui
