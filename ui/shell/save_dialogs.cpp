#include "shell/save_dialogs.h"

#include "shell/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>

namespace stocktower::ui {

QString askCsvSavePath(QWidget* parent, const QString& title, const QString& fileName) {
    Settings settings;
    const QString path = QFileDialog::getSaveFileName(
        parent, title, QDir(settings.lastFolder()).filePath(fileName),
        QCoreApplication::translate("stocktower::ui::SaveDialogs", "CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) settings.rememberFolderOf(path);
    return path;
}

} // namespace stocktower::ui
