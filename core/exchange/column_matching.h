// Matches a file's headers to a record type's fields: exact names, synonyms, user choices.
#pragma once

#include "domain/record_types.h"
#include "exchange/import_job.h"

#include <map>
#include <string>
#include <vector>

namespace stocktower::exchange {

struct HeaderMatch {
    std::vector<ColumnMatch> columns;
    // fieldIndex → CSV column for the fields that are present (index into type.fields).
    std::map<std::size_t, std::size_t> columnOfField;
    std::vector<std::string> missingRequired;
    std::vector<Problem> problems; // line 1 problems: unknown, duplicate and missing columns
};

HeaderMatch matchHeaders(const domain::RecordType& type, const std::vector<std::string>& headers,
                         const std::map<std::string, std::string>& userMapping,
                         const std::string& fileName);

} // namespace stocktower::exchange
