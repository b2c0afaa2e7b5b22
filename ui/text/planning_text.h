// Translated display names for the planning vocabulary the core speaks in stable English ids:
// demand classes (smooth, erratic, …) and planning periods (week, month). The ids stay the data
// (filters, exports, the CLI); only what a person reads is translated.
#pragma once

#include <QString>

#include <string_view>

namespace stocktower::ui {

// "smooth" → "regular" in the user's language; an id this version does not know is shown as it is.
QString demandClassTitle(std::string_view id);

// "per week" / "per month" for a planning period's id.
QString perPeriodText(std::string_view periodId);

} // namespace stocktower::ui
