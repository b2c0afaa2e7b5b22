// Explanations: the formula and inputs behind each computed number.
#include "inventory/explain.h"

#include <algorithm>
#include <cassert>

namespace stocktower::inventory {

namespace {
thread_local bool tRecording = true;
}

bool recordingExplanations() {
    return tRecording;
}

ExplanationsOff::ExplanationsOff() : m_previous(tRecording) {
    tRecording = false;
}

ExplanationsOff::~ExplanationsOff() {
    tRecording = m_previous;
}

util::Message inputSource() { return {util::MessageId::ExplainSourceInput, {}}; }

std::string englishSource(const ExplainSource& source) {
    std::string text;
    for (const auto& part : source) text += (text.empty() ? "" : "; ") + util::englishText(part);
    return text;
}

void Explanation::addInput(std::string_view name, double value, std::string_view unit, util::Message source) {
    if (recording) inputs.push_back({std::string(name), value, std::string(unit), {std::move(source)}});
}

void Explanation::addResult(std::string_view name, double value, std::string_view unit, std::string_view formula) {
    if (recording) results.push_back({std::string(name), value, std::string(unit), std::string(formula)});
}

void Explanation::addNote(util::Message note) {
    if (recording) notes.push_back(std::move(note));
}

const ExplainInput* Explanation::input(std::string_view name) const {
    const auto it = std::find_if(inputs.begin(), inputs.end(),
                                 [name](const ExplainInput& i) { return i.name == name; });
    return it == inputs.end() ? nullptr : &*it;
}

const ExplainResult* Explanation::result(std::string_view name) const {
    // The last one wins: a later step may refine an earlier number under the same name.
    const auto it = std::find_if(results.rbegin(), results.rend(),
                                 [name](const ExplainResult& r) { return r.name == name; });
    return it == results.rend() ? nullptr : &*it;
}

double Explanation::value(std::string_view name) const {
    const auto* found = result(name);
    assert(found && "no such result in the explanation");
    return found ? found->value : 0.0;
}

bool Explanation::setSource(std::string_view name, ExplainSource source) {
    for (auto& in : inputs)
        if (in.name == name) {
            in.source = std::move(source);
            return true;
        }
    return false;
}

void Explanation::append(const Explanation& other) {
    if (!recording) return;
    // An input of the other calculation that this one computed is not an input of the whole.
    for (const auto& in : other.inputs)
        if (!input(in.name) && !result(in.name)) inputs.push_back(in);
    results.insert(results.end(), other.results.begin(), other.results.end());
    notes.insert(notes.end(), other.notes.begin(), other.notes.end());
}

} // namespace stocktower::inventory
