#include "demo/bulk_load.h"

namespace stocktower::demo {

namespace {

// Index names come from the schema, not from user data; quoted all the same.
std::string quoted(const std::string& name) {
    std::string out = "\"";
    for (char c : name) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

} // namespace

DeferredIndexes::DeferredIndexes(store::Connection& db) : m_db(db) {
    // sql IS NULL marks the automatic indexes behind UNIQUE and PRIMARY KEY constraints.
    auto statement =
        db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                   "AND upper(sql) NOT LIKE 'CREATE UNIQUE%' ORDER BY name");
    while (statement.step())
        m_indexes.emplace_back(statement.getText(0), statement.getText(1));
    for (const auto& index : m_indexes)
        db.exec("DROP INDEX " + quoted(index.first));
}

void DeferredIndexes::rebuild() {
    for (const auto& index : m_indexes)
        m_db.exec(index.second);
    m_indexes.clear();
}

} // namespace stocktower::demo
