// Error types shared by the core: exceptions for failures that abort an operation.
#pragma once

#include <stdexcept>
#include <string>

namespace stocktower::util {

// A failure the user can act on (bad file, wrong version, disk full). The message is
// complete and names what and where; callers show it as-is.
class UserError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Raised when a Progress was cancelled; the operation has rolled back.
class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("cancelled by user") {}
};

} // namespace stocktower::util
