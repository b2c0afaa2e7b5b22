#include "store/workspace.h"
QString title() { return tr("Delete the scenario?"); }
void begin(Connection& db) { db.exec("BEGIN"); }
