// Padding text to terminal columns for plain-text tables (CLI output, the text report).
#pragma once

#include <string>
#include <string_view>

namespace stocktower::util {

// Columns the text takes on a terminal: UTF-8 continuation bytes take no column of their own.
int displayWidth(std::string_view text);
// The text followed (padRight) or preceded (padLeft) by spaces up to `width` columns.
std::string padRight(const std::string& text, int width);
std::string padLeft(const std::string& text, int width);

} // namespace stocktower::util
