// SHA-256 of files: how imports recognise a file they have already taken.
#pragma once

#include <string>
#include <string_view>

namespace stocktower::util {

// Lower-case hex digest. Throws UserError naming the file when it cannot be read.
std::string sha256OfFile(const std::string& path);
std::string sha256OfText(std::string_view text);

} // namespace stocktower::util
