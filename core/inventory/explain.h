// Explanations: the formula and inputs behind each computed number ("why" panels, --json).
#pragma once

#include "util/message.h"

#include <string>
#include <string_view>
#include <vector>

namespace stocktower::inventory {

// Where an input came from, in one or more parts read one after the other ("item.lead_time_days",
// then "change 2 (lead_time x1.2)"): messages with ids, so the ui shows them in the user's language.
using ExplainSource = std::vector<util::Message>;

// The source of an input given to the calculation directly.
util::Message inputSource();
// The parts in English, joined by "; " (the command line and JSON).
std::string englishSource(const ExplainSource& source);

// One input of a calculation and where it came from.
struct ExplainInput {
    std::string name; // snake_case, stable: used as a JSON key, in formulas and in error messages
    double value = 0.0;
    std::string unit; // "units", "money/unit/yr": words joined by "/" (the ui translates each)
    ExplainSource source;
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
    std::vector<util::Message> notes;

    void addInput(std::string_view name, double value, std::string_view unit, util::Message source = inputSource());
    void addResult(std::string_view name, double value, std::string_view unit, std::string_view formula);
    void addNote(util::Message note);

    const ExplainInput* input(std::string_view name) const;
    const ExplainResult* result(std::string_view name) const;
    // The result's value; asserts that it exists (a programming error otherwise).
    double value(std::string_view name) const;

    // Callers that know better where an input came from (a workspace engine: "item master",
    // a forecast run) relabel it; returns false when there is no such input.
    bool setSource(std::string_view name, ExplainSource source);

    // Appends another calculation's explanation: its inputs unless already an input or a
    // result here (same name), then its results and notes.
    void append(const Explanation& other);
};

} // namespace stocktower::inventory
