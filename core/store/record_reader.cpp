#include "store/record_reader.h"

#include <fmt/format.h>

namespace stocktower::store {

using domain::FieldType;

namespace {

// Builds the SELECT from the compiled-in data dictionary (no user text): references are
// turned back into the codes people use, ordered as the natural key reads.
std::string buildSelect(const domain::RecordType& type) {
    std::string columns, joins, order;
    int alias = 0;
    for (const auto& spec : type.fields) {
        if (!columns.empty()) columns += ", ";
        const std::string a = fmt::format("r{}", alias++);
        switch (spec.type) {
        case FieldType::ItemRef:
            columns += a + ".sku";
            joins += " LEFT JOIN item " + a + " ON " + a + ".item_id = t." + spec.column;
            break;
        case FieldType::SiteRef:
            columns += a + ".code";
            joins += " LEFT JOIN site " + a + " ON " + a + ".site_id = t." + spec.column;
            break;
        case FieldType::LocationRef:
            columns += a + ".code";
            joins += " LEFT JOIN location " + a + " ON " + a + ".location_id = t." + spec.column;
            break;
        default:
            columns += "t." + spec.column;
        }
        if (spec.key) {
            if (!order.empty()) order += ", ";
            order += std::to_string(&spec - type.fields.data() + 1);
        }
    }
    return "SELECT " + columns + " FROM " + type.table + " t" + joins + " ORDER BY " + order;
}

} // namespace

std::int64_t countRecords(Connection& db, const domain::RecordType& type) {
    return db.queryInt("SELECT COUNT(*) FROM " + type.table);
}

Statement selectRecords(Connection& db, const domain::RecordType& type) { return db.prepare(buildSelect(type)); }

} // namespace stocktower::store
