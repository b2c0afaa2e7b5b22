#include "exchange/problem.h"

#include <fmt/format.h>

namespace stocktower::exchange {

Problem makeProblem(Severity severity, std::string file, std::size_t line, std::size_t column,
                    std::string field, std::string value, util::Message text) {
    std::string message = util::englishText(text);
    return {severity,       std::move(file),    line, column, std::move(field), std::move(value),
            std::move(message), std::move(text)};
}

std::string formatProblem(const Problem& p) {
    std::string out = p.file;
    if (p.line) out += fmt::format(":{}", p.line);
    if (p.line && p.column) out += fmt::format(":{}", p.column);
    out += p.severity == Severity::Error ? ": error" : ": warning";
    if (!p.field.empty()) {
        out += " in " + p.field;
        if (!p.value.empty()) out += " ('" + p.value + "')";
    }
    out += ": " + p.message;
    return out;
}

void ProblemList::add(Problem problem) {
    (problem.severity == Severity::Error ? m_errors : m_warnings)++;
    // Errors displace nothing, but keep room for them: warnings stop at half the cap.
    const bool room = problem.severity == Severity::Error ? m_kept.size() < m_cap
                                                          : m_kept.size() < m_cap / 2;
    if (room) m_kept.push_back(std::move(problem));
}

} // namespace stocktower::exchange
