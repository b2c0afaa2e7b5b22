// A problem found in an input file, located precisely enough for the user to fix it.
#pragma once

#include "util/message.h"

#include <cstddef>
#include <string>
#include <vector>

namespace stocktower::exchange {

enum class Severity { Warning, Error };

struct Problem {
    Severity severity = Severity::Error;
    std::string file;
    std::size_t line = 0;   // 1-based physical line; 0 = the file as a whole
    std::size_t column = 0; // 1-based column; 0 = the row as a whole
    std::string field;      // canonical field name, or the header as written
    std::string value;
    std::string message; // English, for the command line and the import log: englishText(text)
    util::Message text;  // the same as an id with arguments, which the ui translates
};

// A problem whose English message is rendered from `text`; the one way problems are made.
Problem makeProblem(Severity severity, std::string file, std::size_t line, std::size_t column,
                    std::string field, std::string value, util::Message text);

// "items.csv:14:3 (unit_cost='abc'): not a number"
std::string formatProblem(const Problem& problem);

// Collects problems up to a cap, counting the rest so the user knows how many there were.
class ProblemList {
public:
    explicit ProblemList(std::size_t cap = 200) : m_cap(cap) {}
    void add(Problem problem);
    [[nodiscard]] const std::vector<Problem>& kept() const { return m_kept; }
    [[nodiscard]] std::size_t errorCount() const { return m_errors; }
    [[nodiscard]] std::size_t warningCount() const { return m_warnings; }
    [[nodiscard]] std::size_t total() const { return m_errors + m_warnings; }
    [[nodiscard]] bool hasErrors() const { return m_errors > 0; }

private:
    std::size_t m_cap;
    std::vector<Problem> m_kept;
    std::size_t m_errors = 0;
    std::size_t m_warnings = 0;
};

} // namespace stocktower::exchange
