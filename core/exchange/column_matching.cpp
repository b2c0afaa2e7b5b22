#include "exchange/column_matching.h"

#include <algorithm>

namespace stocktower::exchange {

namespace {

std::string trimmed(std::string_view text) {
    const auto begin = text.find_first_not_of(" \t");
    if (begin == std::string_view::npos) return {};
    const auto end = text.find_last_not_of(" \t");
    return std::string(text.substr(begin, end - begin + 1));
}

// Returns the field index and how it matched, or nullopt.
std::optional<std::pair<std::size_t, ColumnMatch::How>> autoMatch(const domain::RecordType& type,
                                                                 const std::string& header) {
    const std::string wanted = domain::normaliseHeader(header);
    for (std::size_t i = 0; i < type.fields.size(); ++i)
        if (type.fields[i].name == wanted) return std::pair{i, ColumnMatch::How::Exact};
    for (std::size_t i = 0; i < type.fields.size(); ++i) {
        const auto& synonyms = type.fields[i].synonyms;
        if (std::find(synonyms.begin(), synonyms.end(), wanted) != synonyms.end())
            return std::pair{i, ColumnMatch::How::Synonym};
    }
    return std::nullopt;
}

} // namespace

HeaderMatch matchHeaders(const domain::RecordType& type, const std::vector<std::string>& headers,
                         const std::map<std::string, std::string>& userMapping,
                         const std::string& fileName) {
    HeaderMatch result;
    for (std::size_t column = 0; column < headers.size(); ++column) {
        ColumnMatch match;
        match.column = column;
        match.header = headers[column];
        const std::string header = trimmed(headers[column]);
        std::optional<std::size_t> fieldIndex;

        if (auto user = userMapping.find(header); user != userMapping.end()) {
            if (user->second.empty()) {
                match.how = ColumnMatch::How::Ignored;
            } else if (const auto* spec = type.field(user->second)) {
                fieldIndex = static_cast<std::size_t>(spec - type.fields.data());
                match.how = ColumnMatch::How::User;
            } else {
                result.problems.push_back(makeProblem(Severity::Error, fileName, 1, column + 1, header, user->second,
                                                      {util::MessageId::MappedToUnknownField, {user->second, type.name}}));
            }
        } else if (auto found = autoMatch(type, header)) {
            fieldIndex = found->first;
            match.how = found->second;
        } else if (!header.empty()) {
            result.problems.push_back(makeProblem(Severity::Warning, fileName, 1, column + 1, header, "",
                                                  {util::MessageId::UnknownColumnIgnored, {}}));
        }

        if (fieldIndex) {
            const auto& spec = type.fields[*fieldIndex];
            if (auto [it, inserted] = result.columnOfField.emplace(*fieldIndex, column); !inserted) {
                result.problems.push_back(makeProblem(
                    Severity::Error, fileName, 1, column + 1, spec.name, header,
                    {util::MessageId::ColumnAlreadyProvides, {std::to_string(it->second + 1), spec.name}}));
            } else {
                match.field = spec.name;
            }
        }
        result.columns.push_back(std::move(match));
    }

    for (std::size_t i = 0; i < type.fields.size(); ++i) {
        if (type.fields[i].required && !result.columnOfField.count(i)) {
            result.missingRequired.push_back(type.fields[i].name);
            result.problems.push_back(makeProblem(Severity::Error, fileName, 1, 0, type.fields[i].name, "",
                                                  {util::MessageId::RequiredColumnMissing, {type.fields[i].name}}));
        }
    }
    return result;
}

} // namespace stocktower::exchange
