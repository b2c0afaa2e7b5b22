// Bulk loading a fresh workspace: secondary indexes are built once at the end, not per row.
#pragma once

#include "store/sqlite.h"

#include <string>
#include <utility>
#include <vector>

namespace stocktower::demo {

// Inserting 15 million demand rows keeps the (item, site, day) key in append order, but the
// (site, day) index would take a random B-tree insert per row; rebuilding it afterwards is a
// single sort, and much faster. Only non-unique indexes are deferred: the unique ones are
// the conflict targets RecordWriter relies on and catch duplicate keys. Both steps run
// inside the caller's transaction, so a failure leaves the schema as it was.
class DeferredIndexes {
public:
    explicit DeferredIndexes(store::Connection& db);
    // Recreates every deferred index from its original CREATE INDEX text.
    void rebuild();

private:
    store::Connection& m_db;
    std::vector<std::pair<std::string, std::string>> m_indexes; // name, CREATE INDEX text
};

} // namespace stocktower::demo
