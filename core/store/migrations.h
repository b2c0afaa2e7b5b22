// Schema migrations: one step per version, applied in order inside transactions.
#pragma once

#include "store/sqlite.h"

namespace stocktower::store {

// Brings a workspace at fromVersion (0 = empty file) up to kSchemaVersion. Each step runs in
// its own transaction and sets user_version, so a crash leaves the file at a whole version.
void migrate(Connection& db, int fromVersion);

} // namespace stocktower::store
