#include "util/text_columns.h"

#include <algorithm>

namespace stocktower::util {

int displayWidth(std::string_view text) {
    int width = 0;
    for (unsigned char c : text) width += (c & 0xC0) != 0x80 ? 1 : 0;
    return width;
}

std::string padRight(const std::string& text, int width) {
    return text + std::string(static_cast<std::size_t>(std::max(0, width - displayWidth(text))), ' ');
}

std::string padLeft(const std::string& text, int width) {
    return std::string(static_cast<std::size_t>(std::max(0, width - displayWidth(text))), ' ') + text;
}

} // namespace stocktower::util
