// Explanations: the formula and inputs behind each computed number ("why" panels, --json).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace stocktower::inventory {

// One input of a calculation and where it came from ("input", "item master", "forecast RMSE").
struct ExplainInput {
    std::string name; // snake_case, stable: used as a JSON key and in error messages
    double value = 0.0;
    std::string unit;
    std::string source;
};

// One computed number and the formula that gave it, written with the names of inputs and of
// earlier results so a reader can retrace it.
struct ExplainResult {
    std::string name;
    double value = 0.0;
    std::string unit;
    std::string formula;
};

struct Explanation {
    std::vector<ExplainInput> inputs;
    std::vector<ExplainResult> results;
    // Conventions and decisions that shaped the numbers (distribution chosen and why, a floor
    // that bound, rounding applied), in the order they were taken.
    std::vector<std::string> notes;

    void addInput(std::string name, double value, std::string unit, std::string source = "input");
    void addResult(std::string name, double value, std::string unit, std::string formula);
    void addNote(std::string note);

    const ExplainInput* input(std::string_view name) const;
    const ExplainResult* result(std::string_view name) const;
    // The result's value; asserts that it exists (a programming error otherwise).
    double value(std::string_view name) const;

    // Callers that know better where an input came from (a workspace engine: "item master",
    // "forecast RMSE") relabel it; returns false when there is no such input.
    bool setSource(std::string_view name, std::string source);

    // Appends another calculation's explanation: its inputs unless already an input or a
    // result here (same name), then its results and notes.
    void append(const Explanation& other);
};

} // namespace stocktower::inventory
