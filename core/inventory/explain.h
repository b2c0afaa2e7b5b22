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

// Whether explanations made on this thread record anything (see ExplanationsOff).
bool recordingExplanations();

// While one lives, explanations made on this thread record nothing, and callers skip building
// their text: bulk runs (a scenario over 100,000 item-sites, a trade-off sweep) need the numbers
// only, and formatting every formula and note would cost more than the arithmetic.
class ExplanationsOff {
public:
    ExplanationsOff();
    ~ExplanationsOff();
    ExplanationsOff(const ExplanationsOff&) = delete;
    ExplanationsOff& operator=(const ExplanationsOff&) = delete;

private:
    bool m_previous;
};

struct Explanation {
    // Fixed when made; when false the add* calls and append() do nothing.
    bool recording = recordingExplanations();
    std::vector<ExplainInput> inputs;
    std::vector<ExplainResult> results;
    // Conventions and decisions that shaped the numbers (distribution chosen and why, a floor
    // that bound, rounding applied), in the order they were taken.
    std::vector<std::string> notes;

    void addInput(std::string_view name, double value, std::string_view unit, std::string_view source = "input");
    void addResult(std::string_view name, double value, std::string_view unit, std::string_view formula);
    void addNote(std::string_view note);

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
