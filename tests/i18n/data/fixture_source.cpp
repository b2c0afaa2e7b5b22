// Source strings for the translation checker's self-test: lupdate reads this file, nothing
// compiles it. good_de.ts translates all of it correctly; broken_de.ts breaks it on purpose.
#include <QCoreApplication>

void fixtureStrings(int rows) {
    QCoreApplication::translate("Fixture", "Open %1");
    QCoreApplication::translate("Fixture", "Unfinished text");
    QCoreApplication::translate("Fixture", "Line %1 of %2");
    QCoreApplication::translate("Fixture", "Total %L1");
    QCoreApplication::translate("Fixture", "%n row(s)", nullptr, rows);
    QCoreApplication::translate("Fixture", "New text the file lacks");
}
