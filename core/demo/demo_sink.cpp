#include "demo/demo_sink.h"

#include "store/import_log.h"
#include "store/workspace.h"
#include "util/file_system.h"

#include <filesystem>
#include <numeric>
#include <stdexcept>

namespace stocktower::demo {

using domain::FieldType;

std::size_t FieldPositions::operator()(std::string_view name) const {
    for (std::size_t i = 0; i < m_type.fields.size(); ++i)
        if (m_type.fields[i].name == name) return i;
    throw std::logic_error("demo generator: record type " + m_type.name + " has no field " +
                           std::string(name));
}

void ReferenceCodes::remember(std::vector<std::string>& codes, std::int64_t id,
                              const std::string& code) {
    const auto index = static_cast<std::size_t>(id);
    if (codes.size() <= index) codes.resize(index + 1);
    codes[index] = code;
}

namespace {

std::vector<std::size_t> allFields(const domain::RecordType& type) {
    std::vector<std::size_t> fields(type.fields.size());
    std::iota(fields.begin(), fields.end(), std::size_t{0});
    return fields;
}

const std::string& codeOf(const std::vector<std::string>& codes, std::int64_t id) {
    static const std::string none;
    const auto index = static_cast<std::size_t>(id);
    return id >= 0 && index < codes.size() ? codes[index] : none;
}

} // namespace

RecordSink::RecordSink(store::Connection& db, const domain::RecordType& type,
                       const std::string& importLabel, const std::string& importSha,
                       const std::string& csvDir, const ReferenceCodes& codes)
    : m_db(db), m_type(type), m_codes(codes) {
    m_importId = store::beginImportLog(db, importLabel, importSha, type.name);
    m_writer = std::make_unique<store::RecordWriter>(db, type, allFields(type), m_importId);
    if (!csvDir.empty()) {
        m_csv = std::make_unique<exchange::CsvWriter>(util::pathFromUtf8(csvDir) /
                                                      (type.name + ".csv"));
        for (const auto& spec : type.fields)
            m_cells.emplace_back(spec.name);
        m_csv->writeRow(m_cells);
    }
}

RecordSink::~RecordSink() = default;

void RecordSink::write(const std::vector<domain::Value>& values) {
    if (m_writer->write(values) != store::WriteOutcome::Written)
        throw std::logic_error("demo generator wrote a duplicate " + m_type.name + " key");
    ++m_rows;
    if (!m_csv) return;
    m_cells.clear();
    for (std::size_t i = 0; i < values.size(); ++i) {
        const auto& value = values[i];
        const FieldType type = m_type.fields[i].type;
        if (const auto* id = std::get_if<std::int64_t>(&value);
            id && (type == FieldType::SiteRef || type == FieldType::ItemRef ||
                   type == FieldType::LocationRef)) {
            const auto& codes = type == FieldType::SiteRef   ? m_codes.sites
                                : type == FieldType::ItemRef ? m_codes.items
                                                             : m_codes.locations;
            m_cells.emplace_back(codeOf(codes, *id));
        } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
            m_cells.emplace_back(*integer);
        } else if (const auto* number = std::get_if<double>(&value)) {
            m_cells.emplace_back(*number);
        } else if (const auto* text = std::get_if<std::string>(&value)) {
            m_cells.emplace_back(*text);
        } else {
            m_cells.emplace_back();
        }
    }
    m_csv->writeRow(m_cells);
}

void RecordSink::finishImport() {
    store::ImportLogOutcome outcome;
    outcome.result = "committed";
    outcome.rowsRead = m_rows;
    outcome.rowsWritten = m_rows;
    store::finishImportLog(m_db, m_importId, outcome);
}

void RecordSink::commitCsv() {
    if (m_csv) m_csv->commit();
}

} // namespace stocktower::demo
