// Allowed: the store owns SQL.
#include <sqlite3.h>
void load(Connection& db) { db.prepare("SELECT sku FROM item WHERE item_id = ?"); }
