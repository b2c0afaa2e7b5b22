// Translated display names for the planning vocabulary the core speaks in stable English ids:
// demand classes (smooth, erratic, …) and planning periods (week, month). The ids stay the data
// (filters, exports, the CLI); only what a person reads is translated.
#pragma once

#include <QString>

#include <string_view>

namespace stocktower::ui {

// "smooth" → "regular" in the user's language; an id this version does not know is shown as it is.
QString demandClassTitle(std::string_view id);

// An item's status code from the item master ("active", "new", "discontinued", "inactive") in the
// user's language; a code this version does not know is shown as it is.
QString itemStatusTitle(std::string_view code);

// "per week" / "per month" for a planning period's id.
QString perPeriodText(std::string_view periodId);

} // namespace stocktower::ui
