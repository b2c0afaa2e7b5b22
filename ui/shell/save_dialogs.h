// Asking where to save an exported file: one dialog, the same start folder and filter everywhere.
#pragma once

#include <QString>

class QWidget;

namespace stocktower::ui {

// Asks where to save a CSV file, starting in the folder used last with `fileName` suggested, and
// remembers the chosen folder for next time. Empty when the user cancels.
QString askCsvSavePath(QWidget* parent, const QString& title, const QString& fileName);

} // namespace stocktower::ui
