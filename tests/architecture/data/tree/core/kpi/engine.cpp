// A comment may say "SELECT" and PRAGMA busy_timeout without being SQL.
#include "store/kpi_fact_queries.h"
#include <sqlite3.h>
void read(Connection& reader) {
    reader.exec("PRAGMA busy_timeout = 5000");
    auto s = reader.prepare("SELECT code, site_id "
                            " FROM site");
    sqlite3_busy_timeout(reader.handle(), 10);
    const char* label = "Select a site"; // a sentence for people, not SQL
}
