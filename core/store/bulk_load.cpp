#include "store/bulk_load.h"

#include <fmt/format.h>

namespace stocktower::store {

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

ForeignKeysOff::ForeignKeysOff(Connection& db) : m_db(db) { m_db.exec("PRAGMA foreign_keys = OFF"); }

ForeignKeysOff::~ForeignKeysOff() {
    try {
        m_db.exec("PRAGMA foreign_keys = ON");
    } catch (...) {
    }
}

FreshFileLoadMode::FreshFileLoadMode(Connection& db)
    : m_db(db), m_journalMode(db.queryText("PRAGMA journal_mode")), m_cacheSize(db.queryInt("PRAGMA cache_size")) {
    db.queryText("PRAGMA journal_mode = DELETE");
    db.exec("PRAGMA cache_size = -262144; PRAGMA foreign_keys = OFF");
}

void FreshFileLoadMode::restore() noexcept {
    try {
        m_db.exec(fmt::format("PRAGMA cache_size = {}; PRAGMA foreign_keys = ON", m_cacheSize));
        if (m_journalMode == "wal") m_db.queryText("PRAGMA journal_mode = WAL");
    } catch (...) {
    }
}

DeferredIndexes::DeferredIndexes(Connection& db) : m_db(db) {
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

} // namespace stocktower::store
