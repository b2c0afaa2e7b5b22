// Connection settings for loading many rows at once: foreign keys off for the length of an
// import, a fresh file's fast load mode, and secondary indexes built once at the end.
#pragma once

#include "store/sqlite.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace stocktower::store {

// PRAGMA foreign_keys cannot change inside a transaction: this guard wraps a whole import, whose
// rows are checked against the reference index instead; it turns them back on when it ends.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(Connection& db);
    ~ForeignKeysOff();
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    Connection& m_db;
};

// A fresh file has nothing to protect, so a bulk load writes pages straight into it (a rollback
// journal of an empty file is tiny) rather than through a WAL twice its size; a larger page
// cache keeps the B-tree edges in memory; foreign keys are not enforced (every id comes from a
// row just inserted, and the tests run PRAGMA foreign_key_check on the result). restore() puts
// the three settings back once the data is committed.
class FreshFileLoadMode {
public:
    explicit FreshFileLoadMode(Connection& db);
    // Best effort: the data is committed, and every open sets its own pragmas anyway.
    void restore() noexcept;

private:
    Connection& m_db;
    std::string m_journalMode;
    std::int64_t m_cacheSize = 0;
};

// Inserting 15 million demand rows keeps the (item, site, day) key in append order, but the
// (site, day) index would take a random B-tree insert per row; rebuilding it afterwards is a
// single sort, and much faster. Only non-unique indexes are deferred: the unique ones are
// the conflict targets RecordWriter relies on and catch duplicate keys. Both steps run
// inside the caller's transaction, so a failure leaves the schema as it was.
class DeferredIndexes {
public:
    explicit DeferredIndexes(Connection& db);
    // Recreates every deferred index from its original CREATE INDEX text.
    void rebuild();

private:
    Connection& m_db;
    std::vector<std::pair<std::string, std::string>> m_indexes; // name, CREATE INDEX text
};

} // namespace stocktower::store
