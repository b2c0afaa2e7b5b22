#include "exchange/row_converter.h"

#include "domain/date.h"
#include "domain/time_zone.h"

#include <algorithm>
#include <cctype>

namespace stocktower::exchange {

using domain::FieldSpec;
using domain::FieldType;
using domain::Value;
using M = util::MessageId;

namespace {

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

std::string lowerCase(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

double asNumber(const Value& value) {
    if (const auto* d = std::get_if<double>(&value)) return *d;
    if (const auto* i = std::get_if<std::int64_t>(&value)) return static_cast<double>(*i);
    return 0;
}

} // namespace

RowConverter::RowConverter(const domain::RecordType& type, const HeaderMatch& header,
                           const ReferenceIndex& references,
                           std::map<std::size_t, DateFormat> dateFormats, char decimalMark,
                           std::string fileName)
    : m_type(type), m_references(references), m_dateFormats(std::move(dateFormats)),
      m_decimalMark(decimalMark), m_fileName(std::move(fileName)), m_headerWidth(header.columns.size()) {
    // Site first among references, so location codes can be resolved within the row's site.
    for (const auto& [fieldIndex, column] : header.columnOfField) {
        m_present.push_back(fieldIndex);
        m_columns.push_back({fieldIndex, column});
    }
    // Optional key fields (channel, lot, location, status) and derived quantities are written
    // even when the file has no column for them: keys must be complete to match rows.
    for (std::size_t i = 0; i < type.fields.size(); ++i) {
        const auto& spec = type.fields[i];
        const bool derived = type.name == "purchase_orders" && spec.name == "open_qty";
        if ((spec.key || derived) && !header.columnOfField.count(i)) {
            m_present.push_back(i);
            m_columns.push_back({i, kNoColumn});
        }
    }
    for (std::size_t i = 0; i < m_present.size(); ++i)
        if (type.fields[m_present[i]].type == FieldType::SiteRef) m_sitePosition = i;
}

std::optional<std::size_t> RowConverter::positionOf(std::string_view fieldName) const {
    for (std::size_t i = 0; i < m_present.size(); ++i)
        if (m_type.fields[m_present[i]].name == fieldName) return i;
    return std::nullopt;
}

std::optional<double> RowConverter::number(std::string_view text) {
    if (m_decimalMark == '\0') {
        // Decide on first evidence: a value with ',' or '.' fixes the decimal mark for the file.
        const bool comma = text.find(',') != std::string_view::npos;
        const bool point = text.find('.') != std::string_view::npos;
        if (comma != point) m_decimalMark = comma ? ',' : '.';
        else return parseNumber(text, '.');
    }
    return parseNumber(text, m_decimalMark);
}

bool RowConverter::convertCell(const FieldSpec& spec, std::size_t fieldIndex, std::string_view text,
                               std::optional<std::int64_t> siteId, Value& out, util::Message& error,
                               Severity& severity) {
    severity = Severity::Error;
    text = trim(text);
    if (text.empty()) {
        if (spec.required) {
            error = {M::RequiredValueMissing, {}};
            return false;
        }
        out = spec.defaultValue ? Value{*spec.defaultValue} : Value{};
        return true;
    }
    switch (spec.type) {
    case FieldType::Text:
        out = std::string(text);
        return true;
    case FieldType::Integer: {
        const auto value = parseInteger(text);
        if (!value) {
            error = {M::NotWholeNumber, {}};
            return false;
        }
        if (spec.nonNegative && *value < 0) {
            error = {M::MustNotBeNegative, {}};
            return false;
        }
        out = *value;
        return true;
    }
    case FieldType::Number: {
        const auto value = number(text);
        if (!value) {
            error = {m_decimalMark == ','   ? M::NotNumberDecimalComma
                     : m_decimalMark == '.' ? M::NotNumberDecimalPoint
                                            : M::NotNumber,
                     {}};
            return false;
        }
        if (spec.nonNegative && *value < 0) {
            error = {M::MustNotBeNegative, {}};
            return false;
        }
        out = *value;
        return true;
    }
    case FieldType::Date:
    case FieldType::DateTime: {
        const DateFormat format = m_dateFormats.count(fieldIndex) ? m_dateFormats.at(fieldIndex) : DateFormat::Iso;
        if (spec.type == FieldType::Date) {
            const auto day = parseDate(text, format);
            if (!day) {
                error = {M::InvalidDate, {std::string(dateFormatName(format))}};
                return false;
            }
            out = domain::formatIsoDate(*day);
        } else {
            const auto parts = parseDateTimeParts(text, format);
            if (!parts) {
                error = {M::InvalidDateTime, {std::string(dateFormatName(format))}};
                return false;
            }
            std::int64_t seconds = parts->seconds;
            // Without an offset the time is the site's wall-clock time; the store keeps UTC.
            if (!parts->hasOffset && siteId) {
                const domain::TimeZone* zone = m_references.timeZone(*siteId);
                if (!zone) {
                    error = {M::UnknownSiteTimeZone, {m_references.timeZoneName(*siteId)}};
                    return false;
                }
                seconds = zone->toUtc(seconds);
            }
            out = formatDateTime(seconds);
        }
        return true;
    }
    case FieldType::Choice: {
        std::string value = lowerCase(text);
        if (std::find(spec.choices.begin(), spec.choices.end(), value) == spec.choices.end()) {
            std::string choices;
            for (const auto& choice : spec.choices) choices += (choices.empty() ? "" : " ") + choice;
            error = {M::MustBeOneOf, {choices}};
            return false;
        }
        out = std::move(value);
        return true;
    }
    case FieldType::SiteRef:
        if (auto id = m_references.site(text)) {
            out = *id;
            return true;
        }
        error = {M::UnknownSite, {}};
        return false;
    case FieldType::ItemRef:
        if (auto id = m_references.item(text)) {
            out = *id;
            return true;
        }
        error = {M::UnknownItem, {}};
        return false;
    case FieldType::LocationRef:
        if (!siteId) {
            error = {M::LocationNeedsSite, {}};
            return false;
        }
        if (auto id = m_references.location(*siteId, text)) {
            out = *id;
            return true;
        }
        error = {M::UnknownLocation, {}};
        return false;
    }
    return false;
}

bool RowConverter::convert(const std::vector<std::string>& cells, std::size_t line,
                           std::vector<Value>& values, ProblemList& problems) {
    values.assign(m_present.size(), Value{});
    if (cells.size() != m_headerWidth) {
        problems.add(makeProblem(Severity::Error, m_fileName, line, 0, "", "",
                                 {M::RowFieldCount, {std::to_string(cells.size()), std::to_string(m_headerWidth)}}));
        return false;
    }

    bool ok = true;
    std::optional<std::int64_t> siteId;
    if (m_sitePosition) {
        const auto& column = m_columns[*m_sitePosition];
        if (auto id = m_references.site(trim(cells[column.csvColumn]))) siteId = *id;
    }
    util::Message error;
    Severity severity = Severity::Error;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const auto& column = m_columns[i];
        const FieldSpec& spec = m_type.fields[column.fieldIndex];
        if (column.csvColumn == kNoColumn) {
            if (spec.defaultValue) values[i] = *spec.defaultValue;
            continue;
        }
        const std::string& cell = cells[column.csvColumn];
        if (!convertCell(spec, column.fieldIndex, cell, siteId, values[i], error, severity)) {
            problems.add(makeProblem(severity, m_fileName, line, column.csvColumn + 1, spec.name, cell, error));
            ok = false;
        }
    }
    return checkRow(cells, line, values, problems) && ok;
}

// Rules that involve more than one field of the row.
bool RowConverter::checkRow(const std::vector<std::string>& cells, std::size_t line,
                            std::vector<Value>& values, ProblemList& problems) {
    bool ok = true;
    auto at = [&](std::string_view name) -> Value* {
        auto position = positionOf(name);
        return position ? &values[*position] : nullptr;
    };
    auto report = [&](Severity severity, std::string_view field, util::MessageId message) {
        std::size_t column = 0;
        std::string text;
        if (auto position = positionOf(field); position && m_columns[*position].csvColumn != kNoColumn) {
            column = m_columns[*position].csvColumn + 1;
            text = std::string(trim(cells[m_columns[*position].csvColumn]));
        }
        problems.add(makeProblem(severity, m_fileName, line, column, std::string(field), text, {message, {}}));
        if (severity == Severity::Error) ok = false;
    };
    auto before = [](const Value* later, const Value* earlier) {
        const auto* a = later ? std::get_if<std::string>(later) : nullptr;
        const auto* b = earlier ? std::get_if<std::string>(earlier) : nullptr;
        return a && b && *a < *b; // ISO text compares chronologically
    };

    if (m_type.name == "sites") {
        if (auto* zone = at("timezone"); zone && !domain::isEmpty(*zone)) {
            const auto* name = std::get_if<std::string>(zone);
            if (name && !domain::TimeZone::locate(*name))
                report(Severity::Error, "timezone", M::UnknownTimeZone);
        }
        if (auto* cutoff = at("cutoff"); cutoff && !domain::isEmpty(*cutoff)) {
            const auto* text = std::get_if<std::string>(cutoff);
            const bool valid = text && text->size() == 5 && (*text)[2] == ':' &&
                               std::all_of(text->begin(), text->end(), [](char c) { return c == ':' || (c >= '0' && c <= '9'); }) &&
                               std::stoi(text->substr(0, 2)) < 24 && std::stoi(text->substr(3, 2)) < 60;
            if (!valid) report(Severity::Error, "cutoff", M::ExpectedLocalTime);
        }
    } else if (m_type.name == "labour_hours") {
        auto* hours = at("hours");
        auto* employee = at("employee");
        const auto* who = employee ? std::get_if<std::string>(employee) : nullptr;
        if (hours && who && !who->empty() && asNumber(*hours) > 24)
            report(Severity::Warning, "hours", M::MoreThan24Hours);
    } else if (m_type.name == "cycle_counts") {
        if (auto* book = at("book_qty"); book && asNumber(*book) < 0)
            report(Severity::Warning, "book_qty", M::NegativeBookQuantity);
    } else if (m_type.name == "on_hand") {
        if (auto* quantity = at("quantity"); quantity && asNumber(*quantity) < 0)
            report(Severity::Warning, "quantity", M::NegativeBalance);
    } else if (m_type.name == "item_sites") {
        if (auto* target = at("service_target"); target && !domain::isEmpty(*target) &&
                                                  (asNumber(*target) <= 0 || asNumber(*target) >= 1))
            report(Severity::Error, "service_target", M::ServiceTargetRange);
        auto* minQty = at("min_qty");
        auto* maxQty = at("max_qty");
        if (minQty && maxQty && !domain::isEmpty(*minQty) && !domain::isEmpty(*maxQty) &&
            asNumber(*minQty) > asNumber(*maxQty))
            report(Severity::Error, "min_qty", M::MinimumAboveMaximum);
    } else if (m_type.name == "purchase_orders") {
        // open_qty defaults to ordered − received; a file without the column gets it computed.
        auto* ordered = at("ordered_qty");
        auto* received = at("received_qty");
        auto* open = at("open_qty");
        if (open && domain::isEmpty(*open) && ordered && !domain::isEmpty(*ordered))
            *open = std::max(0.0, asNumber(*ordered) - (received ? asNumber(*received) : 0.0));
        if (before(at("due_date"), at("order_date")))
            report(Severity::Warning, "due_date", M::DueBeforeOrderDate);
    } else if (m_type.name == "receipts") {
        if (before(at("put_away_at"), at("arrived_at")))
            report(Severity::Error, "put_away_at", M::PutAwayBeforeArrival);
    } else if (m_type.name == "orders") {
        if (before(at("shipped_at"), at("ordered_at")))
            report(Severity::Error, "shipped_at", M::ShippedBeforeOrdered);
        auto* ordered = at("ordered_qty");
        auto* shipped = at("shipped_qty");
        if (ordered && shipped && !domain::isEmpty(*shipped) && asNumber(*shipped) > asNumber(*ordered))
            report(Severity::Warning, "shipped_qty", M::MoreShippedThanOrdered);
    }
    return ok;
}

} // namespace stocktower::exchange
